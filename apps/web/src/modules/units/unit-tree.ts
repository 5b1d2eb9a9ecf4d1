import type { UnitItem } from './units.api.ts';

export interface UnitTree {
  byId: Map<string, UnitItem>;
  /** Children of each unit id ('' for the top level), sorted by code. */
  children: Map<string, UnitItem[]>;
  /** Active employees of a unit and all its sub-units. */
  totals: Map<string, number>;
  roots: UnitItem[];
}

const ROOT = '';
const collator = new Intl.Collator('id-ID', { numeric: true, sensitivity: 'base' });

/** Builds the tree from the flat list (an item whose parent is missing is treated as a root). */
export function buildUnitTree(items: UnitItem[]): UnitTree {
  const byId = new Map(items.map((unit) => [unit.id, unit]));
  const children = new Map<string, UnitItem[]>();
  for (const unit of items) {
    const key = unit.parentId && byId.has(unit.parentId) ? unit.parentId : ROOT;
    const list = children.get(key);
    if (list) list.push(unit);
    else children.set(key, [unit]);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.code, b.code));

  const totals = new Map<string, number>();
  const total = (unit: UnitItem, guard: Set<string>): number => {
    const known = totals.get(unit.id);
    if (known !== undefined) return known;
    if (guard.has(unit.id)) return unit.employeeCount;
    guard.add(unit.id);
    let sum = unit.employeeCount;
    for (const child of children.get(unit.id) ?? []) sum += total(child, guard);
    totals.set(unit.id, sum);
    return sum;
  };
  for (const unit of items) total(unit, new Set());

  return { byId, children, totals, roots: children.get(ROOT) ?? [] };
}

export function childrenOf(tree: UnitTree, id: string): UnitItem[] {
  return tree.children.get(id) ?? [];
}

/** The unit's ancestors, nearest first. */
export function ancestorsOf(tree: UnitTree, id: string): UnitItem[] {
  const result: UnitItem[] = [];
  const seen = new Set<string>([id]);
  let current = tree.byId.get(id);
  while (current?.parentId && !seen.has(current.parentId)) {
    seen.add(current.parentId);
    const parent = tree.byId.get(current.parentId);
    if (!parent) break;
    result.push(parent);
    current = parent;
  }
  return result;
}

/** Ids of the unit and every unit below it. */
export function subtreeIds(tree: UnitTree, id: string): Set<string> {
  const result = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (result.has(next)) continue;
    result.add(next);
    for (const child of childrenOf(tree, next)) stack.push(child.id);
  }
  return result;
}

/**
 * For a search: the units whose name or code contains the text, and every unit to keep visible (the
 * matches and their ancestors). Null when there is no search.
 */
export function filterUnitTree(
  tree: UnitTree,
  query: string,
): { matches: Set<string>; visible: Set<string> } | null {
  const needle = query.trim().toLocaleLowerCase('id-ID');
  if (!needle) return null;
  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const unit of tree.byId.values()) {
    if (
      unit.name.toLocaleLowerCase('id-ID').includes(needle) ||
      unit.code.toLocaleLowerCase('id-ID').includes(needle)
    ) {
      matches.add(unit.id);
      visible.add(unit.id);
      for (const ancestor of ancestorsOf(tree, unit.id)) visible.add(ancestor.id);
    }
  }
  return { matches, visible };
}

/** Options for a unit picker: "Name (CODE)" in tree order. */
export function unitOptions(
  tree: UnitTree,
  options: { exclude?: Set<string>; activeOnly?: boolean } = {},
): { value: string; label: string }[] {
  const result: { value: string; label: string }[] = [];
  const walk = (list: UnitItem[]) => {
    for (const unit of list) {
      if (options.exclude?.has(unit.id)) continue;
      if (options.activeOnly && !unit.active) continue;
      result.push({ value: unit.id, label: `${unit.name} (${unit.code})` });
      walk(childrenOf(tree, unit.id));
    }
  };
  walk(tree.roots);
  return result;
}

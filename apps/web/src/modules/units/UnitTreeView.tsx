import { ActionIcon, Anchor, Badge, Group, Highlight, Menu, Text } from '@mantine/core';
import {
  IconArrowsMove,
  IconBriefcase,
  IconChevronDown,
  IconChevronRight,
  IconDotsVertical,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useAbility } from '../auth/session.ts';
import { childrenOf, type UnitTree } from './unit-tree.ts';
import type { UnitItem } from './units.api.ts';

export type UnitAction = 'createChild' | 'edit' | 'move' | 'deactivate' | 'activate' | 'positions';

interface UnitTreeViewProps {
  tree: UnitTree;
  /** Units kept visible by a search (null: no search). */
  filter: { matches: Set<string>; visible: Set<string> } | null;
  query: string;
  expanded: Set<string>;
  onToggle: (id: string) => void;
  onAction: (action: UnitAction, unit: UnitItem) => void;
}

export function UnitTreeView(props: UnitTreeViewProps) {
  const { t } = useTranslation();
  const roots = props.filter
    ? props.tree.roots.filter((u) => props.filter?.visible.has(u.id))
    : props.tree.roots;
  return (
    <ul className="sigap-tree" aria-label={t('units.treeLabel')}>
      {roots.map((unit) => (
        <UnitNode key={unit.id} unit={unit} depth={0} {...props} />
      ))}
    </ul>
  );
}

function UnitNode(props: UnitTreeViewProps & { unit: UnitItem; depth: number }) {
  const { t } = useTranslation();
  const { unit, tree, filter, depth } = props;
  const allChildren = childrenOf(tree, unit.id);
  const children = filter ? allChildren.filter((child) => filter.visible.has(child.id)) : allChildren;
  const hasChildren = children.length > 0;
  const open = hasChildren && (filter !== null || props.expanded.has(unit.id));
  const total = tree.totals.get(unit.id) ?? unit.employeeCount;
  const childListId = `unit-children-${unit.id}`;

  return (
    <li>
      <div
        className="sigap-tree-row"
        style={{ paddingInlineStart: `calc(${depth} * var(--sigap-tree-indent))` }}
      >
        {hasChildren && filter !== null ? (
          <span className="sigap-tree-spacer sigap-tree-open" aria-hidden>
            <IconChevronDown size={18} />
          </span>
        ) : hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            onClick={() => props.onToggle(unit.id)}
            aria-expanded={open}
            aria-controls={open ? childListId : undefined}
            aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
          >
            {open ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
          </ActionIcon>
        ) : (
          <span className="sigap-tree-spacer" aria-hidden />
        )}
        <div className="sigap-tree-main">
          <Anchor
            component={Link}
            to={`/pegawai?unitId=${unit.id}`}
            fw={600}
            c={unit.active ? undefined : 'dimmed'}
            className="sigap-tree-name"
          >
            {props.query ? (
              <Highlight component="span" highlight={props.query} inherit>
                {unit.name}
              </Highlight>
            ) : (
              unit.name
            )}
          </Anchor>
          <Group gap={6} wrap="wrap" mt={2}>
            <Text component="span" size="xs" ff="monospace" c="dimmed">
              {unit.code}
            </Text>
            <Badge size="sm" variant="light" color="blue" radius="sm">
              {t(`unitKind.${unit.kind}`)}
            </Badge>
            {!unit.active ? (
              <Badge size="sm" variant="light" color="gray" radius="sm">
                {t('units.inactive')}
              </Badge>
            ) : null}
            <Text component="span" size="xs" c="dimmed">
              {t('units.employeeCount', { count: total, formatted: formatNumber(total) })}
              {hasChildren && total !== unit.employeeCount
                ? ` · ${t('units.directCount', { formatted: formatNumber(unit.employeeCount) })}`
                : ''}
            </Text>
          </Group>
        </div>
        {unit.abilities.length > 0 ? <UnitActionsMenu unit={unit} onAction={props.onAction} /> : null}
      </div>
      {open ? (
        <ul id={childListId} className="sigap-tree">
          {children.map((child) => (
            <UnitNode key={child.id} {...props} unit={child} depth={depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The row's action menu. A tree can show ~300 rows, so the menu itself is mounted only when first
 * opened; until then the row has a plain button.
 */
function UnitActionsMenu({
  unit,
  onAction,
}: {
  unit: UnitItem;
  onAction: (action: UnitAction, unit: UnitItem) => void;
}) {
  const { t } = useTranslation();
  const [mounted, setMounted] = useState(false);
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  // The real trigger replaces the placeholder: focus it first, then open, so closing returns focus to it.
  useEffect(() => {
    if (!mounted) return;
    target.current?.focus();
    setOpened(true);
  }, [mounted]);
  const can = (ability: string) => unit.abilities.includes(ability);
  const canManagePositions = useAbility('positions.manage');
  const label = t('units.actionsFor', { name: unit.name });
  if (!mounted) {
    return (
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        onClick={() => setMounted(true)}
      >
        <IconDotsVertical size={18} aria-hidden />
      </ActionIcon>
    );
  }
  return (
    <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal shadow="md" width={220}>
      <Menu.Target>
        <ActionIcon ref={target} variant="subtle" color="gray" aria-label={label}>
          <IconDotsVertical size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component={Link}
          to={`/pegawai?unitId=${unit.id}`}
          leftSection={<IconUsers size={16} aria-hidden />}
        >
          {t('units.viewEmployees')}
        </Menu.Item>
        {canManagePositions && can('update') ? (
          <Menu.Item
            leftSection={<IconBriefcase size={16} aria-hidden />}
            onClick={() => onAction('positions', unit)}
          >
            {t('units.managePositions')}
          </Menu.Item>
        ) : null}
        {can('createChild') && unit.active ? (
          <Menu.Item
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onAction('createChild', unit)}
          >
            {t('units.addChild')}
          </Menu.Item>
        ) : null}
        {can('update') ? (
          <Menu.Item
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => onAction('edit', unit)}
          >
            {t('units.edit')}
          </Menu.Item>
        ) : null}
        {can('move') ? (
          <Menu.Item
            leftSection={<IconArrowsMove size={16} aria-hidden />}
            onClick={() => onAction('move', unit)}
          >
            {t('units.move')}
          </Menu.Item>
        ) : null}
        {can('deactivate') && unit.active ? (
          <Menu.Item
            color="red"
            leftSection={<IconPlayerPause size={16} aria-hidden />}
            onClick={() => onAction('deactivate', unit)}
          >
            {t('units.deactivate')}
          </Menu.Item>
        ) : null}
        {can('deactivate') && !unit.active ? (
          <Menu.Item
            leftSection={<IconPlayerPlay size={16} aria-hidden />}
            onClick={() => onAction('activate', unit)}
          >
            {t('units.activate')}
          </Menu.Item>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

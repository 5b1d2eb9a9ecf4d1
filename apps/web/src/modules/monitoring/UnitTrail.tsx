import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useUnits } from '../units/units.api.ts';

export interface TrailUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * Breadcrumb of a drill-down page: all units › the unit's ancestors (within what the person may monitor,
 * whose top units are `topUnitIds`) › the unit. Without the unit names (the unit list is not readable
 * for everyone) it shows one generically named step up.
 */
export function UnitTrail({
  current,
  topUnitIds,
  hrefFor,
  labels,
}: {
  current: TrailUnit | null;
  topUnitIds: string[] | undefined;
  hrefFor: (id: string | null) => string;
  labels: { breadcrumb: string; allUnits: string; parentUnit: string };
}) {
  const units = useUnits();
  const ancestors = useMemo(() => {
    if (!current) return [];
    const byId = new Map((units.data?.items ?? []).map((u) => [u.id, u]));
    const tops = new Set(topUnitIds);
    if (tops.has(current.id)) return [];
    const chain: { id: string; name: string }[] = [];
    let parentId = current.parentId;
    while (parentId) {
      const parent = byId.get(parentId);
      if (!parent) {
        if (chain.length === 0) chain.push({ id: parentId, name: labels.parentUnit });
        break;
      }
      chain.unshift({ id: parent.id, name: parent.name });
      if (tops.has(parent.id)) break;
      parentId = parent.parentId;
    }
    return chain;
  }, [current, units.data, topUnitIds, labels.parentUnit]);

  return (
    <nav aria-label={labels.breadcrumb} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to={hrefFor(null)} size="sm">
          {labels.allUnits}
        </Anchor>
        {ancestors.map((unit) => (
          <Anchor key={unit.id} component={Link} to={hrefFor(unit.id)} size="sm">
            {unit.name}
          </Anchor>
        ))}
        <Text size="sm" fw={600} aria-current="page">
          {current?.name ?? '…'}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

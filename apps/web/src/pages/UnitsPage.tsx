import { Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { PositionsDrawer } from '../modules/positions/PositionsDrawer.tsx';
import { MoveUnitModal } from '../modules/units/MoveUnitModal.tsx';
import { UnitFormModal, type UnitFormTarget } from '../modules/units/UnitFormModal.tsx';
import { type UnitAction, UnitTreeView } from '../modules/units/UnitTreeView.tsx';
import { ancestorsOf, buildUnitTree, filterUnitTree } from '../modules/units/unit-tree.ts';
import { type UnitItem, useUnits, useUpdateUnit } from '../modules/units/units.api.ts';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export default function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const update = useUpdateUnit();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 200);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());
  const [formTarget, setFormTarget] = useState<UnitFormTarget | null>(null);
  const [moving, setMoving] = useState<UnitItem | null>(null);
  const [deactivating, setDeactivating] = useState<UnitItem | null>(null);
  const [positionsOf, setPositionsOf] = useState<UnitItem | null>(null);

  const tree = useMemo(() => buildUnitTree(units.data?.items ?? []), [units.data]);
  const filter = useMemo(() => filterUnitTree(tree, query), [tree, query]);
  const canCreateRoot = units.data?.abilities.includes('createRoot') ?? false;
  const activeCount = units.data?.items.filter((u) => u.active).length ?? 0;

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  /** Keeps a unit (and its ancestors) open so a change is visible. */
  const reveal = (id: string | null) => {
    if (!id) return;
    setExpanded((current) => {
      const next = new Set(current);
      next.add(id);
      for (const ancestor of ancestorsOf(tree, id)) next.add(ancestor.id);
      return next;
    });
  };

  const onAction = (action: UnitAction, unit: UnitItem) => {
    switch (action) {
      case 'createChild':
        setFormTarget({ mode: 'create', parent: unit });
        return;
      case 'edit':
        setFormTarget({ mode: 'edit', unit });
        return;
      case 'move':
        setMoving(unit);
        return;
      case 'positions':
        setPositionsOf(unit);
        return;
      case 'deactivate':
        update.reset();
        setDeactivating(unit);
        return;
      case 'activate':
        update.mutate(
          { id: unit.id, active: true },
          {
            onSuccess: () => notify.success(t('units.notify.activated', { name: unit.name })),
            onError: (error) => notify.error(errorMessage(t, error), t('units.activateFailed')),
          },
        );
        return;
    }
  };

  const confirmDeactivate = () => {
    if (!deactivating) return;
    const unit = deactivating;
    update.mutate(
      { id: unit.id, active: false },
      {
        onSuccess: () => {
          notify.success(t('units.notify.deactivated', { name: unit.name }));
          setDeactivating(null);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={
          units.data
            ? t('units.summary', {
                active: formatNumber(activeCount),
                total: formatNumber(units.data.items.length),
              })
            : undefined
        }
        actions={
          canCreateRoot ? (
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setFormTarget({ mode: 'create', parent: null })}
            >
              {t('units.addRoot')}
            </Button>
          ) : null
        }
      />

      <Card withBorder radius="md" padding="md">
        <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
          <TextInput
            label={t('units.search')}
            placeholder={t('units.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '1 1 260px' }}
            type="search"
          />
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => setExpanded(new Set(units.data?.items.map((u) => u.id) ?? []))}
              disabled={filter !== null}
            >
              {t('units.expandAll')}
            </Button>
            <Button variant="default" onClick={() => setExpanded(new Set())} disabled={filter !== null}>
              {t('units.collapseAll')}
            </Button>
          </Group>
        </Group>
        {filter ? (
          <Text size="sm" c="dimmed" mb="sm" aria-live="polite">
            {t('units.matches', { count: filter.matches.size, formatted: formatNumber(filter.matches.size) })}
          </Text>
        ) : null}

        {units.isPending ? <LoadingState label={t('units.loading')} /> : null}
        {units.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, units.error)}</ErrorAlert>
        ) : null}
        {units.data && filter?.matches.size === 0 ? (
          <EmptyResult title={t('units.noMatch')} description={t('units.noMatchHint')} />
        ) : null}
        {units.data && units.data.items.length === 0 ? <EmptyResult title={t('units.empty')} /> : null}
        {units.data ? (
          <UnitTreeView
            tree={tree}
            filter={filter}
            query={filter ? query.trim() : ''}
            expanded={expanded}
            onToggle={toggle}
            onAction={onAction}
          />
        ) : null}
      </Card>

      <UnitFormModal target={formTarget} onClose={() => setFormTarget(null)} onSaved={reveal} />
      <MoveUnitModal
        unit={moving}
        tree={tree}
        canMoveToTop={canCreateRoot}
        onClose={() => setMoving(null)}
        onMoved={reveal}
      />
      <PositionsDrawer unit={positionsOf} onClose={() => setPositionsOf(null)} />
      <ConfirmModal
        opened={deactivating !== null}
        title={t('units.deactivateTitle')}
        confirmLabel={t('units.deactivate')}
        onConfirm={confirmDeactivate}
        onClose={() => setDeactivating(null)}
        loading={update.isPending}
        error={deactivating && update.error ? errorMessage(t, update.error) : null}
      >
        <Text>
          {t('units.deactivateBody', { name: deactivating?.name ?? '', code: deactivating?.code ?? '' })}
        </Text>
      </ConfirmModal>
    </>
  );
}

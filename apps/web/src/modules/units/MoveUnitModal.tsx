import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { subtreeIds, type UnitTree, unitOptions } from './unit-tree.ts';
import { type UnitItem, useUpdateUnit } from './units.api.ts';

const TOP_LEVEL = '__top__';

interface MoveUnitModalProps {
  unit: UnitItem | null;
  tree: UnitTree;
  /** The user may make a unit top-level (the list's createRoot ability). */
  canMoveToTop: boolean;
  onClose: () => void;
  onMoved?: (parentId: string | null) => void;
}

export function MoveUnitModal({ unit, tree, canMoveToTop, onClose, onMoved }: MoveUnitModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unit !== null} onClose={onClose} title={t('units.moveForm.title')} centered>
      {unit ? (
        <MoveForm
          key={unit.id}
          unit={unit}
          tree={tree}
          canMoveToTop={canMoveToTop}
          onClose={onClose}
          onMoved={onMoved}
        />
      ) : null}
    </AppModal>
  );
}

function MoveForm({
  unit,
  tree,
  canMoveToTop,
  onClose,
  onMoved,
}: Omit<MoveUnitModalProps, 'unit'> & { unit: UnitItem }) {
  const { t } = useTranslation();
  const update = useUpdateUnit();
  const [parent, setParent] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const data = useMemo(() => {
    const exclude = subtreeIds(tree, unit.id);
    if (unit.parentId) exclude.add(unit.parentId);
    const options = unitOptions(tree, { exclude, activeOnly: true });
    return canMoveToTop && unit.parentId !== null
      ? [{ value: TOP_LEVEL, label: t('units.moveForm.topLevel') }, ...options]
      : options;
  }, [tree, unit, canMoveToTop, t]);
  const current = unit.parentId ? tree.byId.get(unit.parentId) : undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!parent) return;
    const parentId = parent === TOP_LEVEL ? null : parent;
    update.mutate(
      { id: unit.id, parentId },
      {
        onSuccess: () => {
          notify.success(t('units.notify.moved', { name: unit.name }));
          onMoved?.(parentId);
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('units.moveForm.unit')}: <strong>{unit.name}</strong> ({unit.code})
          <br />
          {t('units.moveForm.currentParent')}:{' '}
          {current ? `${current.name} (${current.code})` : t('units.moveForm.none')}
        </Text>
        {update.error ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
        <Select
          label={t('units.moveForm.newParent')}
          placeholder={t('units.moveForm.placeholder')}
          data={data}
          value={parent}
          onChange={setParent}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          error={touched && !parent ? t('units.moveForm.required') : undefined}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('units.moveForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

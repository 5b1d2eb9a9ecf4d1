import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Position } from '@sigap/contracts';
import { POSITION_KINDS, POSITION_LEVELS, type PositionKind } from '@sigap/rules';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { AppDrawer } from '../../ui/AppDrawer.tsx';
import { EmptyResult } from '../../ui/EmptyResult.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import type { UnitItem } from '../units/units.api.ts';
import { positionKindLabel, useCreatePosition, usePositions, useUpdatePosition } from './positions.api.ts';

interface PositionsDrawerProps {
  unit: UnitItem | null;
  onClose: () => void;
}

/** "Kelola jabatan": the positions of one unit, with adding and editing. */
export function PositionsDrawer({ unit, onClose }: PositionsDrawerProps) {
  const { t } = useTranslation();
  return (
    <AppDrawer opened={unit !== null} onClose={onClose} title={t('positions.title')}>
      {unit ? <PositionsPanel key={unit.id} unit={unit} /> : null}
    </AppDrawer>
  );
}

type Editing = { mode: 'create' } | { mode: 'edit'; position: Position } | null;

function PositionsPanel({ unit }: { unit: UnitItem }) {
  const { t } = useTranslation();
  const positions = usePositions(unit.id);
  const [editing, setEditing] = useState<Editing>(null);
  const items = positions.data ?? [];

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('positions.unit')}: <strong>{unit.name}</strong> ({unit.code})
      </Text>
      {editing ? (
        <PositionForm
          key={editing.mode === 'edit' ? editing.position.id : 'new'}
          unit={unit}
          editing={editing}
          onDone={() => setEditing(null)}
        />
      ) : unit.active ? (
        <Group>
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setEditing({ mode: 'create' })}
          >
            {t('positions.add')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('positions.unitInactive')}
        </Text>
      )}

      {positions.isPending ? <LoadingState label={t('positions.loading')} /> : null}
      {positions.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, positions.error)}</ErrorAlert>
      ) : null}
      {positions.data && items.length === 0 ? (
        <EmptyResult title={t('positions.empty')} description={t('positions.emptyHint')} />
      ) : null}
      {items.length > 0 ? (
        <ul
          className="sigap-plain-list sigap-card-list"
          aria-label={t('positions.listLabel', { name: unit.name })}
        >
          {items.map((position) => (
            <li key={position.id} className="sigap-card-list-item">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {position.name}
                  </Text>
                  <Group gap={6} wrap="wrap">
                    <Badge variant="light" color="blue" radius="sm">
                      {positionKindLabel(t, position.kind, position.level)}
                    </Badge>
                    {position.isUnitHead ? (
                      <Badge variant="light" color="teal" radius="sm">
                        {t('positions.unitHead')}
                      </Badge>
                    ) : null}
                    <Text component="span" size="xs" c="dimmed">
                      {t('positions.employeeCount', {
                        count: position.employeeCount,
                        formatted: formatNumber(position.employeeCount),
                      })}
                    </Text>
                  </Group>
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={t('positions.editFor', { name: position.name })}
                  onClick={() => setEditing({ mode: 'edit', position })}
                  disabled={editing?.mode === 'edit' && editing.position.id === position.id}
                >
                  <IconPencil size={18} aria-hidden />
                </ActionIcon>
              </Group>
            </li>
          ))}
        </ul>
      ) : null}
    </Stack>
  );
}

function PositionForm({
  unit,
  editing,
  onDone,
}: {
  unit: UnitItem;
  editing: NonNullable<Editing>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePosition();
  const update = useUpdatePosition();
  const mutation = editing.mode === 'edit' ? update : create;
  const initial = editing.mode === 'edit' ? editing.position : null;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: initial?.name ?? '',
      kind: (initial?.kind ?? null) as PositionKind | null,
      level: (initial?.level ?? null) as string | null,
      isUnitHead: initial?.isUnitHead ?? false,
    },
    validate: {
      name: (value: string) => (value.trim().length >= 2 ? null : t('positions.form.nameRequired')),
      kind: (value) => (value ? null : t('positions.form.kindRequired')),
      level: (value) => (value ? null : t('positions.form.levelRequired')),
    },
  });
  const kind = form.values.kind;
  const levels = kind
    ? POSITION_LEVELS[kind].map((level) => ({ value: level, label: t(`positionLevel.${level}`) }))
    : [];

  const changeKind = (next: string | null) => {
    const value = next as PositionKind | null;
    form.setFieldValue('kind', value);
    const allowed: readonly string[] = value ? POSITION_LEVELS[value] : [];
    // A kind with one level (e.g. Pelaksana) needs no choice; otherwise keep the level only if it still fits.
    if (allowed.length === 1) form.setFieldValue('level', allowed[0] ?? null);
    else if (!allowed.includes(form.values.level ?? '')) form.setFieldValue('level', null);
  };

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const level = values.level as string;
    if (editing.mode === 'edit') {
      const position = editing.position;
      const patch: { name?: string; level?: string; isUnitHead?: boolean } = {};
      if (name !== position.name) patch.name = name;
      if (level !== position.level) patch.level = level;
      if (values.isUnitHead !== position.isUnitHead) patch.isUnitHead = values.isUnitHead;
      if (Object.keys(patch).length === 0) {
        onDone();
        return;
      }
      update.mutate(
        { id: position.id, ...patch },
        {
          onSuccess: () => {
            notify.success(t('positions.notify.updated', { name }));
            onDone();
          },
        },
      );
    } else {
      create.mutate(
        { unitId: unit.id, name, kind: values.kind as PositionKind, level, isUnitHead: values.isUnitHead },
        {
          onSuccess: () => {
            notify.success(t('positions.notify.created', { name }));
            onDone();
          },
        },
      );
    }
  });

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="position-form-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={700} id="position-form-title">
            {editing.mode === 'edit' ? t('positions.form.editTitle') : t('positions.form.createTitle')}
          </Text>
          {mutation.error ? <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert> : null}
          <TextInput
            label={t('positions.form.name')}
            placeholder={t('positions.form.namePlaceholder')}
            required
            data-autofocus
            autoFocus
            {...form.getInputProps('name')}
          />
          {editing.mode === 'edit' ? (
            <Text size="sm">
              {t('positions.form.kind')}: <strong>{t(`positionKind.${editing.position.kind}`)}</strong>
              <Text component="span" size="xs" c="dimmed" display="block">
                {t('positions.form.kindFixed')}
              </Text>
            </Text>
          ) : (
            <Select
              label={t('positions.form.kind')}
              data={POSITION_KINDS.map((value) => ({ value, label: t(`positionKind.${value}`) }))}
              required
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('kind')}
              onChange={changeKind}
            />
          )}
          <Select
            label={t('positions.form.level')}
            placeholder={kind ? undefined : t('positions.form.levelFirstKind')}
            data={levels}
            disabled={!kind}
            required
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('level')}
          />
          <Checkbox
            label={t('positions.form.isUnitHead')}
            description={t('positions.form.isUnitHeadHint')}
            {...form.getInputProps('isUnitHead', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UNIT_KINDS, type UnitKind } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { type UnitItem, useCreateUnit, useUpdateUnit } from './units.api.ts';

export type UnitFormTarget = { mode: 'create'; parent: UnitItem | null } | { mode: 'edit'; unit: UnitItem };

interface UnitFormModalProps {
  target: UnitFormTarget | null;
  onClose: () => void;
  onSaved?: (parentId: string | null) => void;
}

/** Adds a unit (top-level or sub-unit) or edits a unit's name, code and kind. */
export function UnitFormModal({ target, onClose, onSaved }: UnitFormModalProps) {
  const { t } = useTranslation();
  const title =
    target?.mode === 'edit'
      ? t('units.form.editTitle')
      : target?.parent
        ? t('units.form.createChildTitle')
        : t('units.form.createRootTitle');
  return (
    <AppModal opened={target !== null} onClose={onClose} title={title} centered>
      {target ? (
        <UnitForm
          key={target.mode === 'edit' ? target.unit.id : (target.parent?.id ?? 'root')}
          target={target}
          onClose={onClose}
          onSaved={onSaved}
        />
      ) : null}
    </AppModal>
  );
}

function UnitForm({
  target,
  onClose,
  onSaved,
}: {
  target: UnitFormTarget;
  onClose: () => void;
  onSaved?: (parentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const mutation = target.mode === 'edit' ? update : create;
  const initial = target.mode === 'edit' ? target.unit : null;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: initial?.name ?? '',
      code: initial?.code ?? (target.mode === 'create' && target.parent ? `${target.parent.code}.` : ''),
      kind: (initial?.kind ?? null) as UnitKind | null,
    },
    validate: {
      name: (value: string) => (value.trim().length >= 2 ? null : t('units.form.nameRequired')),
      code: (value) => {
        const code = value.trim();
        if (!code) return t('units.form.codeRequired');
        if (code.length > 40) return t('units.form.codeTooLong');
        return null;
      },
      kind: (value) => (value ? null : t('units.form.kindRequired')),
    },
  });
  const kinds = UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }));

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const code = values.code.trim();
    const kind = values.kind as UnitKind;
    if (target.mode === 'edit') {
      const unit = target.unit;
      const patch: { name?: string; code?: string; kind?: UnitKind } = {};
      if (name !== unit.name) patch.name = name;
      if (code !== unit.code) patch.code = code;
      if (kind !== unit.kind) patch.kind = kind;
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      update.mutate(
        { id: unit.id, ...patch },
        {
          onSuccess: () => {
            notify.success(t('units.notify.updated', { name }));
            onSaved?.(unit.parentId);
            onClose();
          },
        },
      );
    } else {
      const parentId = target.parent?.id ?? null;
      create.mutate(
        { parentId, name, code, kind },
        {
          onSuccess: () => {
            notify.success(t('units.notify.created', { name }));
            onSaved?.(parentId);
            onClose();
          },
        },
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {target.mode === 'create' && target.parent ? (
          <Text size="sm">
            {t('units.form.parent')}: <strong>{target.parent.name}</strong> ({target.parent.code})
          </Text>
        ) : null}
        {mutation.error ? <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert> : null}
        <TextInput label={t('units.form.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('units.form.code')}
          description={t('units.form.codeHint')}
          required
          ff="monospace"
          {...form.getInputProps('code')}
        />
        <Select
          label={t('units.form.kind')}
          data={kinds}
          searchable
          required
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('kind')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

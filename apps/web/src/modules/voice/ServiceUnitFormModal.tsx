import { Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { buildUnitTree, unitOptions } from '../units/unit-tree.ts';
import { useUnits } from '../units/units.api.ts';
import { type ServiceUnitItem, useCreateServiceUnit, useUpdateServiceUnit } from './voice.api.ts';

export type ServiceUnitFormTarget = { mode: 'create' } | { mode: 'edit'; unit: ServiceUnitItem };

interface ServiceUnitFormModalProps {
  target: ServiceUnitFormTarget | null;
  onClose: () => void;
}

/** "Tambah unit layanan" (org unit, name, visit code) or "Ubah unit layanan" (name, visit code, active). */
export function ServiceUnitFormModal({ target, onClose }: ServiceUnitFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'edit' ? t('voice.unitForm.editTitle') : t('voice.unitForm.createTitle')}
      size="lg"
    >
      {target ? (
        <ServiceUnitForm
          key={target.mode === 'edit' ? target.unit.id : 'new'}
          target={target}
          onClose={onClose}
        />
      ) : null}
    </AppModal>
  );
}

function ServiceUnitForm({ target, onClose }: { target: ServiceUnitFormTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useUnits();
  const create = useCreateServiceUnit();
  const update = useUpdateServiceUnit();
  const mutation = target.mode === 'edit' ? update : create;
  const initial = target.mode === 'edit' ? target.unit : null;
  const unitData = useMemo(
    () => unitOptions(buildUnitTree(units.data?.items ?? []), { activeOnly: true }),
    [units.data],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      unitId: (initial?.unitId ?? null) as string | null,
      name: initial?.name ?? '',
      visitCodeRequired: initial?.visitCodeRequired ?? false,
      active: initial?.active ?? true,
    },
    validate: {
      unitId: (value) => (target.mode === 'edit' || value ? null : t('voice.unitForm.unitRequired')),
      name: (value) => {
        const name = value.trim();
        if (name.length < 3) return t('voice.unitForm.nameTooShort');
        if (name.length > 200) return t('voice.unitForm.nameTooLong');
        return null;
      },
    },
  });

  const nameTaken = isApiError(mutation.error) && mutation.error.code === 'CONFLICT';
  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    const onError = (error: Error) => {
      if (isApiError(error) && error.code === 'CONFLICT')
        form.setFieldError('name', t('voice.unitForm.nameTaken'));
    };
    if (target.mode === 'edit') {
      const unit = target.unit;
      const patch: { name?: string; visitCodeRequired?: boolean; active?: boolean } = {};
      if (name !== unit.name) patch.name = name;
      if (values.visitCodeRequired !== unit.visitCodeRequired)
        patch.visitCodeRequired = values.visitCodeRequired;
      if (values.active !== unit.active) patch.active = values.active;
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      update.mutate(
        { id: unit.id, ...patch },
        {
          onSuccess: () => {
            notify.success(t('voice.unitForm.updated', { name }));
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      { unitId: values.unitId as string, name, visitCodeRequired: values.visitCodeRequired },
      {
        onSuccess: () => {
          notify.success(t('voice.unitForm.created', { name }));
          onClose();
        },
        onError,
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {mutation.error && !nameTaken ? <ErrorAlert>{errorMessage(t, mutation.error)}</ErrorAlert> : null}
        {target.mode === 'create' ? (
          <Select
            label={t('voice.unitForm.unit')}
            description={t('voice.unitForm.unitHint')}
            placeholder={units.isPending ? t('common.loading') : t('voice.unitForm.unitPlaceholder')}
            data={unitData}
            searchable
            required
            nothingFoundMessage={t('common.nothingFound')}
            data-autofocus
            {...form.getInputProps('unitId')}
          />
        ) : (
          <Text size="sm">
            {t('voice.unitForm.unit')}: <strong>{target.unit.unitName}</strong>
          </Text>
        )}
        <TextInput
          label={t('voice.unitForm.name')}
          description={t('voice.unitForm.nameHint')}
          required
          maxLength={200}
          data-autofocus={target.mode === 'edit' || undefined}
          {...form.getInputProps('name')}
        />
        <Switch
          label={t('voice.unitForm.visitCodeRequired')}
          description={t('voice.unitForm.visitCodeHint')}
          {...form.getInputProps('visitCodeRequired', { type: 'checkbox' })}
        />
        {target.mode === 'edit' ? (
          <Switch
            label={t('voice.unitForm.active')}
            description={t('voice.unitForm.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        ) : null}
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

import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { type ServiceUnitItem, useAddServiceType } from './voice.api.ts';

/** Resolution time of a complaint about this service, in working days (the API's default). */
const DEFAULT_DAYS = 14;

/** "Tambah jenis layanan": its name and the working days a complaint about it must be resolved in. */
export function ServiceTypeModal({ unit, onClose }: { unit: ServiceUnitItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={unit !== null} onClose={onClose} title={t('voice.typeForm.title')}>
      {unit ? <ServiceTypeForm key={unit.id} unit={unit} onClose={onClose} /> : null}
    </AppModal>
  );
}

function ServiceTypeForm({ unit, onClose }: { unit: ServiceUnitItem; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddServiceType(unit.id);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', resolutionDays: DEFAULT_DAYS as number | string },
    validate: {
      name: (value) => {
        const name = value.trim();
        if (name.length < 2) return t('voice.typeForm.nameTooShort');
        if (name.length > 200) return t('voice.unitForm.nameTooLong');
        return null;
      },
      resolutionDays: (value) =>
        typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365
          ? null
          : t('voice.typeForm.daysInvalid'),
    },
  });
  const nameTaken = isApiError(add.error) && add.error.code === 'CONFLICT';

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    add.mutate(
      { name, resolutionDays: values.resolutionDays as number },
      {
        onSuccess: () => {
          notify.success(t('voice.typeForm.added', { name, unit: unit.name }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'CONFLICT')
            form.setFieldError('name', t('voice.typeForm.nameTaken'));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('voice.typeForm.serviceUnit')}: <strong>{unit.name}</strong>
        </Text>
        {add.error && !nameTaken ? <ErrorAlert>{errorMessage(t, add.error)}</ErrorAlert> : null}
        <TextInput
          label={t('voice.typeForm.name')}
          placeholder={t('voice.typeForm.namePlaceholder')}
          required
          maxLength={200}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <NumberInput
          label={t('voice.typeForm.days')}
          description={t('voice.typeForm.daysHint')}
          required
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          suffix={` ${t('voice.typeForm.daysSuffix')}`}
          style={{ maxWidth: 260 }}
          {...form.getInputProps('resolutionDays')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('voice.typeForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

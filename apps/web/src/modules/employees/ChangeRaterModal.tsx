import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { EmployeeDetail } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { todayIn } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { type Acting, useChangeRater } from './employees.api.ts';
import { HEAD_OF_REGION, RaterSelect } from './RaterSelect.tsx';

interface ChangeRaterModalProps {
  employee: EmployeeDetail;
  opened: boolean;
  onClose: () => void;
  timeZone: string;
}

export function ChangeRaterModal({ employee, opened, onClose, timeZone }: ChangeRaterModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('rater.changeTitle')} centered size="lg">
      {opened ? <ChangeRaterForm employee={employee} onClose={onClose} timeZone={timeZone} /> : null}
    </AppModal>
  );
}

function ChangeRaterForm({ employee, onClose, timeZone }: Omit<ChangeRaterModalProps, 'opened'>) {
  const { t } = useTranslation();
  const change = useChangeRater(employee.id);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      rater: null as string | null,
      validFrom: todayIn(timeZone),
      acting: 'DEFINITIF' as Acting,
    },
    validate: {
      rater: (value) => (value ? null : t('rater.raterRequired')),
      validFrom: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('rater.dateRequired')),
    },
  });

  const submit = form.onSubmit((values) => {
    change.mutate(
      {
        raterEmployeeId: values.rater === HEAD_OF_REGION ? null : values.rater,
        validFrom: values.validFrom,
        acting: values.acting,
      },
      {
        onSuccess: () => {
          notify.success(t('rater.changed', { name: employee.fullName }));
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          {t('rater.for')}: <strong>{employee.fullName}</strong>
        </Text>
        {change.error ? <ErrorAlert>{errorMessage(t, change.error)}</ErrorAlert> : null}
        <RaterSelect
          value={form.values.rater}
          onChange={(value) => form.setFieldValue('rater', value)}
          excludeId={employee.id}
          error={form.errors.rater as string | undefined}
        />
        <TextInput
          type="date"
          label={t('rater.validFrom')}
          required
          {...form.getInputProps('validFrom')}
          style={{ maxWidth: 220 }}
        />
        <Radio.Group label={t('rater.acting')} required {...form.getInputProps('acting')}>
          <Group gap="lg" mt={6}>
            <Radio value="DEFINITIF" label={t('acting.DEFINITIF')} />
            <Radio value="PLT" label={t('acting.PLT')} />
            <Radio value="PLH" label={t('acting.PLH')} />
          </Group>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

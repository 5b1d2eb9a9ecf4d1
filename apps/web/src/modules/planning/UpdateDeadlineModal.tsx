import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { isCalendarDate, type PlanningYear, useUpdateSkpDeadline } from './planning.api.ts';

interface UpdateDeadlineModalProps {
  /** The year whose deadline is being changed (null: closed). */
  target: PlanningYear | null;
  onClose: () => void;
}

/** "Ubah batas penetapan": moves the SKP deadline of a year (within that year). */
export function UpdateDeadlineModal({ target, onClose }: UpdateDeadlineModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('planning.changeDeadlineTitle', { year: target.year }) : ''}
    >
      {target ? <UpdateDeadlineForm key={target.year} target={target} onClose={onClose} /> : null}
    </AppModal>
  );
}

function UpdateDeadlineForm({ target, onClose }: { target: PlanningYear; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSkpDeadline();
  const form = useForm({
    mode: 'controlled',
    initialValues: { skpDeadline: target.skpDeadline },
    validate: {
      skpDeadline: (value) => {
        if (!isCalendarDate(value)) return t('planning.form.deadlineRequired');
        if (!value.startsWith(`${target.year}-`))
          return t('planning.form.deadlineYear', { year: target.year });
        return null;
      },
    },
  });

  const submit = form.onSubmit(({ skpDeadline }) => {
    if (skpDeadline === target.skpDeadline) {
      onClose();
      return;
    }
    update.mutate(
      { year: target.year, skpDeadline },
      {
        onSuccess: (saved) => {
          notify.success(
            t('planning.deadlineChanged', { year: saved.year, date: formatDate(saved.skpDeadline) }),
          );
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('planning.currentDeadline', { date: formatDate(target.skpDeadline) })}</Text>
        {update.error ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
        <TextInput
          type="date"
          label={t('planning.skpDeadline')}
          description={t('planning.form.deadlineChangeHint', { year: target.year })}
          required
          min={`${target.year}-01-01`}
          max={`${target.year}-12-31`}
          {...form.getInputProps('skpDeadline')}
          style={{ maxWidth: 260 }}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CoachingSession } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { isoToLocal, localToIso, useRecordSession } from './coaching.api.ts';

/** "Catat hasil": the coach records a held session (notes, agreed actions, follow-up date). */
export function RecordSessionModal({
  session,
  onClose,
}: {
  session: CoachingSession | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={session !== null}
      onClose={onClose}
      title={session ? t('coaching.record.title', { name: session.employee.fullName }) : ''}
      size="lg"
    >
      {session ? <RecordForm key={session.id} session={session} onClose={onClose} /> : null}
    </AppModal>
  );
}

const TEXT_MIN = 3;

function RecordForm({ session, onClose }: { session: CoachingSession; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const zone = me.agency.timezone;
  const record = useRecordSession(session.id);
  // Held when scheduled, unless that is still ahead: then now.
  const now = new Date();
  const scheduled = new Date(session.scheduledAt);
  const held = isoToLocal(scheduled.getTime() < now.getTime() ? scheduled : now, zone);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      notes: '',
      agreedActions: '',
      followUpDate: '',
      heldDate: held.date,
      heldTime: held.time,
    },
    validate: {
      notes: (v) =>
        v.trim().length < TEXT_MIN ? t('coaching.record.textTooShort', { min: TEXT_MIN }) : null,
      agreedActions: (v) =>
        v.trim().length < TEXT_MIN ? t('coaching.record.textTooShort', { min: TEXT_MIN }) : null,
      heldDate: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t('coaching.schedule.dateRequired')),
      heldTime: (v) => (/^\d{2}:\d{2}$/.test(v) ? null : t('coaching.schedule.timeRequired')),
      followUpDate: (v, values) =>
        v && v < values.heldDate ? t('coaching.record.followUpBeforeSession') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    record.mutate(
      {
        notes: values.notes.trim(),
        agreedActions: values.agreedActions.trim(),
        followUpDate: values.followUpDate || null,
        heldAt: localToIso(values.heldDate, values.heldTime, zone),
      },
      {
        onSuccess: () => {
          notify.success(t('coaching.record.done'));
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <Text span fw={600}>
            {t('coaching.session.topic')}:
          </Text>{' '}
          {session.topic}
        </Text>
        <Textarea
          label={t('coaching.session.notes')}
          description={t('coaching.record.notesHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          {...form.getInputProps('notes')}
          data-autofocus
        />
        <Textarea
          label={t('coaching.session.agreedActions')}
          description={t('coaching.record.actionsHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          {...form.getInputProps('agreedActions')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('coaching.record.heldDate')}
            required
            {...form.getInputProps('heldDate')}
          />
          <TextInput
            type="time"
            label={t('coaching.record.heldTime')}
            required
            {...form.getInputProps('heldTime')}
          />
        </Group>
        <TextInput
          type="date"
          label={t('coaching.session.followUp')}
          description={t('coaching.record.followUpHint')}
          min={form.values.heldDate}
          {...form.getInputProps('followUpDate')}
          style={{ maxWidth: 260 }}
        />
        {record.error ? <ErrorAlert>{errorMessage(t, record.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('coaching.record.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

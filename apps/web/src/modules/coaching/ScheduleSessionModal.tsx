import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COACHING_KINDS, type CoachingKind } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { todayIn } from '../../lib/format.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { usePlanningYears } from '../skp/skp.api.ts';
import { localToIso, useScheduleSession } from './coaching.api.ts';

export interface CoachingTarget {
  id: string;
  fullName: string;
}

/** "Jadwalkan sesi": the rater schedules a dialog or bimbingan kinerja with a person they rate. */
export function ScheduleSessionModal({
  target,
  year,
  onClose,
}: {
  target: CoachingTarget | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('coaching.schedule.title', { name: target.fullName }) : ''}
      size="lg"
    >
      {target ? <ScheduleForm key={target.id} target={target} year={year} onClose={onClose} /> : null}
    </AppModal>
  );
}

const TOPIC_MIN = 3;

function ScheduleForm({
  target,
  year,
  onClose,
}: {
  target: CoachingTarget;
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const me = useSession();
  const zone = me.agency.timezone;
  const schedule = useScheduleSession();
  const years = usePlanningYears();
  const periods = years.data?.items.find((y) => y.year === year)?.periods ?? [];
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      kind: 'DIALOG' as CoachingKind,
      date: todayIn(zone),
      time: '09:00',
      topic: '',
      periodId: null as string | null,
    },
    validate: {
      date: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('coaching.schedule.dateRequired')),
      time: (value) => (/^\d{2}:\d{2}$/.test(value) ? null : t('coaching.schedule.timeRequired')),
      topic: (value) =>
        value.trim().length < TOPIC_MIN ? t('coaching.schedule.topicTooShort', { min: TOPIC_MIN }) : null,
    },
  });

  const submit = form.onSubmit((values) => {
    schedule.mutate(
      {
        employeeId: target.id,
        kind: values.kind,
        scheduledAt: localToIso(values.date, values.time, zone),
        topic: values.topic.trim(),
        periodId: values.periodId,
      },
      {
        onSuccess: () => {
          notify.success(t('coaching.schedule.done', { name: target.fullName }));
          onClose();
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('coaching.schedule.intro')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="coaching-kind-label">
            {t('coaching.schedule.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="coaching-kind-label"
            data={COACHING_KINDS.map((k) => ({ value: k, label: t(`coaching.kind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <Text size="xs" c="dimmed">
            {t(`coaching.kindHint.${form.values.kind}`)}
          </Text>
        </Stack>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('coaching.schedule.date')}
            required
            {...form.getInputProps('date')}
          />
          <TextInput
            type="time"
            label={t('coaching.schedule.time')}
            required
            {...form.getInputProps('time')}
          />
        </Group>
        <Textarea
          label={t('coaching.schedule.topic')}
          description={t('coaching.schedule.topicHint')}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={500}
          {...form.getInputProps('topic')}
          data-autofocus
        />
        <Select
          label={t('coaching.schedule.period')}
          description={t('coaching.schedule.periodHint')}
          placeholder={t('coaching.schedule.noPeriod')}
          data={periods.map((p) => ({ value: p.id, label: p.name }))}
          clearable
          {...form.getInputProps('periodId')}
        />
        {schedule.error ? <ErrorAlert>{errorMessage(t, schedule.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={schedule.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={schedule.isPending}>
            {t('coaching.schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

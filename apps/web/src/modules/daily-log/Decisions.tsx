import { Button, Card, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ConfirmModal } from '../../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { DayHeader, EntryList, EvidenceList } from './DayView.tsx';
import {
  useDailyLogDecision,
  useDailyLogSettings,
  useEmployeeDay,
  useUpdateDailyLogSettings,
} from './daily-log.api.ts';

const NOTE_MIN = 3;
const NOTE_MAX = 2000;

/**
 * Approve (after a confirmation) or return (with a note the employee reads) a set of submitted days,
 * all in one request: the server writes all of them or none.
 */
export function DecisionDialogs({
  action,
  logIds,
  onClose,
  onDone,
}: {
  action: 'approve' | 'return' | null;
  logIds: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const decision = useDailyLogDecision();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const close = () => {
    decision.reset();
    setNote('');
    setNoteError(null);
    onClose();
  };
  const run = (body: { action: 'approve' | 'return'; note?: string }) =>
    decision.mutate(
      { ...body, logIds },
      {
        onSuccess: (result) => {
          notify.success(
            t(result.action === 'approve' ? 'dailyLog.team.approved' : 'dailyLog.team.returned', {
              count: result.decided,
            }),
          );
          setNote('');
          decision.reset();
          onDone();
        },
      },
    );
  const onReturn = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < NOTE_MIN) {
      setNoteError(t('dailyLog.team.noteTooShort', { min: NOTE_MIN }));
      return;
    }
    run({ action: 'return', note: note.trim() });
  };

  return (
    <>
      <ConfirmModal
        opened={action === 'approve'}
        title={t('dailyLog.team.approveTitle', { count: logIds.length })}
        confirmLabel={t('dailyLog.team.approveConfirm', { count: logIds.length })}
        color="green"
        loading={decision.isPending}
        error={decision.error ? errorMessage(t, decision.error) : null}
        onConfirm={() => run({ action: 'approve' })}
        onClose={close}
      >
        <Text size="sm">{t('dailyLog.team.approveBody', { count: logIds.length })}</Text>
      </ConfirmModal>
      <AppModal
        opened={action === 'return'}
        onClose={close}
        title={t('dailyLog.team.returnTitle', { count: logIds.length })}
        size="lg"
      >
        <form onSubmit={onReturn} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('dailyLog.team.returnBody', { count: logIds.length })}</Text>
            <Textarea
              label={t('dailyLog.team.note')}
              description={t('dailyLog.team.noteHint')}
              required
              autosize
              minRows={3}
              maxRows={8}
              maxLength={NOTE_MAX}
              value={note}
              error={noteError}
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setNoteError(null);
              }}
              data-autofocus
            />
            {decision.error ? <ErrorAlert>{errorMessage(t, decision.error)}</ErrorAlert> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={decision.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={decision.isPending}>
                {t('dailyLog.team.returnConfirm', { count: logIds.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
    </>
  );
}

/** A subordinate's day as the rater reads it, with approve / return for that one day. */
export function TeamDayView({
  employeeId,
  date,
  onDecide,
}: {
  employeeId: string;
  date: string;
  onDecide: (action: 'approve' | 'return', logId: string) => void;
}) {
  const { t } = useTranslation();
  const day = useEmployeeDay(employeeId, date);
  if (day.isPending) return <LoadingState label={t('dailyLog.day.loading')} />;
  if (day.isError)
    return <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, day.error)}</ErrorAlert>;
  const d = day.data;
  return (
    <Stack gap="md">
      <div>
        <Text fw={600}>{d.employee.fullName}</Text>
        <Text size="sm" c="dimmed">
          {d.employee.positionName} · {d.employee.unitName}
        </Text>
      </div>
      <DayHeader day={d} />
      <EntryList day={d} />
      <Text fw={600} size="sm">
        {t('dailyLog.evidence.title')}
      </Text>
      <EvidenceList evidence={d.evidence} />
      {d.abilities.includes('approve') && d.id ? (
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            color="orange"
            leftSection={<IconArrowBackUp size={18} aria-hidden />}
            onClick={() => onDecide('return', d.id as string)}
          >
            {t('dailyLog.team.returnOne')}
          </Button>
          <Button
            color="green"
            leftSection={<IconCheck size={18} aria-hidden />}
            onClick={() => onDecide('approve', d.id as string)}
          >
            {t('dailyLog.team.approveOne')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** The agency admin turns the daily log on or off for the whole agency (rules §4: configurable). */
export function DailyLogSettingsCard() {
  const { t } = useTranslation();
  const settings = useDailyLogSettings();
  const update = useUpdateDailyLogSettings();
  const [confirmOff, setConfirmOff] = useState(false);
  if (!settings.data?.abilities.includes('update')) return null;
  const set = (enabled: boolean) =>
    update.mutate(enabled, {
      onSuccess: (result) => {
        setConfirmOff(false);
        notify.success(t(result.enabled ? 'dailyLog.settings.turnedOn' : 'dailyLog.settings.turnedOff'));
      },
    });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dl-settings">
      <Stack gap="xs">
        <Text id="dl-settings" fw={700}>
          {t('dailyLog.settings.title')}
        </Text>
        <Switch
          checked={settings.data.enabled}
          disabled={update.isPending}
          label={t('dailyLog.settings.enabled')}
          description={t('dailyLog.settings.hint')}
          onChange={(event) => {
            if (event.currentTarget.checked) set(true);
            else setConfirmOff(true);
          }}
        />
        {update.error && !confirmOff ? <ErrorAlert>{errorMessage(t, update.error)}</ErrorAlert> : null}
      </Stack>
      <ConfirmModal
        opened={confirmOff}
        title={t('dailyLog.settings.offTitle')}
        confirmLabel={t('dailyLog.settings.offConfirm')}
        loading={update.isPending}
        error={update.error ? errorMessage(t, update.error) : null}
        onConfirm={() => set(false)}
        onClose={() => setConfirmOff(false)}
      >
        <Text size="sm">{t('dailyLog.settings.offBody')}</Text>
      </ConfirmModal>
    </Card>
  );
}

import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { CoachingStaff } from '@sigap/contracts';
import { PEER_MIN_ANSWERS } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useSession } from '../auth/session.ts';
import { usePlanningYears } from '../skp/skp.api.ts';
import { PeerPicker } from './PeerPicker.tsx';
import { useCreatePeerRound } from './peer-input.api.ts';

/** "Minta masukan rekan": the rater asks at least three peers for input on a person they rate. */
export function RequestPeerInputModal({
  opened,
  team,
  year,
  onClose,
}: {
  opened: boolean;
  team: CoachingStaff[];
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('peerInput.request.title')} size="lg">
      {opened ? <RequestForm team={team} year={year} onClose={onClose} /> : null}
    </AppModal>
  );
}

function RequestForm({ team, year, onClose }: { team: CoachingStaff[]; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const create = useCreatePeerRound();
  const years = usePlanningYears();
  const periods = years.data?.items.find((y) => y.year === year)?.periods ?? [];
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [peers, setPeers] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ subject?: string; period?: string; peers?: string }>({});
  const subject = team.find((p) => p.id === subjectId) ?? null;
  const excluded = [subjectId, me.user.employeeId].filter((id): id is string => id !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!subjectId) next.subject = t('peerInput.request.subjectRequired');
    if (!periodId) next.period = t('peerInput.request.periodRequired');
    if (peers.length < PEER_MIN_ANSWERS)
      next.peers = t('peerInput.request.tooFew', { min: PEER_MIN_ANSWERS });
    setErrors(next);
    if (!subjectId || !periodId || Object.keys(next).length > 0) return;
    create.mutate(
      { subjectEmployeeId: subjectId, periodId, peerEmployeeIds: peers, note: note.trim() || null },
      {
        onSuccess: (round) => {
          notify.success(t('peerInput.request.done', { name: round.subject.fullName, count: round.asked }));
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('peerInput.request.intro', { min: PEER_MIN_ANSWERS })}</Text>
        <Select
          label={t('peerInput.request.subject')}
          placeholder={t('peerInput.request.subjectPlaceholder')}
          data={team.map((p) => ({ value: p.id, label: `${p.fullName} — ${p.positionName}` }))}
          value={subjectId}
          onChange={(value) => {
            setSubjectId(value);
            setPeers((current) => current.filter((id) => id !== value));
            setErrors((current) => ({ ...current, subject: undefined }));
          }}
          searchable
          required
          error={errors.subject}
          data-autofocus
        />
        <Select
          label={t('peerInput.request.period')}
          placeholder={t('peerInput.request.periodPlaceholder')}
          data={periods.map((p) => ({ value: p.id, label: p.name }))}
          value={periodId}
          onChange={(value) => {
            setPeriodId(value);
            setErrors((current) => ({ ...current, period: undefined }));
          }}
          required
          error={errors.period}
          nothingFoundMessage={t('peerInput.request.noPeriods', { year })}
        />
        <PeerPicker
          value={peers}
          onChange={(ids) => {
            setPeers(ids);
            setErrors((current) => ({ ...current, peers: undefined }));
          }}
          suggestions={team.filter((p) => p.id !== subject?.id)}
          excludeIds={excluded}
          error={errors.peers}
        />
        <Text size="xs" c="dimmed" role="status">
          {t('peerInput.request.chosen', { count: peers.length, min: PEER_MIN_ANSWERS })}
        </Text>
        <Textarea
          label={t('peerInput.request.note')}
          description={t('peerInput.request.noteHint')}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {create.error ? <ErrorAlert>{errorMessage(t, create.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('peerInput.request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

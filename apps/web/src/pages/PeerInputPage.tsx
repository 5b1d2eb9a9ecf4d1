import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PeerRequest } from '@sigap/contracts';
import { IconInbox, IconMessageCircleUser, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { hasAbility, useSession } from '../modules/auth/session.ts';
import { useCoachingTeam } from '../modules/coaching/coaching.api.ts';
import { PeerAnswerModal } from '../modules/peer-input/PeerAnswerModal.tsx';
import { PeerRoundCard } from '../modules/peer-input/PeerRoundCard.tsx';
import { useMyPeerRounds, usePeerRequests, useTeamPeerRounds } from '../modules/peer-input/peer-input.api.ts';
import { RequestPeerInputModal } from '../modules/peer-input/RequestPeerInputModal.tsx';
import { useYearParam, YearSelect } from '../modules/skp/YearSelect.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

/**
 * Masukan rekan (optional 360, rules §4): requests the signed-in peer should answer, the aggregated input
 * about oneself, and for raters the rounds about the people they rate.
 */
export default function PeerInputPage() {
  const { t } = useTranslation();
  const me = useSession();
  const [year, setYear] = useYearParam();
  const canAnswer = hasAbility(me, 'peerInput.answer');
  const canRequest = hasAbility(me, 'peerInput.request');
  const team = useCoachingTeam(year, canRequest);
  const teamPeople = (team.data?.items ?? []).map((i) => i.employee);
  const [requesting, setRequesting] = useState(false);

  return (
    <>
      <PageHeader
        title={t('peerInput.title')}
        description={t('peerInput.description')}
        actions={
          teamPeople.length > 0 ? (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setRequesting(true)}>
              {t('peerInput.request.open')}
            </Button>
          ) : null
        }
      />
      <Stack gap="xl">
        <Group align="flex-end" gap="md" wrap="wrap">
          <YearSelect value={year} onChange={setYear} />
        </Group>
        {canAnswer ? <PendingRequests /> : null}
        {canAnswer ? <AboutMe year={year} /> : null}
        {teamPeople.length > 0 ? <TeamRounds year={year} /> : null}
      </Stack>
      <RequestPeerInputModal
        opened={requesting}
        team={teamPeople}
        year={year}
        onClose={() => setRequesting(false)}
      />
    </>
  );
}

function PendingRequests() {
  const { t } = useTranslation();
  const requests = usePeerRequests();
  const [answering, setAnswering] = useState<PeerRequest | null>(null);
  return (
    <section aria-labelledby="permintaan-masukan">
      <Title order={2} size="h4" id="permintaan-masukan" mb="xs">
        {t('peerInput.pending.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('peerInput.pending.hint')}
      </Text>
      {requests.isPending ? <LoadingState label={t('peerInput.pending.loading')} minHeight={80} /> : null}
      {requests.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, requests.error)}</ErrorAlert>
      ) : null}
      {requests.data && requests.data.items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult icon={<IconInbox aria-hidden />} title={t('peerInput.pending.empty')} />
        </Card>
      ) : null}
      {requests.data && requests.data.items.length > 0 ? (
        <Stack gap="sm">
          {requests.data.items.map((r) => (
            <Card key={r.roundId} withBorder radius="md" padding="md">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={600}>{r.subjectName}</Text>
                  <Text size="sm" c="dimmed">
                    {r.period.name}
                  </Text>
                </Stack>
                <Button
                  onClick={() => setAnswering(r)}
                  aria-label={t('peerInput.pending.answerNamed', { name: r.subjectName })}
                >
                  {t('peerInput.pending.answer')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      <PeerAnswerModal request={answering} onClose={() => setAnswering(null)} />
    </section>
  );
}

function AboutMe({ year }: { year: number }) {
  const { t } = useTranslation();
  const rounds = useMyPeerRounds(year);
  return (
    <section aria-labelledby="masukan-tentang-saya">
      <Title order={2} size="h4" id="masukan-tentang-saya" mb="xs">
        {t('peerInput.mine.title', { year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('peerInput.mine.hint')}
      </Text>
      {rounds.isPending ? <LoadingState label={t('peerInput.mine.loading')} minHeight={80} /> : null}
      {rounds.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, rounds.error)}</ErrorAlert>
      ) : null}
      {rounds.data && rounds.data.items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult icon={<IconMessageCircleUser aria-hidden />} title={t('peerInput.mine.empty')} />
        </Card>
      ) : null}
      {rounds.data && rounds.data.items.length > 0 ? (
        <Stack gap="sm">
          {rounds.data.items.map((round) => (
            <PeerRoundCard key={round.id} round={round} showSubject={false} />
          ))}
        </Stack>
      ) : null}
    </section>
  );
}

function TeamRounds({ year }: { year: number }) {
  const { t } = useTranslation();
  const rounds = useTeamPeerRounds(year);
  return (
    <section aria-labelledby="masukan-bawahan">
      <Title order={2} size="h4" id="masukan-bawahan" mb="xs">
        {t('peerInput.team.title', { year })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('peerInput.team.hint')}
      </Text>
      {rounds.isPending ? <LoadingState label={t('peerInput.team.loading')} minHeight={80} /> : null}
      {rounds.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, rounds.error)}</ErrorAlert>
      ) : null}
      {rounds.data && rounds.data.items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            icon={<IconUsersGroup aria-hidden />}
            title={t('peerInput.team.empty')}
            description={t('peerInput.team.emptyHint')}
          />
        </Card>
      ) : null}
      {rounds.data && rounds.data.items.length > 0 ? (
        <Stack gap="sm">
          {rounds.data.items.map((round) => (
            <PeerRoundCard key={round.id} round={round} showSubject />
          ))}
        </Stack>
      ) : null}
    </section>
  );
}

import { Badge, Button, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import type { CoachingSession, CoachingTeam, CompetencyEvaluation } from '@sigap/contracts';
import { COMPETENCIES } from '@sigap/rules';
import { IconCalendarPlus, IconMessages, IconSchool, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, groupNip } from '../lib/format.ts';
import { hasAbility, useSession } from '../modules/auth/session.ts';
import { CancelSessionModal } from '../modules/coaching/CancelSessionModal.tsx';
import { CompetencyModal } from '../modules/coaching/CompetencyModal.tsx';
import { useCoachingTeam, useMyCoaching } from '../modules/coaching/coaching.api.ts';
import { formatScore, meanOf } from '../modules/coaching/labels.tsx';
import { RateSessionModal } from '../modules/coaching/RateSessionModal.tsx';
import { RecordSessionModal } from '../modules/coaching/RecordSessionModal.tsx';
import { type CoachingTarget, ScheduleSessionModal } from '../modules/coaching/ScheduleSessionModal.tsx';
import { SessionCard } from '../modules/coaching/SessionCard.tsx';
import { useYearParam, YearSelect } from '../modules/skp/YearSelect.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

type View = 'mine' | 'team';

/**
 * Dialog kinerja and bimbingan kinerja (rules §4): the employee's sessions (rate a held one on the nine
 * statements), and for raters the people they coach (schedule, record, cancel, evaluate competencies).
 */
export default function CoachingPage() {
  const { t } = useTranslation();
  const me = useSession();
  const [year, setYear] = useYearParam();
  const canMine = hasAbility(me, 'coaching.mine');
  const canCoach = hasAbility(me, 'coaching.coach');
  const team = useCoachingTeam(year, canCoach);
  const hasTeam = (team.data?.items.length ?? 0) > 0;
  const [params, setParams] = useSearchParams();
  const requested: View = params.get('tampilan') === 'tim' ? 'team' : 'mine';
  const view: View = !canMine ? 'team' : requested === 'team' && hasTeam ? 'team' : 'mine';
  const setView = (next: View) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === 'team') copy.set('tampilan', 'tim');
        else copy.delete('tampilan');
        return copy;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('coaching.title')} description={t('coaching.description')} />
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <YearSelect value={year} onChange={setYear} />
        </Group>
        {canMine && hasTeam ? (
          <Tabs
            value={view}
            onChange={(next) => setView(next === 'team' ? 'team' : 'mine')}
            keepMounted={false}
          >
            <Tabs.List>
              <Tabs.Tab value="mine" leftSection={<IconMessages size={16} aria-hidden />}>
                {t('coaching.tabs.mine')}
              </Tabs.Tab>
              <Tabs.Tab value="team" leftSection={<IconUsersGroup size={16} aria-hidden />}>
                {t('coaching.tabs.team')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="mine" pt="md">
              <MySessions year={year} />
            </Tabs.Panel>
            <Tabs.Panel value="team" pt="md">
              <TeamSessions year={year} team={team.data as CoachingTeam} />
            </Tabs.Panel>
          </Tabs>
        ) : view === 'mine' ? (
          <MySessions year={year} />
        ) : (
          <>
            {!canCoach ? (
              <Card withBorder radius="md" padding="md">
                <EmptyResult
                  icon={<IconUsersGroup aria-hidden />}
                  title={t('coaching.team.empty')}
                  description={t('coaching.team.emptyHint')}
                />
              </Card>
            ) : null}
            {canCoach && team.isPending ? <LoadingState label={t('coaching.team.loading')} /> : null}
            {team.isError ? (
              <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, team.error)}</ErrorAlert>
            ) : null}
            {team.data ? <TeamSessions year={year} team={team.data} /> : null}
          </>
        )}
      </Stack>
    </>
  );
}

function MySessions({ year }: { year: number }) {
  const { t } = useTranslation();
  const mine = useMyCoaching(year);
  const [rating, setRating] = useState<CoachingSession | null>(null);
  if (mine.isPending) return <LoadingState label={t('coaching.mine.loading')} />;
  if (mine.isError)
    return <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, mine.error)}</ErrorAlert>;
  const { sessions, competencyEvaluations } = mine.data;
  const toRate = sessions.filter((s) => s.abilities.includes('rate')).length;
  return (
    <Stack gap="md">
      <section aria-labelledby="sesi-saya">
        <Title order={2} size="h4" id="sesi-saya" mb="sm">
          {t('coaching.mine.sessions', { year })}
        </Title>
        {toRate > 0 ? (
          <Text size="sm" mb="sm" role="status">
            {t('coaching.mine.toRate', { count: toRate })}
          </Text>
        ) : null}
        {sessions.length === 0 ? (
          <Card withBorder radius="md" padding="md">
            <EmptyResult
              icon={<IconMessages aria-hidden />}
              title={t('coaching.mine.empty')}
              description={t('coaching.mine.emptyHint')}
            />
          </Card>
        ) : (
          <Stack gap="sm">
            {sessions.map((s) => (
              <SessionCard key={s.id} session={s} perspective="employee" onRate={setRating} />
            ))}
          </Stack>
        )}
      </section>
      <section aria-labelledby="kompetensi-saya">
        <Title order={2} size="h4" id="kompetensi-saya" mb="sm">
          {t('coaching.mine.competencies')}
        </Title>
        {competencyEvaluations.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('coaching.mine.noCompetencies')}
          </Text>
        ) : (
          <Stack gap="sm">
            {competencyEvaluations.map((e) => (
              <EvaluationCard key={e.id} evaluation={e} />
            ))}
          </Stack>
        )}
      </section>
      <RateSessionModal session={rating} onClose={() => setRating(null)} />
    </Stack>
  );
}

function EvaluationCard({ evaluation }: { evaluation: CompetencyEvaluation }) {
  const { t } = useTranslation();
  const rows = COMPETENCIES.filter((c) => evaluation.scores[c.code] !== undefined);
  return (
    <Card withBorder radius="md" padding="md">
      <Text fw={600} size="sm">
        {t('coaching.evaluation.heading', {
          date: formatDate(evaluation.evaluatedOn),
          rater: evaluation.raterName,
        })}
      </Text>
      <Table mt="xs" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coaching.evaluation.competency')}</Table.Th>
            <Table.Th scope="col">{t('coaching.evaluation.level')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td>{t(`coaching.competencyName.${c.code}`)}</Table.Td>
              <Table.Td>{t(`coaching.level.${evaluation.scores[c.code]}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {evaluation.note ? (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {evaluation.note}
        </Text>
      ) : null}
    </Card>
  );
}

function TeamSessions({ year, team }: { year: number; team: CoachingTeam }) {
  const { t } = useTranslation();
  const [scheduling, setScheduling] = useState<CoachingTarget | null>(null);
  const [evaluating, setEvaluating] = useState<CoachingTarget | null>(null);
  const [recording, setRecording] = useState<CoachingSession | null>(null);
  const [cancelling, setCancelling] = useState<CoachingSession | null>(null);
  if (team.items.length === 0) {
    return (
      <Card withBorder radius="md" padding="md">
        <EmptyResult
          icon={<IconUsersGroup aria-hidden />}
          title={t('coaching.team.empty')}
          description={t('coaching.team.emptyHint')}
        />
      </Card>
    );
  }
  return (
    <Stack gap="md" component="section" aria-label={t('coaching.team.listLabel', { year })}>
      {team.items.map(({ employee, sessions, latestEvaluation }) => {
        const target = { id: employee.id, fullName: employee.fullName };
        const mean = latestEvaluation ? meanOf(latestEvaluation.scores) : null;
        const headingId = `pegawai-${employee.id}`;
        return (
          <Card
            key={employee.id}
            withBorder
            radius="md"
            padding="md"
            component="article"
            aria-labelledby={headingId}
          >
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                  <Title order={2} size="h4" id={headingId}>
                    {employee.fullName}
                  </Title>
                  <Text size="xs" c="dimmed" className="sigap-nip">
                    {groupNip(employee.nip)}
                  </Text>
                  <Text size="sm">
                    {employee.positionName} · {employee.unitName}
                  </Text>
                  <Group gap={6} mt={4} wrap="wrap">
                    <Badge variant="light" color="gray" radius="sm">
                      {t('coaching.team.sessionCount', { count: sessions.length })}
                    </Badge>
                    {latestEvaluation ? (
                      <Badge variant="light" color="green" radius="sm">
                        {t('coaching.team.latestEvaluation', {
                          date: formatDate(latestEvaluation.evaluatedOn),
                          mean: mean === null ? '—' : formatScore(mean),
                        })}
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
                <Group gap="xs" wrap="wrap">
                  <Button
                    size="sm"
                    leftSection={<IconCalendarPlus size={16} aria-hidden />}
                    onClick={() => setScheduling(target)}
                    aria-label={t('coaching.action.scheduleNamed', { name: employee.fullName })}
                  >
                    {t('coaching.action.schedule')}
                  </Button>
                  <Button
                    size="sm"
                    variant="default"
                    leftSection={<IconSchool size={16} aria-hidden />}
                    onClick={() => setEvaluating(target)}
                    aria-label={t('coaching.action.evaluateNamed', { name: employee.fullName })}
                  >
                    {t('coaching.action.evaluate')}
                  </Button>
                </Group>
              </Group>
              {sessions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('coaching.team.noSessions', { year })}
                </Text>
              ) : (
                <Stack gap="sm">
                  {sessions.map((s) => (
                    <SessionCard
                      key={s.id}
                      session={s}
                      perspective="coach"
                      onRecord={setRecording}
                      onCancel={setCancelling}
                    />
                  ))}
                </Stack>
              )}
            </Stack>
          </Card>
        );
      })}
      <ScheduleSessionModal target={scheduling} year={year} onClose={() => setScheduling(null)} />
      <CompetencyModal target={evaluating} onClose={() => setEvaluating(null)} />
      <RecordSessionModal session={recording} onClose={() => setRecording(null)} />
      <CancelSessionModal session={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}

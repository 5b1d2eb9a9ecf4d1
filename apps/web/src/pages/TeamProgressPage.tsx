import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconSend, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useAbility } from '../modules/auth/session.ts';
import { LiveNote, PeriodSelect, useUuidParam } from '../modules/progress/ProgressBits.tsx';
import { TEAM_REFRESH_MS, type TeamMember, useTeamProgress } from '../modules/progress/progress.api.ts';
import { TeamMemberCard } from '../modules/progress/TeamMemberCard.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { StatCard } from '../ui/StatCard.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

const STATUS_RANK = { SUBMITTED: 0, DRAFT: 1, NOT_STARTED: 2 } as const;

/** Submitted reports (to read and answer) first, then drafts, then nothing yet; no approved SKP last. */
function sortForRater(items: TeamMember[]): TeamMember[] {
  const rank = (item: TeamMember) => (item.skpStatus === 'APPROVED' ? STATUS_RANK[item.reportStatus] : 3);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || a.employee.fullName.localeCompare(b.employee.fullName, 'id'),
  );
}

/** /progres-tim: the rater's live view of the people they rate in a period. */
export default function TeamProgressPage() {
  const allowed = useAbility('progress.team');
  return allowed ? <TeamProgressView /> : <ForbiddenPage />;
}

function TeamProgressView() {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useUuidParam('periode');
  const query = useTeamProgress(periodId);
  const data = query.data;
  const items = sortForRater(data?.items ?? []);
  const submitted = items.filter((i) => i.reportStatus === 'SUBMITTED').length;
  const late = items.filter((i) => i.late).length;
  const overdue = items.filter((i) => i.overdue).length;
  const missingEvidence = items.reduce((n, i) => n + i.missingEvidence, 0);

  return (
    <>
      <PageHeader
        title={t('progress.team.title')}
        description={t('progress.team.description')}
        actions={
          data ? <PeriodSelect periods={data.periods} value={data.period.id} onChange={setPeriodId} /> : null
        }
      />
      {query.isPending ? <LoadingState label={t('progress.team.loading')} /> : null}
      {query.isError && !data ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
      ) : null}
      {data ? (
        <Stack gap="md" aria-busy={query.isPlaceholderData}>
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Group gap={8} wrap="wrap">
              <Text size="sm">{t('progress.deadline', { date: formatDate(data.period.fillDeadline) })}</Text>
              <Badge color={data.deadlinePassed ? 'red' : 'green'} variant="light" radius="sm">
                {data.deadlinePassed ? t('progress.deadlinePassed') : t('progress.deadlineOpen')}
              </Badge>
            </Group>
            <LiveNote
              updatedAt={query.dataUpdatedAt}
              fetching={query.isFetching}
              everySeconds={TEAM_REFRESH_MS / 1000}
            />
          </Group>
          {query.isError ? (
            <ErrorAlert title={t('progress.refreshFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
          ) : null}

          {items.length === 0 ? (
            <Card withBorder radius="md" padding="md">
              <EmptyResult
                icon={<IconUsersGroup aria-hidden />}
                title={t('progress.team.empty')}
                description={t('progress.team.emptyHint')}
              />
            </Card>
          ) : (
            <>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
                <StatCard
                  label={t('progress.team.people')}
                  value={formatNumber(items.length)}
                  icon={<IconUsersGroup size={22} />}
                />
                <StatCard
                  label={t('progress.team.submitted')}
                  value={`${formatNumber(submitted)}/${formatNumber(items.length)}`}
                  icon={<IconSend size={22} />}
                />
                <StatCard
                  label={t('progress.team.lateOrOverdue')}
                  value={formatNumber(late + overdue)}
                  hint={t('progress.team.lateOverdueHint', {
                    late: formatNumber(late),
                    overdue: formatNumber(overdue),
                  })}
                  icon={<IconClockExclamation size={22} />}
                  color="orange"
                />
                <StatCard
                  label={t('progress.team.missingEvidenceTotal')}
                  value={formatNumber(missingEvidence)}
                  icon={<IconAlertTriangle size={22} />}
                  color="orange"
                />
              </SimpleGrid>
              <section aria-label={t('progress.team.listLabel')}>
                <SimpleGrid
                  cols={{ base: 1, lg: 2 }}
                  spacing="md"
                  component="ul"
                  className="sigap-plain-list"
                >
                  {items.map((item) => (
                    <li key={item.employee.id}>
                      <TeamMemberCard
                        item={item}
                        periodId={data.period.id}
                        dailyLogEnabled={data.dailyLogEnabled}
                      />
                    </li>
                  ))}
                </SimpleGrid>
              </section>
            </>
          )}
        </Stack>
      ) : null}
    </>
  );
}

import { Anchor, Breadcrumbs, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconClockExclamation,
  IconNotebook,
  IconSend,
  IconTargetArrow,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useAbility } from '../modules/auth/session.ts';
import { LiveNote, PeriodSelect, useUuidParam } from '../modules/progress/ProgressBits.tsx';
import { UNITS_REFRESH_MS, type UnitProgress, useUnitProgress } from '../modules/progress/progress.api.ts';
import { type LabelledRow, UnitProgressChart } from '../modules/progress/UnitProgressChart.tsx';
import { UnitProgressTable } from '../modules/progress/UnitProgressTable.tsx';
import { formatPercent } from '../modules/realisation/labels.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { StatCard } from '../ui/StatCard.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/** /dasbor-kinerja: realisation completion and achievement by unit, with drill-down (unit heads, admins, leaders). */
export default function UnitDashboardPage() {
  const allowed = useAbility('progress.units');
  return allowed ? <UnitDashboard /> : <ForbiddenPage />;
}

function UnitDashboard() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [periodId, setPeriodId] = useUuidParam('periode');
  const [unitId] = useUuidParam('unit');
  const query = useUnitProgress(periodId, unitId);
  const data = query.data;
  const busy = query.isPlaceholderData;
  const notFound = isApiError(query.error) && query.error.status === 404;

  /** The address of a unit's breakdown (same period); null: the top of the person's scope. */
  const hrefFor = (id: string | null) => {
    const next = new URLSearchParams();
    const period = params.get('periode');
    if (period) next.set('periode', period);
    if (id) next.set('unit', id);
    const text = next.toString();
    return text ? `/dasbor-kinerja?${text}` : '/dasbor-kinerja';
  };

  // After drilling in or out, the focus moves to the heading of what is now shown (not on first load).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstUnit = useRef(unitId);
  useEffect(() => {
    if (firstUnit.current === unitId) return;
    firstUnit.current = '\u0000';
    headingRef.current?.focus();
  }, [unitId]);

  const scopeName = unitId && data?.scope.unitId === unitId ? data.scope.name : t('progress.units.top');
  const rows: LabelledRow[] = data
    ? [
        ...data.rows.map((row) => ({ ...row, label: row.name, ownStaff: false })),
        ...(data.ownStaff
          ? [
              {
                ...data.ownStaff,
                label: t('progress.units.ownStaff', { name: data.ownStaff.name }),
                ownStaff: true,
              },
            ]
          : []),
      ]
    : [];

  return (
    <>
      <PageHeader
        title={t('progress.units.title')}
        description={t('progress.units.description')}
        actions={
          data ? <PeriodSelect periods={data.periods} value={data.period.id} onChange={setPeriodId} /> : null
        }
      />

      {unitId ? <Trail data={data} unitId={unitId} hrefFor={hrefFor} /> : null}

      {query.isPending ? <LoadingState label={t('progress.units.loading')} /> : null}
      {query.isError && !data ? (
        <ErrorAlert title={notFound ? t('progress.units.unitNotFound') : t('errors.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <span>{errorMessage(t, query.error)}</span>
            {unitId ? (
              <Anchor component={Link} to={hrefFor(null)}>
                {t('progress.units.backToTop')}
              </Anchor>
            ) : null}
          </Stack>
        </ErrorAlert>
      ) : null}

      {data ? (
        <Stack gap="lg">
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dasbor-ringkasan">
            <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Title
                  order={2}
                  size="h3"
                  id="dasbor-ringkasan"
                  ref={headingRef}
                  tabIndex={-1}
                  style={{ overflowWrap: 'anywhere', outline: 'none' }}
                >
                  {scopeName}
                </Title>
                <Group gap={8} wrap="wrap">
                  <Text size="sm" c="dimmed">
                    {t('progress.deadline', { date: formatDate(data.period.fillDeadline) })}
                  </Text>
                </Group>
              </Stack>
              <LiveNote
                updatedAt={query.dataUpdatedAt}
                fetching={query.isFetching}
                everySeconds={UNITS_REFRESH_MS / 1000}
              />
            </Group>
            {query.isError ? (
              <ErrorAlert title={t('progress.refreshFailed')} mb="md">
                {errorMessage(t, query.error)}
              </ErrorAlert>
            ) : null}
            <Totals data={data} busy={busy} />
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dasbor-per-unit">
            <Title order={2} size="h4" id="dasbor-per-unit" mb={4}>
              {t('progress.units.byUnit')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('progress.units.byUnitHint')}
            </Text>
            {rows.length === 0 ? (
              <EmptyResult
                title={t('progress.units.empty')}
                description={t('progress.units.emptyHint')}
                icon={<IconUsersGroup aria-hidden />}
              />
            ) : (
              <Stack gap="lg" style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
                {rows.some((row) => (row.completion ?? 0) > 0 || row.achievement !== null) ? (
                  <UnitProgressChart rows={rows} scopeName={scopeName} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('progress.units.chartEmpty')}
                  </Text>
                )}
                <UnitProgressTable
                  rows={rows}
                  totals={data.totals}
                  scopeName={scopeName}
                  hrefFor={hrefFor}
                  busy={busy}
                />
              </Stack>
            )}
          </Card>
        </Stack>
      ) : null}
    </>
  );
}

function Totals({ data, busy }: { data: UnitProgress; busy: boolean }) {
  const { t } = useTranslation();
  const totals = data.totals;
  const logDays = totals.dailyLog.approved + totals.dailyLog.submitted + totals.dailyLog.draft;
  return (
    <SimpleGrid
      cols={{ base: 2, md: 5 }}
      spacing="sm"
      aria-busy={busy}
      style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
    >
      <StatCard
        label={t('progress.units.col.headcount')}
        value={formatNumber(totals.headcount)}
        icon={<IconUsersGroup size={22} />}
      />
      <StatCard
        label={t('progress.units.col.submitted')}
        value={formatNumber(totals.submitted)}
        hint={
          totals.completion !== null
            ? t('progress.units.completionHint', { percent: formatPercent(totals.completion) })
            : undefined
        }
        icon={<IconSend size={22} />}
      />
      <StatCard
        label={t('progress.units.col.late')}
        value={formatNumber(totals.late)}
        icon={<IconClockExclamation size={22} />}
        color="orange"
      />
      <StatCard
        label={t('progress.units.achievement')}
        value={totals.achievement !== null ? `${formatPercent(totals.achievement)}%` : '—'}
        icon={<IconTargetArrow size={22} />}
        color="green"
      />
      <StatCard
        label={t('progress.units.col.dailyLog')}
        value={formatNumber(logDays)}
        hint={t('progress.units.dailyLogCounts', {
          approved: formatNumber(totals.dailyLog.approved),
          submitted: formatNumber(totals.dailyLog.submitted),
          draft: formatNumber(totals.dailyLog.draft),
        })}
        icon={<IconNotebook size={22} />}
        color="gray"
      />
    </SimpleGrid>
  );
}

/** Breadcrumb: all units › the unit's ancestors within the person's scope › the unit. */
function Trail({
  data,
  unitId,
  hrefFor,
}: {
  data: UnitProgress | undefined;
  unitId: string;
  hrefFor: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  const trail = data && data.scope.unitId === unitId ? data.breadcrumb : [];
  const ancestors = trail.filter((u) => u.unitId !== unitId);
  const current =
    trail.find((u) => u.unitId === unitId)?.name ?? (data?.scope.unitId === unitId ? data.scope.name : '…');
  return (
    <nav aria-label={t('progress.units.breadcrumb')} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
      <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to={hrefFor(null)} size="sm">
          {t('progress.units.top')}
        </Anchor>
        {ancestors.map((unit) => (
          <Anchor key={unit.unitId} component={Link} to={hrefFor(unit.unitId)} size="sm">
            {unit.name}
          </Anchor>
        ))}
        <Text size="sm" fw={600} aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

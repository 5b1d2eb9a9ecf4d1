import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarOff, IconDownload, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { type CountTarget, MonitoringTable } from '../modules/monitoring/MonitoringTable.tsx';
import { type Monitoring, monitoringExportUrl, useMonitoring } from '../modules/monitoring/monitoring.api.ts';
import { PeopleDrawer } from '../modules/monitoring/PeopleDrawer.tsx';
import { StatusSummary } from '../modules/monitoring/StatusSummary.tsx';
import { UnitTrail as SharedUnitTrail } from '../modules/monitoring/UnitTrail.tsx';
import { usePlanningYears } from '../modules/planning/planning.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useIsPhone } from '../ui/useIsPhone.ts';
import { ForbiddenPage } from './ForbiddenPage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function SkpMonitoringPage() {
  const allowed = useAbility('skp.monitor');
  return allowed ? <SkpMonitoring /> : <ForbiddenPage />;
}

function SkpMonitoring() {
  const { t } = useTranslation();
  const me = useSession();
  const canPlan = useAbility('planning.manage');
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayIn(me.agency.timezone).slice(0, 4));
  const yearParam = Number(params.get('year'));
  const year =
    Number.isInteger(yearParam) && yearParam >= 2000 && yearParam <= 2100 ? yearParam : currentYear;
  const unitParam = params.get('unitId');
  const unitId = unitParam && UUID.test(unitParam) ? unitParam : undefined;

  const monitoring = useMonitoring(year, unitId);
  const planning = usePlanningYears();
  const [target, setTarget] = useState<CountTarget | null>(null);
  const data = monitoring.data;
  // While another unit or year loads, the previous one stays on screen (dimmed).
  const busy = monitoring.isPlaceholderData;

  /** A link to a unit's breakdown (same year); no unit: the whole agency. */
  const hrefFor = (id: string | null) => {
    const next = new URLSearchParams();
    if (params.has('year')) next.set('year', String(year));
    if (id) next.set('unitId', id);
    const text = next.toString();
    return text ? `/monitoring-skp?${text}` : '/monitoring-skp';
  };

  const yearOptions = useMemo(() => {
    const years = new Set([currentYear, year, ...(planning.data?.items.map((y) => y.year) ?? [])]);
    const open = new Set(planning.data?.items.map((y) => y.year));
    return [...years]
      .sort((a, b) => b - a)
      .map((y) => ({
        value: String(y),
        label: planning.data && !open.has(y) ? t('monitoring.yearNotOpened', { year: y }) : String(y),
      }));
  }, [currentYear, year, planning.data, t]);

  // After drilling in or out, move the focus to the heading of what is now shown (not on first load).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstUnit = useRef(unitId);
  useEffect(() => {
    if (firstUnit.current === unitId) return;
    firstUnit.current = '\u0000';
    headingRef.current?.focus();
  }, [unitId]);

  const scopeName = data?.unit?.name ?? me.agency.name;
  const notFound = isApiError(monitoring.error) && monitoring.error.status === 404;

  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        description={t('monitoring.intro')}
        actions={
          <>
            <Select
              label={t('monitoring.year')}
              data={yearOptions}
              value={String(year)}
              onChange={(value) => {
                if (!value) return;
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('year', value);
                  return next;
                });
              }}
              allowDeselect={false}
              w={180}
            />
            <Button
              component="a"
              href={monitoringExportUrl(year, unitId)}
              download={`monitoring-skp-${year}.xlsx`}
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
              style={{ alignSelf: 'flex-end' }}
            >
              {t('monitoring.export')}
            </Button>
          </>
        }
      />

      {unitId ? <UnitTrail data={data} unitId={unitId} year={year} hrefFor={hrefFor} /> : null}

      {monitoring.isPending ? <LoadingState label={t('monitoring.loading')} /> : null}
      {monitoring.isError ? (
        <ErrorAlert title={notFound ? t('monitoring.unitNotFound') : t('errors.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <span>{errorMessage(t, monitoring.error)}</span>
            {unitId ? (
              <Anchor component={Link} to={hrefFor(null)}>
                {t('monitoring.backToAll')}
              </Anchor>
            ) : null}
          </Stack>
        </ErrorAlert>
      ) : null}

      {data ? (
        <Stack gap="lg">
          <Card
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-labelledby="ringkasan-monitoring"
          >
            <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Title
                  order={2}
                  size="h3"
                  id="ringkasan-monitoring"
                  ref={headingRef}
                  tabIndex={-1}
                  style={{ overflowWrap: 'anywhere', outline: 'none' }}
                >
                  {scopeName}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('monitoring.scopeTotal', {
                    year: data.year,
                    formatted: formatNumber(data.totals.total),
                    count: data.totals.total,
                  })}
                </Text>
              </Stack>
              <Deadline data={data} />
            </Group>
            <DeadlineNotice data={data} canPlan={canPlan} />
            <StatusSummary
              totals={data.totals}
              busy={busy}
              onOpen={(status) => setTarget({ unitId, label: scopeName, status, ownStaffOnly: false })}
            />
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="rincian-unit">
            <Title order={2} size="h4" id="rincian-unit" mb="xs">
              {t('monitoring.byUnit')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('monitoring.byUnitHint')}
            </Text>
            {data.rows.length === 0 ? (
              <EmptyResult
                title={t('monitoring.empty')}
                description={t('monitoring.emptyHint')}
                icon={<IconUsersGroup aria-hidden />}
              />
            ) : (
              <MonitoringTable
                rows={data.rows}
                totals={data.totals}
                unitId={unitId}
                scopeName={scopeName}
                deadlinePassed={data.deadlinePassed}
                hrefFor={hrefFor}
                onOpen={setTarget}
                busy={busy}
              />
            )}
          </Card>
        </Stack>
      ) : null}

      <PeopleDrawer year={year} target={target} onClose={() => setTarget(null)} />
    </>
  );
}

/** "Batas penetapan SKP: 31 Jan 2026" with whether it passed. */
function Deadline({ data }: { data: Monitoring }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  if (!data.skpDeadline) return null;
  return (
    <Stack gap={2} align={isPhone ? 'flex-start' : 'flex-end'} style={{ flex: '0 1 auto' }}>
      <Text size="sm" c="dimmed">
        {t('planning.skpDeadline')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Text fw={700}>{formatDate(data.skpDeadline)}</Text>
        <Badge color={data.deadlinePassed ? 'red' : 'green'} variant="light" radius="sm">
          {data.deadlinePassed ? t('planning.deadlinePassed') : t('planning.deadlineOpen')}
        </Badge>
      </Group>
    </Stack>
  );
}

/** The year is not open yet, or the deadline passed while some SKPs are not approved. */
function DeadlineNotice({ data, canPlan }: { data: Monitoring; canPlan: boolean }) {
  const { t } = useTranslation();
  if (!data.skpDeadline) {
    return (
      <Alert color="yellow" variant="light" icon={<IconCalendarOff aria-hidden />} mb="md">
        <Stack gap={4} align="flex-start">
          <span>{t('monitoring.yearMissing', { year: data.year })}</span>
          {canPlan ? (
            <Anchor component={Link} to="/periode" size="sm">
              {t('monitoring.openPlanning')}
            </Anchor>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  const late = data.totals.total - data.totals.APPROVED;
  if (!data.deadlinePassed || late === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="md">
      {t('monitoring.overdueNotice', {
        date: formatDate(data.skpDeadline),
        formatted: formatNumber(late),
        count: late,
      })}
    </Alert>
  );
}

/** Breadcrumb: all units › the unit's ancestors (within what the person may monitor) › the unit. */
function UnitTrail({
  data,
  unitId,
  year,
  hrefFor,
}: {
  data: Monitoring | undefined;
  unitId: string;
  year: number;
  hrefFor: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  // The top level of the person's monitoring scope (agency-wide: root units; else their own units).
  const top = useMonitoring(year, undefined);
  return (
    <SharedUnitTrail
      current={data?.unit?.id === unitId ? data.unit : null}
      topUnitIds={top.data?.rows.map((r) => r.unitId)}
      hrefFor={hrefFor}
      labels={{
        breadcrumb: t('monitoring.breadcrumb'),
        allUnits: t('monitoring.allUnits'),
        parentUnit: t('monitoring.parentUnit'),
      }}
    />
  );
}

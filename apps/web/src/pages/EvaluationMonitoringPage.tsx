import { Anchor, Button, Card, Menu, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChartBar,
  IconChevronDown,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconJson,
  IconMessageReport,
  IconUserCheck,
  IconUsersGroup,
} from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { CurveDrawer } from '../modules/evaluation/CurveDrawer.tsx';
import { type CurveTarget, CurveUnitsTable } from '../modules/evaluation/CurveUnitsTable.tsx';
import {
  agencyRecapXlsxUrl,
  type EvaluationMonitoring,
  formatShare,
  shareOf,
  siasnExportUrl,
  useCurveMonitoring,
} from '../modules/evaluation/monitoring.api.ts';
import { EvaluationPeriodSelect, useUuidSearchParam } from '../modules/evaluation/PeriodSelect.tsx';
import { PredikatDistribution } from '../modules/evaluation/PredikatDistribution.tsx';
import { UnitTrail as SharedUnitTrail } from '../modules/monitoring/UnitTrail.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/**
 * /monitoring-kurva (rules §5.4): the predikat distribution agency-wide or under a unit, each unit against
 * its pattern, sign-off progress and open objections; drill-down by unit, a unit's curve and people in a
 * drawer; the agency recap and the SIASN export for those allowed.
 */
export default function EvaluationMonitoringPage() {
  const allowed = useAbility('evaluation.monitor');
  return allowed ? <CurveMonitoringView /> : <ForbiddenPage />;
}

function CurveMonitoringView() {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const [params] = useSearchParams();
  const [periodParam, setPeriodParam] = useUuidSearchParam('periode');
  const [unitParam] = useUuidSearchParam('unit');
  const unitId = unitParam ?? undefined;
  const monitoring = useCurveMonitoring(periodParam, unitId);
  const [target, setTarget] = useState<CurveTarget | null>(null);
  const data = monitoring.data;
  const busy = monitoring.isPlaceholderData;

  /** A link to a unit's breakdown (same period); no unit: the whole scope. */
  const hrefFor = (id: string | null) => {
    const next = new URLSearchParams();
    const period = params.get('periode');
    if (period) next.set('periode', period);
    if (id) next.set('unit', id);
    const text = next.toString();
    return text ? `/monitoring-kurva?${text}` : '/monitoring-kurva';
  };

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
  const periodLabel = data ? periodName(t, i18n.language, data.period) : '';

  return (
    <>
      <PageHeader
        title={t('evaluationMonitoring.title')}
        description={t('evaluationMonitoring.intro')}
        actions={
          data ? (
            <>
              <EvaluationPeriodSelect
                periods={data.periods}
                value={data.period.id}
                onChange={(id) => {
                  setTarget(null);
                  setPeriodParam(id);
                }}
              />
              <Downloads periodId={data.period.id} />
            </>
          ) : null
        }
      />

      {unitId ? <UnitTrail data={data} unitId={unitId} periodId={periodParam} hrefFor={hrefFor} /> : null}

      {monitoring.isPending ? <LoadingState label={t('evaluationMonitoring.loading')} /> : null}
      {monitoring.isError ? (
        <ErrorAlert title={notFound ? t('evaluationMonitoring.unitNotFound') : t('errors.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <span>{errorMessage(t, monitoring.error)}</span>
            {unitId ? (
              <Anchor component={Link} to={hrefFor(null)}>
                {t('evaluationMonitoring.backToAll')}
              </Anchor>
            ) : null}
          </Stack>
        </ErrorAlert>
      ) : null}

      {data ? (
        <Stack gap="lg" aria-busy={busy}>
          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="ringkasan-kurva">
            <Stack gap={2} mb="md">
              <Title
                order={2}
                size="h3"
                id="ringkasan-kurva"
                ref={headingRef}
                tabIndex={-1}
                style={{ overflowWrap: 'anywhere', outline: 'none' }}
              >
                {scopeName}
              </Title>
              <Text size="sm" c="dimmed">
                {t('evaluationMonitoring.scope', {
                  period: periodLabel,
                  formatted: formatNumber(data.totals.headcount),
                })}
              </Text>
            </Stack>
            <Totals
              data={data}
              busy={busy}
              onOpenObjections={() =>
                setTarget({ unitId, label: scopeName, ownStaffOnly: false, row: null, openObjection: true })
              }
            />
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="sebaran-predikat">
            <Title order={2} size="h4" id="sebaran-predikat" mb="xs">
              {t('evaluationMonitoring.distribution.title', { scope: scopeName })}
            </Title>
            {data.totals.rated === 0 ? (
              <EmptyResult
                title={t('evaluationMonitoring.empty')}
                description={t('evaluationMonitoring.emptyHint')}
                icon={<IconChartBar aria-hidden />}
              />
            ) : (
              <>
                <Text size="sm" c="dimmed" mb="md">
                  {t('evaluationMonitoring.distribution.hint')}
                </Text>
                <PredikatDistribution totals={data.totals} />
              </>
            )}
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby="kurva-per-unit">
            <Title order={2} size="h4" id="kurva-per-unit" mb="xs">
              {t('evaluationMonitoring.table.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('evaluationMonitoring.table.hint')}
            </Text>
            {data.rows.length === 0 ? (
              <EmptyResult
                title={t('evaluationMonitoring.noUnits')}
                description={t('evaluationMonitoring.noUnitsHint')}
                icon={<IconUsersGroup aria-hidden />}
              />
            ) : (
              <CurveUnitsTable
                rows={data.rows}
                totals={data.totals}
                unitId={unitId}
                scopeName={scopeName}
                hrefFor={hrefFor}
                onOpen={setTarget}
                busy={busy}
              />
            )}
          </Card>
        </Stack>
      ) : null}

      {data ? (
        <CurveDrawer
          periodId={data.period.id}
          year={Number(data.period.start.slice(0, 4))}
          target={target}
          onClose={() => setTarget(null)}
        />
      ) : null}
    </>
  );
}

/** The agency recap (admins and leaders) and the SIASN export (admins) of the period shown. */
function Downloads({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const recap = useAbility('evaluation.agency');
  const siasn = useAbility('evaluation.export');
  if (!recap && !siasn) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          aria-label={t('evaluationMonitoring.downloadLabel')}
          style={{ alignSelf: 'flex-end' }}
        >
          {t('evaluationMonitoring.download')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {recap ? (
          <Menu.Item
            component="a"
            href={agencyRecapXlsxUrl(periodId)}
            download
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          >
            {t('evaluationMonitoring.recapXlsx')}
          </Menu.Item>
        ) : null}
        {siasn ? (
          <>
            <Menu.Item
              component="a"
              href={siasnExportUrl(periodId, 'csv')}
              download
              leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            >
              {t('evaluationMonitoring.siasnCsv')}
            </Menu.Item>
            <Menu.Item
              component="a"
              href={siasnExportUrl(periodId, 'json')}
              download
              leftSection={<IconJson size={16} aria-hidden />}
            >
              {t('evaluationMonitoring.siasnJson')}
            </Menu.Item>
            <Menu.Label style={{ maxWidth: 240, whiteSpace: 'normal' }}>
              {t('evaluationMonitoring.siasnHint')}
            </Menu.Label>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The four numbers of the scope: rated, units finalised, open objections, units breaking their pattern. */
function Totals({
  data,
  busy,
  onOpenObjections,
}: {
  data: EvaluationMonitoring;
  busy: boolean;
  onOpenObjections: () => void;
}) {
  const { t } = useTranslation();
  const totals = data.totals;
  return (
    <SimpleGrid
      cols={{ base: 2, lg: 4 }}
      spacing="sm"
      style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
    >
      <Stat
        label={t('evaluationMonitoring.stat.rated')}
        value={t('evaluationMonitoring.stat.ratedValue', {
          rated: formatNumber(totals.rated),
          people: formatNumber(totals.headcount),
        })}
        hint={t('evaluationMonitoring.stat.ratedHint', {
          percent: formatShare(shareOf(totals.rated, totals.headcount)),
          final: formatNumber(totals.final),
        })}
        icon={<IconUserCheck size={22} aria-hidden />}
        color="blue"
      />
      <Stat
        label={t('evaluationMonitoring.stat.finalised')}
        value={t('evaluationMonitoring.stat.finalisedValue', {
          finalised: formatNumber(totals.unitsFinalised),
          units: formatNumber(totals.units),
        })}
        hint={t('evaluationMonitoring.stat.finalisedHint', { pending: formatNumber(totals.unitsPending) })}
        icon={<IconCircleCheck size={22} aria-hidden />}
        color="green"
      />
      <Stat
        label={t('evaluationMonitoring.stat.objections')}
        value={formatNumber(totals.openObjections)}
        hint={t('evaluationMonitoring.stat.objectionsHint')}
        icon={<IconMessageReport size={22} aria-hidden />}
        color={totals.openObjections > 0 ? 'red' : 'gray'}
        onClick={totals.openObjections > 0 ? onOpenObjections : undefined}
        actionLabel={t('evaluationMonitoring.stat.objectionsOpen', {
          formatted: formatNumber(totals.openObjections),
        })}
      />
      <Stat
        label={t('evaluationMonitoring.stat.violations')}
        value={formatNumber(totals.unitsWithViolations)}
        hint={
          totals.violations > 0
            ? t('evaluationMonitoring.stat.violationsHint', { formatted: formatNumber(totals.violations) })
            : t('evaluationMonitoring.stat.violationsNone')
        }
        icon={<IconAlertTriangle size={22} aria-hidden />}
        color={totals.unitsWithViolations > 0 ? 'red' : 'gray'}
      />
    </SimpleGrid>
  );
}

function Stat({
  label,
  value,
  hint,
  icon,
  color,
  onClick,
  actionLabel,
}: {
  label: string;
  value: string;
  hint: string;
  icon: ReactNode;
  color: string;
  onClick?: (() => void) | undefined;
  actionLabel?: string;
}) {
  const body = (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="sm" c="dimmed" fw={600} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span style={{ color: `var(--mantine-color-${color}-7)`, display: 'inline-flex' }}>{icon}</span>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {onClick && actionLabel ? <span className="sigap-visually-hidden">{actionLabel}</span> : null}
    </Stack>
  );
  const style = { borderTop: `4px solid var(--mantine-color-${color}-6)` };
  if (onClick) {
    return (
      <Card
        withBorder
        radius="md"
        padding="sm"
        component="button"
        type="button"
        onClick={onClick}
        className="sigap-card-link"
        style={{ ...style, textAlign: 'left', width: '100%', cursor: 'pointer' }}
      >
        {body}
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="sm" style={style}>
      {body}
    </Card>
  );
}

/** Breadcrumb: all units › the unit's ancestors (within what the person may monitor) › the unit. */
function UnitTrail({
  data,
  unitId,
  periodId,
  hrefFor,
}: {
  data: EvaluationMonitoring | undefined;
  unitId: string;
  periodId: string | null;
  hrefFor: (id: string | null) => string;
}) {
  const { t } = useTranslation();
  // The top level of the person's monitoring scope (agency-wide: root units; else their own units).
  const top = useCurveMonitoring(periodId, undefined);
  return (
    <SharedUnitTrail
      current={data?.unit?.id === unitId ? data.unit : null}
      topUnitIds={top.data?.rows.map((r) => r.unitId)}
      hrefFor={hrefFor}
      labels={{
        breadcrumb: t('evaluationMonitoring.breadcrumb'),
        allUnits: t('evaluationMonitoring.allUnits'),
        parentUnit: t('evaluationMonitoring.parentUnit'),
      }}
    />
  );
}

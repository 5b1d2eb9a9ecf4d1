import { Anchor, Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { CURVE_ORDER } from '@sigap/rules';
import { IconArrowLeft, IconCalendarOff, IconClipboardText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDateTime, formatNumber, groupNip, todayIn } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { PredikatBadge, RatingBadge } from '../modules/evaluation/labels.tsx';
import {
  type AnnualEntry,
  annualPath,
  type EvaluationAnnual,
  useEvaluationAnnual,
} from '../modules/evaluation/monitoring.api.ts';
import { periodName } from '../modules/planning/period-format.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useIsPhone } from '../ui/useIsPhone.ts';
import NotFoundPage from './NotFoundPage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /evaluasi/pegawai/:employeeId/tahun/:year (rules §5.1): the year's periodic evaluations of one employee
 * side by side, and the annual evaluation built from them. For the employee (finalised results only), the
 * rater and the rater's superior, agency admins and leaders (the API decides; others see "not found").
 */
export default function EvaluationAnnualPage() {
  const { employeeId = '', year: yearParam = '' } = useParams();
  const year = Number(yearParam);
  if (!UUID.test(employeeId) || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return <NotFoundPage />;
  }
  return <AnnualView employeeId={employeeId} year={year} />;
}

function AnnualView({ employeeId, year }: { employeeId: string; year: number }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const annual = useEvaluationAnnual(employeeId, year);
  const data = annual.data?.year === year ? annual.data : undefined;
  const self = me.user.employeeId === employeeId;
  const currentYear = Number(todayIn(me.agency.timezone).slice(0, 4));
  const years = [...new Set([currentYear + 1, currentYear, currentYear - 1, currentYear - 2, year])]
    .sort((a, b) => b - a)
    .map(String);
  const notFound = isApiError(annual.error) && annual.error.status === 404;

  return (
    <>
      {self ? (
        <Anchor component={Link} to="/evaluasi-saya" size="sm" mb="xs" display="inline-flex">
          <Group gap={4} wrap="nowrap" component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('evaluationMonitoring.annual.backMine')}
          </Group>
        </Anchor>
      ) : null}
      <PageHeader
        eyebrow={t('evaluationMonitoring.annual.eyebrow', { year })}
        title={data?.employee.fullName ?? t('evaluationMonitoring.annual.title')}
        documentTitle={
          data
            ? t('evaluationMonitoring.annual.documentTitle', { name: data.employee.fullName, year })
            : t('evaluationMonitoring.annual.title')
        }
        description={
          data ? (
            <Stack gap={0} component="span">
              <Text span size="sm" className="sigap-nip">
                {groupNip(data.employee.nip)}
              </Text>
              <Text span size="sm">
                {data.employee.positionName} · {data.employee.unitName}
              </Text>
            </Stack>
          ) : null
        }
        actions={
          <Select
            label={t('evaluationMonitoring.annual.year')}
            data={years}
            value={String(year)}
            onChange={(value) => {
              if (value && value !== String(year)) navigate(annualPath(employeeId, value), { replace: true });
            }}
            allowDeselect={false}
            w={{ base: '100%', xs: 140 }}
          />
        }
      />
      {annual.isPending || (annual.isPlaceholderData && !data) ? (
        <LoadingState label={t('evaluationMonitoring.annual.loading')} />
      ) : null}
      {annual.isError ? (
        notFound ? (
          <Card withBorder radius="md" padding="md">
            <EmptyResult
              title={t('evaluationMonitoring.annual.notFound')}
              description={t('evaluationMonitoring.annual.notFoundHint')}
            />
          </Card>
        ) : (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, annual.error)}</ErrorAlert>
        )
      ) : null}
      {data ? <AnnualBody data={data} /> : null}
    </>
  );
}

function AnnualBody({ data }: { data: EvaluationAnnual }) {
  const { t } = useTranslation();
  if (data.periods.length === 0 && !data.annual) {
    return (
      <Card withBorder radius="md" padding="md">
        <EmptyResult
          icon={<IconCalendarOff aria-hidden />}
          title={t('evaluationMonitoring.annual.noPeriods', { year: data.year })}
          description={t('evaluationMonitoring.annual.noPeriodsHint')}
        />
      </Card>
    );
  }
  return (
    <Stack gap="lg">
      <Summary data={data} />
      <AnnualResult data={data} />
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="evaluasi-periodik">
        <Title order={2} size="h4" id="evaluasi-periodik" mb="xs">
          {t('evaluationMonitoring.annual.periodsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('evaluationMonitoring.annual.periodsHint')}
        </Text>
        {data.summary.rated === 0 ? (
          <EmptyResult
            icon={<IconClipboardText aria-hidden />}
            title={t('evaluationMonitoring.annual.empty')}
            description={t('evaluationMonitoring.annual.emptyHint')}
          />
        ) : (
          <PeriodsTable data={data} />
        )}
      </Card>
    </Stack>
  );
}

function Summary({ data }: { data: EvaluationAnnual }) {
  const { t } = useTranslation();
  const counted = [...CURVE_ORDER].reverse().filter((p) => (data.summary.counts[p] ?? 0) > 0);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="ringkasan-tahunan">
      <Title order={2} size="h4" id="ringkasan-tahunan" mb="sm">
        {t('evaluationMonitoring.annual.summary', { year: data.year })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
        <Stack gap={2}>
          <Text size="sm" c="dimmed" fw={600}>
            {t('evaluationMonitoring.annual.rated')}
          </Text>
          <Text fz={24} fw={700} lh={1.2}>
            {t('evaluationMonitoring.annual.ratedValue', {
              rated: formatNumber(data.summary.rated),
              periods: formatNumber(data.periods.length),
            })}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="sm" c="dimmed" fw={600}>
            {t('evaluationMonitoring.annual.final')}
          </Text>
          <Text fz={24} fw={700} lh={1.2}>
            {formatNumber(data.summary.final)}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" c="dimmed" fw={600}>
            {t('evaluationMonitoring.annual.counts')}
          </Text>
          {counted.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluationMonitoring.annual.noCounts')}
            </Text>
          ) : (
            <Group gap={6} wrap="wrap">
              {counted.map((p) => (
                <Group key={p} gap={4} wrap="nowrap">
                  <PredikatBadge predikat={p} size="sm" />
                  <Text size="sm" fw={700}>
                    × {formatNumber(data.summary.counts[p] ?? 0)}
                  </Text>
                </Group>
              ))}
            </Group>
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

function StatusBadges({ entry }: { entry: AnnualEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" color={entry.status === 'FINAL' ? 'green' : 'orange'} radius="sm" tt="none">
        {t(`evaluation.status.${entry.status}`)}
      </Badge>
      {entry.objection ? (
        <Badge
          variant={entry.objection === 'OPEN' ? 'filled' : 'light'}
          color={entry.objection === 'OPEN' ? 'red' : 'gray'}
          radius="sm"
          tt="none"
        >
          {entry.objection === 'OPEN'
            ? t('evaluationMonitoring.annual.objectionOpen')
            : t('evaluationMonitoring.annual.objectionDecided')}
        </Badge>
      ) : null}
    </Group>
  );
}

function AnnualResult({ data }: { data: EvaluationAnnual }) {
  const { t } = useTranslation();
  const me = useSession();
  const entry = data.annual?.evaluation ?? null;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="section"
      aria-labelledby="hasil-tahunan"
      style={{ borderLeft: '4px solid var(--mantine-color-blue-6)' }}
    >
      <Title order={2} size="h4" id="hasil-tahunan" mb="sm">
        {t('evaluationMonitoring.annual.annualTitle')}
      </Title>
      {!data.annual ? (
        <Text size="sm" c="dimmed">
          {t('evaluationMonitoring.annual.annualNone', { year: data.year })}
        </Text>
      ) : !entry ? (
        <Stack gap={2}>
          <Text size="sm">{t('evaluationMonitoring.annual.annualNotRated', { year: data.year })}</Text>
          <Text size="sm" c="dimmed">
            {t('evaluationMonitoring.annual.annualNotRatedHint')}
          </Text>
        </Stack>
      ) : (
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Stack gap={6}>
            <PredikatBadge predikat={entry.predikat} size="xl" />
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed">
                {t('evaluationMonitoring.annual.col.hasilKerja')}
              </Text>
              <RatingBadge rating={entry.hasilKerja} size="sm" />
              <Text size="sm" c="dimmed">
                {t('evaluationMonitoring.annual.col.perilakuKerja')}
              </Text>
              <RatingBadge rating={entry.perilakuKerja} size="sm" />
            </Group>
            <Text size="sm" c="dimmed">
              {t('evaluationMonitoring.annual.rater', { name: entry.raterName })}
              {entry.finalisedAt ? ` · ${formatDateTime(entry.finalisedAt, me.agency.timezone)}` : ''}
            </Text>
          </Stack>
          <Stack gap={6} align="flex-end">
            <StatusBadges entry={entry} />
            <EntryLink entry={entry} period={data.annual.period} />
          </Stack>
        </Group>
      )}
    </Card>
  );
}

function EntryLink({
  entry,
  period,
}: {
  entry: AnnualEntry;
  period: EvaluationAnnual['periods'][number]['period'];
}) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor
      component={Link}
      to={`/evaluasi/${entry.id}`}
      size="sm"
      aria-label={t('evaluationMonitoring.annual.openOf', { period: periodName(t, i18n.language, period) })}
    >
      {t('evaluationMonitoring.annual.open')}
    </Anchor>
  );
}

/** No result for the period: not rated (yet), or the period has not started. */
function NotRated({ upcoming }: { upcoming: boolean }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {upcoming ? t('evaluationMonitoring.annual.upcoming') : t('evaluationMonitoring.annual.notRated')}
    </Text>
  );
}

function PeriodsTable({ data }: { data: EvaluationAnnual }) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const today = todayIn(me.agency.timezone);
  const isPhone = useIsPhone();
  const label = t('evaluationMonitoring.annual.tableLabel', { year: data.year });
  if (isPhone) {
    return (
      <ul className="sigap-plain-list" aria-label={label}>
        {data.periods.map(({ period, evaluation }) => (
          <li key={period.id} className="sigap-card-list-item">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600}>{periodName(t, i18n.language, period)}</Text>
                {evaluation ? (
                  <PredikatBadge predikat={evaluation.predikat} size="sm" />
                ) : (
                  <NotRated upcoming={period.start > today} />
                )}
              </Group>
              {evaluation ? (
                <>
                  <SimpleGrid cols={2} spacing="xs">
                    <Stack gap={2} align="flex-start">
                      <Text size="xs" c="dimmed">
                        {t('evaluationMonitoring.annual.col.hasilKerja')}
                      </Text>
                      <RatingBadge rating={evaluation.hasilKerja} size="sm" />
                    </Stack>
                    <Stack gap={2} align="flex-start">
                      <Text size="xs" c="dimmed">
                        {t('evaluationMonitoring.annual.col.perilakuKerja')}
                      </Text>
                      <RatingBadge rating={evaluation.perilakuKerja} size="sm" />
                    </Stack>
                  </SimpleGrid>
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <StatusBadges entry={evaluation} />
                    <EntryLink entry={evaluation} period={period} />
                  </Group>
                </>
              ) : null}
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluationMonitoring.annual.col.period')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.annual.col.hasilKerja')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.annual.col.perilakuKerja')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.annual.col.predikat')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.annual.col.status')}</Table.Th>
            <Table.Th scope="col">
              <span className="sigap-visually-hidden">{t('evaluationMonitoring.annual.col.action')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.periods.map(({ period, evaluation }) => (
            <Table.Tr key={period.id}>
              <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {periodName(t, i18n.language, period)}
              </Table.Th>
              {evaluation ? (
                <>
                  <Table.Td>
                    <RatingBadge rating={evaluation.hasilKerja} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <RatingBadge rating={evaluation.perilakuKerja} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <PredikatBadge predikat={evaluation.predikat} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadges entry={evaluation} />
                    <Text size="xs" c="dimmed" mt={2}>
                      {t('evaluationMonitoring.annual.rater', { name: evaluation.raterName })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <EntryLink entry={evaluation} period={period} />
                  </Table.Td>
                </>
              ) : (
                <Table.Td colSpan={5}>
                  <NotRated upcoming={period.start > today} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

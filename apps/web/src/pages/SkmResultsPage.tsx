import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconDownload,
  IconFileTypePdf,
  IconMessageCircle,
  IconQrcode,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { IkmSummary } from '../modules/voice/IkmSummary.tsx';
import { PeriodPicker } from '../modules/voice/PeriodPicker.tsx';
import { PopulationModal } from '../modules/voice/PopulationModal.tsx';
import { ProfileBreakdown } from '../modules/voice/ProfileBreakdown.tsx';
import { LinkField } from '../modules/voice/ShareSurveyModal.tsx';
import { parsePeriod, periodKey, periodLabel, quarterOf } from '../modules/voice/survey-period.ts';
import { TrendBars } from '../modules/voice/TrendBars.tsx';
import { UnsurTable } from '../modules/voice/UnsurTable.tsx';
import {
  absoluteUrl,
  posterUrl,
  type ServiceUnitItem,
  type SkmResults,
  skmDataUrl,
  skmReportUrl,
  useServiceUnits,
  useSkmResults,
} from '../modules/voice/voice.api.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import '../modules/voice/voice.css';

export default function SkmResultsPage() {
  const allowed = useAbility('voice.read');
  return allowed ? <SkmResultsView /> : <ForbiddenPage />;
}

/** /layanan/:id/skm: the Indeks Kepuasan Masyarakat of one service unit for a period (rules §7.1). */
function SkmResultsView() {
  const { t } = useTranslation();
  const me = useSession();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const today = todayIn(me.agency.timezone);
  const parsed = parsePeriod(params.get('period'));
  const period = parsed ? periodKey(parsed) : periodKey(quarterOf(today));
  const results = useSkmResults(id, period);
  const units = useServiceUnits();
  const unit = units.data?.items.find((u) => u.id === id);
  const [populationOpen, setPopulationOpen] = useState(false);
  const data = results.data;
  const name = data?.serviceUnitName ?? unit?.name ?? t('voice.results.title');
  const notFound = isApiError(results.error) && results.error.status === 404;

  const setPeriod = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('period', value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <nav aria-label={t('voice.results.breadcrumb')} style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
        <Breadcrumbs separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
          <Anchor component={Link} to="/layanan" size="sm">
            {t('voice.units.title')}
          </Anchor>
          <Text size="sm" fw={600} aria-current="page">
            {name}
          </Text>
        </Breadcrumbs>
      </nav>
      <PageHeader
        eyebrow={t('voice.results.eyebrow')}
        title={name}
        documentTitle={t('voice.results.documentTitle', { name })}
        description={
          data
            ? t('voice.results.periodRange', {
                period: periodLabel(t, data.period),
                from: formatDate(data.from),
                to: formatDate(data.to),
              })
            : periodLabel(t, period)
        }
      />

      <Card
        withBorder
        radius="md"
        padding="md"
        mb="md"
        component="section"
        aria-label={t('voice.results.periodSection')}
      >
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <PeriodPicker value={period} onChange={setPeriod} today={today} />
          {data && data.respondents > 0 ? (
            <Group gap="sm" wrap="wrap">
              <Button
                component="a"
                href={skmReportUrl(id, period)}
                download={`laporan-skm-${period}.pdf`}
                leftSection={<IconFileTypePdf size={18} aria-hidden />}
              >
                {t('voice.results.reportPdf')}
              </Button>
              <Button
                component="a"
                href={skmDataUrl(id, period)}
                download={`skm-${period}.xlsx`}
                variant="default"
                leftSection={<IconDownload size={18} aria-hidden />}
              >
                {t('voice.results.dataXlsx')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </Card>

      {results.isPending ? <LoadingState label={t('voice.results.loading')} /> : null}
      {results.isError ? (
        <ErrorAlert title={notFound ? t('voice.results.notFound') : t('errors.loadFailed')}>
          <Stack gap="xs" align="flex-start">
            <span>{errorMessage(t, results.error)}</span>
            <Anchor component={Link} to="/layanan">
              {t('voice.results.backToUnits')}
            </Anchor>
          </Stack>
        </ErrorAlert>
      ) : null}

      {data ? (
        <Stack
          gap="md"
          aria-busy={results.isPlaceholderData}
          style={{ opacity: results.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
        >
          {data.respondents === 0 ? (
            <NoAnswers data={data} unit={unit} onSetPopulation={() => setPopulationOpen(true)} />
          ) : (
            <Results data={data} unit={unit} onSetPopulation={() => setPopulationOpen(true)} />
          )}
        </Stack>
      ) : null}

      <PopulationModal
        unit={populationOpen && unit ? unit : null}
        period={period}
        today={today}
        onClose={() => setPopulationOpen(false)}
      />
    </>
  );
}

interface SectionProps {
  data: SkmResults;
  unit: ServiceUnitItem | undefined;
  onSetPopulation: () => void;
}

function Results({ data, unit, onSetPopulation }: SectionProps) {
  const { t } = useTranslation();
  const canSetPopulation = unit?.abilities.includes('population') ?? false;
  return (
    <>
      <IkmSummary results={data} onSetPopulation={canSetPopulation ? onSetPopulation : undefined} />
      {data.flagged > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('voice.results.flagged', { count: data.flagged, formatted: formatNumber(data.flagged) })}
        </Alert>
      ) : null}

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="skm-unsur">
        <Title order={2} size="h4" id="skm-unsur" mb={4}>
          {t('voice.results.perUnsur')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('voice.results.perUnsurHint')}
        </Text>
        <UnsurTable results={data} />
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="skm-profil">
          <Title order={2} size="h4" id="skm-profil" mb="md">
            {t('voice.results.profile')}
          </Title>
          <ProfileBreakdown profile={data.profile} />
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="skm-tren">
          <Title order={2} size="h4" id="skm-tren" mb={4}>
            {t('voice.results.trend')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('voice.results.trendHint')}
          </Text>
          <TrendBars trend={data.trend} current={data.period} />
        </Card>
      </SimpleGrid>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="skm-saran">
        <Title order={2} size="h4" id="skm-saran" mb="md">
          {t('voice.results.comments', {
            count: data.comments.length,
            formatted: formatNumber(data.comments.length),
          })}
        </Title>
        {data.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('voice.results.noComments')}
          </Text>
        ) : (
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {data.comments.map((comment, index) => (
              // Comments are anonymous and may repeat: position is their identity here.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={index} className="sigap-card-list-item">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <IconMessageCircle
                    size={18}
                    aria-hidden
                    style={{ flex: '0 0 auto', marginTop: 2, opacity: 0.6 }}
                  />
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                      {comment.text}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(comment.date)}
                    </Text>
                  </Stack>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Card>
    </>
  );
}

/** No answer in the period yet: how to collect them. */
function NoAnswers({ data, unit, onSetPopulation }: SectionProps) {
  const { t } = useTranslation();
  const canSetPopulation = unit?.abilities.includes('population') ?? false;
  const emptyTitle = t('voice.results.emptyTitle', { period: periodLabel(t, data.period) });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={emptyTitle}>
      <EmptyResult
        title={emptyTitle}
        description={t('voice.results.emptyHint')}
        icon={<IconQrcode aria-hidden />}
      />
      {unit ? (
        <Stack gap="md" maw={640} mx="auto" pb="md">
          <LinkField
            label={t('voice.share.surveyLink')}
            description={t('voice.share.surveyHint')}
            url={absoluteUrl(unit.surveyPath)}
          />
          <LinkField
            label={t('voice.share.kioskLink')}
            description={t('voice.share.kioskHint')}
            url={absoluteUrl(unit.kioskPath)}
          />
          <Group gap="sm" wrap="wrap">
            <Button
              component="a"
              href={posterUrl(unit.id)}
              download="poster-survei.pdf"
              variant="default"
              leftSection={<IconQrcode size={18} aria-hidden />}
            >
              {t('voice.share.posterDownload')}
            </Button>
            {canSetPopulation ? (
              <Button variant="subtle" onClick={onSetPopulation}>
                {data.population === null
                  ? t('voice.results.setPopulation')
                  : t('voice.results.changePopulation')}
              </Button>
            ) : null}
          </Group>
          {data.minimumSample !== null && data.population !== null ? (
            <Text size="sm" c="dimmed">
              {t('voice.results.minimumSample', {
                minimum: formatNumber(data.minimumSample),
                population: formatNumber(data.population),
              })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}

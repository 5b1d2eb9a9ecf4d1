import { Alert, Anchor, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import type { Period } from '@sigap/contracts';
import { meanAchievement } from '@sigap/rules';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowLeft,
  IconCheck,
  IconDeviceFloppy,
  IconInfoCircle,
  IconLock,
  IconSearchOff,
  IconSend,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { periodName } from '../modules/planning/period-format.ts';
import { BehaviourFeedback } from '../modules/realisation/BehaviourFeedback.tsx';
import {
  AchievementBadge,
  LateBadge,
  levelOf,
  OverdueBadge,
  ReportStatusBadge,
} from '../modules/realisation/labels.tsx';
import {
  liveAchievement,
  type RealisationContext,
  RealisationRhkCard,
} from '../modules/realisation/RealisationRhkCard.tsx';
import { ReopenModal } from '../modules/realisation/ReopenModal.tsx';
import {
  type RealisationReport,
  useRealisation,
  useSubmitRealisation,
} from '../modules/realisation/realisation.api.ts';
import { useRealisationDraft } from '../modules/realisation/useRealisationDraft.ts';
import { numberOf } from '../modules/skp/draft.ts';
import { formatInstant } from '../modules/skp/labels.tsx';
import { ConfirmModal } from '../ui/ConfirmModal.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { MessagePage } from '../ui/MessagePage.tsx';
import { notify } from '../ui/notify.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { SaveStatus } from '../ui/SaveStatus.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /skp/:id/realisasi?periode=: the realisation of an approved SKP, one period at a time. */
export default function RealisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const valid = UUID.test(id);
  const periodParam = params.get('periode');
  const periodId = periodParam && UUID.test(periodParam) ? periodParam : null;
  const query = useRealisation(valid ? id : null, periodId);

  const choosePeriod = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('periode', next);
        return copy;
      },
      { replace: true },
    );

  if (!valid || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <MessagePage
        title={t('realisation.notFound')}
        description={t('realisation.notFoundHint')}
        icon={<IconSearchOff size={32} aria-hidden />}
        action={
          <Button component={Link} to="/skp" variant="default">
            {t('skp.backToMine')}
          </Button>
        }
      />
    );
  }
  if (isApiError(query.error) && query.error.code === 'REALISATION_SKP_NOT_APPROVED') {
    return (
      <MessagePage
        title={t('realisation.notApproved')}
        description={errorMessage(t, query.error)}
        icon={<IconLock size={32} aria-hidden />}
        action={
          <Button component={Link} to={`/skp/${id}`} variant="default">
            {t('realisation.backToSkp')}
          </Button>
        }
      />
    );
  }
  if (query.isPending) return <LoadingState label={t('realisation.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('realisation.pageTitle')} />
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
      </>
    );
  }
  const report = query.data;
  return (
    <RealisationView
      key={`${report.period.id}:${report.status === 'SUBMITTED'}`}
      report={report}
      onPeriod={choosePeriod}
    />
  );
}

function RealisationView({
  report,
  onPeriod,
}: {
  report: RealisationReport;
  onPeriod: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const tz = me.agency.timezone;
  const can = (ability: string) => report.abilities.includes(ability);
  const isOwner = me.user.employeeId === report.skp.employeeId;
  const editable = can('edit');
  const { draft, update, save, state } = useRealisationDraft(report);
  const submit = useSubmitRealisation(report.skp.id, report.period.id);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [reopening, setReopening] = useState(false);
  const employeeName = report.skp.employee.name;
  const name = (period: Period) => periodName(t, i18n.language, period);

  const ensureDraft = async () => (report.reportId !== null ? true : save(true));
  const ctx: RealisationContext = {
    skpId: report.skp.id,
    periodId: report.period.id,
    feedback: report.feedback,
    editable,
    canWriteFeedback: can('feedback'),
    canReply: can('reply'),
    draft,
    update,
    ensureDraft,
  };

  const indicators = report.rhks.flatMap((rhk) => rhk.indicators);
  const achievements = indicators.map((i) => liveAchievement(i, draft, editable));
  const mean = editable ? meanAchievement(achievements) : report.achievement;
  const filled = indicators.filter((i) => {
    if (!editable) return i.value !== null || (i.valueText ?? '') !== '';
    const typed = draft.values[i.id];
    return typed ? numberOf(typed.value) !== null || typed.text.trim() !== '' : false;
  }).length;
  const evidenceCount = indicators.reduce((n, i) => n + i.evidence.length, 0);
  const numbering = new Map<string, string>();
  const perCategory = new Map<string, number>();
  for (const rhk of report.rhks) {
    const n = (perCategory.get(rhk.category) ?? 0) + 1;
    perCategory.set(rhk.category, n);
    numbering.set(rhk.id, `${t(`skp.category.${rhk.category}`, { defaultValue: rhk.category })} ${n}`);
  }

  const confirmSubmit = async () => {
    setSubmitError(null);
    if (filled === 0) {
      setSubmitError(t('realisation.submit.nothing'));
      return;
    }
    const saved = await save(report.reportId === null);
    if (!saved) {
      setSubmitError(t('realisation.submit.saveFailed'));
      return;
    }
    submit.mutate(undefined, {
      onSuccess: (next) => {
        setSubmitting(false);
        notify.success(
          next.late
            ? t('realisation.submit.doneLate', { name: report.skp.rater.name })
            : t('realisation.submit.done', { name: report.skp.rater.name }),
        );
      },
    });
  };

  const periodOptions = report.periods.map((p) => ({
    value: p.id,
    label: [name(p), t(`realisation.status.${p.status}`), p.late ? t('realisation.late') : null]
      .filter(Boolean)
      .join(' · '),
  }));

  return (
    <>
      <Anchor
        component={Link}
        to={`/skp/${report.skp.id}`}
        size="sm"
        mb="xs"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('realisation.backToSkp')}
      </Anchor>
      <PageHeader
        eyebrow={t('realisation.eyebrow', { year: report.skp.year, name: employeeName })}
        title={t('realisation.title', { period: name(report.period) })}
        documentTitle={t('realisation.documentTitle', { period: name(report.period), name: employeeName })}
        description={
          <Stack gap={4} component="span" mt={4}>
            <Group gap={8} component="span" wrap="wrap">
              <ReportStatusBadge status={report.status} />
              {report.late ? <LateBadge /> : null}
              {report.status !== 'SUBMITTED' && report.deadlinePassed ? <OverdueBadge /> : null}
            </Group>
            <Text span size="sm" c="dimmed">
              {t('realisation.periodRange', {
                start: formatDate(report.period.start),
                end: formatDate(report.period.end),
                deadline: formatDate(report.period.fillDeadline),
              })}
            </Text>
          </Stack>
        }
        actions={
          <Select
            label={t('realisation.period')}
            data={periodOptions}
            value={report.period.id}
            onChange={(value) => {
              if (value && value !== report.period.id) onPeriod(value);
            }}
            allowDeselect={false}
            w={300}
            maw="100%"
            comboboxProps={{ width: 'target' }}
          />
        }
      />

      <Stack gap="md">
        {report.skp.status !== 'APPROVED' ? (
          <Alert color="orange" variant="light" icon={<IconLock aria-hidden />}>
            {t('errors.REALISATION_SKP_NOT_APPROVED')}
          </Alert>
        ) : null}
        {editable && report.deadlinePassed ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('realisation.deadlinePassedOwner', { date: formatDate(report.period.fillDeadline) })}
          </Alert>
        ) : null}
        {report.status === 'SUBMITTED' ? (
          <Alert color="blue" variant="light" icon={<IconCheck aria-hidden />}>
            {t(report.late ? 'realisation.submittedLate' : 'realisation.submittedOn', {
              date: formatInstant(report.submittedAt, tz),
              name: report.skp.rater.name,
            })}
            {isOwner ? ` ${t('realisation.submittedHint')}` : ''}
          </Alert>
        ) : null}
        {!isOwner && can('feedback') ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('realisation.raterIntro', { name: employeeName })}
          </Alert>
        ) : null}

        <Card withBorder radius="md" padding="md" component="section" aria-label={t('realisation.summary')}>
          <Group component="dl" m={0} gap="lg" wrap="wrap" align="flex-start">
            <Summary label={t('realisation.meanAchievement')}>
              <AchievementBadge percent={mean} level={levelOf(mean)} size="xl" />
            </Summary>
            <Summary label={t('realisation.filled')}>
              <Text fw={700} fz="lg" lh={1.6}>
                {t('realisation.filledOf', {
                  filled: formatNumber(filled),
                  total: formatNumber(indicators.length),
                })}
              </Text>
            </Summary>
            <Summary label={t('realisation.evidenceTotal')}>
              <Text fw={700} fz="lg" lh={1.6}>
                {formatNumber(evidenceCount)}
              </Text>
            </Summary>
          </Group>
        </Card>

        {report.rhks.length === 0 ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('realisation.noRhk')}
          </Alert>
        ) : (
          report.rhks.map((rhk) => (
            <RealisationRhkCard key={rhk.id} rhk={rhk} number={numbering.get(rhk.id) ?? ''} ctx={ctx} />
          ))
        )}

        <BehaviourFeedback
          skpId={report.skp.id}
          periodId={report.period.id}
          feedback={report.feedback}
          canWrite={can('feedback')}
          canReply={can('reply')}
        />

        {editable || can('submit') || can('reopen') ? (
          <section className="sigap-savebar" aria-label={t('realisation.saveBar')}>
            <Group justify="space-between" gap="sm" wrap="wrap">
              {editable ? (
                <SaveStatus keyPrefix="realisation" state={state} timeZone={tz} onRetry={() => void save()} />
              ) : (
                <span />
              )}
              <Group gap="sm" wrap="wrap">
                {editable ? (
                  <Button
                    variant="default"
                    leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                    loading={state.status === 'saving'}
                    onClick={() => void save(report.reportId === null)}
                  >
                    {t('realisation.save')}
                  </Button>
                ) : null}
                {can('submit') ? (
                  <Button
                    leftSection={<IconSend size={18} aria-hidden />}
                    onClick={() => setSubmitting(true)}
                  >
                    {t('realisation.submit.action')}
                  </Button>
                ) : null}
                {can('reopen') ? (
                  <Button
                    variant="default"
                    leftSection={<IconArrowBackUp size={18} aria-hidden />}
                    onClick={() => setReopening(true)}
                  >
                    {t('realisation.reopen.action')}
                  </Button>
                ) : null}
              </Group>
            </Group>
          </section>
        ) : null}
      </Stack>

      <ConfirmModal
        opened={submitting}
        title={t('realisation.submit.title')}
        confirmLabel={t('realisation.submit.action')}
        color="blue"
        loading={submit.isPending || state.status === 'saving'}
        error={submitError ?? (submit.error ? errorMessage(t, submit.error) : null)}
        onClose={() => {
          setSubmitting(false);
          setSubmitError(null);
          submit.reset();
        }}
        onConfirm={() => void confirmSubmit()}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('realisation.submit.body', { period: name(report.period), name: report.skp.rater.name })}
          </Text>
          {filled < indicators.length ? (
            <Alert color="gray" variant="light" icon={<IconAlertCircle aria-hidden />} p="xs">
              {t('realisation.submit.unfilled', {
                count: indicators.length - filled,
                formatted: formatNumber(indicators.length - filled),
              })}
            </Alert>
          ) : null}
          {report.deadlinePassed ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} p="xs">
              {t('realisation.submit.late', { date: formatDate(report.period.fillDeadline) })}
            </Alert>
          ) : null}
        </Stack>
      </ConfirmModal>
      {can('reopen') ? (
        <ReopenModal
          skpId={report.skp.id}
          periodId={report.period.id}
          employeeName={employeeName}
          opened={reopening}
          onClose={() => setReopening(false)}
        />
      ) : null}
    </>
  );
}

function Summary({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

import { Button, Card, Group, Stack } from '@mantine/core';
import { IconCalendarStats, IconClipboardText, IconFileTypePdf, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { todayIn } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { EvaluationResult } from '../modules/evaluation/EvaluationResult.tsx';
import { evaluationPdfUrl, useMyEvaluations } from '../modules/evaluation/evaluation.api.ts';
import { annualPath } from '../modules/evaluation/monitoring.api.ts';
import { ObjectionSection } from '../modules/evaluation/ObjectionSection.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/** /evaluasi-saya: the employee's finalised results, receipt, and keberatan (rules §5.6). */
export default function MyEvaluationsPage() {
  const me = useSession();
  return me.user.employeeId ? <MyEvaluationsView /> : <ForbiddenPage />;
}

function MyEvaluationsView() {
  const { t, i18n } = useTranslation();
  const query = useMyEvaluations();
  const me = useSession();
  const year = Number(todayIn(me.agency.timezone).slice(0, 4));
  // Newest first: the result to acknowledge is on top.
  const items = [...(query.data?.items ?? [])].reverse();
  return (
    <>
      <PageHeader
        title={t('evaluation.mine.title')}
        description={t('evaluation.mine.description')}
        actions={
          me.user.employeeId ? (
            <Button
              component={Link}
              to={annualPath(me.user.employeeId, year)}
              variant="default"
              leftSection={<IconCalendarStats size={16} aria-hidden />}
            >
              {t('evaluationMonitoring.annual.link', { year })}
            </Button>
          ) : null
        }
      />
      {query.isPending ? <LoadingState label={t('evaluation.mine.loading')} /> : null}
      {query.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
      ) : null}
      {query.data && items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            icon={<IconClipboardText aria-hidden />}
            title={t('evaluation.mine.empty')}
            description={t('evaluation.mine.emptyHint')}
          />
        </Card>
      ) : null}
      <Stack gap="xl">
        {items.map((detail) => {
          const period = periodName(t, i18n.language, detail.period);
          return (
            <Stack
              key={detail.evaluation.id}
              gap="sm"
              component="article"
              aria-label={t('evaluation.result.title', { period })}
            >
              <EvaluationResult detail={detail} />
              <ObjectionSection detail={detail} headingOrder={3} />
              <Group gap="sm">
                <Button
                  component={Link}
                  to={`/evaluasi/${detail.evaluation.id}`}
                  variant="default"
                  size="sm"
                  leftSection={<IconListDetails size={16} aria-hidden />}
                  aria-label={t('evaluation.mine.openNamed', { period })}
                >
                  {t('evaluation.mine.open')}
                </Button>
                <Button
                  component="a"
                  href={evaluationPdfUrl(detail.evaluation.id)}
                  download
                  variant="default"
                  size="sm"
                  leftSection={<IconFileTypePdf size={16} aria-hidden />}
                  aria-label={t('evaluation.mine.pdfNamed', { period })}
                >
                  {t('evaluation.detail.pdf')}
                </Button>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </>
  );
}

import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { groupNip } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { ChangeHistory } from '../modules/evaluation/ChangeHistory.tsx';
import { EvaluationResult } from '../modules/evaluation/EvaluationResult.tsx';
import { evaluationPdfUrl, useEvaluationDetail } from '../modules/evaluation/evaluation.api.ts';
import { ObjectionSection } from '../modules/evaluation/ObjectionSection.tsx';
import { periodName } from '../modules/planning/period-format.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import NotFoundPage from './NotFoundPage.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /evaluasi/:id: one evaluation as the employee, the rater, the rater's superior (who decides an
 * objection) and agency admins see it — the result, its changes and the objection thread.
 */
export default function EvaluationDetailPage() {
  const { id = '' } = useParams();
  return UUID.test(id) ? <EvaluationDetailView id={id} /> : <NotFoundPage />;
}

function EvaluationDetailView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const query = useEvaluationDetail(id);
  if (query.isPending) return <LoadingState label={t('evaluation.detail.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
    return <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>;
  }
  const detail = query.data;
  const period = periodName(t, i18n.language, detail.period);
  const mine = me.user.employeeId === detail.evaluation.employeeId;
  return (
    <>
      {mine ? (
        <Anchor component={Link} to="/evaluasi-saya" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            {t('evaluation.detail.backMine')}
          </Group>
        </Anchor>
      ) : null}
      <PageHeader
        eyebrow={t('evaluation.detail.eyebrow', { period })}
        title={detail.employee.fullName}
        documentTitle={t('evaluation.detail.documentTitle', { name: detail.employee.fullName, period })}
        description={
          <Text component="span" size="sm">
            <span className="sigap-nip">{groupNip(detail.employee.nip)}</span> ·{' '}
            {detail.employee.positionName} · {detail.employee.unitName}
          </Text>
        }
        actions={
          <Button
            component="a"
            href={evaluationPdfUrl(detail.evaluation.id)}
            download
            variant="default"
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
          >
            {t('evaluation.detail.pdf')}
          </Button>
        }
      />
      <Stack gap="md">
        <EvaluationResult detail={detail} />
        <ObjectionSection detail={detail} />
        <ChangeHistory detail={detail} />
      </Stack>
    </>
  );
}

import { Text } from '@mantine/core';
import type { CoachingSession } from '@sigap/contracts';
import { COACHING_STATEMENT_CODES } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/AppModal.tsx';
import { notify } from '../../ui/notify.ts';
import { ScaleAnswerForm } from '../../ui/ScaleAnswerForm.tsx';
import { useRateSession } from './coaching.api.ts';

/** "Nilai sesi": the employee rates a held session on the nine statements, 1–5 each, once. */
export function RateSessionModal({
  session,
  onClose,
}: {
  session: CoachingSession | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={session !== null}
      onClose={onClose}
      title={session ? t('coaching.rate.title') : ''}
      size="xl"
    >
      {session ? <RateForm key={session.id} session={session} onClose={onClose} /> : null}
    </AppModal>
  );
}

function RateForm({ session, onClose }: { session: CoachingSession; onClose: () => void }) {
  const { t } = useTranslation();
  const rate = useRateSession(session.id);
  return (
    <ScaleAnswerForm
      items={COACHING_STATEMENT_CODES.map((code, index) => ({
        code,
        label: `${index + 1}. ${t(`coaching.statement.${code}`)}`,
      }))}
      idPrefix="pernyataan-"
      itemsGap="sm"
      intro={
        <>
          <Text size="sm">
            {t('coaching.rate.intro', { topic: session.topic, coach: session.coachName })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('coaching.rate.scaleLegend')}
          </Text>
        </>
      }
      labels={{
        scale: (n) => t(`coaching.scale.${n}`),
        choose: t('coaching.rate.choose'),
        comment: t('coaching.rating.comment'),
        commentHint: t('coaching.rate.commentHint'),
        incomplete: (count) => t('coaching.rate.incomplete', { count }),
        submit: t('coaching.rate.submit'),
      }}
      pending={rate.isPending}
      error={rate.error}
      onSend={(body) =>
        rate.mutate(body, {
          onSuccess: () => {
            notify.success(t('coaching.rate.done'));
            onClose();
          },
        })
      }
      onClose={onClose}
    />
  );
}

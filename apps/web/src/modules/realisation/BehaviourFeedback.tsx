import { Card, Stack, Text, Title } from '@mantine/core';
import { BERAKHLAK } from '@sigap/rules';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackThreads, threadsOf } from './FeedbackThread.tsx';
import type { Feedback } from './realisation.api.ts';

/**
 * "Perilaku kerja (BerAKHLAK)": umpan balik per core value. The rater sees all seven values with a composer;
 * the employee sees the values that have feedback and may reply.
 */
export function BehaviourFeedback({
  skpId,
  periodId,
  feedback,
  canWrite,
  canReply,
}: {
  skpId: string;
  periodId: string;
  feedback: Feedback[];
  canWrite: boolean;
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const values = canWrite
    ? BERAKHLAK
    : BERAKHLAK.filter((value) => threadsOf(feedback, { behaviourCode: value.code }).length > 0);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id={headingId}>
            {t('realisation.behaviour.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {canWrite ? t('realisation.behaviour.hintRater') : t('realisation.behaviour.hint')}
          </Text>
        </Stack>
        {values.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('realisation.behaviour.none')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" className="sigap-plain-list">
            {values.map((value) => (
              <li key={value.code} className="sigap-real-indicator">
                <FeedbackThreads
                  skpId={skpId}
                  periodId={periodId}
                  feedback={feedback}
                  target={{ behaviourCode: value.code }}
                  label={value.name}
                  title={value.name}
                  canWrite={canWrite}
                  canReply={canReply}
                />
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

import { Alert, Text } from '@mantine/core';
import type { PeerRequest } from '@sigap/contracts';
import { BERAKHLAK } from '@sigap/rules';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/AppModal.tsx';
import { notify } from '../../ui/notify.ts';
import { ScaleAnswerForm } from '../../ui/ScaleAnswerForm.tsx';
import { useAnswerPeerRequest } from './peer-input.api.ts';

/** A peer's answer: 1–5 per BerAKHLAK value and an optional comment, given once and anonymously. */
export function PeerAnswerModal({ request, onClose }: { request: PeerRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={request !== null}
      onClose={onClose}
      title={request ? t('peerInput.answer.title', { name: request.subjectName }) : ''}
      size="xl"
    >
      {request ? <AnswerForm key={request.roundId} request={request} onClose={onClose} /> : null}
    </AppModal>
  );
}

function AnswerForm({ request, onClose }: { request: PeerRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerPeerRequest(request.roundId);
  return (
    <ScaleAnswerForm
      items={BERAKHLAK.map((value) => ({
        code: value.code,
        label: value.name,
        description: value.behaviours.join(' · '),
      }))}
      idPrefix="nilai-"
      itemsGap="md"
      intro={
        <>
          <Alert color="blue" variant="light" icon={<IconShieldLock aria-hidden />}>
            {t('peerInput.answer.anonymity')}
          </Alert>
          <Text size="sm">
            {t('peerInput.answer.intro', { name: request.subjectName, period: request.period.name })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('peerInput.scaleLegend')}
          </Text>
        </>
      }
      labels={{
        scale: (n) => t(`peerInput.scale.${n}`),
        choose: t('peerInput.answer.choose'),
        comment: t('peerInput.answer.comment'),
        commentHint: t('peerInput.answer.commentHint'),
        incomplete: (count) => t('peerInput.answer.incomplete', { count }),
        submit: t('peerInput.answer.submit'),
      }}
      pending={answer.isPending}
      error={answer.error}
      onSend={(body) =>
        answer.mutate(body, {
          onSuccess: () => {
            notify.success(t('peerInput.answer.done', { name: request.subjectName }));
            onClose();
          },
        })
      }
      onClose={onClose}
    />
  );
}

import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { PeerRequest } from '@sigap/contracts';
import { BERAKHLAK } from '@sigap/rules';
import { IconShieldLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useAnswerPeerRequest } from './peer-input.api.ts';

const SCALE = [1, 2, 3, 4, 5] as const;

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
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = BERAKHLAK.filter((v) => !(v.code in scores)).map((v) => v.code);
    setMissing(gaps);
    if (gaps.length > 0) {
      document.getElementById(`nilai-${gaps[0]}`)?.querySelector('input')?.focus();
      return;
    }
    answer.mutate(
      { scores, comment: comment.trim() || null },
      {
        onSuccess: () => {
          notify.success(t('peerInput.answer.done', { name: request.subjectName }));
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Alert color="blue" variant="light" icon={<IconShieldLock aria-hidden />}>
          {t('peerInput.answer.anonymity')}
        </Alert>
        <Text size="sm">
          {t('peerInput.answer.intro', { name: request.subjectName, period: request.period.name })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('peerInput.scaleLegend')}
        </Text>
        <Stack gap="md">
          {BERAKHLAK.map((value) => (
            <Radio.Group
              key={value.code}
              id={`nilai-${value.code}`}
              label={value.name}
              description={value.behaviours.join(' · ')}
              required
              value={scores[value.code] ? String(scores[value.code]) : null}
              onChange={(next) => {
                setScores((current) => ({ ...current, [value.code]: Number(next) }));
                setMissing((current) => current.filter((c) => c !== value.code));
              }}
              error={missing.includes(value.code) ? t('peerInput.answer.choose') : undefined}
            >
              <Group gap="lg" mt={6} wrap="wrap">
                {SCALE.map((n) => (
                  <Radio
                    key={n}
                    value={String(n)}
                    label={String(n)}
                    aria-label={`${n} — ${t(`peerInput.scale.${n}`)}`}
                    title={t(`peerInput.scale.${n}`)}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        <Textarea
          label={t('peerInput.answer.comment')}
          description={t('peerInput.answer.commentHint')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {missing.length > 0 ? (
          <ErrorAlert>{t('peerInput.answer.incomplete', { count: missing.length })}</ErrorAlert>
        ) : null}
        {answer.error ? <ErrorAlert>{errorMessage(t, answer.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={answer.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={answer.isPending}>
            {t('peerInput.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

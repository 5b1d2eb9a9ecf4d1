import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { CoachingSession } from '@sigap/contracts';
import { COACHING_STATEMENT_CODES } from '@sigap/rules';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/errors.ts';
import { AppModal } from '../../ui/AppModal.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { notify } from '../../ui/notify.ts';
import { useRateSession } from './coaching.api.ts';

const SCALE = [1, 2, 3, 4, 5] as const;

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
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = COACHING_STATEMENT_CODES.filter((code) => !(code in scores));
    setMissing(gaps);
    if (gaps.length > 0) {
      document.getElementById(`pernyataan-${gaps[0]}`)?.querySelector('input')?.focus();
      return;
    }
    rate.mutate(
      { scores, comment: comment.trim() || null },
      {
        onSuccess: () => {
          notify.success(t('coaching.rate.done'));
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('coaching.rate.intro', { topic: session.topic, coach: session.coachName })}</Text>
        <Text size="xs" c="dimmed">
          {t('coaching.rate.scaleLegend')}
        </Text>
        <Stack gap="sm">
          {COACHING_STATEMENT_CODES.map((code, index) => (
            <Radio.Group
              key={code}
              id={`pernyataan-${code}`}
              label={`${index + 1}. ${t(`coaching.statement.${code}`)}`}
              required
              value={scores[code] ? String(scores[code]) : null}
              onChange={(value) => {
                setScores((current) => ({ ...current, [code]: Number(value) }));
                setMissing((current) => current.filter((c) => c !== code));
              }}
              error={missing.includes(code) ? t('coaching.rate.choose') : undefined}
            >
              <Group gap="lg" mt={6} wrap="wrap">
                {SCALE.map((n) => (
                  <Radio
                    key={n}
                    value={String(n)}
                    label={String(n)}
                    aria-label={`${n} — ${t(`coaching.scale.${n}`)}`}
                    title={t(`coaching.scale.${n}`)}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        <Textarea
          label={t('coaching.rating.comment')}
          description={t('coaching.rate.commentHint')}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {missing.length > 0 ? (
          <ErrorAlert>{t('coaching.rate.incomplete', { count: missing.length })}</ErrorAlert>
        ) : null}
        {rate.error ? <ErrorAlert>{errorMessage(t, rate.error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={rate.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rate.isPending}>
            {t('coaching.rate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

const SCALE = [1, 2, 3, 4, 5] as const;

export interface ScaleItem {
  code: string;
  label: string;
  description?: string;
}

export interface ScaleAnswerLabels {
  /** The meaning of a point of the scale ("Sangat setuju"). */
  scale: (n: number) => string;
  /** Under an item left without a score. */
  choose: string;
  comment: string;
  commentHint: string;
  /** When items are left without a score. */
  incomplete: (count: number) => string;
  submit: string;
}

/**
 * A 1–5 score per item and an optional comment, sent once every item has its score (otherwise the first
 * one left is focused and the missing ones are marked). `intro` comes first; each item's radio group has
 * the id `<idPrefix><code>`.
 */
export function ScaleAnswerForm({
  items,
  idPrefix,
  itemsGap,
  intro,
  labels,
  pending,
  error,
  onSend,
  onClose,
}: {
  items: readonly ScaleItem[];
  idPrefix: string;
  itemsGap: 'sm' | 'md';
  intro: ReactNode;
  labels: ScaleAnswerLabels;
  pending: boolean;
  error: unknown;
  onSend: (answer: { scores: Record<string, number>; comment: string | null }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = items.filter((item) => !(item.code in scores)).map((item) => item.code);
    setMissing(gaps);
    if (gaps.length > 0) {
      document.getElementById(`${idPrefix}${gaps[0]}`)?.querySelector('input')?.focus();
      return;
    }
    onSend({ scores, comment: comment.trim() || null });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {intro}
        <Stack gap={itemsGap}>
          {items.map((item) => (
            <Radio.Group
              key={item.code}
              id={`${idPrefix}${item.code}`}
              label={item.label}
              description={item.description}
              required
              value={scores[item.code] ? String(scores[item.code]) : null}
              onChange={(next) => {
                setScores((current) => ({ ...current, [item.code]: Number(next) }));
                setMissing((current) => current.filter((c) => c !== item.code));
              }}
              error={missing.includes(item.code) ? labels.choose : undefined}
            >
              <Group gap="lg" mt={6} wrap="wrap">
                {SCALE.map((n) => (
                  <Radio
                    key={n}
                    value={String(n)}
                    label={String(n)}
                    aria-label={`${n} — ${labels.scale(n)}`}
                    title={labels.scale(n)}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        <Textarea
          label={labels.comment}
          description={labels.commentHint}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {missing.length > 0 ? <ErrorAlert>{labels.incomplete(missing.length)}</ErrorAlert> : null}
        {error ? <ErrorAlert>{errorMessage(t, error)}</ErrorAlert> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {labels.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Badge } from '@mantine/core';
import type { CoachingKind, CoachingStatus } from '@sigap/rules';
import { useTranslation } from 'react-i18next';

export const COACHING_STATUS_COLOR: Record<CoachingStatus, string> = {
  SCHEDULED: 'blue',
  DONE: 'green',
  CANCELLED: 'gray',
};

export function CoachingStatusBadge({ status }: { status: CoachingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COACHING_STATUS_COLOR[status]} variant="light" radius="sm">
      {t(`coaching.status.${status}`)}
    </Badge>
  );
}

export function CoachingKindBadge({ kind }: { kind: CoachingKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kind === 'DIALOG' ? 'grape' : 'indigo'} variant="outline" radius="sm">
      {t(`coaching.kind.${kind}`)}
    </Badge>
  );
}

/** The mean of a score map, one decimal ("4,3"), or null when empty. */
export function meanOf(scores: Record<string, number>): number | null {
  const values = Object.values(scores);
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export const formatScore = (value: number): string =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(value);

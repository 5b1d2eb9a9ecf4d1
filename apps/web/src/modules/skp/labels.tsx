import { Badge } from '@mantine/core';
import type { SkpStatus } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import './skp.css';

/**
 * Labels of the SKP's enumerations live in the catalogs under `skp.status`, `skp.aspect`, `skp.approach`,
 * `skp.category`, `skp.perspective`, `skp.lampiranSection`; the Indonesian ones equal the labels of
 * @sigap/rules (apps/web/test/skp-labels.test.ts keeps them equal).
 */
export const STATUS_COLOR: Record<SkpStatus, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
  CLOSED: 'dark',
};

export function SkpStatusBadge({ status, size = 'md' }: { status: SkpStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} radius="sm" size={size}>
      {t(`skp.status.${status}`)}
    </Badge>
  );
}

/** The current year in the agency's time zone (the year pages open on). */
export function currentYear(timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(new Date()).slice(0, 4),
  );
}

/** "10.42": a time of day in Indonesian notation, in the agency's zone. */
export function formatTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', timeZone }).format(instant);
}

/** "23 Nov 2026 14.05": an instant to the minute, in the agency's zone. */
export function formatInstant(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(parsed);
}

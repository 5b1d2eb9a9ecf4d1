import { Badge, Group, Text } from '@mantine/core';
import type { DailyLogDayStatusValue } from '@sigap/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import './daily-log.css';

/** How a day is shown: its status, or RETURNED for a draft the rater sent back with a note. */
export type DayLook = DailyLogDayStatusValue | 'RETURNED';
export const DAY_LOOKS: DayLook[] = ['NOT_STARTED', 'DRAFT', 'RETURNED', 'SUBMITTED', 'APPROVED'];

export const LOOK_COLOR: Record<DayLook, string> = {
  NOT_STARTED: 'gray',
  DRAFT: 'yellow',
  RETURNED: 'orange',
  SUBMITTED: 'blue',
  APPROVED: 'green',
};

export const lookOf = (status: DailyLogDayStatusValue, returned: boolean): DayLook =>
  status === 'DRAFT' && returned ? 'RETURNED' : status;

export function DayStatusBadge({ look, size = 'md' }: { look: DayLook; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={LOOK_COLOR[look]} radius="sm" size={size}>
      {t(`dailyLog.status.${look}`)}
    </Badge>
  );
}

/** The colour key of the calendar and the team grid (colour is never the only signal: cells say it too). */
export function StatusLegend({ looks = DAY_LOOKS }: { looks?: DayLook[] }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" component="ul" className="sigap-plain-list" aria-label={t('dailyLog.legend')}>
      {looks.map((look) => (
        <Group key={look} gap={6} wrap="nowrap" component="li">
          <span className={`sigap-dl-swatch sigap-dl-${look}`} aria-hidden />
          <Text size="sm">{t(`dailyLog.status.${look}`)}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** "4 j 30 m" / "4 h 30 m"; empty for 0. */
export function formatMinutes(t: TFunction, minutes: number): string {
  if (minutes <= 0) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('dailyLog.duration.minutes', { m });
  if (m === 0) return t('dailyLog.duration.hours', { h });
  return t('dailyLog.duration.both', { h, m });
}

/** "4j", "4,5j" / "4.5h": hours to one decimal, for the calendar's and the grid's small cells. */
export function formatHoursShort(t: TFunction, language: string, minutes: number): string {
  if (minutes <= 0) return '';
  const h = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(minutes / 60);
  return t('dailyLog.duration.short', { h });
}

export const localeOf = (language: string) => (language.startsWith('en') ? 'en-GB' : 'id-ID');

/** "Jumat, 13 Maret 2026". */
export function formatLongDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** "Maret 2026". */
export function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** Short weekday names, Monday first. */
export function weekdayNames(language: string, width: 'short' | 'narrow' = 'short'): string[] {
  const format = new Intl.DateTimeFormat(localeOf(language), { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

// ---------- calendar dates (yyyy-mm-dd, no zone) ----------

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => isoOf(dayNumber(date) + days);
/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
export const mondayOf = (date: string) => addDays(date, -weekdayIndex(date));
export function addMonths(month: string, delta: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + delta;
  const d = new Date(Date.UTC(y, m, 1));
  return d.toISOString().slice(0, 7);
}
export const isDate = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
export const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

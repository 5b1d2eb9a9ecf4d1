/** Numbers and dates for people: Intl with the Indonesian locale, times in the agency's zone. */

const LOCALE = 'id-ID';
const numberFormat = new Intl.NumberFormat(LOCALE);

export const formatNumber = (value: number): string => numberFormat.format(value);

/** A calendar date `yyyy-mm-dd` as "23 Nov 2025" (no time-zone shift). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '';
  const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** An instant as "23 Nov 2025, 14.05" in the given zone (defaults to WIB). */
export function formatDateTime(instant: string | null | undefined, timeZone = 'Asia/Jakarta'): string {
  if (!instant) return '';
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  }).format(parsed);
}

/** Today's date `yyyy-mm-dd` in a time zone. */
export function todayIn(timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** A NIP grouped the way it is printed: 19800101 200501 1 001. */
export function groupNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * Performance periods (rules §2; Permenpan-RB 6/2022 on ASN performance management): every year has one
 * annual period plus monthly and/or quarterly periods, each with a start, an end and a *batas pengisian*
 * (filling deadline). The last periodic period of the year is the *final* one.
 *
 * All dates are calendar dates written as ISO `yyyy-mm-dd` strings (no time, no zone). Wall-clock
 * instants are turned into calendar dates only through {@link localDate}, in the agency's time zone.
 */
import { formatUtcDate, toDayNumber, toIsoDate } from './calendar-date.ts';
export const PERIOD_KINDS = ['ANNUAL', 'QUARTER', 'MONTH'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Indonesian labels of the period kinds. */
export const PERIOD_KIND_LABELS: Readonly<Record<PeriodKind, string>> = {
  ANNUAL: 'Tahunan',
  QUARTER: 'Triwulanan',
  MONTH: 'Bulanan',
};

/** Indonesian month names, January first. */
export const MONTH_NAMES_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

export interface PeriodPlan {
  kind: PeriodKind;
  /** 1 for the annual period, 1..4 for quarters, 1..12 for months. */
  seq: number;
  /** Indonesian name, e.g. "Tahunan 2027", "Triwulan I 2027", "Januari 2027". */
  name: string;
  /** First day, `yyyy-mm-dd`. */
  start: string;
  /** Last day (inclusive), `yyyy-mm-dd`. */
  end: string;
  /** Batas pengisian: last day (inclusive) on which realisasi for the period may be filled, `yyyy-mm-dd`. */
  fillDeadline: string;
  /** True for exactly one period of the year: the last periodic one. */
  final: boolean;
}

export interface GeneratePeriodsOptions {
  monthly: boolean;
  quarterly: boolean;
  /** Calendar days after a period's end until its filling deadline (default 5). */
  fillingDays?: number;
}

/** Default number of calendar days after a period's end until its batas pengisian (configurable). */
export const DEFAULT_FILLING_DAYS = 5;

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;
export const MAX_FILLING_DAYS = 60;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** Adds (or, if negative, subtracts) a whole number of calendar days to an ISO date. */
export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer: ${days}`);
  return toIsoDate(toDayNumber(date) + days);
}

/** Last day of a month (month 1..12), as an ISO date. */
function lastDayOfMonth(year: number, month: number): string {
  return formatUtcDate(new Date(Date.UTC(year, month, 0)));
}

/**
 * Rules §2: the periods of a performance year. Always one ANNUAL period (1 January – 31 December, seq 1),
 * plus 12 MONTH periods if `monthly` and 4 QUARTER periods if `quarterly`. Each period's filling deadline is
 * its end plus `fillingDays` calendar days (it may fall in the next year). The *final* period is the last
 * periodic one: December when monthly, else Q4 when quarterly, else the annual period itself.
 * Sorted ANNUAL, QUARTER, MONTH, then by seq. Throws RangeError on a year outside 2000..2100 or
 * `fillingDays` outside 0..60 (integers only).
 */
export function generatePeriods(year: number, options: GeneratePeriodsOptions): PeriodPlan[] {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`year must be an integer in ${MIN_PERIOD_YEAR}..${MAX_PERIOD_YEAR}: ${year}`);
  }
  const fillingDays = options.fillingDays ?? DEFAULT_FILLING_DAYS;
  if (!Number.isInteger(fillingDays) || fillingDays < 0 || fillingDays > MAX_FILLING_DAYS) {
    throw new RangeError(`fillingDays must be an integer in 0..${MAX_FILLING_DAYS}: ${fillingDays}`);
  }
  const finalKind: PeriodKind = options.monthly ? 'MONTH' : options.quarterly ? 'QUARTER' : 'ANNUAL';
  const plan = (kind: PeriodKind, seq: number, name: string, start: string, end: string): PeriodPlan => ({
    kind,
    seq,
    name,
    start,
    end,
    fillDeadline: addCalendarDays(end, fillingDays),
    final: false,
  });

  const periods: PeriodPlan[] = [plan('ANNUAL', 1, `Tahunan ${year}`, `${year}-01-01`, `${year}-12-31`)];
  if (options.quarterly) {
    for (let q = 1; q <= 4; q++) {
      const firstMonth = (q - 1) * 3 + 1;
      periods.push(
        plan(
          'QUARTER',
          q,
          `Triwulan ${QUARTER_NUMERALS[q - 1]} ${year}`,
          `${year}-${pad2(firstMonth)}-01`,
          lastDayOfMonth(year, firstMonth + 2),
        ),
      );
    }
  }
  if (options.monthly) {
    for (let m = 1; m <= 12; m++) {
      periods.push(
        plan(
          'MONTH',
          m,
          `${MONTH_NAMES_ID[m - 1]} ${year}`,
          `${year}-${pad2(m)}-01`,
          lastDayOfMonth(year, m),
        ),
      );
    }
  }
  // The last period of the final kind is the final one (ANNUAL has a single period).
  const finalPeriod = periods.findLast((p) => p.kind === finalKind);
  if (finalPeriod) finalPeriod.final = true;
  return periods;
}

/**
 * The period of the given kind whose [start, end] (both inclusive) contains `date`, or null.
 * `date` is an ISO `yyyy-mm-dd` string; a malformed date matches nothing.
 */
export function periodContaining<P extends { kind: PeriodKind; start: string; end: string }>(
  date: string,
  periods: readonly P[],
  kind: PeriodKind,
): P | null {
  if (!ISO_DATE.test(date)) return null;
  // ISO calendar dates of four-digit years compare correctly as strings.
  return periods.find((p) => p.kind === kind && p.start <= date && date <= p.end) ?? null;
}

/** Rules §2: the default deadline for drafting and approving the SKP, the end of January (configurable). */
export function defaultSkpDeadline(year: number): string {
  return `${year}-01-31`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError on an unknown IANA zone.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (`yyyy-mm-dd`) of instant `now` in the IANA time zone `timeZone` (e.g. Asia/Jakarta). */
export function localDate(now: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/**
 * Whether a deadline has passed. The deadline is the whole calendar day `deadline` in the agency's time
 * zone (WIB Asia/Jakarta, WITA Asia/Makassar, WIT Asia/Jayapura): it is past from 00:00 local time of the
 * next day. Throws RangeError on a malformed deadline or unknown zone.
 */
export function isPastDeadline(now: Date, deadline: string, timeZone: string): boolean {
  return daysUntil(now, deadline, timeZone) < 0;
}

/**
 * Calendar days from today (in the agency's time zone) to the deadline day: positive before it, 0 on the
 * day itself, negative once it has passed. Throws RangeError on a malformed deadline or unknown zone.
 */
export function daysUntil(now: Date, deadline: string, timeZone: string): number {
  return toDayNumber(deadline) - toDayNumber(localDate(now, timeZone));
}

/**
 * Complaint handling deadlines in working days (rules §7.2; Perpres No. 76 Tahun 2013 tentang Pengelolaan
 * Pengaduan Pelayanan Publik; Permenpan-RB No. 62 Tahun 2018 tentang Pedoman Teknis Pengelolaan Pengaduan
 * Pelayanan Publik Nasional, SP4N-LAPOR!).
 *
 * Time is explicit: every function takes calendar dates as ISO `yyyy-mm-dd` strings (no time, no zone —
 * turn an instant into the agency's local date with `localDate` first) and the agency's holiday list.
 * The working week is Monday–Friday; the holiday list holds the national holidays and cuti bersama the
 * agency observes, as `yyyy-mm-dd` strings.
 */
import { toDayNumber, toIsoDate } from './calendar-date.ts';

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function isWeekday(dayNumber: number): boolean {
  const dow = dayOfWeek(dayNumber);
  return dow >= 1 && dow <= 5;
}

/** The holiday list as day numbers; throws RangeError on an entry that is not an ISO calendar date. */
function holidayDays(holidays: ReadonlySet<string>): Set<number> {
  const days = new Set<number>();
  for (const h of holidays) days.add(toDayNumber(h));
  return days;
}

function isWorkingDayNumber(dayNumber: number, holidays: ReadonlySet<number>): boolean {
  return isWeekday(dayNumber) && !holidays.has(dayNumber);
}

/**
 * Rules §7.2: whether `date` is a working day — Monday to Friday and not on the agency's holiday list.
 * Throws RangeError on a malformed date or holiday entry.
 */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return isWorkingDayNumber(toDayNumber(date), holidayDays(holidays));
}

/**
 * Rules §7.2 (Permenpan-RB 62/2018): the date on which a time limit of `days` working days ends when the
 * clock starts on `start`. The day of receipt does not count: the result is the `days`-th working day
 * after `start` (received Friday 2026-03-13, 3 working days → Wednesday 2026-03-18); weekends and
 * holidays are skipped. `days` = 0 gives `start` itself. Throws RangeError unless `days` is a non-negative
 * integer, or on a malformed date.
 */
export function addWorkingDays(start: string, days: number, holidays: ReadonlySet<string>): string {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`days must be a non-negative integer: ${days}`);
  }
  const off = holidayDays(holidays);
  let day = toDayNumber(start);
  let counted = 0;
  while (counted < days) {
    day += 1;
    if (isWorkingDayNumber(day, off)) counted += 1;
  }
  return toIsoDate(day);
}

/** Weekdays (Mon–Fri) among day numbers a+1 .. b, for a ≤ b. */
function weekdaysAfterUpTo(a: number, b: number): number {
  const span = b - a;
  let count = Math.floor(span / 7) * 5;
  for (let day = a + 1 + Math.floor(span / 7) * 7; day <= b; day++) {
    if (isWeekday(day)) count += 1;
  }
  return count;
}

/**
 * Rules §7.2: the number of working days after `from` up to and including `to` — so
 * `workingDaysBetween(start, addWorkingDays(start, n)) === n`. 0 when `to` is on or before `from`.
 * Throws RangeError on a malformed date or holiday entry.
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const off = holidayDays(holidays);
  if (b <= a) return 0;
  let count = weekdaysAfterUpTo(a, b);
  for (const h of off) if (h > a && h <= b && isWeekday(h)) count -= 1;
  return count;
}

/** SLA states: open (ON_TIME, DUE_SOON, OVERDUE) or done (MET, MISSED). */
export const SLA_STATES = ['ON_TIME', 'DUE_SOON', 'OVERDUE', 'MET', 'MISSED'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** Indonesian labels of the SLA states. */
export const SLA_STATE_LABELS: Readonly<Record<SlaState, string>> = {
  ON_TIME: 'Dalam batas waktu',
  DUE_SOON: 'Mendekati batas waktu',
  OVERDUE: 'Melewati batas waktu',
  MET: 'Selesai tepat waktu',
  MISSED: 'Selesai terlambat',
};

/** Working days left at which an open item counts as DUE_SOON (this many or fewer, down to the due day). */
export const SLA_DUE_SOON_WORKING_DAYS = 1;

export interface SlaStatus {
  /** Last day (inclusive) of the time limit. */
  dueOn: string;
  state: SlaState;
  /**
   * Working days from the reference day (today while open, doneOn once done) to dueOn: positive before
   * the due day, 0 on it, negative after it (−working days past due; 0 when past due only by a weekend
   * or holiday).
   */
  workingDaysLeft: number;
}

/**
 * Rules §7.2 (Perpres 76/2013; Permenpan-RB 62/2018): the SLA state of an item received on `receivedOn`
 * with a time limit of `slaDays` working days, due on `addWorkingDays(receivedOn, slaDays)`.
 * Open (`doneOn` null), judged on `today`: OVERDUE after the due day; DUE_SOON when at most 1 working day
 * is left (including the due day itself); ON_TIME otherwise. Done: MET when done on or before the due
 * day, MISSED after it (`today` is then ignored). Throws RangeError on a malformed date, a negative or
 * fractional `slaDays`, or `doneOn` before `receivedOn`.
 */
export function slaState(
  receivedOn: string,
  slaDays: number,
  today: string,
  doneOn: string | null,
  holidays: ReadonlySet<string>,
): SlaStatus {
  const dueOn = addWorkingDays(receivedOn, slaDays, holidays);
  toDayNumber(today);
  const reference = doneOn ?? today;
  if (doneOn !== null && toDayNumber(doneOn) < toDayNumber(receivedOn)) {
    throw new RangeError(`doneOn ${doneOn} is before receivedOn ${receivedOn}`);
  }
  // ISO calendar dates of four-digit years compare correctly as strings.
  const late = reference > dueOn;
  const workingDaysLeft = late
    ? -workingDaysBetween(dueOn, reference, holidays)
    : workingDaysBetween(reference, dueOn, holidays);
  let state: SlaState;
  if (doneOn !== null) state = late ? 'MISSED' : 'MET';
  else if (late) state = 'OVERDUE';
  else state = workingDaysLeft <= SLA_DUE_SOON_WORKING_DAYS ? 'DUE_SOON' : 'ON_TIME';
  return { dueOn, state, workingDaysLeft: workingDaysLeft === 0 ? 0 : workingDaysLeft };
}

/**
 * Rules §7.2 (Permenpan-RB 62/2018, SP4N-LAPOR!): the national time limits, in working days: verification
 * by the coordinator within 3, the unit's follow-up within 5. Local service standards set their own
 * resolution times per complaint class (configurable).
 */
export const COMPLAINT_SLA_DEFAULTS = { verificationDays: 3, followUpDays: 5 } as const;

/** Rules §7.2 (Perpres 76/2013; SP4N-LAPOR!): the kinds of report a citizen may submit. */
export const COMPLAINT_CATEGORIES = ['ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Indonesian labels of the complaint categories. */
export const COMPLAINT_CATEGORY_LABELS: Readonly<Record<ComplaintCategory, string>> = {
  ASPIRASI: 'Aspirasi',
  PENGADUAN: 'Pengaduan',
  PERMINTAAN_INFORMASI: 'Permintaan Informasi',
};

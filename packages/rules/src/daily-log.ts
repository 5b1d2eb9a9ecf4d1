/**
 * Daily activity log (rules §4; on or off per agency): per day, activities with a time span, a
 * description, the RHK they serve and evidence. The rater sees each day's status: not started (no log),
 * draft, submitted, approved; a returned day goes back to draft with the rater's note.
 */

export const DAILY_LOG_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED'] as const;
export type DailyLogStatus = (typeof DAILY_LOG_STATUSES)[number];
/** The status of a day as shown, including a day without a log. */
export type DailyLogDayStatus = DailyLogStatus | 'NOT_STARTED';
export const DAILY_LOG_STATUS_LABELS: Readonly<Record<DailyLogDayStatus, string>> = {
  NOT_STARTED: 'Belum diisi',
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  APPROVED: 'Disetujui',
};

export const DAILY_LOG_ACTIONS = ['edit', 'submit', 'approve', 'return'] as const;
export type DailyLogAction = (typeof DAILY_LOG_ACTIONS)[number];

/** The status after an action, or null when the action is not allowed in that status. */
export function dailyLogNext(status: DailyLogStatus, action: DailyLogAction): DailyLogStatus | null {
  switch (action) {
    case 'edit':
      return status === 'DRAFT' ? 'DRAFT' : null;
    case 'submit':
      return status === 'DRAFT' ? 'SUBMITTED' : null;
    case 'approve':
      return status === 'SUBMITTED' ? 'APPROVED' : null;
    case 'return':
      return status === 'SUBMITTED' ? 'DRAFT' : null;
  }
}

export interface DailyLogEntryInput {
  /** "HH:MM", 24-hour. */
  start: string;
  end: string;
  description: string;
}

export const DAILY_LOG_MAX_ENTRIES = 30;
export const DAILY_LOG_DESCRIPTION_MAX = 2000;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of "HH:MM", or null when malformed. */
export function minutesOf(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export interface DailyLogProblem {
  index: number;
  code: 'TIME_INVALID' | 'TIME_ORDER' | 'OVERLAP' | 'DESCRIPTION_REQUIRED' | 'TOO_MANY';
  message: string;
}

/**
 * Problems of a day's entries: malformed times, an end not after the start, overlapping spans (an
 * activity may start when the previous one ends), an empty description, too many entries. A day may be
 * submitted only with at least one entry and no problems (see {@link canSubmitDailyLog}).
 */
export function dailyLogProblems(entries: readonly DailyLogEntryInput[]): DailyLogProblem[] {
  const problems: DailyLogProblem[] = [];
  if (entries.length > DAILY_LOG_MAX_ENTRIES) {
    problems.push({
      index: DAILY_LOG_MAX_ENTRIES,
      code: 'TOO_MANY',
      message: `Paling banyak ${DAILY_LOG_MAX_ENTRIES} kegiatan per hari`,
    });
  }
  const spans: { index: number; from: number; to: number }[] = [];
  entries.forEach((entry, index) => {
    const from = minutesOf(entry.start);
    const to = minutesOf(entry.end);
    if (from === null || to === null) {
      problems.push({ index, code: 'TIME_INVALID', message: `Kegiatan ${index + 1}: jam harus JJ:MM` });
    } else if (to <= from) {
      problems.push({
        index,
        code: 'TIME_ORDER',
        message: `Kegiatan ${index + 1}: jam selesai harus setelah jam mulai`,
      });
    } else spans.push({ index, from, to });
    if (entry.description.trim() === '') {
      problems.push({
        index,
        code: 'DESCRIPTION_REQUIRED',
        message: `Kegiatan ${index + 1}: uraian kegiatan wajib diisi`,
      });
    }
  });
  spans.sort((a, b) => a.from - b.from || a.index - b.index);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1] as (typeof spans)[number];
    const current = spans[i] as (typeof spans)[number];
    if (current.from < previous.to) {
      problems.push({
        index: current.index,
        code: 'OVERLAP',
        message: `Kegiatan ${current.index + 1} bertumpang tindih dengan kegiatan ${previous.index + 1}`,
      });
    }
  }
  return problems;
}

/** Total minutes of the well-formed spans. */
export function dailyLogMinutes(entries: readonly DailyLogEntryInput[]): number {
  let total = 0;
  for (const e of entries) {
    const from = minutesOf(e.start);
    const to = minutesOf(e.end);
    if (from !== null && to !== null && to > from) total += to - from;
  }
  return total;
}

export function canSubmitDailyLog(entries: readonly DailyLogEntryInput[]): boolean {
  return entries.length > 0 && dailyLogProblems(entries).length === 0;
}

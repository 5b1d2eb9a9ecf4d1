import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canSubmitDailyLog,
  DAILY_LOG_ACTIONS,
  DAILY_LOG_STATUSES,
  dailyLogMinutes,
  dailyLogNext,
  dailyLogProblems,
} from '../src/index.ts';

const entry = (start: string, end: string, description = 'Menyusun laporan') => ({ start, end, description });

describe('daily log', () => {
  it('pins every status × action', () => {
    const table = Object.fromEntries(
      DAILY_LOG_STATUSES.map((s) => [
        s,
        Object.fromEntries(DAILY_LOG_ACTIONS.map((a) => [a, dailyLogNext(s, a)])),
      ]),
    );
    expect(table).toEqual({
      DRAFT: { edit: 'DRAFT', submit: 'SUBMITTED', approve: null, return: null },
      SUBMITTED: { edit: null, submit: null, approve: 'APPROVED', return: 'DRAFT' },
      APPROVED: { edit: null, submit: null, approve: null, return: null },
    });
  });

  it('reports bad times, order, overlap and empty descriptions', () => {
    expect(dailyLogProblems([entry('08:00', '09:30'), entry('09:30', '12:00')])).toEqual([]);
    expect(dailyLogProblems([entry('8:00', '09:00')]).map((p) => p.code)).toEqual(['TIME_INVALID']);
    expect(dailyLogProblems([entry('24:00', '09:00')]).map((p) => p.code)).toEqual(['TIME_INVALID']);
    expect(dailyLogProblems([entry('10:00', '09:00')]).map((p) => p.code)).toEqual(['TIME_ORDER']);
    expect(dailyLogProblems([entry('10:00', '10:00')]).map((p) => p.code)).toEqual(['TIME_ORDER']);
    expect(dailyLogProblems([entry('08:00', '10:00'), entry('09:00', '11:00')])).toEqual([
      { index: 1, code: 'OVERLAP', message: 'Kegiatan 2 bertumpang tindih dengan kegiatan 1' },
    ]);
    expect(dailyLogProblems([entry('08:00', '09:00', '  ')]).map((p) => p.code)).toEqual([
      'DESCRIPTION_REQUIRED',
    ]);
    expect(canSubmitDailyLog([])).toBe(false);
    expect(canSubmitDailyLog([entry('07:30', '16:00')])).toBe(true);
    expect(dailyLogMinutes([entry('07:30', '12:00'), entry('13:00', '16:00'), entry('x', '1')])).toBe(450);
  });

  it('non-overlapping spans never report an overlap, and the minutes never exceed a day', () => {
    const slot = fc.integer({ min: 0, max: 47 }); // half-hour slots
    const hhmm = (slot: number) =>
      `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`;
    fc.assert(
      fc.property(fc.uniqueArray(slot, { minLength: 1, maxLength: 20 }), (starts) => {
        const sorted = [...starts].sort((a, b) => a - b);
        // each span runs from its slot to the next chosen slot (or 23:59 for the last)
        const entries = sorted.map((s, i) =>
          entry(hhmm(s), i + 1 < sorted.length ? hhmm(sorted[i + 1] as number) : '23:59'),
        );
        expect(dailyLogProblems(entries).filter((p) => p.code === 'OVERLAP')).toEqual([]);
        expect(dailyLogMinutes(entries)).toBeLessThanOrEqual(24 * 60);
      }),
    );
  });
});

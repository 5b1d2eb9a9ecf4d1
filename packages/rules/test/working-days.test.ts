import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/periods.ts';
import {
  addWorkingDays,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_SLA_DEFAULTS,
  isWorkingDay,
  SLA_STATE_LABELS,
  SLA_STATES,
  slaState,
  workingDaysBetween,
} from '../src/working-days.ts';

const none: ReadonlySet<string> = new Set();

describe('isWorkingDay (rules §7.2)', () => {
  it('is Monday to Friday', () => {
    // 2026-03-09 is a Monday.
    expect(
      ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15'].map(
        (d) => isWorkingDay(d, none),
      ),
    ).toEqual([true, true, true, true, true, false, false]);
  });

  it("skips the agency's holidays", () => {
    expect(isWorkingDay('2027-01-01', new Set(['2027-01-01']))).toBe(false); // a Friday
    expect(isWorkingDay('2027-01-01', none)).toBe(true);
  });

  it('rejects a malformed date or holiday entry', () => {
    expect(() => isWorkingDay('2026-02-30', none)).toThrow(RangeError);
    expect(() => isWorkingDay('13/03/2026', none)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-03-13', new Set(['2026-3-18']))).toThrow(RangeError);
  });
});

describe('addWorkingDays (rules §7.2)', () => {
  it('does not count the day of receipt and skips the weekend', () => {
    // Received Friday 2026-03-13; Mon 16, Tue 17, Wed 18.
    expect(addWorkingDays('2026-03-13', 3, none)).toBe('2026-03-18');
    expect(addWorkingDays('2026-03-13', 1, none)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-13', 5, none)).toBe('2026-03-20');
    expect(addWorkingDays('2026-03-09', 4, none)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-09', 5, none)).toBe('2026-03-16');
  });

  it('starts counting on Monday when received on a weekend', () => {
    expect(addWorkingDays('2026-03-14', 1, none)).toBe('2026-03-16'); // Saturday
    expect(addWorkingDays('2026-03-15', 3, none)).toBe('2026-03-18'); // Sunday
  });

  it('gives the start itself for 0 days, even on a weekend', () => {
    expect(addWorkingDays('2026-03-13', 0, none)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-14', 0, none)).toBe('2026-03-14');
  });

  it('skips holidays in the span', () => {
    const holidays = new Set(['2026-03-17', '2026-03-18']); // Tuesday and Wednesday
    expect(addWorkingDays('2026-03-13', 3, holidays)).toBe('2026-03-20');
    expect(addWorkingDays('2026-03-13', 5, holidays)).toBe('2026-03-24');
    // A holiday on a weekend changes nothing.
    expect(addWorkingDays('2026-03-13', 3, new Set(['2026-03-14']))).toBe('2026-03-18');
  });

  it('spans months, leap days and years', () => {
    expect(addWorkingDays('2026-01-30', 3, none)).toBe('2026-02-04'); // Fri → Wed
    expect(addWorkingDays('2028-02-25', 2, none)).toBe('2028-02-29'); // Fri → Tue, leap day
    // Thursday 2026-12-31, New Year's Day a holiday: Mon 4, Tue 5, Wed 6 January 2027.
    expect(addWorkingDays('2026-12-31', 3, new Set(['2027-01-01']))).toBe('2027-01-06');
    expect(addWorkingDays('2026-12-31', 1, none)).toBe('2027-01-01');
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s days', (days) => {
    expect(() => addWorkingDays('2026-03-13', days, none)).toThrow(RangeError);
  });
});

describe('workingDaysBetween (rules §7.2)', () => {
  it('counts working days after from, up to and including to', () => {
    expect(workingDaysBetween('2026-03-13', '2026-03-18', none)).toBe(3);
    expect(workingDaysBetween('2026-03-13', '2026-03-15', none)).toBe(0); // only the weekend
    expect(workingDaysBetween('2026-03-12', '2026-03-13', none)).toBe(1);
    expect(workingDaysBetween('2026-03-01', '2026-03-31', none)).toBe(22);
    expect(workingDaysBetween('2025-12-31', '2026-12-31', none)).toBe(261);
  });

  it('is 0 when to is on or before from', () => {
    expect(workingDaysBetween('2026-03-13', '2026-03-13', none)).toBe(0);
    expect(workingDaysBetween('2026-03-18', '2026-03-13', none)).toBe(0);
  });

  it('subtracts holidays on weekdays within the span only', () => {
    const holidays = new Set(['2026-03-13', '2026-03-17', '2026-03-21', '2026-03-25']);
    // (13, 20]: Mon 16, Tue 17 (holiday), Wed 18, Thu 19, Fri 20 → 4; 13 is excluded, 21 is a Saturday.
    expect(workingDaysBetween('2026-03-13', '2026-03-20', holidays)).toBe(4);
    expect(workingDaysBetween('2026-12-31', '2027-01-04', new Set(['2027-01-01']))).toBe(1);
  });

  it('agrees with counting day by day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: -10, max: 60 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
        (offset, span, holidayOffsets) => {
          const from = addCalendarDays('2000-01-01', offset);
          const to = addCalendarDays(from, span);
          const holidays = new Set(holidayOffsets.map((h) => addCalendarDays(from, h)));
          let expected = 0;
          for (let i = 1; i <= span; i++) if (isWorkingDay(addCalendarDays(from, i), holidays)) expected++;
          expect(workingDaysBetween(from, to, holidays)).toBe(expected);
        },
      ),
    );
  });
});

describe('addWorkingDays and workingDaysBetween (properties)', () => {
  const start = fc.integer({ min: 0, max: 40_000 }).map((offset) => addCalendarDays('2000-01-01', offset));
  const holidaysNear = (from: string) =>
    fc
      .uniqueArray(fc.integer({ min: -5, max: 90 }), { maxLength: 15 })
      .map((offsets) => new Set(offsets.map((h) => addCalendarDays(from, h))));
  const scenario = start.chain((from) => fc.tuple(fc.constant(from), holidaysNear(from)));

  it('lands on a working day for n ≥ 1, and workingDaysBetween recovers n', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 60 }), ([from, holidays], n) => {
        const due = addWorkingDays(from, n, holidays);
        if (n >= 1) {
          expect(isWorkingDay(due, holidays)).toBe(true);
          expect(due > from).toBe(true);
        } else {
          expect(due).toBe(from);
        }
        expect(workingDaysBetween(from, due, holidays)).toBe(n);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        ([from, h], n, k) => {
          expect(addWorkingDays(from, n, h) < addWorkingDays(from, n + k, h)).toBe(true);
        },
      ),
    );
  });
});

describe('slaState (rules §7.2)', () => {
  // Received Friday 2026-03-13 with 3 working days: due Wednesday 2026-03-18.
  const open = (today: string, holidays: ReadonlySet<string> = none) =>
    slaState('2026-03-13', 3, today, null, holidays);

  it.each([
    ['2026-03-13', 'ON_TIME', 3],
    ['2026-03-14', 'ON_TIME', 3], // Saturday
    ['2026-03-16', 'ON_TIME', 2],
    ['2026-03-17', 'DUE_SOON', 1],
    ['2026-03-18', 'DUE_SOON', 0],
    ['2026-03-19', 'OVERDUE', -1],
    ['2026-03-23', 'OVERDUE', -3],
  ] as const)('while open, on %s it is %s with %i working days left', (today, state, left) => {
    expect(open(today)).toEqual({ dueOn: '2026-03-18', state, workingDaysLeft: left });
  });

  it('is overdue the day after the due day even when that is a weekend', () => {
    // Received Monday 2026-03-09 with 4 working days: due Friday 2026-03-13; today is Saturday.
    expect(slaState('2026-03-09', 4, '2026-03-14', null, none)).toEqual({
      dueOn: '2026-03-13',
      state: 'OVERDUE',
      workingDaysLeft: 0,
    });
  });

  it('moves the due day past holidays', () => {
    expect(open('2026-03-18', new Set(['2026-03-17']))).toEqual({
      dueOn: '2026-03-19',
      state: 'DUE_SOON',
      workingDaysLeft: 1,
    });
  });

  it('is MET when done on or before the due day and MISSED after it, whatever today is', () => {
    expect(slaState('2026-03-13', 3, '2026-04-30', '2026-03-16', none)).toEqual({
      dueOn: '2026-03-18',
      state: 'MET',
      workingDaysLeft: 2,
    });
    expect(slaState('2026-03-13', 3, '2026-04-30', '2026-03-18', none)).toMatchObject({
      state: 'MET',
      workingDaysLeft: 0,
    });
    expect(slaState('2026-03-13', 3, '2026-04-30', '2026-03-13', none)).toMatchObject({ state: 'MET' });
    expect(slaState('2026-03-13', 3, '2026-03-20', '2026-03-20', none)).toEqual({
      dueOn: '2026-03-18',
      state: 'MISSED',
      workingDaysLeft: -2,
    });
  });

  it('handles a same-day time limit', () => {
    expect(slaState('2026-03-13', 0, '2026-03-13', null, none)).toMatchObject({
      dueOn: '2026-03-13',
      state: 'DUE_SOON',
      workingDaysLeft: 0,
    });
  });

  it('uses the national defaults with a year boundary', () => {
    const holidays = new Set(['2027-01-01']);
    const received = '2026-12-30'; // Wednesday
    expect(slaState(received, COMPLAINT_SLA_DEFAULTS.verificationDays, received, null, holidays)).toEqual({
      dueOn: '2027-01-05',
      state: 'ON_TIME',
      workingDaysLeft: 3,
    });
    expect(slaState(received, COMPLAINT_SLA_DEFAULTS.followUpDays, '2027-01-06', null, holidays)).toEqual({
      dueOn: '2027-01-07',
      state: 'DUE_SOON',
      workingDaysLeft: 1,
    });
  });

  it('rejects malformed input', () => {
    expect(() => slaState('2026-03-13', -1, '2026-03-13', null, none)).toThrow(RangeError);
    expect(() => slaState('2026-03-13', 3, '2026-13-01', null, none)).toThrow(RangeError);
    expect(() => slaState('2026-03-13', 3, '2026-03-13', '2026-02-30', none)).toThrow(RangeError);
    expect(() => slaState('2026-03-13', 3, '2026-03-13', '2026-03-12', none)).toThrow(RangeError);
  });

  it('is consistent with the due date and the working-day count (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 80 }),
        fc.option(fc.integer({ min: 0, max: 80 })),
        (offset, slaDays, todayOffset, doneOffset) => {
          const received = addCalendarDays('2000-01-01', offset);
          const today = addCalendarDays(received, todayOffset);
          const doneOn = doneOffset === null ? null : addCalendarDays(received, doneOffset);
          const r = slaState(received, slaDays, today, doneOn, none);
          expect(r.dueOn).toBe(addWorkingDays(received, slaDays, none));
          const ref = doneOn ?? today;
          if (ref <= r.dueOn) expect(r.workingDaysLeft).toBe(workingDaysBetween(ref, r.dueOn, none));
          else expect(r.workingDaysLeft).toBe(0 - workingDaysBetween(r.dueOn, ref, none));
          if (doneOn !== null) expect(r.state).toBe(doneOn <= r.dueOn ? 'MET' : 'MISSED');
          else if (today > r.dueOn) expect(r.state).toBe('OVERDUE');
          else expect(r.state).toBe(r.workingDaysLeft <= 1 ? 'DUE_SOON' : 'ON_TIME');
        },
      ),
    );
  });
});

describe('complaint constants (rules §7.2)', () => {
  it('has the national time limits, categories and labels', () => {
    expect(COMPLAINT_SLA_DEFAULTS).toEqual({ verificationDays: 3, followUpDays: 5 });
    expect(COMPLAINT_CATEGORIES).toEqual(['ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI']);
    expect(COMPLAINT_CATEGORY_LABELS).toEqual({
      ASPIRASI: 'Aspirasi',
      PENGADUAN: 'Pengaduan',
      PERMINTAAN_INFORMASI: 'Permintaan Informasi',
    });
    expect(Object.keys(SLA_STATE_LABELS)).toEqual([...SLA_STATES]);
  });
});

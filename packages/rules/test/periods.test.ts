import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  DEFAULT_FILLING_DAYS,
  daysUntil,
  defaultSkpDeadline,
  generatePeriods,
  isPastDeadline,
  localDate,
  PERIOD_KINDS,
  type PeriodPlan,
  periodContaining,
} from '../src/periods.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('generatePeriods (rules §2)', () => {
  it.each([
    [false, false, 1],
    [true, false, 13],
    [false, true, 5],
    [true, true, 17],
  ])('monthly=%s quarterly=%s gives %i periods', (monthly, quarterly, count) => {
    expect(generatePeriods(2027, { monthly, quarterly })).toHaveLength(count);
  });

  it('always has one annual period spanning the calendar year', () => {
    const annual = generatePeriods(2027, { monthly: true, quarterly: true }).filter(
      (p) => p.kind === 'ANNUAL',
    );
    expect(annual).toEqual([
      {
        kind: 'ANNUAL',
        seq: 1,
        name: 'Tahunan 2027',
        start: '2027-01-01',
        end: '2027-12-31',
        fillDeadline: '2028-01-05',
        final: false,
      },
    ]);
  });

  it('names months in Indonesian and gives February 29 days in a leap year', () => {
    const months = generatePeriods(2028, { monthly: true, quarterly: false }).filter(
      (p) => p.kind === 'MONTH',
    );
    expect(months.map((p) => p.name)).toEqual([
      'Januari 2028',
      'Februari 2028',
      'Maret 2028',
      'April 2028',
      'Mei 2028',
      'Juni 2028',
      'Juli 2028',
      'Agustus 2028',
      'September 2028',
      'Oktober 2028',
      'November 2028',
      'Desember 2028',
    ]);
    expect(months[1]).toMatchObject({
      seq: 2,
      start: '2028-02-01',
      end: '2028-02-29',
      fillDeadline: '2028-03-05',
    });
  });

  it('gives February 28 days in a common year', () => {
    const feb = generatePeriods(2027, { monthly: true, quarterly: false }).find(
      (p) => p.kind === 'MONTH' && p.seq === 2,
    );
    expect(feb).toMatchObject({ start: '2027-02-01', end: '2027-02-28', fillDeadline: '2027-03-05' });
  });

  it('treats 2000 as a leap year and 2100 as a common year', () => {
    const feb = (year: number) =>
      generatePeriods(year, { monthly: true, quarterly: false }).find(
        (p) => p.kind === 'MONTH' && p.seq === 2,
      )?.end;
    expect(feb(2000)).toBe('2000-02-29');
    expect(feb(2100)).toBe('2100-02-28');
  });

  it('cuts the year into four quarters at the calendar boundaries', () => {
    const quarters = generatePeriods(2027, { monthly: false, quarterly: true }).filter(
      (p) => p.kind === 'QUARTER',
    );
    expect(quarters.map(({ seq, name, start, end }) => ({ seq, name, start, end }))).toEqual([
      { seq: 1, name: 'Triwulan I 2027', start: '2027-01-01', end: '2027-03-31' },
      { seq: 2, name: 'Triwulan II 2027', start: '2027-04-01', end: '2027-06-30' },
      { seq: 3, name: 'Triwulan III 2027', start: '2027-07-01', end: '2027-09-30' },
      { seq: 4, name: 'Triwulan IV 2027', start: '2027-10-01', end: '2027-12-31' },
    ]);
  });

  it('sorts ANNUAL, QUARTER, MONTH, then by seq', () => {
    const periods = generatePeriods(2027, { monthly: true, quarterly: true });
    expect(periods.map((p) => `${p.kind}${p.seq}`)).toEqual([
      'ANNUAL1',
      ...[1, 2, 3, 4].map((q) => `QUARTER${q}`),
      ...Array.from({ length: 12 }, (_, i) => `MONTH${i + 1}`),
    ]);
    const order = (p: PeriodPlan) => PERIOD_KINDS.indexOf(p.kind) * 100 + p.seq;
    expect([...periods].sort((a, b) => order(a) - order(b))).toEqual(periods);
  });

  it.each([
    [true, true, 'MONTH', 12],
    [true, false, 'MONTH', 12],
    [false, true, 'QUARTER', 4],
    [false, false, 'ANNUAL', 1],
  ] as const)('monthly=%s quarterly=%s: the final period is %s %i', (monthly, quarterly, kind, seq) => {
    const finals = generatePeriods(2027, { monthly, quarterly }).filter((p) => p.final);
    expect(finals).toHaveLength(1);
    expect(finals[0]).toMatchObject({ kind, seq });
  });

  it('puts the filling deadline fillingDays after the end, crossing into the next year', () => {
    const periods = generatePeriods(2027, { monthly: true, quarterly: true });
    const dec = periods.find((p) => p.kind === 'MONTH' && p.seq === 12);
    const q4 = periods.find((p) => p.kind === 'QUARTER' && p.seq === 4);
    expect(DEFAULT_FILLING_DAYS).toBe(5);
    expect(dec?.fillDeadline).toBe('2028-01-05');
    expect(q4?.fillDeadline).toBe('2028-01-05');
    const jan = generatePeriods(2027, { monthly: true, quarterly: false, fillingDays: 10 })[1];
    expect(jan).toMatchObject({ kind: 'MONTH', seq: 1, end: '2027-01-31', fillDeadline: '2027-02-10' });
    const sameDay = generatePeriods(2027, { monthly: false, quarterly: false, fillingDays: 0 })[0];
    expect(sameDay?.fillDeadline).toBe('2027-12-31');
    const longest = generatePeriods(2027, { monthly: false, quarterly: false, fillingDays: 60 })[0];
    expect(longest?.fillDeadline).toBe('2028-02-29');
  });

  it.each([
    [1999, {}],
    [2101, {}],
    [2027.5, {}],
    [Number.NaN, {}],
    [2027, { fillingDays: -1 }],
    [2027, { fillingDays: 61 }],
    [2027, { fillingDays: 1.5 }],
    [2027, { fillingDays: Number.POSITIVE_INFINITY }],
  ])('rejects year %s with options %o', (year, extra) => {
    expect(() => generatePeriods(year, { monthly: true, quarterly: false, ...extra })).toThrow(RangeError);
  });

  it('accepts the bounds of the year and filling-day ranges', () => {
    expect(generatePeriods(2000, { monthly: false, quarterly: false, fillingDays: 0 })).toHaveLength(1);
    expect(generatePeriods(2100, { monthly: false, quarterly: false, fillingDays: 60 })).toHaveLength(1);
  });
});

describe('periodContaining', () => {
  const periods = generatePeriods(2028, { monthly: true, quarterly: true });

  it('finds the period of the given kind, with inclusive bounds', () => {
    expect(periodContaining('2028-02-29', periods, 'MONTH')?.name).toBe('Februari 2028');
    expect(periodContaining('2028-03-31', periods, 'QUARTER')?.name).toBe('Triwulan I 2028');
    expect(periodContaining('2028-04-01', periods, 'QUARTER')?.name).toBe('Triwulan II 2028');
    expect(periodContaining('2028-12-31', periods, 'ANNUAL')?.name).toBe('Tahunan 2028');
    expect(periodContaining('2028-01-01', periods, 'MONTH')?.name).toBe('Januari 2028');
  });

  it('returns null outside the year, for a kind not generated, or for a malformed date', () => {
    expect(periodContaining('2027-12-31', periods, 'MONTH')).toBeNull();
    expect(periodContaining('2029-01-01', periods, 'ANNUAL')).toBeNull();
    const annualOnly = generatePeriods(2028, { monthly: false, quarterly: false });
    expect(periodContaining('2028-06-15', annualOnly, 'QUARTER')).toBeNull();
    expect(periodContaining('15/06/2028', periods, 'MONTH')).toBeNull();
  });

  it('finds exactly one month and one quarter for every day of the year, and months tile the year (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 0, max: 365 }),
        fc.integer({ min: 0, max: 60 }),
        (year, offset, fillingDays) => {
          const all = generatePeriods(year, { monthly: true, quarterly: true, fillingDays });
          const yearDays = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
          const date = iso(new Date(Date.UTC(year, 0, 1 + (offset % yearDays))));
          for (const kind of ['MONTH', 'QUARTER', 'ANNUAL'] as const) {
            const matches = all.filter((p) => p.kind === kind && p.start <= date && date <= p.end);
            expect(matches).toHaveLength(1);
            expect(periodContaining(date, all, kind)).toBe(matches[0]);
          }
          const month = periodContaining(date, all, 'MONTH');
          expect(month?.seq).toBe(Number(date.slice(5, 7)));

          const months = all.filter((p) => p.kind === 'MONTH');
          expect(months[0]?.start).toBe(`${year}-01-01`);
          expect(months.at(-1)?.end).toBe(`${year}-12-31`);
          for (let i = 1; i < months.length; i++) {
            const prev = months[i - 1] as PeriodPlan;
            const cur = months[i] as PeriodPlan;
            expect(addCalendarDays(prev.end, 1)).toBe(cur.start);
          }
          for (const p of all) {
            expect(p.start <= p.end).toBe(true);
            expect(p.fillDeadline).toBe(addCalendarDays(p.end, fillingDays));
          }
        },
      ),
    );
  });
});

describe('deadlines (rules §2)', () => {
  it('defaults the SKP deadline to the end of January', () => {
    expect(defaultSkpDeadline(2027)).toBe('2027-01-31');
  });

  it.each([
    ['Asia/Jakarta', '2027-01-31T16:59:59Z', '2027-01-31T17:00:00Z'], // WIB, UTC+7
    ['Asia/Makassar', '2027-01-31T15:59:59Z', '2027-01-31T16:00:00Z'], // WITA, UTC+8
    ['Asia/Jayapura', '2027-01-31T14:59:59Z', '2027-01-31T15:00:00Z'], // WIT, UTC+9
  ])('in %s the deadline day ends at local midnight', (zone, lastMoment, firstPastMoment) => {
    expect(isPastDeadline(new Date(lastMoment), '2027-01-31', zone)).toBe(false);
    expect(isPastDeadline(new Date(firstPastMoment), '2027-01-31', zone)).toBe(true);
    expect(daysUntil(new Date(lastMoment), '2027-01-31', zone)).toBe(0);
    expect(daysUntil(new Date(firstPastMoment), '2027-01-31', zone)).toBe(-1);
    expect(localDate(new Date(lastMoment), zone)).toBe('2027-01-31');
    expect(localDate(new Date(firstPastMoment), zone)).toBe('2027-02-01');
  });

  it('is not past early on the deadline day in local time even when UTC is still the day before', () => {
    // 2027-01-30T17:00Z is 00:00 WIB on the 31st.
    expect(localDate(new Date('2027-01-30T17:00:00Z'), 'Asia/Jakarta')).toBe('2027-01-31');
    expect(isPastDeadline(new Date('2027-01-30T17:00:00Z'), '2027-01-31', 'Asia/Jakarta')).toBe(false);
  });

  it('counts calendar days to the deadline, across months and years', () => {
    const now = new Date('2026-12-31T20:00:00Z'); // 2027-01-01 03:00 WIB
    expect(daysUntil(now, '2027-01-31', 'Asia/Jakarta')).toBe(30);
    expect(daysUntil(now, '2027-01-31', 'UTC')).toBe(31);
    expect(daysUntil(new Date('2028-03-01T05:00:00Z'), '2028-02-28', 'Asia/Jakarta')).toBe(-2);
  });

  it('rejects a malformed deadline or an unknown time zone', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    expect(() => isPastDeadline(now, '2027-02-30', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => isPastDeadline(now, '31/01/2027', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => daysUntil(now, '2027-01-31', 'Asia/Nowhere')).toThrow(RangeError);
  });

  it('agrees with UTC arithmetic for a fixed-offset zone (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        const now = new Date(ms);
        expect(localDate(now, 'Asia/Jayapura')).toBe(iso(new Date(ms + 9 * 3_600_000)));
        const deadline = iso(new Date(ms + 7 * 3_600_000)); // today in WIB
        expect(daysUntil(now, deadline, 'Asia/Jakarta')).toBe(0);
        expect(isPastDeadline(now, deadline, 'Asia/Jakarta')).toBe(false);
        expect(isPastDeadline(now, addCalendarDays(deadline, -1), 'Asia/Jakarta')).toBe(true);
      }),
    );
  });
});

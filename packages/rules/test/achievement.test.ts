import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_CAP,
  defaultDirection,
  IKI_ASPECTS,
  indicatorAchievement,
  isLateSubmission,
  meanAchievement,
  type TargetDirection,
} from '../src/index.ts';

describe('indicatorAchievement', () => {
  it.each([
    // direction, target, realisation, percent, level
    ['AT_LEAST', 12, 12, 100, 'MEETS'],
    ['AT_LEAST', 12, 6, 50, 'BELOW'],
    ['AT_LEAST', 12, 15, 125, 'ABOVE'],
    ['AT_LEAST', 10, 100, ACHIEVEMENT_CAP, 'ABOVE'],
    ['AT_LEAST', 0, 0, 100, 'MEETS'],
    ['AT_LEAST', 0, 5, 100, 'MEETS'],
    ['AT_LEAST', 3, 1, 33.3, 'BELOW'],
    ['AT_MOST', 12, 12, 100, 'MEETS'],
    ['AT_MOST', 12, 9, 125, 'ABOVE'],
    ['AT_MOST', 12, 15, 75, 'BELOW'],
    ['AT_MOST', 12, 30, 0, 'BELOW'],
    ['AT_MOST', 100, 0, ACHIEVEMENT_CAP, 'ABOVE'],
    ['AT_MOST', 0, 0, 100, 'MEETS'],
    ['AT_MOST', 0, 1, 0, 'BELOW'],
  ] as const)('%s target %d realisasi %d → %d%% %s', (direction, target, realisation, percent, level) => {
    expect(indicatorAchievement({ direction, target, realisation })).toEqual({ percent, level });
  });

  it('has no achievement without a numeric target or realisasi, or with negative numbers', () => {
    const none = { percent: null, level: null };
    expect(indicatorAchievement({ direction: 'AT_LEAST', target: null, realisation: 3 })).toEqual(none);
    expect(indicatorAchievement({ direction: 'AT_LEAST', target: 3, realisation: null })).toEqual(none);
    expect(indicatorAchievement({ direction: 'AT_MOST', target: -1, realisation: 3 })).toEqual(none);
    expect(indicatorAchievement({ direction: 'AT_MOST', target: 1, realisation: Number.NaN })).toEqual(none);
  });

  it('the usual direction per aspek: less is better only for waktu and biaya', () => {
    expect(IKI_ASPECTS.map((a) => [a, defaultDirection(a)])).toEqual([
      ['KUANTITAS', 'AT_LEAST'],
      ['KUALITAS', 'AT_LEAST'],
      ['WAKTU', 'AT_MOST'],
      ['BIAYA', 'AT_MOST'],
    ]);
  });

  const direction = fc.constantFrom<TargetDirection>('AT_LEAST', 'AT_MOST');
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true });

  it('every aspek and direction: percent within 0..cap, level consistent with it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IKI_ASPECTS), direction, amount, amount, (aspect, dir, target, real) => {
        const a = indicatorAchievement({
          direction: dir ?? defaultDirection(aspect),
          target,
          realisation: real,
        });
        expect(a.percent).not.toBeNull();
        const p = a.percent as number;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(ACHIEVEMENT_CAP);
        expect(a.level).toBe(p > 100 ? 'ABOVE' : p === 100 ? 'MEETS' : 'BELOW');
      }),
    );
  });

  it('meeting the target exactly is 100% in both directions', () => {
    fc.assert(
      fc.property(direction, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (dir, target) => {
        expect(indicatorAchievement({ direction: dir, target, realisation: target }).percent).toBe(100);
      }),
    );
  });

  it('more realisasi never lowers AT_LEAST and never raises AT_MOST', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e5, noNaN: true }), amount, amount, (target, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const at = (dir: TargetDirection, r: number) =>
          indicatorAchievement({ direction: dir, target, realisation: r }).percent as number;
        expect(at('AT_LEAST', hi)).toBeGreaterThanOrEqual(at('AT_LEAST', lo));
        expect(at('AT_MOST', hi)).toBeLessThanOrEqual(at('AT_MOST', lo));
      }),
    );
  });

  it('the mean skips indicators without a number', () => {
    expect(meanAchievement([])).toBeNull();
    expect(meanAchievement([{ percent: null, level: null }])).toBeNull();
    expect(
      meanAchievement([
        { percent: 100, level: 'MEETS' },
        { percent: 50, level: 'BELOW' },
        { percent: null, level: null },
      ]),
    ).toBe(75);
  });
});

describe('isLateSubmission: the batas pengisian is a whole calendar day in the agency time zone', () => {
  it.each([
    // instant (UTC), deadline, zone, late
    ['2027-02-05T16:59:59Z', '2027-02-05', 'Asia/Jakarta', false], // 23:59:59 WIB
    ['2027-02-05T17:00:00Z', '2027-02-05', 'Asia/Jakarta', true], // 00:00 WIB next day
    ['2027-02-05T15:59:59Z', '2027-02-05', 'Asia/Makassar', false], // 23:59:59 WITA
    ['2027-02-05T16:00:00Z', '2027-02-05', 'Asia/Makassar', true],
    ['2027-02-05T14:59:59Z', '2027-02-05', 'Asia/Jayapura', false], // 23:59:59 WIT
    ['2027-02-05T15:00:00Z', '2027-02-05', 'Asia/Jayapura', true],
    ['2027-02-04T20:00:00Z', '2027-02-05', 'Asia/Jakarta', false],
  ])('%s against %s in %s → late %s', (instant, deadline, zone, late) => {
    expect(isLateSubmission(new Date(instant), deadline, zone)).toBe(late);
  });
});

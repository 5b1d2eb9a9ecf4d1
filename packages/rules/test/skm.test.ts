import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageBand,
  aggregateResponses,
  computeIkm,
  KREJCIE_MORGAN,
  krejcieMorgan,
  RESPONDENT_PROFILE,
  roundIkm,
  SKM_GRADE_LABELS,
  SKM_UNSUR,
  SKM_UNSUR_CODES,
  SKM_WEIGHT_RULE_LABELS,
  SKM_WEIGHT_RULES,
  type SkmResponse,
  type SkmScore,
  type SkmTotals,
  type SkmUnsurCode,
  skmGrade,
  skmSampleCheck,
  skmUnsur,
  skmWeight,
} from '../src/skm.ts';

/** Totals where every unsur has `count` answers summing to `sum`. */
const uniform = (sum: number, count: number): SkmTotals => ({
  sums: Object.fromEntries(SKM_UNSUR_CODES.map((c) => [c, sum])) as Record<SkmUnsurCode, number>,
  counts: Object.fromEntries(SKM_UNSUR_CODES.map((c) => [c, count])) as Record<SkmUnsurCode, number>,
});

/** A full response giving every unsur the same score. */
const all = (score: SkmScore): SkmResponse =>
  Object.fromEntries(SKM_UNSUR_CODES.map((c) => [c, score])) as SkmResponse;

describe('SKM unsur (rules §7.1)', () => {
  it('lists the nine unsur in order U1..U9 with their names', () => {
    expect(SKM_UNSUR.map((u) => u.code)).toEqual([...SKM_UNSUR_CODES]);
    expect(SKM_UNSUR.map((u) => `${u.code} ${u.name}`)).toEqual([
      'U1 Persyaratan',
      'U2 Sistem, Mekanisme, dan Prosedur',
      'U3 Waktu Penyelesaian',
      'U4 Biaya/Tarif',
      'U5 Produk Spesifikasi Jenis Pelayanan',
      'U6 Kompetensi Pelaksana',
      'U7 Perilaku Pelaksana',
      'U8 Penanganan Pengaduan, Saran dan Masukan',
      'U9 Sarana dan Prasarana',
    ]);
  });

  it('gives the default answer wording for scores 1..4', () => {
    expect(Object.fromEntries(SKM_UNSUR.map((u) => [u.code, u.answers]))).toEqual({
      U1: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      U2: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      U3: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      U4: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
      U5: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      U6: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      U7: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      U8: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      U9: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
    });
  });

  it('looks an unsur up by code', () => {
    expect(skmUnsur('U8').name).toBe('Penanganan Pengaduan, Saran dan Masukan');
    expect(() => skmUnsur('U10' as SkmUnsurCode)).toThrow(RangeError);
  });
});

describe('skmWeight', () => {
  it('gives 1/9, 0.111 and 0.11, each with a label for the report', () => {
    expect(SKM_WEIGHT_RULES).toEqual(['EXACT', 'THREE_DECIMALS', 'TWO_DECIMALS']);
    expect(skmWeight('EXACT')).toBe(1 / 9);
    expect(skmWeight('THREE_DECIMALS')).toBe(0.111);
    expect(skmWeight('TWO_DECIMALS')).toBe(0.11);
    expect(SKM_WEIGHT_RULE_LABELS).toEqual({
      EXACT: '1/9 (eksak)',
      THREE_DECIMALS: '0,111',
      TWO_DECIMALS: '0,11',
    });
  });
});

describe('skmGrade (rules §7.1, Permenpan-RB 14/2017)', () => {
  it.each([
    [64.99, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.31, 'A'],
    [64.994, 'D'], // rounds to 64.99
    [64.995, 'C'], // rounds to 65.00
    [76.604, 'C'],
    [76.605, 'B'], // rounds to 76.61
    [88.304, 'B'],
    [88.305, 'A'], // rounds to 88.31
    [100, 'A'],
    [25, 'D'],
  ] as const)('grades %s as %s', (ikm, grade) => {
    expect(skmGrade(ikm)).toBe(grade);
  });

  it('labels the grades in Indonesian', () => {
    expect(SKM_GRADE_LABELS).toEqual({ A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' });
  });

  it('rejects a value that is not finite or rounds outside 25..100', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 24.99, 100.01, 0, -50]) {
      expect(() => skmGrade(bad)).toThrow(RangeError);
    }
    expect(skmGrade(24.995)).toBe('D'); // rounds to 25.00
    expect(skmGrade(100.004)).toBe('A'); // rounds to 100.00
  });
});

describe('roundIkm', () => {
  it('rounds half up on the decimal value, despite binary floating point', () => {
    // 32.035 * 100 is 3203.4999999999995 in binary floating point: a naive Math.round gives 32.03.
    expect(Math.round(32.035 * 100) / 100).toBe(32.03);
    expect(roundIkm(32.035)).toBe(32.04);
    expect(roundIkm(64.995)).toBe(65);
    expect(roundIkm(64.994)).toBe(64.99);
    expect(roundIkm(85.87962962962963)).toBe(85.88);
    expect(() => roundIkm(Number.NaN)).toThrow(RangeError);
  });

  it('rounds every written value x.xx5 in 25..100 up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2500, max: 9999 }), (h) => {
        const written = Number(`${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}5`);
        expect(roundIkm(written)).toBe((h + 1) / 100);
        const justBelow = Number(`${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}4`);
        expect(roundIkm(justBelow)).toBe(h / 100);
      }),
    );
  });
});

describe('computeIkm (rules §7.1)', () => {
  it('all answers 3: NRR 3, SKM 3, IKM 75.00 (C); with 0.11 the IKM is 74.25', () => {
    const totals = aggregateResponses([all(3), all(3), all(3)]);
    const exact = computeIkm(totals);
    expect(exact.weightRule).toBe('EXACT');
    expect(exact.weight).toBe(1 / 9);
    expect(exact.missing).toEqual([]);
    expect(exact.perUnsur.map((u) => u.nrr)).toEqual(Array(9).fill(3));
    expect(exact.perUnsur.every((u) => u.ikmScale === 75 && u.grade === 'C')).toBe(true);
    expect(exact.perUnsur[0]?.nrrWeighted).toBeCloseTo(1 / 3, 12);
    expect(exact.skm).toBe(3);
    expect(exact.ikm).toBe(75);
    expect(exact.grade).toBe('C');

    const two = computeIkm(totals, 'TWO_DECIMALS');
    expect(two.weight).toBe(0.11);
    expect(two.weightRule).toBe('TWO_DECIMALS');
    expect(two.perUnsur[0]?.nrrWeighted).toBeCloseTo(0.33, 12);
    expect(two.skm).toBeCloseTo(2.97, 12);
    expect(two.ikm).toBeCloseTo(74.25, 10);
    expect(roundIkm(two.ikm ?? 0)).toBe(74.25);
    expect(two.grade).toBe('C');

    const three = computeIkm(totals, 'THREE_DECIMALS');
    expect(three.ikm).toBeCloseTo(74.925, 10);
  });

  it('all answers 4: IKM 100.00 (A); with 0.11 it is 99.00', () => {
    const totals = aggregateResponses([all(4), all(4)]);
    expect(computeIkm(totals)).toMatchObject({ skm: 4, ikm: 100, grade: 'A' });
    const two = computeIkm(totals, 'TWO_DECIMALS');
    expect(two.ikm).toBeCloseTo(99, 10);
    expect(two.grade).toBe('A');
  });

  it('all answers 1: IKM 25.00 (D)', () => {
    expect(computeIkm(aggregateResponses([all(1)]))).toMatchObject({ skm: 1, ikm: 25, grade: 'D' });
  });

  it('computes a mixed example by hand, with per-unsur counts when respondents skip an unsur', () => {
    // Four respondents; respondent 3 skips U8, respondent 4 skips U8 and U9.
    //        U1 U2 U3 U4 U5 U6 U7 U8 U9
    // R1      4  3  2  4  3  3  4  2  3
    // R2      4  3  3  4  4  3  4  3  3
    // R3      3  3  3  4  3  4  4  -  2
    // R4      3  3  2  4  4  4  3  -  -
    // NRR:  U1 14/4 = 3.5, U2 12/4 = 3, U3 10/4 = 2.5, U4 16/4 = 4, U5 14/4 = 3.5, U6 14/4 = 3.5,
    //       U7 15/4 = 3.75, U8 5/2 = 2.5, U9 8/3 = 2.6667
    // Σ NRR = 3.5 + 3 + 2.5 + 4 + 3.5 + 3.5 + 3.75 + 2.5 + 8/3 = 26.25 + 8/3 = 86.75/3 = 28.91667
    // SKM (1/9) = 86.75/27 = 3.212963…; IKM = 25 × 86.75/27 = 80.3241… → 80.32 (B)
    // SKM (0.11) = 0.11 × 86.75/3 = 3.180833…; IKM = 79.5208… → 79.52 (B) = 80.3241… × 0.99
    // SKM (0.111): IKM = 25 × 0.111 × 86.75/3 = 2.775 × 28.91667 = 80.24375 → 80.24 (B)
    const responses: SkmResponse[] = [
      { U1: 4, U2: 3, U3: 2, U4: 4, U5: 3, U6: 3, U7: 4, U8: 2, U9: 3 },
      { U1: 4, U2: 3, U3: 3, U4: 4, U5: 4, U6: 3, U7: 4, U8: 3, U9: 3 },
      { U1: 3, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U9: 2 },
      { U1: 3, U2: 3, U3: 2, U4: 4, U5: 4, U6: 4, U7: 3 },
    ];
    const totals = aggregateResponses(responses);
    expect(totals.sums).toEqual({ U1: 14, U2: 12, U3: 10, U4: 16, U5: 14, U6: 14, U7: 15, U8: 5, U9: 8 });
    expect(totals.counts).toEqual({ U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 2, U9: 3 });

    const exact = computeIkm(totals);
    const byCode = Object.fromEntries(exact.perUnsur.map((u) => [u.code, u]));
    expect(exact.perUnsur.map((u) => u.nrr)).toEqual([3.5, 3, 2.5, 4, 3.5, 3.5, 3.75, 2.5, 8 / 3]);
    expect(exact.perUnsur.map((u) => u.grade)).toEqual(['B', 'C', 'D', 'A', 'B', 'B', 'A', 'D', 'C']);
    expect(byCode.U9?.ikmScale).toBeCloseTo(66.6667, 4);
    expect(byCode.U7?.ikmScale).toBe(93.75);
    expect(byCode.U1?.nrrWeighted).toBeCloseTo(3.5 / 9, 12);
    expect(exact.skm).toBeCloseTo(86.75 / 27, 12);
    expect(exact.ikm).toBeCloseTo(80.324074, 6);
    expect(roundIkm(exact.ikm ?? 0)).toBe(80.32);
    expect(exact.grade).toBe('B');

    const two = computeIkm(totals, 'TWO_DECIMALS');
    expect(two.skm).toBeCloseTo(3.180833, 6);
    expect(two.ikm).toBeCloseTo((exact.ikm ?? 0) * 0.99, 10);
    expect(roundIkm(two.ikm ?? 0)).toBe(79.52);
    expect(two.grade).toBe('B');
    expect(two.perUnsur.map((u) => u.nrr)).toEqual(exact.perUnsur.map((u) => u.nrr));
    expect(two.perUnsur.map((u) => u.grade)).toEqual(exact.perUnsur.map((u) => u.grade));

    const three = computeIkm(totals, 'THREE_DECIMALS');
    expect(roundIkm(three.ikm ?? 0)).toBe(80.24);
  });

  it('can drop a grade under 0.11: exact IKM 77.00 (B) becomes 76.23 (C)', () => {
    const totals = uniform(308, 100); // NRR 3.08 on every unsur
    const exact = computeIkm(totals);
    expect(exact.ikm).toBeCloseTo(77, 10);
    expect(exact.grade).toBe('B');
    const two = computeIkm(totals, 'TWO_DECIMALS');
    expect(roundIkm(two.ikm ?? 0)).toBe(76.23);
    expect(two.grade).toBe('C');
    expect(computeIkm(totals, 'THREE_DECIMALS').grade).toBe('B'); // 76.923
  });

  it('feeds from database aggregates over a million responses', () => {
    // 1,000,000 respondents; mean 3.25 on every unsur except U8 (answered by 400,000, mean 2.5).
    const totals = uniform(3_250_000, 1_000_000);
    totals.sums.U8 = 1_000_000;
    totals.counts.U8 = 400_000;
    const result = computeIkm(totals);
    // Σ NRR = 8 × 3.25 + 2.5 = 28.5; SKM = 28.5/9 = 3.1667; IKM = 79.1667 → 79.17 (B).
    expect(result.perUnsur.find((u) => u.code === 'U8')).toMatchObject({
      nrr: 2.5,
      ikmScale: 62.5,
      grade: 'D',
    });
    expect(result.ikm).toBeCloseTo(79.16667, 5);
    expect(result.grade).toBe('B');
  });

  it('is not computable when an unsur has no answers, but still reports the answered unsur', () => {
    const responses: SkmResponse[] = [
      { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U9: 4 },
      { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U9: 3 },
    ];
    const result = computeIkm(aggregateResponses(responses));
    expect(result).toMatchObject({ missing: ['U8'], skm: null, ikm: null, grade: null });
    expect(result.perUnsur.find((u) => u.code === 'U8')).toEqual({
      code: 'U8',
      nrr: null,
      nrrWeighted: null,
      ikmScale: null,
      grade: null,
    });
    expect(result.perUnsur.find((u) => u.code === 'U1')).toMatchObject({
      nrr: 3.5,
      ikmScale: 87.5,
      grade: 'B',
    });

    const none = computeIkm(aggregateResponses([]));
    expect(none.missing).toEqual([...SKM_UNSUR_CODES]);
    expect(none.ikm).toBeNull();
  });

  it('rejects impossible totals', () => {
    const bad = (mutate: (t: SkmTotals) => void) => {
      const t = uniform(30, 10);
      mutate(t);
      return () => computeIkm(t);
    };
    expect(bad(() => {})).not.toThrow();
    expect(bad((t) => (t.counts.U3 = -1))).toThrow(RangeError);
    expect(bad((t) => (t.counts.U3 = 2.5))).toThrow(RangeError);
    expect(bad((t) => (t.sums.U3 = 9))).toThrow(RangeError); // below count × 1
    expect(bad((t) => (t.sums.U3 = 41))).toThrow(RangeError); // above count × 4
    expect(bad((t) => (t.sums.U3 = 30.5))).toThrow(RangeError);
    expect(
      bad((t) => {
        t.counts.U3 = 0;
        t.sums.U3 = 1;
      }),
    ).toThrow(RangeError);
    expect(bad((t) => delete (t.sums as Partial<Record<SkmUnsurCode, number>>).U9)).toThrow(RangeError);
  });

  it('0.11 gives exactly 99% and 0.111 99.9% of the exact IKM, within 25..100 (property)', () => {
    const unsurTotals = fc
      .integer({ min: 1, max: 1_000_000 })
      .chain((count) => fc.tuple(fc.constant(count), fc.integer({ min: count, max: 4 * count })));
    fc.assert(
      fc.property(fc.array(unsurTotals, { minLength: 9, maxLength: 9 }), (pairs) => {
        const totals: SkmTotals = uniform(0, 0);
        SKM_UNSUR_CODES.forEach((code, i) => {
          const [count, sum] = pairs[i] as [number, number];
          totals.counts[code] = count;
          totals.sums[code] = sum;
        });
        const exact = computeIkm(totals);
        const ikm = exact.ikm as number;
        expect(ikm).toBeGreaterThanOrEqual(25 - 1e-9);
        expect(ikm).toBeLessThanOrEqual(100 + 1e-9);
        expect(exact.grade).toBe(skmGrade(ikm));
        const nrrSum = exact.perUnsur.reduce((s, u) => s + (u.nrr as number), 0);
        expect(ikm).toBeCloseTo((nrrSum / 9) * 25, 9);
        expect(computeIkm(totals, 'TWO_DECIMALS').ikm).toBeCloseTo(ikm * 0.99, 9);
        expect(computeIkm(totals, 'THREE_DECIMALS').ikm).toBeCloseTo(ikm * 0.999, 9);
      }),
    );
  });
});

describe('aggregateResponses', () => {
  it('keys answers by unsur code, not by position', () => {
    const a = aggregateResponses([{ U1: 2, U8: 3, U9: 4 }]);
    const b = aggregateResponses([{ U9: 4, U8: 3, U1: 2 }]);
    expect(a).toEqual(b);
    expect(a.sums).toMatchObject({ U1: 2, U8: 3, U9: 4, U2: 0 });
    expect(a.counts).toMatchObject({ U1: 1, U8: 1, U9: 1, U2: 0 });
  });

  it('treats an undefined answer as skipped', () => {
    expect(aggregateResponses([{ U1: undefined, U2: 1 }]).counts).toMatchObject({ U1: 0, U2: 1 });
  });

  it.each([0, 5, 2.5, -1, Number.NaN, null, '3'])('rejects the score %s', (score) => {
    const response = { U1: 3, U4: score } as unknown as SkmResponse;
    expect(() => aggregateResponses([all(3), response])).toThrow(RangeError);
  });
});

describe('krejcieMorgan (rules §7.1)', () => {
  it('uses χ² = 3.841, P = 0.5, d = 0.05', () => {
    expect(KREJCIE_MORGAN).toEqual({ chiSquare: 3.841, p: 0.5, d: 0.05 });
  });

  it.each([
    [10, 10],
    [20, 19],
    [30, 28],
    [50, 44],
    [100, 80],
    [220, 140],
    [300, 169],
    [500, 217],
    [1000, 278],
    [1200, 291],
    [2000, 322],
    [10000, 370],
    [1000000, 384],
  ])('reproduces the published table: N = %i → %i', (n, s) => {
    expect(krejcieMorgan(n)).toBe(s);
  });

  it('needs every user of a tiny population', () => {
    expect(krejcieMorgan(1)).toBe(1);
    expect(krejcieMorgan(2)).toBe(2);
    expect(krejcieMorgan(5)).toBe(5);
  });

  it.each([0, -10, 10.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects N = %s', (n) => {
    expect(() => krejcieMorgan(n)).toThrow(RangeError);
  });

  it('is monotone non-decreasing in N, at most 384 and at most N (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (n, k) => {
          const s = krejcieMorgan(n);
          expect(s).toBeLessThanOrEqual(384);
          expect(s).toBeLessThanOrEqual(n);
          expect(s).toBeGreaterThanOrEqual(1);
          expect(krejcieMorgan(n + k)).toBeGreaterThanOrEqual(s);
          expect(krejcieMorgan(n + 1)).toBeGreaterThanOrEqual(s);
        },
      ),
    );
  });

  it('says whether a sample reached the minimum', () => {
    expect(skmSampleCheck(277, 1000)).toEqual({ required: 278, respondents: 277, reached: false });
    expect(skmSampleCheck(278, 1000)).toEqual({ required: 278, respondents: 278, reached: true });
    expect(() => skmSampleCheck(-1, 1000)).toThrow(RangeError);
    expect(() => skmSampleCheck(10, 0)).toThrow(RangeError);
  });
});

describe('respondent profile', () => {
  it('lists sexes, education levels and occupations with Indonesian labels', () => {
    expect(RESPONDENT_PROFILE.sexes.map((s) => s.code)).toEqual(['L', 'P']);
    expect(RESPONDENT_PROFILE.educationLevels.map((e) => e.label)).toEqual([
      'SD/sederajat',
      'SMP/sederajat',
      'SMA/sederajat',
      'D1–D3',
      'D4/S1',
      'S2',
      'S3',
    ]);
    expect(RESPONDENT_PROFILE.occupations.map((o) => o.label)).toEqual([
      'PNS',
      'TNI/POLRI',
      'Swasta',
      'Wirausaha',
      'Pelajar/Mahasiswa',
      'Lainnya',
    ]);
    for (const list of Object.values(RESPONDENT_PROFILE)) {
      const codes = list.map((x) => x.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it.each([
    [0, 'LE_20'],
    [17, 'LE_20'],
    [20, 'LE_20'],
    [21, '21_30'],
    [30, '21_30'],
    [31, '31_40'],
    [40, '31_40'],
    [41, '41_50'],
    [50, '41_50'],
    [51, '51_60'],
    [60, '51_60'],
    [61, 'GT_60'],
    [95, 'GT_60'],
  ] as const)('puts age %i in band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('agrees with the bounds listed in the profile (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (age) => {
        const band = RESPONDENT_PROFILE.ageBands.find((b) => b.code === ageBand(age));
        expect(band).toBeDefined();
        expect(age).toBeGreaterThanOrEqual(band?.min ?? Number.NaN);
        if (band?.max !== null) expect(age).toBeLessThanOrEqual(band?.max ?? Number.NaN);
      }),
    );
  });

  it.each([-1, 20.5, 131, Number.NaN])('rejects age %s', (age) => {
    expect(() => ageBand(age)).toThrow(RangeError);
  });
});

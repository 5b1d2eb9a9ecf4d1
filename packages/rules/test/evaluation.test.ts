import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDistribution,
  DEFAULT_LEADER_RATING_MAP,
  type DistributionCounts,
  type DistributionRounding,
  EMPLOYEE_PREDIKATS,
  type EmployeePredikat,
  kuadran,
  leaderHasilKerja,
  ORGANISATION_PREDIKATS,
  type OrganisationPredikat,
  RATING_LEVELS,
  ROUNDING_MODES,
  resolvePattern,
  suggestHasilKerja,
} from '../src/index.ts';

describe('kuadran kinerja (rules §5.3)', () => {
  it('pins all nine cells', () => {
    const table = Object.fromEntries(
      RATING_LEVELS.map((h) => [h, Object.fromEntries(RATING_LEVELS.map((p) => [p, kuadran(h, p)]))]),
    );
    expect(table).toEqual({
      DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
      SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
      DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
    });
  });

  it('reads as the rules say: Sangat Baik needs both above; results below cap at Butuh Perbaikan', () => {
    for (const h of RATING_LEVELS) {
      for (const p of RATING_LEVELS) {
        const predikat = kuadran(h, p);
        expect(predikat === 'SANGAT_BAIK').toBe(h === 'DI_ATAS' && p === 'DI_ATAS');
        if (h === 'DI_BAWAH') expect(['BUTUH_PERBAIKAN', 'SANGAT_KURANG']).toContain(predikat);
        if (p === 'DI_BAWAH') expect(predikat).toBe(h === 'DI_BAWAH' ? 'SANGAT_KURANG' : 'KURANG');
      }
    }
  });
});

const counts = (spec: string): DistributionCounts => {
  // "7SB 3B 1BP 2K 1SK"
  const keys: Record<string, EmployeePredikat> = {
    SB: 'SANGAT_BAIK',
    B: 'BAIK',
    BP: 'BUTUH_PERBAIKAN',
    K: 'KURANG',
    SK: 'SANGAT_KURANG',
  };
  const out: Partial<Record<EmployeePredikat, number>> = {};
  for (const part of spec.split(' ').filter(Boolean)) {
    const m = /^(\d+)(SB|B|BP|K|SK)$/.exec(part);
    if (!m) throw new Error(part);
    out[keys[m[2] as string] as EmployeePredikat] = Number(m[1]);
  }
  return out;
};

describe('distribution pattern (rules §5.4), default rounding: ceil for at least, floor for at most', () => {
  // organisation predikat, distribution, expected violation messages ([] = fits)
  const cases: [OrganisationPredikat, string, string[]][] = [
    ['ISTIMEWA', '7SB 3B', []],
    ['ISTIMEWA', '8SB 2B', ['Sangat Baik 8 dari 10 = 80% > 70% yang diizinkan (paling banyak 7 orang)']],
    ['ISTIMEWA', '1SB', ['Sangat Baik 1 dari 1 = 100% > 70% yang diizinkan (paling banyak 0 orang)']],
    ['ISTIMEWA', '1B', []],
    ['ISTIMEWA', '1SB 1B', []],
    ['ISTIMEWA', '2SB 1B', []],
    ['ISTIMEWA', '3SB', ['Sangat Baik 3 dari 3 = 100% > 70% yang diizinkan (paling banyak 2 orang)']],
    ['ISTIMEWA', '4SB 3B', []],
    ['ISTIMEWA', '5SB 2B', ['Sangat Baik 5 dari 7 = 71,4% > 70% yang diizinkan (paling banyak 4 orang)']],
    ['BAIK', '7B 2SB 1BP', []],
    ['BAIK', '8B 2BP', ['Baik 8 dari 10 = 80% > 70% yang diizinkan (paling banyak 7 orang)']],
    [
      'BAIK',
      '7B 3SB',
      ['Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 10: harus ada paling sedikit 1 orang'],
    ],
    [
      'BAIK',
      '1B',
      [
        'Baik 1 dari 1 = 100% > 70% yang diizinkan (paling banyak 0 orang)',
        'Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 1: harus ada paling sedikit 1 orang',
      ],
    ],
    ['BAIK', '1K', []],
    ['BAIK', '1B 1BP', []],
    ['BAIK', '2B 1K', []],
    ['BAIK', '4B 2SB 1BP', []],
    ['BAIK', '5B 2BP', ['Baik 5 dari 7 = 71,4% > 70% yang diizinkan (paling banyak 4 orang)']],
    ['BUTUH_PERBAIKAN', '6BP 1SB 3B', []],
    [
      'BUTUH_PERBAIKAN',
      '5BP 5B',
      ['Butuh Perbaikan 5 dari 10 = 50% < 60% yang diwajibkan (paling sedikit 6 orang)'],
    ],
    [
      'BUTUH_PERBAIKAN',
      '6BP 2SB 2B',
      ['Sangat Baik 2 dari 10 = 20% > 10% yang diizinkan (paling banyak 1 orang)'],
    ],
    ['BUTUH_PERBAIKAN', '1BP', []],
    [
      'BUTUH_PERBAIKAN',
      '1B',
      ['Butuh Perbaikan 0 dari 1 = 0% < 60% yang diwajibkan (paling sedikit 1 orang)'],
    ],
    ['BUTUH_PERBAIKAN', '2BP', []],
    [
      'BUTUH_PERBAIKAN',
      '1BP 1B',
      ['Butuh Perbaikan 1 dari 2 = 50% < 60% yang diwajibkan (paling sedikit 2 orang)'],
    ],
    ['BUTUH_PERBAIKAN', '2BP 1B', []],
    [
      'BUTUH_PERBAIKAN',
      '2BP 1SB',
      ['Sangat Baik 1 dari 3 = 33,3% > 10% yang diizinkan (paling banyak 0 orang)'],
    ],
    ['BUTUH_PERBAIKAN', '5BP 2B', []],
    [
      'BUTUH_PERBAIKAN',
      '4BP 3B',
      ['Butuh Perbaikan 4 dari 7 = 57,1% < 60% yang diwajibkan (paling sedikit 5 orang)'],
    ],
    ['KURANG', '6K 1BP 3B', []],
    ['KURANG', '6K 4B', ['Butuh Perbaikan 0 dari 10 = 0% < 10% yang diwajibkan (paling sedikit 1 orang)']],
    ['KURANG', '1K', []],
    ['KURANG', '1BP', ['Kurang/Misconduct 0 dari 1 = 0% < 60% yang diwajibkan (paling sedikit 1 orang)']],
    ['KURANG', '2K', []],
    ['KURANG', '2K 1BP', []],
    ['KURANG', '3K', ['Butuh Perbaikan 0 dari 3 = 0% < 10% yang diwajibkan (paling sedikit 1 orang)']],
    ['KURANG', '5K 1BP 1B', []],
    ['KURANG', '5K 1BP 1SB', ['Sangat Baik 1 dari 7 = 14,3% > 10% yang diizinkan (paling banyak 0 orang)']],
    ['SANGAT_KURANG', '6SK 1K 3B', []],
    [
      'SANGAT_KURANG',
      '6SK 1BP 1SB 2B',
      ['Sangat Baik 1 dari 10 = 10% > 0% yang diizinkan (paling banyak 0 orang)'],
    ],
    ['SANGAT_KURANG', '1SK', []],
    [
      'SANGAT_KURANG',
      '1SB',
      [
        'Sangat Kurang 0 dari 1 = 0% < 60% yang diwajibkan (paling sedikit 1 orang)',
        'Sangat Baik 1 dari 1 = 100% > 0% yang diizinkan (paling banyak 0 orang)',
      ],
    ],
    ['SANGAT_KURANG', '2SK', []],
    ['SANGAT_KURANG', '2SK 1BP', []],
    ['SANGAT_KURANG', '5SK 2BP', []],
    [
      'SANGAT_KURANG',
      '5SK 2B',
      [
        'Kurang/Misconduct dan/atau Butuh Perbaikan 0 dari 7 = 0% < 10% yang diwajibkan (paling sedikit 1 orang)',
      ],
    ],
  ];
  it.each(cases)('%s with %s', (organisation, spec, expected) => {
    expect(checkDistribution(organisation, counts(spec)).map((v) => v.message)).toEqual(expected);
  });

  it('returns the numbers involved', () => {
    expect(checkDistribution('BAIK', counts('8B 2BP'))).toEqual([
      {
        bound: 'AT_MOST',
        predikats: ['BAIK'],
        actual: 8,
        total: 10,
        actualPercent: 80,
        limitPercent: 70,
        limitPeople: 7,
        message: 'Baik 8 dari 10 = 80% > 70% yang diizinkan (paling banyak 7 orang)',
      },
    ]);
  });

  it('applies the configured rounding and shows the rule applied', () => {
    const generous: DistributionRounding = { atLeast: 'FLOOR', atMost: 'CEIL' };
    expect(checkDistribution('ISTIMEWA', counts('1SB'), generous)).toEqual([]);
    expect(checkDistribution('BUTUH_PERBAIKAN', counts('4BP 3B'), generous)).toEqual([]);
    expect(
      checkDistribution('BUTUH_PERBAIKAN', counts('4BP 3B'), { atLeast: 'ROUND', atMost: 'FLOOR' }),
    ).toEqual([]);
    expect(resolvePattern('ISTIMEWA', 7).map((b) => b.rule)).toEqual([
      'Sangat Baik paling banyak 70% dari 7 = 4 orang (dibulatkan ke bawah)',
    ]);
    expect(resolvePattern('KURANG', 1).map((b) => b.rule)).toEqual([
      'Kurang/Misconduct paling sedikit 60% dari 1 = 1 orang (dibulatkan ke atas)',
      'Butuh Perbaikan paling sedikit 10% dari 1 = 1 orang (dibulatkan ke atas); dibatasi 0 orang karena jumlah pegawai',
      'Sangat Baik paling banyak 10% dari 1 = 0 orang (dibulatkan ke bawah)',
    ]);
    // exact shares are not disturbed by floating point: 70% of 10 is 7, 10% of 30 is 3
    expect(resolvePattern('ISTIMEWA', 10)[0]?.people).toBe(7);
    expect(resolvePattern('KURANG', 30)[1]?.people).toBe(3);
  });

  const organisation = fc.constantFrom(...ORGANISATION_PREDIKATS);
  const rounding = fc.record({
    atLeast: fc.constantFrom(...ROUNDING_MODES),
    atMost: fc.constantFrom(...ROUNDING_MODES),
  });
  const distribution = fc.record(
    Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, fc.integer({ min: 0, max: 40 })])) as Record<
      EmployeePredikat,
      fc.Arbitrary<number>
    >,
  );

  it('never demands more people than exist', () => {
    fc.assert(
      fc.property(organisation, fc.integer({ min: 0, max: 500 }), rounding, (o, n, r) => {
        const bounds = resolvePattern(o, n, r);
        const required = bounds.filter((b) => b.bound === 'AT_LEAST').reduce((s, b) => s + b.people, 0);
        expect(required).toBeLessThanOrEqual(n);
        for (const b of bounds) expect(b.people).toBeLessThanOrEqual(n);
      }),
    );
  });

  it('always has a distribution that fits (requirements first, the rest unbounded)', () => {
    const filler: Record<OrganisationPredikat, EmployeePredikat> = {
      ISTIMEWA: 'BAIK',
      BAIK: 'SANGAT_KURANG',
      BUTUH_PERBAIKAN: 'BAIK',
      KURANG: 'BAIK',
      SANGAT_KURANG: 'BAIK',
    };
    fc.assert(
      fc.property(organisation, fc.integer({ min: 0, max: 300 }), rounding, (o, n, r) => {
        const built: Partial<Record<EmployeePredikat, number>> = {};
        let left = n;
        for (const b of resolvePattern(o, n, r)) {
          if (b.bound !== 'AT_LEAST') continue;
          const p = b.predikats[0] as EmployeePredikat;
          built[p] = (built[p] ?? 0) + b.people;
          left -= b.people;
        }
        built[filler[o]] = (built[filler[o]] ?? 0) + left;
        // the filler may itself be bounded (Baik under Istimewa is not): check only that nothing is demanded
        expect(checkDistribution(o, built, r).filter((v) => v.bound === 'AT_LEAST')).toEqual([]);
      }),
    );
  });

  it('Sangat Kurang never allows Sangat Baik; the violations report the true counts', () => {
    fc.assert(
      fc.property(distribution, rounding, (d, r) => {
        const violations = checkDistribution('SANGAT_KURANG', d, r);
        const total = EMPLOYEE_PREDIKATS.reduce((s, p) => s + d[p], 0);
        if (d.SANGAT_BAIK > 0) {
          expect(violations.some((v) => v.predikats.includes('SANGAT_BAIK'))).toBe(true);
        }
        for (const v of violations) {
          expect(v.total).toBe(total);
          expect(v.actual).toBe(v.predikats.reduce((s, p) => s + d[p], 0));
        }
      }),
    );
  });

  it('adding people to a predikat bounded "at most" never fixes its violation', () => {
    fc.assert(
      fc.property(organisation, distribution, (o, d) => {
        for (const v of checkDistribution(o, d).filter(
          (x) => x.bound === 'AT_MOST' && x.limitPercent === 0,
        )) {
          const p = v.predikats[0] as EmployeePredikat;
          const more = { ...d, [p]: d[p] + 1 };
          expect(
            checkDistribution(o, more).some((x) => x.bound === 'AT_MOST' && x.predikats.includes(p)),
          ).toBe(true);
        }
      }),
    );
  });
});

describe('suggested rating hasil kerja (rules §5.2)', () => {
  const r = (category: 'UTAMA' | 'TAMBAHAN', level: 'ABOVE' | 'MEETS' | 'BELOW' | null) => ({
    category,
    level,
  });
  it.each([
    [[r('UTAMA', 'ABOVE'), r('UTAMA', 'ABOVE'), r('UTAMA', 'MEETS')], 'DI_ATAS'],
    [[r('UTAMA', 'ABOVE'), r('UTAMA', 'ABOVE'), r('UTAMA', 'BELOW')], 'SESUAI'], // a main result below: not Di Atas
    [[r('UTAMA', 'ABOVE'), r('TAMBAHAN', 'ABOVE'), r('TAMBAHAN', 'BELOW')], 'DI_ATAS'],
    [[r('UTAMA', 'MEETS'), r('UTAMA', 'MEETS'), r('UTAMA', 'BELOW')], 'SESUAI'],
    [[r('UTAMA', 'BELOW'), r('UTAMA', 'BELOW'), r('UTAMA', 'MEETS')], 'DI_BAWAH'],
    [[r('UTAMA', 'BELOW'), r('UTAMA', 'MEETS'), r('TAMBAHAN', 'ABOVE'), r('TAMBAHAN', 'ABOVE')], 'SESUAI'],
    [[r('UTAMA', 'BELOW'), r('TAMBAHAN', 'ABOVE'), r('TAMBAHAN', 'ABOVE')], 'DI_BAWAH'], // most main below
    [[r('UTAMA', null), r('UTAMA', 'ABOVE')], 'DI_ATAS'],
    [[r('UTAMA', null)], null],
    [[], null],
  ] as const)('%j → %s', (results, rating) => {
    const suggestion = suggestHasilKerja(results);
    expect(suggestion.rating).toBe(rating);
    expect(suggestion.reasons.length).toBeGreaterThan(0);
  });

  it('never suggests Di Atas with a main result below', () => {
    const level = fc.constantFrom('ABOVE', 'MEETS', 'BELOW', null);
    const item = fc.record({ category: fc.constantFrom('UTAMA', 'TAMBAHAN'), level }) as fc.Arbitrary<{
      category: 'UTAMA' | 'TAMBAHAN';
      level: 'ABOVE' | 'MEETS' | 'BELOW' | null;
    }>;
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), (results) => {
        const s = suggestHasilKerja(results);
        if (results.some((x) => x.category === 'UTAMA' && x.level === 'BELOW'))
          expect(s.rating).not.toBe('DI_ATAS');
        if (results.every((x) => x.level === null)) expect(s.rating).toBeNull();
      }),
    );
  });

  it("maps a unit leader's rating from the organisation predikat, configurably", () => {
    expect(ORGANISATION_PREDIKATS.map((o) => leaderHasilKerja(o))).toEqual([
      'DI_ATAS',
      'SESUAI',
      'DI_BAWAH',
      'DI_BAWAH',
      'DI_BAWAH',
    ]);
    expect(leaderHasilKerja('BAIK', { ...DEFAULT_LEADER_RATING_MAP, BAIK: 'DI_ATAS' })).toBe('DI_ATAS');
  });
});

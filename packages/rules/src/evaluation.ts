/**
 * Performance evaluation (rules §5): Permenpan-RB No. 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai
 * ASN, Lampiran — the three steps (organisation predikat → distribution pattern → each employee's two
 * ratings and the predikat from the kuadran), the kuadran itself, the distribution patterns, and a
 * *suggested* rating hasil kerja (the regulation gives no formula: the rater decides).
 */
import type { AchievementLevel } from './achievement.ts';
import type { RhkCategory } from './skp.ts';

/** Rating hasil kerja and rating perilaku kerja: three levels (Permenpan-RB 6/2022, Lampiran). */
export const RATING_LEVELS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, string>> = {
  DI_ATAS: 'Di Atas Ekspektasi',
  SESUAI: 'Sesuai Ekspektasi',
  DI_BAWAH: 'Di Bawah Ekspektasi',
};

/** The employee's predikat kinerja, from Sangat Baik down (rules §5.3). */
export const EMPLOYEE_PREDIKATS = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type EmployeePredikat = (typeof EMPLOYEE_PREDIKATS)[number];
export const EMPLOYEE_PREDIKAT_LABELS: Readonly<Record<EmployeePredikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};
/** The curve's x axis: Sangat Kurang → Sangat Baik (rules §5.4). */
export const CURVE_ORDER: readonly EmployeePredikat[] = [
  'SANGAT_KURANG',
  'KURANG',
  'BUTUH_PERBAIKAN',
  'BAIK',
  'SANGAT_BAIK',
];

/** The organisation (unit) predikat set by the leader of the unit above (rules §5.1 step 1). */
export const ORGANISATION_PREDIKATS = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
export type OrganisationPredikat = (typeof ORGANISATION_PREDIKATS)[number];
export const ORGANISATION_PREDIKAT_LABELS: Readonly<Record<OrganisationPredikat, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * Rules §5.3, the kuadran kinerja (Permenpan-RB 6/2022, Lampiran: "Kuadran Kinerja Pegawai"):
 * rows rating hasil kerja, columns rating perilaku kerja.
 *
 * | Hasil \ Perilaku | Di Bawah          | Sesuai          | Di Atas         |
 * |------------------|-------------------|-----------------|-----------------|
 * | Di Atas          | Kurang/Misconduct | Baik            | Sangat Baik     |
 * | Sesuai           | Kurang/Misconduct | Baik            | Baik            |
 * | Di Bawah         | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
 */
export const KUADRAN: Readonly<Record<RatingLevel, Readonly<Record<RatingLevel, EmployeePredikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** Rules §5.3: the predikat of an employee from their two ratings. */
export function kuadran(hasilKerja: RatingLevel, perilakuKerja: RatingLevel): EmployeePredikat {
  return KUADRAN[hasilKerja][perilakuKerja];
}

// ---------------------------------------------------------------------------------------------------------
// Distribution pattern (rules §5.4)
// ---------------------------------------------------------------------------------------------------------

/** One bound of a pattern: at most / at least a share (percent) of the people, or at least a count. */
export interface DistributionBound {
  bound: 'AT_MOST' | 'AT_LEAST';
  /** The predikats counted together ("Kurang/Misconduct and/or Butuh Perbaikan"). */
  predikats: readonly EmployeePredikat[];
  /** Percent of the employees evaluated in the unit; null for a bound by count. */
  percent: number | null;
  /** A fixed count ("there must be at least one"); null for a bound by share. */
  count: number | null;
}

const atMost = (percent: number, ...predikats: EmployeePredikat[]): DistributionBound => ({
  bound: 'AT_MOST',
  predikats,
  percent,
  count: null,
});
const atLeast = (percent: number, ...predikats: EmployeePredikat[]): DistributionBound => ({
  bound: 'AT_LEAST',
  predikats,
  percent,
  count: null,
});

/**
 * Rules §5.4 (Permenpan-RB 6/2022, Lampiran: "Pola Distribusi Predikat Kinerja Pegawai"), percentages of
 * the employees evaluated in the unit for the period; what a pattern does not bound may be anything.
 * - Istimewa: at most 70% Sangat Baik.
 * - Baik: at most 70% Baik; at least one Butuh Perbaikan and/or Kurang/Misconduct.
 * - Butuh Perbaikan: at least 60% Butuh Perbaikan; at most 10% Sangat Baik.
 * - Kurang: at least 60% Kurang/Misconduct; at least 10% Butuh Perbaikan; at most 10% Sangat Baik.
 * - Sangat Kurang: at least 60% Sangat Kurang; at least 10% Kurang/Misconduct and/or Butuh Perbaikan;
 *   no Sangat Baik.
 */
export const DISTRIBUTION_PATTERNS: Readonly<Record<OrganisationPredikat, readonly DistributionBound[]>> = {
  ISTIMEWA: [atMost(70, 'SANGAT_BAIK')],
  BAIK: [
    atMost(70, 'BAIK'),
    { bound: 'AT_LEAST', predikats: ['BUTUH_PERBAIKAN', 'KURANG'], percent: null, count: 1 },
  ],
  BUTUH_PERBAIKAN: [atLeast(60, 'BUTUH_PERBAIKAN'), atMost(10, 'SANGAT_BAIK')],
  KURANG: [atLeast(60, 'KURANG'), atLeast(10, 'BUTUH_PERBAIKAN'), atMost(10, 'SANGAT_BAIK')],
  SANGAT_KURANG: [
    atLeast(60, 'SANGAT_KURANG'),
    atLeast(10, 'KURANG', 'BUTUH_PERBAIKAN'),
    atMost(0, 'SANGAT_BAIK'),
  ],
};

export const ROUNDING_MODES = ['FLOOR', 'CEIL', 'ROUND'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * How a share of a small unit becomes a number of people (rules §5.4: not specified by the regulation, so
 * configurable per agency). Default: ceil for "at least", floor for "at most".
 */
export interface DistributionRounding {
  atLeast: RoundingMode;
  atMost: RoundingMode;
}
export const DEFAULT_ROUNDING: DistributionRounding = { atLeast: 'CEIL', atMost: 'FLOOR' };

const ROUNDING_LABELS: Readonly<Record<RoundingMode, string>> = {
  FLOOR: 'dibulatkan ke bawah',
  CEIL: 'dibulatkan ke atas',
  ROUND: 'dibulatkan ke terdekat',
};

function roundShare(percent: number, n: number, mode: RoundingMode): number {
  // Integer arithmetic first: 70% of 10 is exactly 7, not 7.000000000000001.
  const exact = (percent * n) / 100;
  const nearest = Math.round(exact * 1e9) / 1e9;
  if (mode === 'FLOOR') return Math.floor(nearest);
  if (mode === 'CEIL') return Math.ceil(nearest);
  return Math.round(nearest);
}

/** A bound made concrete for a unit of `n` people: the number of people allowed (at most) or needed. */
export interface ResolvedBound extends DistributionBound {
  /** People allowed (AT_MOST) or required (AT_LEAST). */
  people: number;
  /** How the number was reached, in Indonesian (shown next to the curve). */
  rule: string;
}

/**
 * The bounds of an organisation predikat for a unit of `n` evaluated employees, as numbers of people.
 * "At least" bounds never demand more people than exist: they are met in the pattern's order, each
 * capped at the people not already required by an earlier one (so a unit of 1 under Kurang needs one
 * Kurang/Misconduct and no Butuh Perbaikan).
 */
export function resolvePattern(
  predikat: OrganisationPredikat,
  n: number,
  rounding: DistributionRounding = DEFAULT_ROUNDING,
): ResolvedBound[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer: ${n}`);
  let unclaimed = n;
  return DISTRIBUTION_PATTERNS[predikat].map((b) => {
    const names = b.predikats.map((p) => EMPLOYEE_PREDIKAT_LABELS[p]).join(' dan/atau ');
    if (b.bound === 'AT_MOST') {
      const people = roundShare(b.percent ?? 0, n, rounding.atMost);
      return {
        ...b,
        people,
        rule: `${names} paling banyak ${b.percent}% dari ${n} = ${people} orang (${ROUNDING_LABELS[rounding.atMost]})`,
      };
    }
    const wanted = b.count ?? roundShare(b.percent ?? 0, n, rounding.atLeast);
    const people = Math.min(wanted, unclaimed);
    unclaimed -= people;
    const how =
      b.count !== null
        ? `paling sedikit ${b.count} orang`
        : `paling sedikit ${b.percent}% dari ${n} = ${wanted} orang (${ROUNDING_LABELS[rounding.atLeast]})`;
    const capped = people < wanted ? `; dibatasi ${people} orang karena jumlah pegawai` : '';
    return { ...b, people, rule: `${names} ${how}${capped}` };
  });
}

export type DistributionCounts = Readonly<Partial<Record<EmployeePredikat, number>>>;

export interface DistributionViolation {
  bound: 'AT_MOST' | 'AT_LEAST';
  predikats: readonly EmployeePredikat[];
  /** People with those predikats. */
  actual: number;
  /** Employees evaluated in the unit. */
  total: number;
  /** actual ÷ total in percent, one decimal (0 for an empty unit). */
  actualPercent: number;
  /** The share of the pattern (null for a bound by count). */
  limitPercent: number | null;
  /** People allowed (AT_MOST) or required (AT_LEAST) after rounding. */
  limitPeople: number;
  /** e.g. "Baik 8 dari 10 = 80% > 70% yang diizinkan (paling banyak 7 orang)". */
  message: string;
}

const fmtPercent = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1).replace('.', ','));

/**
 * Rules §5.4: every bound of the pattern the unit's predikat counts break, with the numbers involved.
 * An empty list means the distribution fits.
 */
export function checkDistribution(
  organisation: OrganisationPredikat,
  counts: DistributionCounts,
  rounding: DistributionRounding = DEFAULT_ROUNDING,
): DistributionViolation[] {
  const total = EMPLOYEE_PREDIKATS.reduce((s, p) => s + (counts[p] ?? 0), 0);
  const violations: DistributionViolation[] = [];
  for (const b of resolvePattern(organisation, total, rounding)) {
    const actual = b.predikats.reduce((s, p) => s + (counts[p] ?? 0), 0);
    const broken = b.bound === 'AT_MOST' ? actual > b.people : actual < b.people;
    if (!broken) continue;
    const actualPercent = total === 0 ? 0 : Math.round((actual / total) * 1000) / 10;
    const names = b.predikats.map((p) => EMPLOYEE_PREDIKAT_LABELS[p]).join(' dan/atau ');
    const limit =
      b.percent === null
        ? `paling sedikit ${b.people} orang`
        : b.bound === 'AT_MOST'
          ? `> ${b.percent}% yang diizinkan (paling banyak ${b.people} orang)`
          : `< ${b.percent}% yang diwajibkan (paling sedikit ${b.people} orang)`;
    const message =
      b.percent === null
        ? `${names} ${actual} dari ${total}: harus ada ${limit}`
        : `${names} ${actual} dari ${total} = ${fmtPercent(actualPercent)}% ${limit}`;
    violations.push({
      bound: b.bound,
      predikats: b.predikats,
      actual,
      total,
      actualPercent,
      limitPercent: b.percent,
      limitPeople: b.people,
      message,
    });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------------
// Suggested rating hasil kerja (rules §5.2) and the unit leader's own rating (rules §5.1)
// ---------------------------------------------------------------------------------------------------------

export interface ResultAchievement {
  category: RhkCategory;
  /** The IKI's achievement level; null when it has no number yet (narrative targets: the rater judges). */
  level: AchievementLevel | null;
}

export interface RatingSuggestion {
  rating: RatingLevel | null;
  /** Why, in Indonesian, with the counts. */
  reasons: string[];
}

/**
 * Rules §5.2: a *suggested* rating hasil kerja from the achievement of each IKI (the rater decides; the
 * regulation uses no formula and no weighting):
 * - Di Bawah Ekspektasi when most results (more than half) — or most main (utama) results — are below;
 * - Di Atas Ekspektasi when most results are above and no main result is below;
 * - Sesuai Ekspektasi otherwise (most in line; at most a small part of main results below).
 * No suggestion when no IKI has an achievement.
 */
export function suggestHasilKerja(results: readonly ResultAchievement[]): RatingSuggestion {
  const rated = results.filter((r) => r.level !== null);
  if (rated.length === 0) {
    return {
      rating: null,
      reasons: ['Belum ada capaian indikator yang dapat dihitung; atasan menilai langsung.'],
    };
  }
  const count = (xs: readonly ResultAchievement[], level: AchievementLevel) =>
    xs.filter((r) => r.level === level).length;
  const main = rated.filter((r) => r.category === 'UTAMA');
  const above = count(rated, 'ABOVE');
  const below = count(rated, 'BELOW');
  const mainBelow = count(main, 'BELOW');
  const n = rated.length;
  const reasons = [
    `${above} dari ${n} indikator di atas target, ${n - above - below} sesuai, ${below} di bawah.`,
    `${mainBelow} dari ${main.length} indikator hasil kerja utama di bawah target.`,
  ];
  const unrated = results.length - n;
  if (unrated > 0) reasons.push(`${unrated} indikator belum memiliki capaian angka dan tidak dihitung.`);
  if (below * 2 > n || (main.length > 0 && mainBelow * 2 > main.length)) {
    reasons.push('Sebagian besar hasil kerja di bawah ekspektasi.');
    return { rating: 'DI_BAWAH', reasons };
  }
  if (above * 2 > n && mainBelow === 0) {
    reasons.push(
      'Sebagian besar hasil kerja di atas ekspektasi dan tidak ada hasil kerja utama di bawah target.',
    );
    return { rating: 'DI_ATAS', reasons };
  }
  if (above * 2 > n)
    reasons.push('Di Atas Ekspektasi tidak disarankan karena ada hasil kerja utama di bawah target.');
  reasons.push('Sebagian besar hasil kerja sesuai ekspektasi.');
  return { rating: 'SESUAI', reasons };
}

/**
 * Rules §5.1: a unit leader's rating hasil kerja *is* the unit's organisation predikat mapped onto the
 * three levels. The exact mapping is uncertain, so it is configurable; this is the default.
 */
export const DEFAULT_LEADER_RATING_MAP: Readonly<Record<OrganisationPredikat, RatingLevel>> = {
  ISTIMEWA: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
};

export function leaderHasilKerja(
  organisation: OrganisationPredikat,
  map: Readonly<Record<OrganisationPredikat, RatingLevel>> = DEFAULT_LEADER_RATING_MAP,
): RatingLevel {
  return map[organisation];
}

/** Rules §5.6: days after receipt within which an objection may be filed (configurable per agency). */
export const DEFAULT_OBJECTION_DAYS = 14;

/**
 * Survei Kepuasan Masyarakat (SKM) and the Indeks Kepuasan Masyarakat (IKM) computed from it (rules §7.1;
 * Peraturan Menteri PANRB No. 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit
 * Penyelenggara Pelayanan Publik). Every service unit surveys its users at least once a year on nine
 * *unsur*, each answered 1..4, and publishes the result.
 *
 * Answers are keyed by unsur code (U1..U9), never by position: questionnaires in the field order items 8
 * and 9 differently.
 */
export const SKM_UNSUR_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type SkmUnsurCode = (typeof SKM_UNSUR_CODES)[number];

/** An answer to one unsur: 1 (worst) .. 4 (best). */
export type SkmScore = 1 | 2 | 3 | 4;

export interface SkmUnsur {
  readonly code: SkmUnsurCode;
  /** Indonesian name, e.g. "Persyaratan". */
  readonly name: string;
  /** Default answer wording for scores 1, 2, 3 and 4 (an instansi may word its questionnaire otherwise). */
  readonly answers: readonly [string, string, string, string];
}

/** Rules §7.1 (Permenpan-RB No. 14 Tahun 2017): the nine unsur in U1..U9 order, with default answer wording. */
export const SKM_UNSUR: readonly SkmUnsur[] = [
  {
    code: 'U1',
    name: 'Persyaratan',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    code: 'U2',
    name: 'Sistem, Mekanisme, dan Prosedur',
    answers: ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
  },
  {
    code: 'U3',
    name: 'Waktu Penyelesaian',
    answers: ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
  },
  {
    code: 'U4',
    name: 'Biaya/Tarif',
    answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
  },
  {
    code: 'U5',
    name: 'Produk Spesifikasi Jenis Pelayanan',
    answers: ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
  },
  {
    code: 'U6',
    name: 'Kompetensi Pelaksana',
    answers: ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
  },
  {
    code: 'U7',
    name: 'Perilaku Pelaksana',
    answers: ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
  },
  {
    code: 'U8',
    name: 'Penanganan Pengaduan, Saran dan Masukan',
    answers: ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
  },
  {
    code: 'U9',
    name: 'Sarana dan Prasarana',
    answers: ['Buruk', 'Cukup', 'Baik', 'Sangat baik'],
  },
];

/** The questions of the Permenpan-RB 14/2017 sample questionnaire, one per unsur (editable per agency). */
export const SKM_DEFAULT_QUESTIONS: Readonly<Record<SkmUnsurCode, string>> = {
  U1: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  U2: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  U3: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  U4: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  U5: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  U6: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  U7: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  U8: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
  U9: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
};

/** The unsur with the given code (Permenpan-RB No. 14 Tahun 2017). */
export function skmUnsur(code: SkmUnsurCode): SkmUnsur {
  const unsur = SKM_UNSUR.find((u) => u.code === code);
  if (!unsur) throw new RangeError(`Unknown SKM unsur: ${code}`);
  return unsur;
}

/**
 * Rules §7.1: the weight of each unsur. Permenpan-RB No. 14 Tahun 2017 weights the nine unsur equally
 * (1/9); some reports use 0.111 or 0.11 instead. The rule is a setting (default EXACT) and every report
 * must show which one it used: 0.11 understates the IKM by exactly 1% (0.11 × 9 = 0.99), 0.111 by 0.1%.
 */
export const SKM_WEIGHT_RULES = ['EXACT', 'THREE_DECIMALS', 'TWO_DECIMALS'] as const;
export type SkmWeightRule = (typeof SKM_WEIGHT_RULES)[number];

/** How each weight rule is shown on a report. */
export const SKM_WEIGHT_RULE_LABELS: Readonly<Record<SkmWeightRule, string>> = {
  EXACT: '1/9 (eksak)',
  THREE_DECIMALS: '0,111',
  TWO_DECIMALS: '0,11',
};

/** Rules §7.1 (Permenpan-RB No. 14 Tahun 2017): the unsur weight under a weight rule: 1/9, 0.111 or 0.11. */
export function skmWeight(rule: SkmWeightRule): number {
  switch (rule) {
    case 'EXACT':
      return 1 / SKM_UNSUR_CODES.length;
    case 'THREE_DECIMALS':
      return 0.111;
    case 'TWO_DECIMALS':
      return 0.11;
    default:
      throw new RangeError(`Unknown SKM weight rule: ${String(rule)}`);
  }
}

/** Mutu pelayanan (service quality) grades, best first. */
export const SKM_GRADES = ['A', 'B', 'C', 'D'] as const;
export type SkmGrade = (typeof SKM_GRADES)[number];

/** Indonesian *kinerja unit pelayanan* label of each grade (Permenpan-RB No. 14 Tahun 2017). */
export const SKM_GRADE_LABELS: Readonly<Record<SkmGrade, string>> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

/**
 * Tolerance, in hundredths, for binary floating point when rounding half up: 64.995 may be stored as
 * 64.99499999999999… and must still round to 65.00. Far above any arithmetic error on this scale
 * (≈ 1e-12), far below any difference a report could show.
 */
const ROUNDING_EPSILON = 1e-7;

/** An IKM value in whole hundredths, rounded half up on its decimal value. */
function toHundredths(x: number): number {
  return Math.floor(x * 100 + 0.5 + ROUNDING_EPSILON);
}

/**
 * Rules §7.1: an IKM (or an unsur's NRR × 25) rounded to two decimals, half up on the decimal value
 * (64.995 → 65.00, 32.035 → 32.04), as it is graded and printed. Throws RangeError on a non-finite value.
 */
export function roundIkm(ikm: number): number {
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number: ${ikm}`);
  return toHundredths(ikm) / 100;
}

/**
 * Rules §7.1 (Permenpan-RB No. 14 Tahun 2017): the grade of an IKM on the 25–100 scale, judged on the value
 * rounded to two decimals (see {@link roundIkm}): < 65.00 → D (Tidak Baik); ≤ 76.60 → C (Kurang Baik);
 * ≤ 88.30 → B (Baik); else A (Sangat Baik). The same grading applies to each unsur's NRR × 25.
 * Throws RangeError on a value that is not finite or rounds outside 25.00..100.00.
 */
export function skmGrade(ikm: number): SkmGrade {
  if (!Number.isFinite(ikm)) throw new RangeError(`IKM must be a finite number: ${ikm}`);
  const h = toHundredths(ikm);
  if (h < 2500 || h > 10000) throw new RangeError(`IKM must be within 25..100: ${ikm}`);
  if (h < 6500) return 'D';
  if (h <= 7660) return 'C';
  if (h <= 8830) return 'B';
  return 'A';
}

/** Per-unsur totals: the sum of the scores given and the number of respondents who answered that unsur. */
export interface SkmTotals {
  sums: Record<SkmUnsurCode, number>;
  counts: Record<SkmUnsurCode, number>;
}

export interface SkmUnsurResult {
  code: SkmUnsurCode;
  /** Nilai rata-rata: sum / count of respondents who answered (1..4); null when nobody answered. */
  nrr: number | null;
  /** NRR × weight. */
  nrrWeighted: number | null;
  /** NRR × 25, the unsur on the IKM scale (25..100). */
  ikmScale: number | null;
  /** Grade of ikmScale. */
  grade: SkmGrade | null;
}

export interface IkmResult {
  /** One entry per unsur, in U1..U9 order. */
  perUnsur: SkmUnsurResult[];
  /** Unsur nobody answered, in U1..U9 order; when not empty, skm, ikm and grade are null. */
  missing: SkmUnsurCode[];
  /** SKM = Σ NRR × weight over the nine unsur (scale 1..4), unrounded; null unless all nine have answers. */
  skm: number | null;
  /** IKM = SKM × 25 (scale 25..100), unrounded (print it with {@link roundIkm}); null unless computable. */
  ikm: number | null;
  grade: SkmGrade | null;
  /** The unsur weight used. */
  weight: number;
  /** The weight rule used; a report must show it. */
  weightRule: SkmWeightRule;
}

/**
 * Rules §7.1 (Permenpan-RB No. 14 Tahun 2017): the IKM from per-unsur totals, so that a database aggregate
 * over any number of responses (SUM and COUNT per unsur, ignoring unanswered items) can feed it directly.
 *
 * - NRR(unsur) = sum of its scores / number of respondents who answered it; null when nobody did.
 * - SKM = Σ NRR × weight (weight per `rule`, default EXACT 1/9); IKM = SKM × 25; grade per {@link skmGrade}.
 * - The IKM is **not computable** when any unsur has no answers: an equal-weight index over fewer than
 *   nine unsur is not the IKM. skm, ikm and grade are then null and `missing` lists those unsur; the
 *   per-unsur results of the answered ones are still given.
 *
 * Throws RangeError when a count is not a non-negative integer, or a sum is not an integer between
 * count × 1 and count × 4.
 */
export function computeIkm(input: SkmTotals, rule: SkmWeightRule = 'EXACT'): IkmResult {
  const weight = skmWeight(rule);
  const perUnsur: SkmUnsurResult[] = [];
  const missing: SkmUnsurCode[] = [];
  let nrrTotal = 0;
  for (const code of SKM_UNSUR_CODES) {
    const sum = input.sums[code];
    const count = input.counts[code];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`count of ${code} must be a non-negative integer: ${count}`);
    }
    if (typeof sum !== 'number' || !Number.isSafeInteger(sum) || sum < count || sum > 4 * count) {
      throw new RangeError(`sum of ${code} must be an integer within ${count}..${4 * count}: ${sum}`);
    }
    if (count === 0) {
      missing.push(code);
      perUnsur.push({ code, nrr: null, nrrWeighted: null, ikmScale: null, grade: null });
      continue;
    }
    const nrr = sum / count;
    const ikmScale = nrr * 25;
    nrrTotal += nrr;
    perUnsur.push({
      code,
      nrr,
      nrrWeighted: rule === 'EXACT' ? nrr / SKM_UNSUR_CODES.length : nrr * weight,
      ikmScale,
      grade: skmGrade(ikmScale),
    });
  }
  if (missing.length > 0) {
    return { perUnsur, missing, skm: null, ikm: null, grade: null, weight, weightRule: rule };
  }
  // Σ NRR × w = w × Σ NRR; dividing by 9 keeps the exact rule free of the rounding in 1/9.
  const skm = rule === 'EXACT' ? nrrTotal / SKM_UNSUR_CODES.length : nrrTotal * weight;
  const ikm = skm * 25;
  return { perUnsur, missing, skm, ikm, grade: skmGrade(ikm), weight, weightRule: rule };
}

/** One questionnaire: a score per answered unsur; an absent key means the respondent skipped that unsur. */
export type SkmResponse = Partial<Record<SkmUnsurCode, SkmScore>>;

function emptyRecord(): Record<SkmUnsurCode, number> {
  return { U1: 0, U2: 0, U3: 0, U4: 0, U5: 0, U6: 0, U7: 0, U8: 0, U9: 0 };
}

/**
 * Rules §7.1: per-unsur sums and counts of a set of responses, keyed by unsur code, for {@link computeIkm}.
 * Meant for tests and small sets; large sets should be aggregated in the database. A key that is absent
 * (or undefined) is an unanswered unsur; any other value that is not 1, 2, 3 or 4 throws RangeError.
 */
export function aggregateResponses(responses: readonly SkmResponse[]): SkmTotals {
  const sums = emptyRecord();
  const counts = emptyRecord();
  responses.forEach((response, index) => {
    for (const code of SKM_UNSUR_CODES) {
      const score: unknown = response[code];
      if (score === undefined) continue;
      if (score !== 1 && score !== 2 && score !== 3 && score !== 4) {
        throw new RangeError(`Response ${index}: ${code} must be 1, 2, 3 or 4: ${String(score)}`);
      }
      sums[code] += score;
      counts[code] += 1;
    }
  });
  return { sums, counts };
}

/** The constants of the Krejcie–Morgan formula as used for SKM samples (rules §7.1). */
export const KREJCIE_MORGAN = { chiSquare: 3.841, p: 0.5, d: 0.05 } as const;

/**
 * Rules §7.1 (Permenpan-RB No. 14 Tahun 2017, Krejcie–Morgan): the minimum number of respondents for a
 * population of `population` service users in the period:
 * s = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P)), χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole
 * number (rounding up does not reproduce the published table), never more than N. Tends to 384.
 * Throws RangeError unless N is a positive integer.
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isSafeInteger(population) || population < 1) {
    throw new RangeError(`population must be a positive integer: ${population}`);
  }
  const { chiSquare, p, d } = KREJCIE_MORGAN;
  const pq = p * (1 - p);
  const s = (chiSquare * population * pq) / (d * d * (population - 1) + chiSquare * pq);
  return Math.min(Math.round(s), population);
}

export interface SkmSampleCheck {
  /** Minimum respondents per Krejcie–Morgan. */
  required: number;
  respondents: number;
  /** Whether the sample reached the minimum; a report must say so. */
  reached: boolean;
}

/**
 * Rules §7.1: whether a survey's sample reached the Krejcie–Morgan minimum for its population.
 * Throws RangeError unless respondents is a non-negative integer and population a positive integer.
 */
export function skmSampleCheck(respondents: number, population: number): SkmSampleCheck {
  if (!Number.isSafeInteger(respondents) || respondents < 0) {
    throw new RangeError(`respondents must be a non-negative integer: ${respondents}`);
  }
  const required = krejcieMorgan(population);
  return { required, respondents, reached: respondents >= required };
}

/** Age bands of the respondent profile, youngest first. */
export const SKM_AGE_BANDS = ['LE_20', '21_30', '31_40', '41_50', '51_60', 'GT_60'] as const;
export type SkmAgeBand = (typeof SKM_AGE_BANDS)[number];

/**
 * Rules §7.1: the respondent profile collected with each questionnaire (Permenpan-RB No. 14 Tahun 2017):
 * sex, age band, education, occupation (service type, date and time are recorded with the response).
 * Codes are stable identifiers; labels are Indonesian.
 */
export const RESPONDENT_PROFILE = {
  sexes: [
    { code: 'L', label: 'Laki-laki' },
    { code: 'P', label: 'Perempuan' },
  ],
  educationLevels: [
    { code: 'SD', label: 'SD/sederajat' },
    { code: 'SMP', label: 'SMP/sederajat' },
    { code: 'SMA', label: 'SMA/sederajat' },
    { code: 'D1_D3', label: 'D1–D3' },
    { code: 'D4_S1', label: 'D4/S1' },
    { code: 'S2', label: 'S2' },
    { code: 'S3', label: 'S3' },
  ],
  occupations: [
    { code: 'PNS', label: 'PNS' },
    { code: 'TNI_POLRI', label: 'TNI/POLRI' },
    { code: 'SWASTA', label: 'Swasta' },
    { code: 'WIRAUSAHA', label: 'Wirausaha' },
    { code: 'PELAJAR_MAHASISWA', label: 'Pelajar/Mahasiswa' },
    { code: 'LAINNYA', label: 'Lainnya' },
  ],
  ageBands: [
    { code: 'LE_20', label: '≤ 20 tahun', min: 0, max: 20 },
    { code: '21_30', label: '21–30 tahun', min: 21, max: 30 },
    { code: '31_40', label: '31–40 tahun', min: 31, max: 40 },
    { code: '41_50', label: '41–50 tahun', min: 41, max: 50 },
    { code: '51_60', label: '51–60 tahun', min: 51, max: 60 },
    { code: 'GT_60', label: '> 60 tahun', min: 61, max: null },
  ],
} as const satisfies {
  sexes: readonly { code: string; label: string }[];
  educationLevels: readonly { code: string; label: string }[];
  occupations: readonly { code: string; label: string }[];
  ageBands: readonly { code: SkmAgeBand; label: string; min: number; max: number | null }[];
};

export type SkmSex = (typeof RESPONDENT_PROFILE.sexes)[number]['code'];
export type SkmEducation = (typeof RESPONDENT_PROFILE.educationLevels)[number]['code'];
export type SkmOccupation = (typeof RESPONDENT_PROFILE.occupations)[number]['code'];

/** Highest age in whole years accepted by {@link ageBand}. */
export const MAX_RESPONDENT_AGE = 130;

/**
 * Rules §7.1: the profile age band of a respondent aged `age` whole years: ≤ 20, 21–30, 31–40, 41–50,
 * 51–60, > 60. Throws RangeError unless age is an integer in 0..130.
 */
export function ageBand(age: number): SkmAgeBand {
  if (!Number.isInteger(age) || age < 0 || age > MAX_RESPONDENT_AGE) {
    throw new RangeError(`age must be an integer in 0..${MAX_RESPONDENT_AGE}: ${age}`);
  }
  if (age <= 20) return 'LE_20';
  if (age <= 30) return '21_30';
  if (age <= 40) return '31_40';
  if (age <= 50) return '41_50';
  if (age <= 60) return '51_60';
  return 'GT_60';
}

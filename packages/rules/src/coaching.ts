/**
 * Coaching records during the year (rules §4; Permenpan-RB 6/2022: dialog kinerja and bimbingan kinerja):
 * after a coaching session the employee rates it on nine statements, and the rater may evaluate the
 * employee's competencies on a 1–5 scale as follow-up (they feed the development plan, rules §6).
 */

export const COACHING_KINDS = ['DIALOG', 'BIMBINGAN'] as const;
export type CoachingKind = (typeof COACHING_KINDS)[number];
export const COACHING_KIND_LABELS: Readonly<Record<CoachingKind, string>> = {
  DIALOG: 'Dialog kinerja',
  BIMBINGAN: 'Bimbingan kinerja',
};

export const COACHING_STATUSES = ['SCHEDULED', 'DONE', 'CANCELLED'] as const;
export type CoachingStatus = (typeof COACHING_STATUSES)[number];
export const COACHING_STATUS_LABELS: Readonly<Record<CoachingStatus, string>> = {
  SCHEDULED: 'Terjadwal',
  DONE: 'Selesai',
  CANCELLED: 'Dibatalkan',
};

/**
 * The nine statements the employee rates a coaching session on (1 = sangat tidak setuju … 5 = sangat
 * setuju). Rules §4 names three of them; the other six follow the same coaching principles (listening,
 * asking, ownership of the next step).
 */
export const COACHING_STATEMENTS: readonly { code: string; text: string }[] = [
  { code: 'DIDENGARKAN', text: 'Saya merasa didengarkan.' },
  { code: 'BERTANYA', text: 'Pembimbing lebih banyak bertanya daripada menggurui.' },
  { code: 'TAHU_LANGKAH', text: 'Saya tahu apa yang harus saya lakukan selanjutnya.' },
  { code: 'TUJUAN_JELAS', text: 'Tujuan sesi jelas sejak awal.' },
  { code: 'SOLUSI_SENDIRI', text: 'Saya terdorong menemukan solusi sendiri.' },
  { code: 'UMPAN_BALIK_SPESIFIK', text: 'Umpan balik yang saya terima spesifik dan jujur.' },
  { code: 'AMAN_BERPENDAPAT', text: 'Saya merasa aman untuk menyampaikan pendapat dan kesulitan.' },
  {
    code: 'FOKUS_KINERJA',
    text: 'Sesi berfokus pada kinerja dan pengembangan saya, bukan pada pribadi saya.',
  },
  { code: 'BERMANFAAT', text: 'Sesi ini bermanfaat bagi peningkatan kinerja saya.' },
];
export const COACHING_STATEMENT_CODES = COACHING_STATEMENTS.map((s) => s.code);

/** The 1–5 agreement scale of the statements. */
export const AGREEMENT_SCALE_LABELS: Readonly<Record<number, string>> = {
  1: 'Sangat tidak setuju',
  2: 'Tidak setuju',
  3: 'Netral',
  4: 'Setuju',
  5: 'Sangat setuju',
};

/**
 * ASN competencies (Permenpan-RB 38/2017 on ASN competency standards): the eight managerial competencies
 * and the socio-cultural one; technical competencies are per position and can be added as free entries.
 */
export const COMPETENCIES: readonly {
  code: string;
  name: string;
  group: 'MANAJERIAL' | 'SOSIAL_KULTURAL';
}[] = [
  { code: 'INTEGRITAS', name: 'Integritas', group: 'MANAJERIAL' },
  { code: 'KERJASAMA', name: 'Kerja sama', group: 'MANAJERIAL' },
  { code: 'KOMUNIKASI', name: 'Komunikasi', group: 'MANAJERIAL' },
  { code: 'ORIENTASI_HASIL', name: 'Orientasi pada hasil', group: 'MANAJERIAL' },
  { code: 'PELAYANAN_PUBLIK', name: 'Pelayanan publik', group: 'MANAJERIAL' },
  { code: 'PENGEMBANGAN_DIRI', name: 'Pengembangan diri dan orang lain', group: 'MANAJERIAL' },
  { code: 'MENGELOLA_PERUBAHAN', name: 'Mengelola perubahan', group: 'MANAJERIAL' },
  { code: 'PENGAMBILAN_KEPUTUSAN', name: 'Pengambilan keputusan', group: 'MANAJERIAL' },
  { code: 'PEREKAT_BANGSA', name: 'Perekat bangsa', group: 'SOSIAL_KULTURAL' },
];
export const COMPETENCY_CODES = COMPETENCIES.map((c) => c.code);

/** Competency levels 1–5 (Permenpan-RB 38/2017: level 1 awareness … level 5 expert/strategic). */
export const COMPETENCY_LEVEL_LABELS: Readonly<Record<number, string>> = {
  1: 'Level 1 — Kesadaran',
  2: 'Level 2 — Pengetahuan',
  3: 'Level 3 — Penerapan',
  4: 'Level 4 — Advance',
  5: 'Level 5 — Ahli',
};

/**
 * Validates a score map (statement or competency code → integer 1..5) against the allowed codes.
 * Returns the problems; `requireAll` demands every code.
 */
export function scoreProblems(
  scores: Readonly<Record<string, number>>,
  codes: readonly string[],
  requireAll: boolean,
): string[] {
  const problems: string[] = [];
  for (const [code, score] of Object.entries(scores)) {
    if (!codes.includes(code)) problems.push(`Kode tidak dikenal: ${code}`);
    else if (!Number.isInteger(score) || score < 1 || score > 5) problems.push(`Nilai ${code} harus 1–5`);
  }
  if (requireAll) {
    for (const code of codes) if (!(code in scores)) problems.push(`Nilai ${code} belum diisi`);
  }
  if (Object.keys(scores).length === 0) problems.push('Belum ada nilai');
  return problems;
}

/**
 * Rules §4 (optional 360): peer input on the BerAKHLAK values is shown to the employee only aggregated,
 * and only when at least this many peers answered.
 */
export const PEER_MIN_ANSWERS = 3;

/** Whether peer answers may be revealed (aggregated): at least PEER_MIN_ANSWERS answered. */
export function peerInputVisible(answered: number): boolean {
  return answered >= PEER_MIN_ANSWERS;
}

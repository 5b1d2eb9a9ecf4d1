/**
 * The SKP (Sasaran Kinerja Pegawai): its status workflow and the structure of its results section
 * (rules §3; Permenpan-RB 6/2022 on ASN performance management, lampiran: the SKP forms for JA/JF and
 * for JPT).
 */
import type { PositionKind } from './organisation.ts';

// ---------------------------------------------------------------------------------------------------------
// Status workflow
// ---------------------------------------------------------------------------------------------------------

/**
 * SKP statuses. RETURNED (*Dikembalikan*) behaves like DRAFT (editable, can be submitted again) but is shown
 * separately so that the employee sees the rater's note. CLOSED ends an SKP, e.g. when its holder moves post
 * mid-year (rules §2) — the new post gets a new SKP.
 */
export const SKP_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CLOSED'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SKP_STATUS_LABELS: Readonly<Record<SkpStatus, string>> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  APPROVED: 'Disetujui',
  CLOSED: 'Ditutup',
};

export const SKP_ACTIONS = ['submit', 'approve', 'return', 'revise', 'close'] as const;
export type SkpAction = (typeof SKP_ACTIONS)[number];

export type SkpTransitionResult =
  | { ok: true; status: SkpStatus }
  | { ok: false; code: 'SKP_ILLEGAL_TRANSITION' };

const TRANSITIONS: Readonly<Record<SkpAction, Partial<Record<SkpStatus, SkpStatus>>>> = {
  submit: { DRAFT: 'SUBMITTED', RETURNED: 'SUBMITTED' },
  approve: { SUBMITTED: 'APPROVED' },
  return: { SUBMITTED: 'RETURNED' },
  revise: { APPROVED: 'DRAFT' },
  close: { DRAFT: 'CLOSED', SUBMITTED: 'CLOSED', RETURNED: 'CLOSED', APPROVED: 'CLOSED' },
};

/**
 * Rules §3, SKP status flow: Draf → Diajukan → Disetujui, or Dikembalikan (back to an editable draft).
 * - submit: DRAFT | RETURNED → SUBMITTED
 * - approve: SUBMITTED → APPROVED
 * - return: SUBMITTED → RETURNED
 * - revise: APPROVED → DRAFT. An approved SKP is locked; the service makes the revision a *new version* in
 *   DRAFT and the old version stays APPROVED and readable.
 * - close: any status but CLOSED → CLOSED
 * Every other pair is refused with SKP_ILLEGAL_TRANSITION. Recording who/when/note is the service's job.
 */
export function nextStatus(status: SkpStatus, action: SkpAction): SkpTransitionResult {
  const next = TRANSITIONS[action]?.[status];
  return next ? { ok: true, status: next } : { ok: false, code: 'SKP_ILLEGAL_TRANSITION' };
}

/** Rules §3: only a draft (DRAFT, or RETURNED by the rater) may be edited; an approved SKP is locked. */
export function isEditable(status: SkpStatus): boolean {
  return status === 'DRAFT' || status === 'RETURNED';
}

// ---------------------------------------------------------------------------------------------------------
// Structure
// ---------------------------------------------------------------------------------------------------------

/** Rules §3: an SKP uses one approach, kuantitatif (numeric targets) or kualitatif (narrative). */
export const SKP_APPROACHES = ['KUANTITATIF', 'KUALITATIF'] as const;
export type SkpApproach = (typeof SKP_APPROACHES)[number];
export const SKP_APPROACH_LABELS: Readonly<Record<SkpApproach, string>> = {
  KUANTITATIF: 'Kuantitatif',
  KUALITATIF: 'Kualitatif',
};

/** Rules §3: the two SKP forms, one for JA and JF (with cascading), one for JPT (with perspektif). */
export const SKP_FORMATS = ['JA_JF', 'JPT'] as const;
export type SkpFormat = (typeof SKP_FORMATS)[number];
export const SKP_FORMAT_LABELS: Readonly<Record<SkpFormat, string>> = {
  JA_JF: 'JA/JF',
  JPT: 'JPT',
};

/** Rules §3: the SKP form of a position kind — JPT for senior leadership, JA/JF for everyone else. */
export function skpFormatFor(positionKind: PositionKind): SkpFormat {
  return positionKind === 'JPT' ? 'JPT' : 'JA_JF';
}

/** Rules §3: RHK categories, A. Utama (main) and B. Tambahan (additional). */
export const RHK_CATEGORIES = ['UTAMA', 'TAMBAHAN'] as const;
export type RhkCategory = (typeof RHK_CATEGORIES)[number];
export const RHK_CATEGORY_LABELS: Readonly<Record<RhkCategory, string>> = {
  UTAMA: 'Utama',
  TAMBAHAN: 'Tambahan',
};

/** Rules §1/§3: the aspek of an IKI (indikator kinerja individu). */
export const IKI_ASPECTS = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export type IkiAspect = (typeof IKI_ASPECTS)[number];
export const IKI_ASPECT_LABELS: Readonly<Record<IkiAspect, string>> = {
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
};

/**
 * Rules §1/§3: balanced-scorecard perspektif of a JPT indicator.
 * (uncertain, rules §1) The last two — PROSES_BISNIS and PENGUATAN_INTERNAL — are not confirmed by all public
 * sources: treat this list as a documented default that an administrator can change.
 */
export const JPT_PERSPECTIVES = [
  'PENERIMA_LAYANAN',
  'ANGGARAN',
  'PROSES_BISNIS',
  'PENGUATAN_INTERNAL',
] as const;
export type JptPerspective = (typeof JPT_PERSPECTIVES)[number];
export const JPT_PERSPECTIVE_LABELS: Readonly<Record<JptPerspective, string>> = {
  PENERIMA_LAYANAN: 'Perspektif Penerima Layanan',
  ANGGARAN: 'Perspektif Penganggaran',
  // (uncertain) the two below.
  PROSES_BISNIS: 'Perspektif Proses Bisnis',
  PENGUATAN_INTERNAL: 'Perspektif Penguatan Internal',
};

// ---------------------------------------------------------------------------------------------------------
// Submission check
// ---------------------------------------------------------------------------------------------------------

export interface SkpIndicatorInput {
  aspect: IkiAspect;
  text: string;
  targetValue: number | null;
  targetUnit: string | null;
  targetText: string | null;
  /** JPT only: the perspektif (see JPT_PERSPECTIVES; the list is configurable). */
  perspective: string | null;
}

export interface SkpRhkInput {
  category: RhkCategory;
  text: string;
  /** JA/JF: id of the superior's RHK this RHK intervenes (*RHK atasan yang diintervensi*). JPT: null. */
  parentRhkId: string | null;
  /** JPT: annotation of who assigned the RHK (*penugasan dari*); kept, not checked. */
  penugasanDari: string | null;
  indicators: readonly SkpIndicatorInput[];
}

export interface SkpContentInput {
  format: SkpFormat;
  approach: SkpApproach;
  rhks: readonly SkpRhkInput[];
  /** Ids of the RHKs of the superior's approved SKP; null when the superior has no approved SKP. */
  superiorRhkIds: readonly string[] | null;
}

export const SKP_PROBLEM_CODES = [
  'SKP_NO_MAIN_RHK',
  'RHK_TEXT_REQUIRED',
  'RHK_NO_INDICATOR',
  'CASCADE_REQUIRED',
  'CASCADE_INVALID_PARENT',
  'CASCADE_SUPERIOR_NO_SKP',
  'CASCADE_NOT_ALLOWED',
  'IKI_TEXT_REQUIRED',
  'IKI_TARGET_REQUIRED',
  'IKI_PERSPECTIVE_REQUIRED',
] as const;
export type SkpProblemCode = (typeof SKP_PROBLEM_CODES)[number];

export interface SkpProblem {
  /** Dotted path into the input, e.g. `rhks.0.indicators.1.targetValue`. */
  path: string;
  code: SkpProblemCode;
  /** Indonesian, for the user. */
  message: string;
}

function isBlank(value: string | null | undefined): boolean {
  return value == null || value.trim() === '';
}

/**
 * Rules §3: checks an SKP's results section before it is submitted to the rater (drafts may be incomplete,
 * so do not run this on save). Returns every problem found, or [] when the SKP may be submitted.
 * - at least one Utama RHK; every RHK has text and at least one IKI; every IKI has text;
 * - JA/JF: every RHK intervenes an RHK of the direct superior's approved SKP (cascading); when the superior
 *   has no approved SKP, each RHK reports CASCADE_SUPERIOR_NO_SKP so that the UI can say so;
 * - JPT: no cascading link (the RHK comes from the Perjanjian Kinerja), and each IKI has a perspektif;
 * - kuantitatif: each IKI has a finite target ≥ 0 and a unit; kualitatif: each IKI has a narrative target.
 */
export function validateSkpContent(input: SkpContentInput): SkpProblem[] {
  const problems: SkpProblem[] = [];
  const add = (path: string, code: SkpProblemCode, message: string) => problems.push({ path, code, message });

  if (!input.rhks.some((rhk) => rhk.category === 'UTAMA')) {
    add('rhks', 'SKP_NO_MAIN_RHK', 'SKP harus memuat paling sedikit satu RHK utama.');
  }
  const superiorIds = input.superiorRhkIds === null ? null : new Set(input.superiorRhkIds);

  input.rhks.forEach((rhk, i) => {
    const rhkPath = `rhks.${i}`;
    if (isBlank(rhk.text)) add(`${rhkPath}.text`, 'RHK_TEXT_REQUIRED', 'Rumusan RHK wajib diisi.');

    const parent = rhk.parentRhkId;
    if (input.format === 'JA_JF') {
      if (superiorIds === null) {
        add(
          `${rhkPath}.parentRhkId`,
          'CASCADE_SUPERIOR_NO_SKP',
          'Atasan langsung belum memiliki SKP yang disetujui, sehingga RHK atasan yang diintervensi belum dapat dipilih.',
        );
      } else if (parent === null || isBlank(parent)) {
        add(
          `${rhkPath}.parentRhkId`,
          'CASCADE_REQUIRED',
          'RHK ini harus mengintervensi salah satu RHK atasan: pilih RHK atasan yang diintervensi.',
        );
      } else if (!superiorIds.has(parent)) {
        add(
          `${rhkPath}.parentRhkId`,
          'CASCADE_INVALID_PARENT',
          'RHK atasan yang dipilih tidak terdapat dalam SKP atasan langsung yang disetujui.',
        );
      }
    } else if (parent !== null) {
      add(
        `${rhkPath}.parentRhkId`,
        'CASCADE_NOT_ALLOWED',
        'RHK JPT diambil dari Perjanjian Kinerja dan tidak mengintervensi RHK atasan.',
      );
    }

    if (rhk.indicators.length === 0) {
      add(
        `${rhkPath}.indicators`,
        'RHK_NO_INDICATOR',
        'Setiap RHK harus memiliki paling sedikit satu indikator (IKI).',
      );
    }
    rhk.indicators.forEach((iki, j) => {
      const ikiPath = `${rhkPath}.indicators.${j}`;
      if (isBlank(iki.text))
        add(`${ikiPath}.text`, 'IKI_TEXT_REQUIRED', 'Rumusan indikator (IKI) wajib diisi.');
      if (input.approach === 'KUANTITATIF') {
        if (iki.targetValue === null || !Number.isFinite(iki.targetValue) || iki.targetValue < 0) {
          add(
            `${ikiPath}.targetValue`,
            'IKI_TARGET_REQUIRED',
            'Target wajib diisi dengan angka yang tidak negatif (pendekatan kuantitatif).',
          );
        }
        if (isBlank(iki.targetUnit)) {
          add(
            `${ikiPath}.targetUnit`,
            'IKI_TARGET_REQUIRED',
            'Satuan target wajib diisi (pendekatan kuantitatif), misalnya "dokumen" atau "%".',
          );
        }
      } else if (isBlank(iki.targetText)) {
        add(
          `${ikiPath}.targetText`,
          'IKI_TARGET_REQUIRED',
          'Target wajib diisi berupa uraian ekspektasi (pendekatan kualitatif).',
        );
      }
      if (input.format === 'JPT' && isBlank(iki.perspective)) {
        add(
          `${ikiPath}.perspective`,
          'IKI_PERSPECTIVE_REQUIRED',
          'Perspektif indikator wajib diisi untuk SKP JPT.',
        );
      }
    });
  });
  return problems;
}

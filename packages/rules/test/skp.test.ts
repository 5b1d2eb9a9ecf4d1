import { describe, expect, it } from 'vitest';
import { POSITION_KINDS } from '../src/organisation.ts';
import {
  IKI_ASPECT_LABELS,
  IKI_ASPECTS,
  isEditable,
  JPT_PERSPECTIVE_LABELS,
  JPT_PERSPECTIVES,
  nextStatus,
  SKP_ACTIONS,
  SKP_STATUS_LABELS,
  SKP_STATUSES,
  type SkpAction,
  type SkpContentInput,
  type SkpIndicatorInput,
  type SkpRhkInput,
  type SkpStatus,
  skpFormatFor,
  validateSkpContent,
} from '../src/skp.ts';

describe('SKP status workflow (rules §3)', () => {
  // The full table: every (status, action) pair. null = refused.
  const TABLE: Record<SkpStatus, Record<SkpAction, SkpStatus | null>> = {
    DRAFT: { submit: 'SUBMITTED', approve: null, return: null, revise: null, close: 'CLOSED' },
    SUBMITTED: { submit: null, approve: 'APPROVED', return: 'RETURNED', revise: null, close: 'CLOSED' },
    RETURNED: { submit: 'SUBMITTED', approve: null, return: null, revise: null, close: 'CLOSED' },
    APPROVED: { submit: null, approve: null, return: null, revise: 'DRAFT', close: 'CLOSED' },
    CLOSED: { submit: null, approve: null, return: null, revise: null, close: null },
  };
  const pairs = SKP_STATUSES.flatMap((status) =>
    SKP_ACTIONS.map((action) => [status, action, TABLE[status][action]] as const),
  );

  it('covers all 25 pairs', () => {
    expect(pairs).toHaveLength(25);
  });

  it.each(pairs)('%s + %s → %s', (status, action, expected) => {
    expect(nextStatus(status, action)).toEqual(
      expected === null ? { ok: false, code: 'SKP_ILLEGAL_TRANSITION' } : { ok: true, status: expected },
    );
  });

  it('lets only DRAFT and RETURNED be edited', () => {
    expect(SKP_STATUSES.filter(isEditable)).toEqual(['DRAFT', 'RETURNED']);
  });

  it('labels statuses in Indonesian', () => {
    expect(SKP_STATUSES.map((s) => SKP_STATUS_LABELS[s])).toEqual([
      'Draf',
      'Diajukan',
      'Dikembalikan',
      'Disetujui',
      'Ditutup',
    ]);
  });
});

describe('SKP structure (rules §3)', () => {
  it('uses the JPT form for JPT and the JA/JF form for every other position kind', () => {
    expect(Object.fromEntries(POSITION_KINDS.map((k) => [k, skpFormatFor(k)]))).toEqual({
      JPT: 'JPT',
      ADMINISTRATOR: 'JA_JF',
      PENGAWAS: 'JA_JF',
      PELAKSANA: 'JA_JF',
      JF: 'JA_JF',
    });
  });

  it('labels aspects and perspectives in Indonesian', () => {
    expect(IKI_ASPECTS.map((a) => IKI_ASPECT_LABELS[a])).toEqual(['Kuantitas', 'Kualitas', 'Waktu', 'Biaya']);
    expect(JPT_PERSPECTIVES.map((p) => JPT_PERSPECTIVE_LABELS[p])).toEqual([
      'Perspektif Penerima Layanan',
      'Perspektif Penganggaran',
      'Perspektif Proses Bisnis',
      'Perspektif Penguatan Internal',
    ]);
  });
});

const quantIki = (over: Partial<SkpIndicatorInput> = {}): SkpIndicatorInput => ({
  aspect: 'KUANTITAS',
  text: 'Jumlah dokumen perencanaan yang disusun',
  targetValue: 12,
  targetUnit: 'dokumen',
  targetText: null,
  perspective: null,
  ...over,
});

const rhk = (over: Partial<SkpRhkInput> = {}): SkpRhkInput => ({
  category: 'UTAMA',
  text: 'Tersusunnya dokumen perencanaan perangkat daerah',
  parentRhkId: 'sup-1',
  penugasanDari: null,
  indicators: [
    quantIki(),
    quantIki({
      aspect: 'KUALITAS',
      text: 'Persentase dokumen tanpa revisi',
      targetValue: 100,
      targetUnit: '%',
    }),
    quantIki({ aspect: 'WAKTU', text: 'Waktu penyelesaian', targetValue: 12, targetUnit: 'bulan' }),
  ],
  ...over,
});

const jaJf = (over: Partial<SkpContentInput> = {}): SkpContentInput => ({
  format: 'JA_JF',
  approach: 'KUANTITATIF',
  rhks: [rhk(), rhk({ category: 'TAMBAHAN', text: 'Menjadi narasumber bimtek', parentRhkId: 'sup-2' })],
  superiorRhkIds: ['sup-1', 'sup-2', 'sup-3'],
  ...over,
});

const jpt = (over: Partial<SkpContentInput> = {}): SkpContentInput => ({
  format: 'JPT',
  approach: 'KUANTITATIF',
  rhks: [
    rhk({
      text: 'Meningkatnya kualitas pelayanan publik',
      parentRhkId: null,
      penugasanDari: 'Wali Kota',
      indicators: [
        quantIki({
          text: 'Indeks Kepuasan Masyarakat',
          targetValue: 85,
          targetUnit: 'indeks',
          perspective: 'PENERIMA_LAYANAN',
        }),
      ],
    }),
  ],
  superiorRhkIds: null,
  ...over,
});

const codesAt = (input: SkpContentInput) => validateSkpContent(input).map((p) => [p.path, p.code]);

describe('validateSkpContent (rules §3)', () => {
  it('accepts a complete JA/JF SKP', () => {
    expect(validateSkpContent(jaJf())).toEqual([]);
  });

  it('accepts a complete JPT SKP (no superior SKP needed)', () => {
    expect(validateSkpContent(jpt())).toEqual([]);
  });

  it('accepts a complete kualitatif SKP', () => {
    const iki = quantIki({
      targetValue: null,
      targetUnit: null,
      targetText: 'Dokumen disusun tepat waktu dan akurat',
    });
    expect(validateSkpContent(jaJf({ approach: 'KUALITATIF', rhks: [rhk({ indicators: [iki] })] }))).toEqual(
      [],
    );
  });

  it('requires at least one main RHK (SKP_NO_MAIN_RHK)', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ category: 'TAMBAHAN' })] }))).toEqual([['rhks', 'SKP_NO_MAIN_RHK']]);
    expect(codesAt(jaJf({ rhks: [] }))).toEqual([['rhks', 'SKP_NO_MAIN_RHK']]);
  });

  it('requires RHK text (RHK_TEXT_REQUIRED)', () => {
    expect(codesAt(jaJf({ rhks: [rhk(), rhk({ text: '   ' })] }))).toEqual([
      ['rhks.1.text', 'RHK_TEXT_REQUIRED'],
    ]);
  });

  it('requires at least one indicator per RHK (RHK_NO_INDICATOR)', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ indicators: [] })] }))).toEqual([
      ['rhks.0.indicators', 'RHK_NO_INDICATOR'],
    ]);
  });

  it('requires a JA/JF RHK to intervene a superior RHK (CASCADE_REQUIRED)', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ parentRhkId: null })] }))).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_REQUIRED'],
    ]);
    expect(codesAt(jaJf({ rhks: [rhk({ parentRhkId: '' })] }))).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_REQUIRED'],
    ]);
    const [problem] = validateSkpContent(jaJf({ rhks: [rhk({ parentRhkId: null })] }));
    expect(problem?.message).toMatch(/RHK ini harus mengintervensi salah satu RHK atasan/);
  });

  it('requires the intervened RHK to belong to the superior approved SKP (CASCADE_INVALID_PARENT)', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ parentRhkId: 'someone-else' })] }))).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_INVALID_PARENT'],
    ]);
  });

  it('reports on every RHK when the superior has no approved SKP (CASCADE_SUPERIOR_NO_SKP)', () => {
    expect(codesAt(jaJf({ superiorRhkIds: null }))).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_SUPERIOR_NO_SKP'],
      ['rhks.1.parentRhkId', 'CASCADE_SUPERIOR_NO_SKP'],
    ]);
    expect(codesAt(jaJf({ superiorRhkIds: [] }))).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_INVALID_PARENT'],
      ['rhks.1.parentRhkId', 'CASCADE_INVALID_PARENT'],
    ]);
  });

  it('refuses a cascading link on a JPT RHK (CASCADE_NOT_ALLOWED)', () => {
    const base = jpt();
    const withParent = { ...base, rhks: base.rhks.map((r) => ({ ...r, parentRhkId: 'sup-1' })) };
    expect(codesAt({ ...withParent, superiorRhkIds: ['sup-1'] })).toEqual([
      ['rhks.0.parentRhkId', 'CASCADE_NOT_ALLOWED'],
    ]);
  });

  it('requires a perspective on each JPT indicator (IKI_PERSPECTIVE_REQUIRED)', () => {
    const base = jpt();
    const input = {
      ...base,
      rhks: base.rhks.map((r) => ({ ...r, indicators: [...r.indicators, quantIki({ perspective: ' ' })] })),
    };
    expect(codesAt(input)).toEqual([['rhks.0.indicators.1.perspective', 'IKI_PERSPECTIVE_REQUIRED']]);
  });

  it('does not require a perspective on a JA/JF indicator', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ indicators: [quantIki({ perspective: null })] })] }))).toEqual([]);
  });

  it.each([
    [{ targetValue: null }, ['targetValue']],
    [{ targetValue: -1 }, ['targetValue']],
    [{ targetValue: Number.NaN }, ['targetValue']],
    [{ targetValue: Number.POSITIVE_INFINITY }, ['targetValue']],
    [{ targetUnit: null }, ['targetUnit']],
    [{ targetUnit: '  ' }, ['targetUnit']],
    [{ targetValue: null, targetUnit: '' }, ['targetValue', 'targetUnit']],
  ])('needs a finite target ≥ 0 and a unit for kuantitatif: %o (IKI_TARGET_REQUIRED)', (over, fields) => {
    const input = jaJf({ rhks: [rhk({ indicators: [quantIki(), quantIki(over)] })] });
    expect(codesAt(input)).toEqual(fields.map((f) => [`rhks.0.indicators.1.${f}`, 'IKI_TARGET_REQUIRED']));
  });

  it('accepts a zero kuantitatif target', () => {
    expect(codesAt(jaJf({ rhks: [rhk({ indicators: [quantIki({ targetValue: 0 })] })] }))).toEqual([]);
  });

  it('needs a narrative target for kualitatif (IKI_TARGET_REQUIRED)', () => {
    const input = jaJf({
      approach: 'KUALITATIF',
      rhks: [rhk({ indicators: [quantIki({ targetText: '' })] })],
    });
    expect(codesAt(input)).toEqual([['rhks.0.indicators.0.targetText', 'IKI_TARGET_REQUIRED']]);
  });

  it('requires indicator text (IKI_TEXT_REQUIRED)', () => {
    expect(
      codesAt(jaJf({ rhks: [rhk({ indicators: [quantIki(), quantIki(), quantIki({ text: '' })] })] })),
    ).toEqual([['rhks.0.indicators.2.text', 'IKI_TEXT_REQUIRED']]);
  });

  it('reports every problem at once, each with an Indonesian message', () => {
    const problems = validateSkpContent(
      jaJf({
        rhks: [
          rhk({
            category: 'TAMBAHAN',
            text: '',
            parentRhkId: 'x',
            indicators: [quantIki({ text: '', targetUnit: null })],
          }),
        ],
      }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'SKP_NO_MAIN_RHK',
      'RHK_TEXT_REQUIRED',
      'CASCADE_INVALID_PARENT',
      'IKI_TEXT_REQUIRED',
      'IKI_TARGET_REQUIRED',
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(10);
  });
});

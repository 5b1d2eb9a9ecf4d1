import type { SkpDetail } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import {
  bodyOf,
  type Draft,
  fieldOfPath,
  mergeIds,
  newIndicator,
  newRhk,
  numberOf,
  shapeOf,
} from '../src/modules/skp/draft.ts';

const draftWith = (...rhks: Draft['rhks']): Draft => ({
  approach: 'KUANTITATIF',
  rhks,
  behaviourExpectations: { AKUNTABEL: 'Jujur', ADAPTIF: '  ' },
  lampiran: {},
});

/** What PUT /content answers: the rows in the order sent, with the server's ids. */
const savedAs = (ids: { id: string; indicators: string[] }[]) =>
  ({
    rhks: ids.map((r) => ({ id: r.id, indicators: r.indicators.map((id) => ({ id })) })),
  }) as unknown as SkpDetail;

describe('SKP editor draft', () => {
  it('gives new rows the server ids without touching what was typed since the save was sent', () => {
    const rhk = newRhk('UTAMA');
    const sentDraft = draftWith(rhk);
    const sent = shapeOf(sentDraft);
    // Typed meanwhile: text, and a second RHK the server has not seen.
    const later = newRhk('TAMBAHAN');
    const typed = draftWith({ ...rhk, text: 'Terlaksananya kegiatan' }, later);
    const merged = mergeIds(typed, sent, savedAs([{ id: 'r1', indicators: ['i1'] }]));
    expect(merged.rhks[0]).toMatchObject({ key: rhk.key, id: 'r1', text: 'Terlaksananya kegiatan' });
    expect(merged.rhks[0]?.indicators[0]?.id).toBe('i1');
    expect(merged.rhks[1]).toEqual(later);
    // Nothing new: the same object (no re-render).
    expect(mergeIds(merged, shapeOf(merged), savedAs([{ id: 'r1', indicators: ['i1'] }]))).toBe(merged);
  });

  it('maps problem paths to the rows they were about, even after rows moved', () => {
    const a = newRhk('UTAMA');
    const b = { ...newRhk('UTAMA'), indicators: [newIndicator(), newIndicator()] };
    const sent = shapeOf(draftWith(a, b));
    expect(fieldOfPath('rhks.1.indicators.1.targetValue', sent)).toBe(
      `${b.key}.${b.indicators[1]?.key}.targetValue`,
    );
    expect(fieldOfPath('rhks.0.parentRhkId', sent)).toBe(`${a.key}.parentRhkId`);
    expect(fieldOfPath('rhks.0.indicators', sent)).toBe(`${a.key}.indicators`);
    expect(fieldOfPath('rhks', sent)).toBe('rhks');
  });

  it('sends numbers typed so far, only the fields of the approach and format, and no empty texts', () => {
    expect(numberOf('')).toBeNull();
    expect(numberOf('74.5')).toBe(74.5);
    expect(numberOf('12.')).toBe(12);
    expect(numberOf(8)).toBe(8);
    const rhk = newRhk('UTAMA');
    const indicator = { ...rhk.indicators[0], targetValue: '74.5', targetUnit: 'tahun', targetText: 'x' };
    const draft = draftWith({
      ...rhk,
      parentRhkId: 'p1',
      penugasanDari: 'Wali Kota',
      indicators: [indicator],
    } as Draft['rhks'][number]);
    const jaJf = bodyOf(draft, 'JA_JF');
    expect(jaJf.rhks[0]).toMatchObject({ parentRhkId: 'p1', penugasanDari: null });
    expect(jaJf.rhks[0]?.indicators[0]).toMatchObject({
      targetValue: 74.5,
      targetUnit: 'tahun',
      targetText: null,
    });
    expect(jaJf.rhks[0]).not.toHaveProperty('id');
    expect(jaJf.behaviourExpectations).toEqual({ AKUNTABEL: 'Jujur' });
    const jpt = bodyOf({ ...draft, approach: 'KUALITATIF' }, 'JPT');
    expect(jpt.rhks[0]).toMatchObject({ parentRhkId: null, penugasanDari: 'Wali Kota' });
    expect(jpt.rhks[0]?.indicators[0]).toMatchObject({
      targetValue: null,
      targetUnit: null,
      targetText: 'x',
    });
  });
});

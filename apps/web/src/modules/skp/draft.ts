/**
 * The SKP editor's local model. Every row has a local `key` (stable for React and for field errors) and
 * the server `id` once the server has one; the whole draft is sent on each autosave.
 */
import type { SkpContentBody, SkpDetail } from '@sigap/contracts';
import type { IkiAspect, RhkCategory, SkpApproach, TargetDirection } from '@sigap/rules';
import { BERAKHLAK_CODES, defaultDirection, LAMPIRAN_SECTIONS } from '@sigap/rules';
import type { SkpProblem } from './skp.api.ts';

export interface DraftIndicator {
  key: string;
  id?: string;
  aspect: IkiAspect;
  text: string;
  /** NumberInput's value: a number, or the string of an unfinished number ("12.") or ''. */
  targetValue: number | string;
  targetUnit: string;
  targetText: string;
  perspective: string | null;
  /** At least (more is better) or at most (less is better). */
  direction: TargetDirection;
}

export interface DraftRhk {
  key: string;
  id?: string;
  category: RhkCategory;
  text: string;
  parentRhkId: string | null;
  /** The linked superior RHK's text as last read (shown if it is no longer among the options). */
  parentRhkText: string | null;
  klasifikasi: string | null;
  penugasanDari: string;
  indicators: DraftIndicator[];
}

export interface Draft {
  approach: SkpApproach;
  rhks: DraftRhk[];
  behaviourExpectations: Record<string, string>;
  lampiran: Record<string, string>;
}

let counter = 0;
export const newKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function newIndicator(aspect: IkiAspect = 'KUANTITAS'): DraftIndicator {
  return {
    key: newKey('iki'),
    aspect,
    text: '',
    targetValue: '',
    targetUnit: '',
    targetText: '',
    perspective: null,
    direction: defaultDirection(aspect),
  };
}

export function newRhk(category: RhkCategory): DraftRhk {
  return {
    key: newKey('rhk'),
    category,
    text: '',
    parentRhkId: null,
    parentRhkText: null,
    klasifikasi: null,
    penugasanDari: '',
    indicators: [newIndicator()],
  };
}

/** The editable content of an SKP as read from the API. */
export function draftOf(skp: SkpDetail): Draft {
  return {
    approach: skp.approach,
    rhks: skp.rhks.map((r) => ({
      key: r.id,
      id: r.id,
      category: r.category,
      text: r.text,
      parentRhkId: r.parentRhkId,
      parentRhkText: r.parentRhkText,
      klasifikasi: r.klasifikasi,
      penugasanDari: r.penugasanDari ?? '',
      indicators: r.indicators.map((i) => ({
        key: i.id,
        id: i.id,
        aspect: i.aspect,
        text: i.text,
        targetValue: i.targetValue ?? '',
        targetUnit: i.targetUnit ?? '',
        targetText: i.targetText ?? '',
        perspective: i.perspective,
        direction: i.direction,
      })),
    })),
    behaviourExpectations: { ...skp.behaviourExpectations },
    lampiran: { ...skp.lampiran },
  };
}

/** The number typed so far, or null when there is none (or it is not a number yet). */
export function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** PUT /api/skps/:id/content from the draft (ids sent back so the server keeps its rows). */
export function bodyOf(draft: Draft, format: SkpDetail['format']): SkpContentBody {
  const quantitative = draft.approach === 'KUANTITATIF';
  return {
    approach: draft.approach,
    rhks: draft.rhks.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      category: r.category,
      text: r.text,
      parentRhkId: format === 'JA_JF' ? r.parentRhkId : null,
      klasifikasi: r.klasifikasi,
      penugasanDari: format === 'JPT' ? orNull(r.penugasanDari) : null,
      indicators: r.indicators.map((i) => ({
        ...(i.id ? { id: i.id } : {}),
        aspect: i.aspect,
        text: i.text,
        targetValue: quantitative ? numberOf(i.targetValue) : null,
        targetUnit: quantitative ? orNull(i.targetUnit) : null,
        targetText: quantitative ? null : orNull(i.targetText),
        perspective: format === 'JPT' ? i.perspective : null,
        direction: i.direction,
      })),
    })),
    behaviourExpectations: Object.fromEntries(
      BERAKHLAK_CODES.map((code) => [code, draft.behaviourExpectations[code] ?? ''] as const).filter(
        ([, value]) => value.trim() !== '',
      ),
    ),
    lampiran: Object.fromEntries(
      LAMPIRAN_SECTIONS.map((code) => [code, draft.lampiran[code] ?? ''] as const).filter(
        ([, value]) => value.trim() !== '',
      ),
    ),
  };
}

/** Which local row each position of a sent body was (the server answers in the same order). */
export interface SentShape {
  rhks: { key: string; indicators: string[] }[];
}

export const shapeOf = (draft: Draft): SentShape => ({
  rhks: draft.rhks.map((r) => ({ key: r.key, indicators: r.indicators.map((i) => i.key) })),
});

/**
 * Gives rows that had no server id the id the server made for them; everything else (text typed since the
 * save was sent, rows added or removed meanwhile) is left alone. Returns the same object when nothing is new.
 */
export function mergeIds(draft: Draft, sent: SentShape, saved: SkpDetail): Draft {
  const ids = new Map<string, string>();
  sent.rhks.forEach((r, i) => {
    const server = saved.rhks[i];
    if (!server) return;
    ids.set(r.key, server.id);
    r.indicators.forEach((key, j) => {
      const indicator = server.indicators[j];
      if (indicator) ids.set(key, indicator.id);
    });
  });
  let changed = false;
  const rhks = draft.rhks.map((r) => {
    let rhk = r;
    const id = ids.get(r.key);
    if (id && r.id !== id) {
      rhk = { ...rhk, id };
      changed = true;
    }
    const indicators = r.indicators.map((indicator) => {
      const iid = ids.get(indicator.key);
      if (iid && indicator.id !== iid) {
        changed = true;
        return { ...indicator, id: iid };
      }
      return indicator;
    });
    if (indicators.some((x, j) => x !== r.indicators[j])) rhk = { ...rhk, indicators };
    return rhk;
  });
  return changed ? { ...draft, rhks } : draft;
}

/**
 * Field errors by local field name (`<rhkKey>.text`, `<rhkKey>.<ikiKey>.targetValue`, `rhks`) from the
 * problems of a submission, whose paths index the draft as it was sent.
 */
export function fieldOfPath(path: string, sent: SentShape): string {
  const match = /^rhks\.(\d+)(?:\.indicators\.(\d+))?(?:\.(\w+))?$/.exec(path);
  if (!match) return path;
  const rhk = sent.rhks[Number(match[1])];
  if (!rhk) return path;
  if (match[2] !== undefined) {
    const indicator = rhk.indicators[Number(match[2])];
    if (!indicator) return rhk.key;
    return `${rhk.key}.${indicator}${match[3] ? `.${match[3]}` : ''}`;
  }
  return `${rhk.key}${match[3] ? `.${match[3]}` : ''}`;
}

export interface FieldProblem extends SkpProblem {
  /** The local field (see fieldOfPath). */
  field: string;
}

/** The DOM id of a field (to jump to it from the list of problems). */
export const fieldDomId = (field: string) => `skp-field-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAutosave } from '../../lib/autosave.ts';
import { numberOf } from '../skp/draft.ts';
import {
  type RealisationReport,
  type SaveRealisationBody,
  saveRealisation,
  storeReport,
} from './realisation.api.ts';

/** What the person types: per IKI the number (as the field holds it) and the narrative; per RHK the rencana aksi. */
export interface RealisationDraft {
  rencanaAksi: Record<string, string>;
  values: Record<string, { value: number | string; text: string }>;
}

export function draftOf(report: RealisationReport): RealisationDraft {
  const draft: RealisationDraft = { rencanaAksi: {}, values: {} };
  for (const rhk of report.rhks) {
    draft.rencanaAksi[rhk.id] = rhk.rencanaAksi;
    for (const indicator of rhk.indicators) {
      draft.values[indicator.id] = { value: indicator.value ?? '', text: indicator.valueText ?? '' };
    }
  }
  return draft;
}

export function bodyOf(draft: RealisationDraft): SaveRealisationBody {
  return {
    rencanaAksi: Object.fromEntries(Object.entries(draft.rencanaAksi).map(([id, text]) => [id, text.trim()])),
    values: Object.entries(draft.values).map(([indicatorId, v]) => ({
      indicatorId,
      value: numberOf(v.value),
      text: v.text.trim() === '' ? null : v.text.trim(),
    })),
  };
}

/**
 * The realisation being typed and its autosave (`useAutosave`, like the SKP editor's): the whole period is
 * PUT. The answer (with the achievements the server computed) goes into the cache, the typed text stays as
 * it is. `save()` saves now; `save(true)` also when nothing changed (to create the draft before an upload).
 */
export function useRealisationDraft(report: RealisationReport) {
  const client = useQueryClient();
  const skpId = report.skp.id;
  const periodId = report.period.id;
  const send = useCallback(
    (draft: RealisationDraft) => saveRealisation(skpId, periodId, bodyOf(draft)),
    [skpId, periodId],
  );
  const store = useCallback((saved: RealisationReport) => storeReport(client, saved), [client]);
  return useAutosave(() => draftOf(report), { send, store });
}

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  type RealisationReport,
  type SaveRealisationBody,
  saveRealisation,
  storeReport,
} from './realisation.api.ts';

export const AUTOSAVE_DELAY_MS = 1500;

/** What the person types: per IKI the number (as the field holds it) and the narrative; per RHK the rencana aksi. */
export interface RealisationDraft {
  rencanaAksi: Record<string, string>;
  values: Record<string, { value: number | string; text: string }>;
}

export type SaveState =
  | { status: 'clean' }
  | { status: 'dirty' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

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

/** The number typed so far, or null (empty, or not a number yet). */
export function numberOf(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : null;
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
 * The realisation being typed and its autosave (like the SKP editor's): ~1.5 s after the last change the
 * whole period is PUT, one request at a time; changes made meanwhile are saved right after. The answer
 * (with the achievements the server computed) goes into the cache, the typed text stays as it is.
 * `save()` saves now; `save(true)` also when nothing changed (to create the draft before an upload).
 */
export function useRealisationDraft(report: RealisationReport) {
  const client = useQueryClient();
  const [draft, setDraftState] = useState<RealisationDraft>(() => draftOf(report));
  const [state, setState] = useState<SaveState>({ status: 'clean' });
  const draftRef = useRef(draft);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const skpId = report.skp.id;
  const periodId = report.period.id;

  const save = useCallback(
    async (force = false): Promise<boolean> => {
      clearTimeout(timer.current);
      if (inFlight.current) await inFlight.current;
      if (!force && version.current === savedVersion.current) return true;
      const sentVersion = version.current;
      if (mounted.current) setState({ status: 'saving' });
      const request = saveRealisation(skpId, periodId, bodyOf(draftRef.current))
        .then(
          (saved) => {
            savedVersion.current = Math.max(savedVersion.current, sentVersion);
            storeReport(client, saved);
            if (!mounted.current) return true;
            if (version.current === sentVersion) setState({ status: 'saved', at: new Date() });
            else {
              setState({ status: 'dirty' });
              timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
            }
            return true;
          },
          (error: unknown) => {
            if (mounted.current) setState({ status: 'error', error });
            return false;
          },
        )
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = request;
      return request;
    },
    [client, skpId, periodId],
  );

  const update = useCallback(
    (change: (current: RealisationDraft) => RealisationDraft) => {
      const next = change(draftRef.current);
      if (next === draftRef.current) return;
      draftRef.current = next;
      setDraftState(next);
      version.current += 1;
      if (!inFlight.current) setState({ status: 'dirty' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (version.current === savedVersion.current && !inFlight.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Leaving within the app: what is not saved yet is sent one last time.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
      if (version.current !== savedVersion.current) {
        void saveRealisation(skpId, periodId, bodyOf(draftRef.current)).then(
          (saved) => storeReport(client, saved),
          () => undefined,
        );
      }
    };
  }, [client, skpId, periodId]);

  return { draft, update, save, state, dirty: () => version.current !== savedVersion.current };
}

import type { SkpDetail } from '@sigap/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { bodyOf, type Draft, draftOf, mergeIds, shapeOf } from './draft.ts';
import { saveSkpContent, skpKey } from './skp.api.ts';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { status: 'clean' }
  | { status: 'dirty' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

/**
 * The editor's draft and its autosave: each change bumps a version; ~1.5 s after the last change the whole
 * content is PUT (one request at a time; changes made meanwhile are saved right after). Rows the server
 * created get their ids without touching what the person is typing. `save()` saves now (before submit).
 */
export function useSkpDraft(skp: SkpDetail) {
  const client = useQueryClient();
  const [draft, setDraftState] = useState<Draft>(() => draftOf(skp));
  const [state, setState] = useState<SaveState>({ status: 'clean' });
  const draftRef = useRef(draft);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);
  const id = skp.id;
  const format = skp.format;

  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (version.current === savedVersion.current) return true;
    const sentVersion = version.current;
    const sent = shapeOf(draftRef.current);
    const body = bodyOf(draftRef.current, format);
    if (mounted.current) setState({ status: 'saving' });
    const request = saveSkpContent(id, body)
      .then(
        (saved) => {
          savedVersion.current = Math.max(savedVersion.current, sentVersion);
          client.setQueryData(skpKey(id), saved);
          if (!mounted.current) return true;
          const merged = mergeIds(draftRef.current, sent, saved);
          if (merged !== draftRef.current) {
            draftRef.current = merged;
            setDraftState(merged);
          }
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
  }, [client, id, format]);

  /** Applies a change made by the person and schedules the autosave. */
  const update = useCallback(
    (change: (current: Draft) => Draft) => {
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

  // Leaving the page: the browser asks first when something is not saved yet.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (version.current === savedVersion.current && !inFlight.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // Leaving within the app (another page): what is not saved yet is sent one last time.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
      if (version.current !== savedVersion.current) {
        const body = bodyOf(draftRef.current, format);
        void saveSkpContent(id, body).then(
          (saved) => client.setQueryData(skpKey(id), saved),
          () => undefined,
        );
      }
    };
  }, [client, id, format]);

  return { draft, update, save, state };
}

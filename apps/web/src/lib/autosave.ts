import { useCallback, useEffect, useRef, useState } from 'react';

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { status: 'clean' }
  | { status: 'dirty' }
  | { status: 'saving' }
  | { status: 'saved'; at: Date }
  | { status: 'error'; error: unknown };

export interface AutosaveOptions<D, S, P> {
  /** Sends the whole draft (memoise it: a new function is a new save target). */
  send: (draft: D) => Promise<S>;
  /** Keeps what the server answered (in the query cache), also after the page is left. */
  store: (saved: S) => void;
  /**
   * Called just before the draft is sent; gives what `merge` is to get with the answer (e.g. which local
   * row each position of the sent body was).
   */
  prepare?: (draft: D) => P;
  /** Folds the answer into the draft typed since (same object when nothing changes). */
  merge?: (current: D, prepared: P, saved: S) => D;
}

/**
 * A draft and its autosave: each change bumps a version; ~1.5 s after the last change the whole draft is
 * sent (one request at a time; changes made meanwhile are saved right after). `save()` saves now;
 * `save(true)` also when nothing changed. Leaving the page asks first when something is not saved yet;
 * leaving within the app sends what is not saved yet one last time.
 */
export function useAutosave<D, S, P = undefined>(
  initial: () => D,
  { send, store, prepare, merge }: AutosaveOptions<D, S, P>,
) {
  const [draft, setDraftState] = useState<D>(initial);
  const [state, setState] = useState<SaveState>({ status: 'clean' });
  const draftRef = useRef(draft);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  const save = useCallback(
    async (force = false): Promise<boolean> => {
      clearTimeout(timer.current);
      if (inFlight.current) await inFlight.current;
      if (!force && version.current === savedVersion.current) return true;
      const sentVersion = version.current;
      const prepared = prepare?.(draftRef.current);
      if (mounted.current) setState({ status: 'saving' });
      const request = send(draftRef.current)
        .then(
          (saved) => {
            savedVersion.current = Math.max(savedVersion.current, sentVersion);
            store(saved);
            if (!mounted.current) return true;
            if (merge) {
              const merged = merge(draftRef.current, prepared as P, saved);
              if (merged !== draftRef.current) {
                draftRef.current = merged;
                setDraftState(merged);
              }
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
    },
    [send, store, prepare, merge],
  );

  /** Applies a change made by the person and schedules the autosave. */
  const update = useCallback(
    (change: (current: D) => D) => {
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
        void send(draftRef.current).then(store, () => undefined);
      }
    };
  }, [send, store]);

  return { draft, update, save, state, dirty: () => version.current !== savedVersion.current };
}

import { type ReactNode, type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { getJson, PublicApiError } from './api.ts';
import { errorText, text } from './text.ts';

/** The frame of every citizens' page: skip link, header, main landmark, footer; sets the tab title. */
export function PublicPage({
  title,
  agency,
  children,
  wide = false,
  footer = true,
}: {
  title: string;
  agency?: string | undefined;
  children: ReactNode;
  wide?: boolean;
  footer?: boolean;
}) {
  useEffect(() => {
    document.title = agency ? `${title} · ${agency}` : title;
  }, [title, agency]);
  return (
    <>
      <a className="skip-link" href="#isi">
        {text.skipToContent}
      </a>
      <header className="site-header">
        <div className={wide ? 'container container-wide' : 'container'}>
          <span className="site-name">{agency ?? text.appName}</span>
        </div>
      </header>
      <main id="isi" tabIndex={-1} className={wide ? 'container container-wide' : 'container'}>
        {children}
      </main>
      {footer && (
        <footer className="site-footer">
          <div className={wide ? 'container container-wide' : 'container'}>{text.footer}</div>
        </footer>
      )}
    </>
  );
}

/** Moves the keyboard (and screen reader) focus to an element when it appears, e.g. a result heading. */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** A heading that takes the focus when shown (a result screen replacing a form). */
export function FocusHeading({ children, level = 1 }: { children: ReactNode; level?: 1 | 2 }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} tabIndex={-1}>
      {children}
    </Tag>
  );
}

export type Load<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'error'; code: string; status: number };

/** GETs a public API path (null: nothing to load yet); `reload` tries again. */
export function useLoad<T>(path: string | null): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoad({ state: 'loading' });
    void attempt;
    getJson<T>(path, controller.signal).then(
      (data) => setLoad({ state: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const e = error instanceof PublicApiError ? error : new PublicApiError('UNKNOWN', 0);
        setLoad({ state: 'error', code: e.code, status: e.status });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [load, reload];
}

/** The loading and failure states of a page's data, in the page frame. */
export function LoadState({
  load,
  title,
  onRetry,
}: {
  load: Load<unknown>;
  title: string;
  onRetry: () => void;
}) {
  if (load.state === 'loading') {
    return (
      <PublicPage title={title}>
        <p className="loading" role="status">
          {text.loading}
        </p>
      </PublicPage>
    );
  }
  if (load.state === 'error') {
    return (
      <PublicPage title={title}>
        <h1>{load.status === 404 ? text.notFound.title : title}</h1>
        <Alert>{load.status === 404 ? text.notFound.body : errorText(load.code)}</Alert>
        {load.status !== 404 && (
          <button type="button" className="button" onClick={onRetry}>
            {text.survey.retry}
          </button>
        )}
      </PublicPage>
    );
  }
  return null;
}

/** An error message announced to screen readers; `focus` moves the focus to it (after a submit). */
export function Alert({
  children,
  id,
  focus = false,
}: {
  children: ReactNode;
  id?: string;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} id={id} className="alert" role="alert" tabIndex={-1}>
      {children}
    </div>
  );
}

export interface Choice<V> {
  value: V;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A question answered by one choice: a fieldset with its legend and large native radio buttons
 * (arrow keys move between them, as everywhere).
 */
export function ChoiceGroup<V extends string | number>({
  name,
  legend,
  description,
  choices,
  value,
  onChange,
  error,
  id,
  columns = false,
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null | undefined;
  id?: string;
  /** Short answers side by side (two columns on a phone). */
  columns?: boolean;
}) {
  const descriptionId = `${name}-desc`;
  const errorId = `${name}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset id={id} className="choice-group" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {description && (
        <p id={descriptionId} className="question">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className={columns ? 'choices choices-columns' : 'choices'}>
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice">
            <input
              type="radio"
              name={name}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              {choice.label}
              {choice.hint && <span className="choice-hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled text field with its hint and error wired to aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  optional?: boolean;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({text.optional})</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
      })}
    </div>
  );
}

/** A large tick for the confirmation screens (decorative). */
export function CheckMark() {
  return (
    <svg className="check" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      <path
        d="M14 24.5l7 7 13-14"
        fill="none"
        stroke="#fff"
        strokeWidth="4.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function NotFoundPage() {
  return (
    <PublicPage title={text.notFound.title}>
      <h1>{text.notFound.title}</h1>
      <p>{text.notFound.body}</p>
    </PublicPage>
  );
}

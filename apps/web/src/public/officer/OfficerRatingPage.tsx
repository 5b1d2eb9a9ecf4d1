import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { call, type OfficerRatingBody, PublicApiError, type PublicVisitCode, visitCodePath } from '../api.ts';
import { navigate } from '../router.tsx';
import { errorText, text } from '../text.ts';
import { Alert, CheckMark, Field, FocusHeading, PublicPage, useLoad } from '../ui.tsx';
import { officerText } from './text.ts';

const SCORES = [1, 2, 3, 4, 5] as const;

/** The visit code form, when the page was opened without one (or with a wrong one). */
function CodeForm({ initial = '' }: { initial?: string }) {
  const [code, setCode] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim().toUpperCase();
    if (!value) {
      setError(officerText.codeRequired);
      return;
    }
    navigate(`/nilai-petugas?kode=${encodeURIComponent(value)}`);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={officerText.title}>
      <Field id="kode" label={officerText.code} hint={text.survey.visitCodeHint} error={error}>
        {(props) => (
          <input
            {...props}
            className="input-code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            value={code}
            onChange={(e) => {
              setCode(e.target.value.toUpperCase());
              setError(null);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {officerText.lookup}
      </button>
    </form>
  );
}

function Star() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
    </svg>
  );
}

/** /nilai-petugas?kode=… — a citizen rates the officer named on their visit code (rules §7.3). */
export function OfficerRatingPage({ code }: { code: string }) {
  const visitCode = code.trim().toUpperCase();
  const [load, reload] = useLoad<PublicVisitCode>(visitCode ? visitCodePath(visitCode) : null);
  const frame = (children: ReactNode) => (
    <PublicPage title={officerText.title}>
      <h1>{officerText.title}</h1>
      {children}
    </PublicPage>
  );
  if (!visitCode) {
    return frame(
      <>
        <p>{officerText.intro}</p>
        <CodeForm />
      </>,
    );
  }
  if (load.state === 'loading') {
    return (
      <PublicPage title={officerText.title}>
        <p className="loading" role="status">
          {text.loading}
        </p>
      </PublicPage>
    );
  }
  if (load.state === 'error') {
    return frame(
      <>
        <Alert>{load.status === 404 ? errorText('VISIT_CODE_INVALID') : errorText(load.code)}</Alert>
        {load.status !== 404 && (
          <p>
            <button type="button" className="button" onClick={reload}>
              {text.survey.retry}
            </button>
          </p>
        )}
        <CodeForm initial={visitCode} />
      </>,
    );
  }
  const visit = load.data;
  if (!visit.ratingOpen) {
    return frame(
      <>
        <p className="muted">{visit.serviceUnitName}</p>
        <Alert>{visit.officerName ? officerText.closed : officerText.unavailable}</Alert>
      </>,
    );
  }
  return <RatingForm visitCode={visitCode} visit={visit} />;
}

function RatingForm({ visitCode, visit }: { visitCode: string; visit: PublicVisitCode }) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<{ message: string; attempt: number } | null>(null);
  const attempt = useRef(0);
  // After a send whose answer was lost, "already used" means our own rating arrived.
  const lostAnswer = useRef(false);

  if (done) {
    return (
      <PublicPage title={officerText.thanksTitle}>
        <div className="result">
          <CheckMark />
          <FocusHeading>{officerText.thanksTitle}</FocusHeading>
          <p>{officerText.thanksBody}</p>
        </div>
      </PublicPage>
    );
  }

  const fail = (message: string) => {
    attempt.current += 1;
    setFormError({ message, attempt: attempt.current });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    if (score === null) {
      fail(officerText.chooseScore);
      return;
    }
    const body: OfficerRatingBody = { visitCode, score, comment: comment.trim() || null };
    setSubmitting(true);
    setFormError(null);
    try {
      await call('POST', '/api/public/officer-ratings', body);
      setDone(true);
    } catch (error) {
      const code = error instanceof PublicApiError ? error.code : 'UNKNOWN';
      if (code === 'VISIT_CODE_USED' && lostAnswer.current) setDone(true);
      else {
        if (code === 'NETWORK') lostAnswer.current = true;
        fail(errorText(code));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicPage title={officerText.title}>
      <h1>{officerText.title}</h1>
      <p>{officerText.intro}</p>
      <p className="notice">
        {officerText.servedBy} <strong>{visit.officerName}</strong>
        <br />
        {visit.serviceUnitName}
      </p>
      <form onSubmit={onSubmit} noValidate aria-label={officerText.title}>
        {formError && (
          <Alert key={formError.attempt} focus>
            {formError.message}
          </Alert>
        )}
        <fieldset className="choice-group">
          <legend>{officerText.score}</legend>
          <div className="stars">
            {SCORES.map((n) => (
              <label key={n} className={score !== null && n <= score ? 'star lit' : 'star'}>
                <input
                  type="radio"
                  name="score"
                  value={n}
                  checked={score === n}
                  onChange={() => {
                    setScore(n);
                    setFormError(null);
                  }}
                  aria-label={`${officerText.stars(n)}: ${officerText.scoreLabels[n - 1]}`}
                />
                <Star />
                <span aria-hidden="true">{n}</span>
              </label>
            ))}
          </div>
          <p className="star-caption" aria-hidden="true">
            {score === null
              ? officerText.chooseScore
              : `${officerText.stars(score)}: ${officerText.scoreLabels[score - 1]}`}
          </p>
        </fieldset>
        <Field id="komentar" label={officerText.comment} optional>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={1000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary button-block" disabled={submitting}>
          {submitting ? text.survey.submitting : officerText.submit}
        </button>
      </form>
    </PublicPage>
  );
}

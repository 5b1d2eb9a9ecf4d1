import { RESPONDENT_PROFILE } from '@sigap/rules';
import { type ReactNode, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { getJson, newClientId, PublicApiError, type PublicSurvey, surveyPath } from '../api.ts';
import { parseAge } from '../survey/profile.ts';
import { errorText, text } from '../text.ts';
import { Alert, CheckMark, FocusHeading, type Load, LoadState, PublicPage } from '../ui.tsx';
import { enqueue, pendingCount, startSender, subscribe } from './outbox.ts';

/** Back to the start after the thank-you screen, and after a minute without a touch. */
const THANKS_MS = 5_000;
const IDLE_MS = 60_000;
/** A short pause after a tap so the chosen answer is seen before the next question. */
const ADVANCE_MS = 250;

const cacheKey = (id: string) => `sigap.kiosk.survey.${id}`;

/** The questionnaire, from the API or (when the kiosk is offline) from its last copy on the device. */
function useKioskSurvey(serviceUnitId: string): [Load<PublicSurvey>, () => void] {
  const [load, setLoad] = useState<Load<PublicSurvey>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void attempt;
    setLoad({ state: 'loading' });
    getJson<PublicSurvey>(surveyPath(serviceUnitId)).then(
      (data) => {
        if (cancelled) return;
        try {
          localStorage.setItem(cacheKey(serviceUnitId), JSON.stringify(data));
        } catch {
          // no copy: the kiosk then needs the network to start
        }
        setLoad({ state: 'ok', data });
      },
      (error: unknown) => {
        if (cancelled) return;
        const e = error instanceof PublicApiError ? error : new PublicApiError('UNKNOWN', 0);
        const copy = e.status === 0 || e.status >= 500 ? localStorage.getItem(cacheKey(serviceUnitId)) : null;
        if (copy) setLoad({ state: 'ok', data: JSON.parse(copy) as PublicSurvey });
        else setLoad({ state: 'error', code: e.code, status: e.status });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [serviceUnitId, attempt]);
  return [load, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** /kiosk/:serviceUnitId — the questionnaire on a tablet at the counter, one question per screen. */
export function KioskPage({ serviceUnitId }: { serviceUnitId: string }) {
  const [load, reload] = useKioskSurvey(serviceUnitId);
  useEffect(() => startSender(), []);
  if (load.state !== 'ok') return <LoadState load={load} title={text.survey.kind} onRetry={reload} />;
  return <Kiosk survey={load.data} />;
}

type Step =
  | { kind: 'start' }
  | { kind: 'question'; index: number }
  | { kind: 'profile' }
  | { kind: 'thanks' };

function Kiosk({ survey }: { survey: PublicSurvey }) {
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [sex, setSex] = useState<'L' | 'P' | null>(null);
  const [age, setAge] = useState('');
  const [visitCode, setVisitCode] = useState('');
  const [profileError, setProfileError] = useState<string | null>(null);
  const advance = useRef<number | undefined>(undefined);
  const pending = useSyncExternalStore(subscribe, pendingCount);
  const online = useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );

  const reset = useCallback(() => {
    window.clearTimeout(advance.current);
    setAnswers({});
    setSex(null);
    setAge('');
    setVisitCode('');
    setProfileError(null);
    setStep({ kind: 'start' });
  }, []);

  // After the thank-you, and after a minute without a touch, the next citizen starts afresh.
  useEffect(() => {
    if (step.kind === 'start') return;
    if (step.kind === 'thanks') {
      const timer = window.setTimeout(reset, THANKS_MS);
      return () => window.clearTimeout(timer);
    }
    let timer = window.setTimeout(reset, IDLE_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_MS);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const name of events) window.addEventListener(name, touched, true);
    return () => {
      window.clearTimeout(timer);
      for (const name of events) window.removeEventListener(name, touched, true);
    };
  }, [step, reset]);

  useEffect(() => () => window.clearTimeout(advance.current), []);

  const total = survey.questions.length;
  const answer = (index: number, code: string, score: number) => {
    setAnswers((current) => ({ ...current, [code]: score }));
    window.clearTimeout(advance.current);
    advance.current = window.setTimeout(
      () => setStep(index + 1 < total ? { kind: 'question', index: index + 1 } : { kind: 'profile' }),
      ADVANCE_MS,
    );
  };

  const send = () => {
    const parsedAge = parseAge(age);
    if (Number.isNaN(parsedAge)) {
      setProfileError(text.survey.ageInvalid);
      return;
    }
    if (survey.visitCodeRequired && visitCode.trim() === '') {
      setProfileError(errorText('VISIT_CODE_REQUIRED'));
      return;
    }
    // Persisted first, then sent by the background sender (now, or when the network is back).
    enqueue({
      serviceUnitId: survey.serviceUnitId,
      body: {
        clientId: newClientId(),
        answers,
        sex,
        age: parsedAge,
        visitCode: visitCode.trim().toUpperCase() || null,
        channel: 'KIOSK',
        answeredAt: new Date().toISOString(),
      },
    });
    setStep({ kind: 'thanks' });
  };

  const status = (
    <div className="kiosk-status" role="status">
      {pending > 0 && <span>{text.kiosk.pending(pending)}</span>}
      {!online && <span>{text.kiosk.offline}</span>}
    </div>
  );

  let screen: ReactNode;
  if (step.kind === 'start') {
    screen = (
      <div className="kiosk-screen kiosk-start">
        <p className="eyebrow">{survey.serviceUnitName}</p>
        <h1>{text.kiosk.welcome}</h1>
        <p className="kiosk-lead">{text.kiosk.welcomeHint}</p>
        <button
          type="button"
          className="button button-primary kiosk-button"
          onClick={() => setStep({ kind: 'question', index: 0 })}
        >
          {text.kiosk.start}
        </button>
      </div>
    );
  } else if (step.kind === 'question') {
    const q = survey.questions[step.index];
    if (!q) return null;
    const chosen = answers[q.code];
    screen = (
      <div className="kiosk-screen" key={q.code}>
        <div className="progress-bar">
          <progress max={total} value={step.index} aria-hidden="true" />
          <span>{text.survey.questionOf(step.index + 1, total)}</span>
        </div>
        <fieldset aria-labelledby={`kiosk-${q.code}`} aria-describedby={`kiosk-${q.code}-q`}>
          <FocusHeading>
            <span id={`kiosk-${q.code}`}>{q.name}</span>
          </FocusHeading>
          <p id={`kiosk-${q.code}-q`} className="kiosk-lead">
            {q.question}
          </p>
          <div className="kiosk-answers">
            {q.answers.map((label, k) => (
              <button
                key={label}
                type="button"
                className={`kiosk-answer kiosk-answer-${k + 1}`}
                aria-pressed={chosen === k + 1}
                onClick={() => answer(step.index, q.code, k + 1)}
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="kiosk-nav">
          <button
            type="button"
            className="button"
            onClick={() =>
              setStep(step.index === 0 ? { kind: 'start' } : { kind: 'question', index: step.index - 1 })
            }
          >
            {text.kiosk.back}
          </button>
          {chosen !== undefined && (
            <button
              type="button"
              className="button"
              onClick={() =>
                setStep(
                  step.index + 1 < total ? { kind: 'question', index: step.index + 1 } : { kind: 'profile' },
                )
              }
            >
              {text.kiosk.next}
            </button>
          )}
        </div>
      </div>
    );
  } else if (step.kind === 'profile') {
    screen = (
      <div className="kiosk-screen">
        <FocusHeading>{text.kiosk.profileTitle}</FocusHeading>
        <p className="kiosk-lead">{text.survey.profileHint}</p>
        {profileError && <Alert focus>{profileError}</Alert>}
        <fieldset aria-labelledby="kiosk-sex">
          <p id="kiosk-sex" className="kiosk-label">
            {text.survey.sex}
          </p>
          <div className="kiosk-answers kiosk-answers-row">
            {RESPONDENT_PROFILE.sexes.map((s) => (
              <button
                key={s.code}
                type="button"
                className="kiosk-answer"
                aria-pressed={sex === s.code}
                onClick={() => setSex(sex === s.code ? null : s.code)}
              >
                {s.label}
              </button>
            ))}
          </div>
        </fieldset>
        <label htmlFor="kiosk-age" className="kiosk-label">
          {text.survey.age}
        </label>
        <input
          id="kiosk-age"
          className="kiosk-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          value={age}
          onChange={(e) => setAge(e.target.value.replace(/\D/g, ''))}
        />
        {survey.visitCodeRequired && (
          <>
            <label htmlFor="kiosk-code" className="kiosk-label">
              {text.survey.visitCode}
            </label>
            <input
              id="kiosk-code"
              className="kiosk-input"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              maxLength={20}
              value={visitCode}
              onChange={(e) => setVisitCode(e.target.value.toUpperCase())}
            />
          </>
        )}
        <div className="kiosk-nav">
          <button
            type="button"
            className="button"
            onClick={() => setStep({ kind: 'question', index: total - 1 })}
          >
            {text.kiosk.back}
          </button>
          <button type="button" className="button button-primary kiosk-button" onClick={send}>
            {text.kiosk.send}
          </button>
        </div>
      </div>
    );
  } else {
    screen = (
      <div className="kiosk-screen kiosk-start">
        <CheckMark />
        <FocusHeading>{text.kiosk.thanksTitle}</FocusHeading>
        <p className="kiosk-lead">{text.kiosk.thanksBody}</p>
        <p className="muted">{text.kiosk.restart}</p>
      </div>
    );
  }

  return (
    <div className="kiosk">
      <PublicPage
        title={`${text.survey.kind} · ${survey.serviceUnitName}`}
        agency={survey.agencyName}
        footer={false}
      >
        {screen}
        {status}
      </PublicPage>
    </div>
  );
}

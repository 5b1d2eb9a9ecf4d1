import { RESPONDENT_PROFILE } from '@sigap/rules';
import { type FormEvent, useRef, useState } from 'react';
import {
  call,
  newClientId,
  PublicApiError,
  type PublicSurvey,
  responsesPath,
  type SurveyResponseBody,
  type SurveyResponseResult,
  surveyPath,
} from '../api.ts';
import { errorText, text } from '../text.ts';
import {
  Alert,
  CheckMark,
  ChoiceGroup,
  Field,
  FocusHeading,
  LoadState,
  PublicPage,
  useLoad,
} from '../ui.tsx';
import { parseAge } from './profile.ts';

/** /survei/:serviceUnitId — the SKM questionnaire on a citizen's phone (rules §7.1). */
export function SurveyPage({ serviceUnitId, visitCode }: { serviceUnitId: string; visitCode: string }) {
  const [load, reload] = useLoad<PublicSurvey>(surveyPath(serviceUnitId));
  if (load.state !== 'ok') return <LoadState load={load} title={text.survey.kind} onRetry={reload} />;
  return <SurveyForm survey={load.data} prefilledCode={visitCode.trim().toUpperCase()} />;
}

const VISIT_CODE_ERRORS = new Set(['VISIT_CODE_REQUIRED', 'VISIT_CODE_USED', 'VISIT_CODE_INVALID']);

function SurveyForm({ survey, prefilledCode }: { survey: PublicSurvey; prefilledCode: string }) {
  // One id per questionnaire: a retry after a lost answer is recognised by the API and stored once.
  const [clientId] = useState(newClientId);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [serviceTypeId, setServiceTypeId] = useState('');
  const [sex, setSex] = useState<'L' | 'P' | null>(null);
  const [age, setAge] = useState('');
  const [education, setEducation] = useState('');
  const [occupation, setOccupation] = useState('');
  const [comment, setComment] = useState('');
  const [visitCode, setVisitCode] = useState(prefilledCode);
  const [showVisitCode, setShowVisitCode] = useState(survey.visitCodeRequired || prefilledCode !== '');
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<{
    message: string;
    attempt: number;
    question?: number | undefined;
  } | null>(null);
  const [unanswered, setUnanswered] = useState<number[]>([]);
  const [ageError, setAgeError] = useState(false);
  const [visitCodeError, setVisitCodeError] = useState<string | null>(null);
  const attempt = useRef(0);
  const visitCodeInput = useRef<HTMLInputElement>(null);
  const ageInput = useRef<HTMLInputElement>(null);

  const total = survey.questions.length;
  const answered = survey.questions.filter((q) => answers[q.code] !== undefined).length;

  if (done) {
    return (
      <PublicPage title={text.survey.thanksTitle} agency={survey.agencyName}>
        <div className="result">
          <CheckMark />
          <FocusHeading>{text.survey.thanksTitle}</FocusHeading>
          <p>{text.survey.thanksBody}</p>
          <p className="muted">{survey.serviceUnitName}</p>
        </div>
      </PublicPage>
    );
  }

  const fail = (message: string, question?: number) => {
    attempt.current += 1;
    setFormError({ message, attempt: attempt.current, question });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const missing = survey.questions
      .map((q, i) => (answers[q.code] === undefined ? i + 1 : 0))
      .filter((n) => n > 0);
    const parsedAge = parseAge(age);
    const code = visitCode.trim().toUpperCase();
    setUnanswered(missing);
    setAgeError(Number.isNaN(parsedAge));
    setVisitCodeError(survey.visitCodeRequired && code === '' ? errorText('VISIT_CODE_REQUIRED') : null);
    if (missing.length > 0) {
      fail(text.survey.unanswered(missing), missing[0]);
      return;
    }
    if (Number.isNaN(parsedAge)) {
      setFormError(null);
      ageInput.current?.focus();
      return;
    }
    if (survey.visitCodeRequired && code === '') {
      setFormError(null);
      visitCodeInput.current?.focus();
      return;
    }
    const body: SurveyResponseBody = {
      clientId,
      answers,
      serviceTypeId: serviceTypeId || null,
      sex,
      age: parsedAge,
      education: education || null,
      occupation: occupation || null,
      comment: comment.trim() || null,
      visitCode: code || null,
      channel: 'LINK',
    };
    setSubmitting(true);
    setFormError(null);
    try {
      await call<SurveyResponseResult>('POST', responsesPath(survey.serviceUnitId), body);
      setDone(true);
    } catch (error) {
      const codeOf = error instanceof PublicApiError ? error.code : 'UNKNOWN';
      if (VISIT_CODE_ERRORS.has(codeOf)) {
        setShowVisitCode(true);
        setVisitCodeError(errorText(codeOf));
        // the field may only now be shown: focus it once rendered
        requestAnimationFrame(() => visitCodeInput.current?.focus());
      } else {
        fail(errorText(codeOf));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicPage title={text.survey.kind} agency={survey.agencyName}>
      <p className="eyebrow">{text.survey.kind}</p>
      <h1>{survey.serviceUnitName}</h1>
      <p>{text.survey.intro}</p>
      <form onSubmit={onSubmit} noValidate aria-label={text.survey.kind}>
        <div className="progress-bar">
          <progress max={total} value={answered} aria-hidden="true" />
          <span>{text.survey.progress(answered, total)}</span>
        </div>
        {formError && (
          <Alert key={formError.attempt} focus>
            <p>{formError.message}</p>
            {formError.question !== undefined && (
              <p>
                <a href={`#pertanyaan-${formError.question}`}>{text.survey.goToQuestion}</a>
              </p>
            )}
          </Alert>
        )}
        {survey.types.length > 0 && (
          <Field id="jenis-layanan" label={text.survey.serviceType} optional>
            {(props) => (
              <select {...props} value={serviceTypeId} onChange={(e) => setServiceTypeId(e.target.value)}>
                <option value="">{text.choose}</option>
                {survey.types.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <h2>{text.survey.questionsTitle}</h2>
        {survey.questions.map((q, i) => (
          <ChoiceGroup
            key={q.code}
            id={`pertanyaan-${i + 1}`}
            name={q.code}
            legend={
              <>
                <span className="question-number">{i + 1}.</span> {q.name}
              </>
            }
            description={q.question}
            choices={q.answers.map((label, k) => ({ value: k + 1, label }))}
            value={answers[q.code] ?? null}
            onChange={(score) => setAnswers((current) => ({ ...current, [q.code]: score }))}
            error={
              unanswered.includes(i + 1) && answers[q.code] === undefined ? text.survey.notAnswered : null
            }
          />
        ))}
        <h2>{text.survey.profileTitle}</h2>
        <p className="hint">{text.survey.profileHint}</p>
        <ChoiceGroup
          name="sex"
          legend={text.survey.sex}
          choices={RESPONDENT_PROFILE.sexes.map((s) => ({ value: s.code, label: s.label }))}
          value={sex}
          onChange={setSex}
          columns
        />
        <Field id="umur" label={text.survey.age} optional error={ageError ? text.survey.ageInvalid : null}>
          {(props) => (
            <input
              {...props}
              ref={ageInput}
              className="input-short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              value={age}
              onChange={(e) => setAge(e.target.value.replace(/\D/g, ''))}
            />
          )}
        </Field>
        <Field id="pendidikan" label={text.survey.education} optional>
          {(props) => (
            <select {...props} value={education} onChange={(e) => setEducation(e.target.value)}>
              <option value="">{text.choose}</option>
              {RESPONDENT_PROFILE.educationLevels.map((level) => (
                <option key={level.code} value={level.code}>
                  {level.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="pekerjaan" label={text.survey.occupation} optional>
          {(props) => (
            <select {...props} value={occupation} onChange={(e) => setOccupation(e.target.value)}>
              <option value="">{text.choose}</option>
              {RESPONDENT_PROFILE.occupations.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="saran" label={text.survey.comment} hint={text.survey.commentHint} optional>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          )}
        </Field>
        {showVisitCode && (
          <Field
            id="kode-kunjungan"
            label={text.survey.visitCode}
            hint={text.survey.visitCodeHint}
            error={visitCodeError}
            optional={!survey.visitCodeRequired}
          >
            {(props) => (
              <input
                {...props}
                ref={visitCodeInput}
                className="input-short input-code"
                type="text"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={20}
                required={survey.visitCodeRequired}
                value={visitCode}
                onChange={(e) => {
                  setVisitCode(e.target.value.toUpperCase());
                  setVisitCodeError(null);
                }}
              />
            )}
          </Field>
        )}
        <button type="submit" className="button button-primary button-block" disabled={submitting}>
          {submitting ? text.survey.submitting : text.survey.submit}
        </button>
      </form>
    </PublicPage>
  );
}

import { type FormEvent, useRef, useState } from 'react';
import {
  type ComplaintTicket,
  call,
  complaintsPath,
  newClientId,
  PublicApiError,
  type PublicComplaintBody,
  type Transparency,
  transparencyPath,
} from '../api.ts';
import { Link } from '../router.tsx';
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
import { complaintText } from './text.ts';

const CATEGORIES = ['PENGADUAN', 'ASPIRASI', 'PERMINTAAN_INFORMASI'] as const;
type Category = (typeof CATEGORIES)[number];
const MIN_TITLE = 5;
const MIN_BODY = 10;

/**
 * /pengaduan/:agencyId — a citizen's complaint, aspiration or information request (rules §7.2). The
 * agency's name and its active service units come from its public transparency data (no personal data).
 */
export function ComplaintPage({ agencyId }: { agencyId: string }) {
  const [load, reload] = useLoad<Transparency>(transparencyPath(agencyId));
  if (load.state !== 'ok') return <LoadState load={load} title={complaintText.kind} onRetry={reload} />;
  return <ComplaintForm agencyId={agencyId} agency={load.data} />;
}

interface Errors {
  category?: string;
  title?: string;
  body?: string;
}

function ComplaintForm({ agencyId, agency }: { agencyId: string; agency: Transparency }) {
  // One id per report: a retry after a lost answer returns the same ticket.
  const [clientId, setClientId] = useState(newClientId);
  const [category, setCategory] = useState<Category | null>(null);
  const [serviceUnitId, setServiceUnitId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<{ message: string; attempt: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [ticket, setTicket] = useState<string | null>(null);
  const attempt = useRef(0);

  if (ticket) {
    return (
      <PublicPage title={complaintText.sentTitle} agency={agency.agencyName}>
        <div className="result">
          <CheckMark />
          <FocusHeading>{complaintText.sentTitle}</FocusHeading>
          <p>{complaintText.ticketLabel}:</p>
          <p className="ticket">{ticket}</p>
          <p>{complaintText.ticketHint}</p>
          <div className="actions actions-center">
            <Link to={`/lacak/${encodeURIComponent(ticket)}`} className="button button-primary">
              {complaintText.track}
            </Link>
            <button
              type="button"
              className="button"
              onClick={() => {
                setTicket(null);
                setClientId(newClientId());
                setCategory(null);
                setServiceUnitId('');
                setTitle('');
                setBody('');
              }}
            >
              {complaintText.another}
            </button>
          </div>
        </div>
      </PublicPage>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const found: Errors = {};
    if (!category) found.category = complaintText.chooseCategory;
    if (title.trim().length < MIN_TITLE) found.title = complaintText.tooShort(complaintText.title, MIN_TITLE);
    if (body.trim().length < MIN_BODY) found.body = complaintText.tooShort(complaintText.body, MIN_BODY);
    setErrors(found);
    attempt.current += 1;
    if (Object.keys(found).length > 0 || !category) {
      setFormError({ message: complaintText.fixErrors, attempt: attempt.current });
      return;
    }
    const payload: PublicComplaintBody = {
      clientId,
      category,
      serviceUnitId: serviceUnitId || null,
      title: title.trim(),
      body: body.trim(),
      anonymous,
      reporterName: anonymous ? null : name.trim() || null,
      reporterContact: anonymous ? null : contact.trim() || null,
    };
    setSubmitting(true);
    setFormError(null);
    try {
      const { data } = await call<ComplaintTicket>('POST', complaintsPath(agencyId), payload);
      setTicket(data.ticketCode);
    } catch (error) {
      setFormError({
        message: errorText(error instanceof PublicApiError ? error.code : 'UNKNOWN'),
        attempt: attempt.current,
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PublicPage title={complaintText.kind} agency={agency.agencyName}>
      <p className="eyebrow">{agency.agencyName}</p>
      <h1>{complaintText.kind}</h1>
      <p>{complaintText.intro}</p>
      <p>
        <Link to="/lacak">{complaintText.trackExisting}</Link>
      </p>
      <form onSubmit={onSubmit} noValidate aria-label={complaintText.kind}>
        {formError && (
          <Alert key={formError.attempt} focus>
            {formError.message}
          </Alert>
        )}
        <ChoiceGroup
          name="kategori"
          legend={complaintText.category}
          choices={CATEGORIES.map((c) => ({
            value: c,
            label: complaintText.categories[c],
            hint: complaintText.categoryHints[c],
          }))}
          value={category}
          onChange={(value) => {
            setCategory(value);
            setErrors(({ category: _, ...rest }) => rest);
          }}
          error={errors.category}
        />
        {agency.serviceUnits.length > 0 && (
          <Field
            id="unit-layanan"
            label={complaintText.serviceUnit}
            hint={complaintText.serviceUnitHint}
            optional
          >
            {(props) => (
              <select {...props} value={serviceUnitId} onChange={(e) => setServiceUnitId(e.target.value)}>
                <option value="">{text.choose}</option>
                {agency.serviceUnits.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="judul" label={complaintText.title} hint={complaintText.titleHint} error={errors.title}>
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={200}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                if (e.target.value.trim().length >= MIN_TITLE) setErrors(({ title: _, ...rest }) => rest);
              }}
            />
          )}
        </Field>
        <Field id="isi-laporan" label={complaintText.body} hint={complaintText.bodyHint} error={errors.body}>
          {(props) => (
            <textarea
              {...props}
              rows={6}
              maxLength={5000}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
                if (e.target.value.trim().length >= MIN_BODY) setErrors(({ body: _, ...rest }) => rest);
              }}
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <span>{complaintText.anonymous}</span>
        </label>
        {!anonymous && (
          <>
            <Field id="nama" label={complaintText.name} optional>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  autoComplete="name"
                  maxLength={120}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                />
              )}
            </Field>
            <Field id="kontak" label={complaintText.contact} hint={complaintText.contactHint} optional>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  autoComplete="tel"
                  maxLength={120}
                  value={contact}
                  onChange={(e) => setContact(e.target.value)}
                />
              )}
            </Field>
          </>
        )}
        <button type="submit" className="button button-primary button-block" disabled={submitting}>
          {submitting ? text.survey.submitting : complaintText.submit}
        </button>
      </form>
    </PublicPage>
  );
}

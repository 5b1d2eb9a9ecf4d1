import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import {
  type ComplaintTicket,
  call,
  complaintsPath,
  newClientId,
  PublicApiError,
  type PublicComplaintBody,
  type Transparency,
  transparencyPath,
  uploadAttachment,
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
const MAX_FILES = 5;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.odt,.ods';
const EXTENSIONS = ACCEPT.split(',');

const sizeFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
/** "820 B", "12,5 KB", "1,2 MB". */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${sizeFormat.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** An attachment's upload after the ticket exists: waiting, uploading, done, or the error to show. */
interface Upload {
  name: string;
  size: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: string;
}

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
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const attempt = useRef(0);

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = ''; // the same file can be chosen again after removing it
    const problems: string[] = [];
    const next = [...files];
    for (const file of chosen) {
      const name = file.name.toLowerCase();
      if (!EXTENSIONS.some((ext) => name.endsWith(ext))) problems.push(complaintText.wrongType(file.name));
      else if (file.size > MAX_FILE_BYTES) problems.push(complaintText.tooLarge(file.name));
      else if (next.length >= MAX_FILES) {
        if (!problems.includes(complaintText.tooMany)) problems.push(complaintText.tooMany);
      } else next.push(file);
    }
    setFiles(next);
    setFileError(problems.length > 0 ? problems.join(' ') : null);
  };

  /** One file after another (the server counts them); each shows its own outcome. */
  const uploadAll = async (ticketCode: string, toSend: File[]) => {
    setUploads(toSend.map((f) => ({ name: f.name, size: f.size, state: 'waiting' })));
    const update = (i: number, patch: Partial<Upload>) =>
      setUploads((list) => list.map((u, j) => (j === i ? { ...u, ...patch } : u)));
    for (const [i, file] of toSend.entries()) {
      if (file.size > MAX_FILE_BYTES) {
        update(i, { state: 'failed', error: complaintText.uploadErrors.FILE_TOO_LARGE });
        continue;
      }
      update(i, { state: 'uploading' });
      try {
        await uploadAttachment(ticketCode, file);
        update(i, { state: 'done' });
      } catch (error) {
        const code = error instanceof PublicApiError ? error.code : 'UNKNOWN';
        update(i, { state: 'failed', error: complaintText.uploadErrors[code] ?? errorText(code) });
      }
    }
  };

  if (ticket) {
    return (
      <PublicPage title={complaintText.sentTitle} agency={agency.agencyName}>
        <div className="result">
          <CheckMark />
          <FocusHeading>{complaintText.sentTitle}</FocusHeading>
          <p>{complaintText.ticketLabel}:</p>
          <p className="ticket">{ticket}</p>
          <p>{complaintText.ticketHint}</p>
          {uploads.length > 0 && (
            <section className="uploads" aria-labelledby="uploads-heading">
              <h2 id="uploads-heading">{complaintText.uploadsTitle}</h2>
              <ul className="file-list" aria-live="polite">
                {uploads.map((u, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once the uploads start
                  <li key={i}>
                    <span className="file-name">{u.name}</span>{' '}
                    <span className="muted">({fileSize(u.size)})</span>{' '}
                    {u.state === 'failed' ? (
                      <span className="field-error">{u.error}</span>
                    ) : (
                      <span className={u.state === 'done' ? 'upload-done' : 'muted'}>
                        {u.state === 'done'
                          ? complaintText.uploaded
                          : u.state === 'uploading'
                            ? complaintText.uploading
                            : complaintText.waiting}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {uploads.some((u) => u.state === 'failed') && <p>{complaintText.uploadFailed}</p>}
            </section>
          )}
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
                setFiles([]);
                setFileError(null);
                setUploads([]);
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
      if (files.length > 0) void uploadAll(data.ticketCode, files);
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
        <Field
          id="lampiran"
          label={complaintText.attachments}
          hint={complaintText.attachmentsHint}
          error={fileError}
          optional
        >
          {(props) => (
            <input
              {...props}
              type="file"
              multiple
              accept={ACCEPT}
              disabled={files.length >= MAX_FILES}
              onChange={onFiles}
            />
          )}
        </Field>
        {files.length > 0 && (
          <ul className="file-list" aria-label={complaintText.attachments}>
            {files.map((file, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two chosen files may share a name
              <li key={i}>
                <span className="file-name">{file.name}</span>{' '}
                <span className="muted">({fileSize(file.size)})</span>{' '}
                <button
                  type="button"
                  className="button button-small"
                  aria-label={complaintText.removeFile(file.name)}
                  onClick={() => {
                    setFiles((list) => list.filter((_, j) => j !== i));
                    setFileError(null);
                  }}
                >
                  {complaintText.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
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

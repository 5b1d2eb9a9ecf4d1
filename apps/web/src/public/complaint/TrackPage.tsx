import { type FormEvent, useState } from 'react';
import { type PublicComplaintStatus, ticketPath } from '../api.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { navigate } from '../router.tsx';
import { errorText, text } from '../text.ts';
import { Alert, Field, PublicPage, useLoad } from '../ui.tsx';
import { complaintText, trackText } from './text.ts';

/** The ticket code form (on /lacak, and under a ticket that was not found). */
function TicketForm({ initial = '' }: { initial?: string }) {
  const [code, setCode] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim().toUpperCase();
    if (!value) {
      setError(trackText.codeRequired);
      return;
    }
    navigate(`/lacak/${encodeURIComponent(value)}`);
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label={trackText.title}>
      <Field id="kode-tiket" label={trackText.code} hint={trackText.codeHint} error={error}>
        {(props) => (
          <input
            {...props}
            className="input-code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            value={code}
            onChange={(e) => {
              setCode(e.target.value.toUpperCase());
              setError(null);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary">
        {trackText.submit}
      </button>
    </form>
  );
}

/** /lacak and /lacak/:ticketCode — where a citizen's report stands, and the published answer. */
export function TrackPage({ ticketCode }: { ticketCode?: string | undefined }) {
  const [load, reload] = useLoad<PublicComplaintStatus>(ticketCode ? ticketPath(ticketCode) : null);
  if (!ticketCode) {
    return (
      <PublicPage title={trackText.title}>
        <h1>{trackText.title}</h1>
        <p>{trackText.intro}</p>
        <TicketForm />
      </PublicPage>
    );
  }
  if (load.state === 'loading') {
    return (
      <PublicPage title={trackText.title}>
        <p className="loading" role="status">
          {text.loading}
        </p>
      </PublicPage>
    );
  }
  if (load.state === 'error') {
    return (
      <PublicPage title={trackText.title}>
        <h1>{trackText.title}</h1>
        <Alert>{load.status === 404 ? trackText.notFound(ticketCode) : errorText(load.code)}</Alert>
        {load.status !== 404 && (
          <p>
            <button type="button" className="button" onClick={reload}>
              {text.survey.retry}
            </button>
          </p>
        )}
        <TicketForm initial={ticketCode} />
      </PublicPage>
    );
  }
  const c = load.data;
  const rejected = c.status === 'REJECTED';
  return (
    <PublicPage title={`${trackText.title} ${c.ticketCode}`}>
      <p className="eyebrow">{trackText.title}</p>
      <h1>{c.title}</h1>
      <dl className="details">
        <dt>{trackText.code}</dt>
        <dd className="mono">{c.ticketCode}</dd>
        <dt>{trackText.status}</dt>
        <dd>
          <span className={rejected ? 'badge badge-danger' : 'badge'}>{trackText.statuses[c.status]}</span>
        </dd>
        <dt>{trackText.category}</dt>
        <dd>{complaintText.categories[c.category]}</dd>
        {c.serviceUnitName && (
          <>
            <dt>{trackText.serviceUnit}</dt>
            <dd>{c.serviceUnitName}</dd>
          </>
        )}
        <dt>{trackText.receivedOn}</dt>
        <dd>{formatDate(c.receivedOn)}</dd>
      </dl>
      <h2>{trackText.answer}</h2>
      {c.answer ? (
        <>
          {c.publishedOn && <p className="muted">{trackText.publishedOn(formatDate(c.publishedOn))}</p>}
          <div className="answer">{c.answer}</div>
        </>
      ) : (
        <p className="notice">{rejected ? trackText.rejected : trackText.noAnswer}</p>
      )}
      <h2>{trackText.timeline}</h2>
      <ol className="timeline">
        {c.timeline.map((event) => (
          <li key={`${event.at}-${event.status}`}>
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            <strong>{trackText.statuses[event.status] ?? event.status}</strong>
            {event.note && <p className="timeline-note">{event.note}</p>}
          </li>
        ))}
      </ol>
      <h2>{trackText.other}</h2>
      <TicketForm />
    </PublicPage>
  );
}

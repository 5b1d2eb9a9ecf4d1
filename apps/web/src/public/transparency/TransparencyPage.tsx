import { SKM_WEIGHT_RULE_LABELS, type SkmWeightRule } from '@sigap/rules';
import { useState } from 'react';
import { type Transparency, transparencyPath } from '../api.ts';
import { formatDecimal } from '../format.ts';
import { errorText, text } from '../text.ts';
import { Alert, PublicPage, useLoad } from '../ui.tsx';
import { transparencyText } from './text.ts';

type ServiceUnit = Transparency['serviceUnits'][number];
type Figure = ServiceUnit['annual'];

const NOTE_ID = 'catatan-disembunyikan';

/** A withheld figure: a dash, read out as such and pointing at the explanation. */
function Withheld() {
  return (
    <>
      <span aria-hidden="true">{transparencyText.suppressed}</span>
      <span className="visually-hidden">{transparencyText.withheld}</span>
    </>
  );
}

function IkmCells({ figure }: { figure: Figure }) {
  if (figure.suppressed || figure.ikm === null) {
    return (
      <>
        <td className="number">{figure.respondents ?? <Withheld />}</td>
        <td className="number">
          <Withheld />
        </td>
        <td>
          <Withheld />
        </td>
      </>
    );
  }
  const width = Math.max(0, Math.min(100, figure.ikm));
  return (
    <>
      <td className="number">{figure.respondents}</td>
      <td className="number">
        {formatDecimal(figure.ikm)}
        <span className="bar-track" aria-hidden="true">
          <span className="bar" style={{ width: `${width}%` }} />
        </span>
      </td>
      <td>
        <strong>{figure.grade}</strong>
        {figure.grade && <span className="grade-label">{transparencyText.grades[figure.grade]}</span>}
      </td>
    </>
  );
}

function UnitSection({ unit, year }: { unit: ServiceUnit; year: number }) {
  const headingId = `unit-${unit.id}`;
  const c = unit.complaints;
  return (
    <section aria-labelledby={headingId} className="unit-section">
      <h2 id={headingId}>{unit.name}</h2>
      <div className="table-wrap">
        <table>
          <caption>{transparencyText.ikmCaption(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{transparencyText.period}</th>
              <th scope="col" className="number">
                {transparencyText.respondents}
              </th>
              <th scope="col" className="number">
                {transparencyText.ikm}
              </th>
              <th scope="col">{transparencyText.grade}</th>
            </tr>
          </thead>
          <tbody>
            {unit.quarters.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">
                  <span aria-hidden="true">{transparencyText.quarterShort(q.quarter)}</span>
                  <span className="visually-hidden">{transparencyText.quarter(q.quarter)}</span>
                </th>
                <IkmCells figure={q} />
              </tr>
            ))}
            <tr className="total">
              <th scope="row">{transparencyText.annual}</th>
              <IkmCells figure={unit.annual} />
            </tr>
          </tbody>
        </table>
      </div>
      <h3>{transparencyText.complaints}</h3>
      <dl className="details">
        <dt>{transparencyText.received}</dt>
        <dd>{c.suppressed || c.received === null ? <Withheld /> : c.received}</dd>
        <dt>{transparencyText.published}</dt>
        <dd>{c.suppressed || c.published === null ? <Withheld /> : c.published}</dd>
        <dt>{transparencyText.sla}</dt>
        <dd>
          {c.suppressed ? (
            <Withheld />
          ) : c.slaCompliance === null ? (
            transparencyText.noSla
          ) : (
            `${formatDecimal(c.slaCompliance, 1)}%`
          )}
        </dd>
      </dl>
    </section>
  );
}

/**
 * /transparansi/:agencyId?tahun=2026 — the agency's public results: per service unit the IKM and grade
 * per quarter and for the year, and its complaint handling. Small numbers are withheld by the API.
 */
export function TransparencyPage({
  agencyId,
  initialYear,
}: {
  agencyId: string;
  initialYear: number | null;
}) {
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number>(initialYear ?? thisYear);
  const [load, reload] = useLoad<Transparency>(transparencyPath(agencyId, year));
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  if (!years.includes(year)) years.push(year);

  const data = load.state === 'ok' ? load.data : null;
  const hasWithheld =
    data?.serviceUnits.some(
      (u) => u.annual.suppressed || u.quarters.some((q) => q.suppressed) || u.complaints.suppressed,
    ) ?? false;

  return (
    <PublicPage title={transparencyText.title} agency={data?.agencyName} wide>
      {data && <p className="eyebrow">{data.agencyName}</p>}
      <h1>{transparencyText.title}</h1>
      <p>{transparencyText.intro}</p>
      <div className="field field-inline">
        <label htmlFor="tahun">{transparencyText.year}</label>
        <select
          id="tahun"
          className="input-short"
          value={year}
          onChange={(e) => {
            const next = Number(e.target.value);
            setYear(next);
            // the address follows (shareable) without remounting the page: the focus stays on the select
            window.history.replaceState(null, '', `${window.location.pathname}?tahun=${next}`);
          }}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="visually-hidden">
        {load.state === 'loading' ? text.loading : data ? transparencyText.shown(data.year) : ''}
      </p>
      <div aria-busy={load.state === 'loading'}>
        {load.state === 'loading' && <p className="loading">{text.loading}</p>}
        {load.state === 'error' && (
          <>
            <Alert>{load.status === 404 ? text.notFound.body : errorText(load.code)}</Alert>
            {load.status !== 404 && (
              <button type="button" className="button" onClick={reload}>
                {text.survey.retry}
              </button>
            )}
          </>
        )}
        {data && (
          <>
            {hasWithheld && (
              <p id={NOTE_ID} className="notice">
                {transparencyText.suppressedNote(data.minResponses)}
              </p>
            )}
            {data.serviceUnits.length === 0 && <p>{transparencyText.empty}</p>}
            {data.serviceUnits.map((unit) => (
              <UnitSection key={unit.id} unit={unit} year={data.year} />
            ))}
            <p className="muted small">
              {transparencyText.method(
                SKM_WEIGHT_RULE_LABELS[data.weightRule as SkmWeightRule] ?? data.weightRule,
              )}
            </p>
          </>
        )}
      </div>
    </PublicPage>
  );
}

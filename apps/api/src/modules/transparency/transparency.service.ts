import type { Transparency } from '@sigap/contracts';
import {
  computeIkm,
  roundIkm,
  SKM_UNSUR_CODES,
  type SkmTotals,
  type SkmWeightRule,
  slaState,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import { notFound } from '../../lib/app-error.ts';
import { type Clock, dateInZone } from '../../lib/clock.ts';
import { getSettings } from '../services/services.repository.ts';
import type { TotalsRow } from '../survey/survey.repository.ts';
import { periodRange } from '../survey/survey.service.ts';
import * as repository from './transparency.repository.ts';

const QUARTERS = [1, 2, 3, 4] as const;

const emptyTotals = (): SkmTotals => ({
  sums: Object.fromEntries(SKM_UNSUR_CODES.map((c) => [c, 0])) as SkmTotals['sums'],
  counts: Object.fromEntries(SKM_UNSUR_CODES.map((c) => [c, 0])) as SkmTotals['counts'],
});

/** Adds one totals row (s1..s9, c1..c9) into the running totals. */
function addInto(into: SkmTotals, row: TotalsRow) {
  SKM_UNSUR_CODES.forEach((code, i) => {
    into.sums[code] += row[`s${i + 1}`] ?? 0;
    into.counts[code] += row[`c${i + 1}`] ?? 0;
  });
}

/**
 * The public transparency page of an agency for a year (no personal data): per active service unit the
 * IKM and grade per quarter and for the year, and its complaints (received, published, resolution SLA
 * compliance). Figures resting on fewer than the agency's public minimum of respondents or complaints are
 * withheld (null, `suppressed`): small numbers identify people. Four set-based statements in all.
 */
export async function transparency(
  db: Database,
  clock: Clock,
  agencyId: string,
  year: number | undefined,
): Promise<Transparency> {
  const agency = await repository.findAgency(db, agencyId);
  if (!agency) throw notFound('Instansi');
  const today = dateInZone(clock.now(), agency.timezone);
  const theYear = year ?? Number(today.slice(0, 4));
  const { from, to } = periodRange(String(theYear));
  const holidays = new Set(agency.holidays);
  const [settings, units, totals, complaints] = await Promise.all([
    getSettings(db, agencyId),
    repository.activeServiceUnits(db, agencyId),
    repository.quarterTotals(db, agencyId, from, to),
    repository.complaintGroups(db, agencyId, from, to),
  ]);
  const min = settings.publicMinResponses;
  const rule = settings.skmWeightRule as SkmWeightRule;

  const byUnit = new Map<string, { quarters: Map<number, SkmTotals & { respondents: number }> }>();
  for (const row of totals) {
    const unit = byUnit.get(row.service_unit_id) ?? { quarters: new Map() };
    const quarter = unit.quarters.get(row.quarter) ?? { ...emptyTotals(), respondents: 0 };
    addInto(quarter, row);
    quarter.respondents += row.respondents;
    unit.quarters.set(row.quarter, quarter);
    byUnit.set(row.service_unit_id, unit);
  }
  const figure = (t: (SkmTotals & { respondents: number }) | undefined) => {
    const respondents = t?.respondents ?? 0;
    if (!t || respondents < min) return { respondents: null, ikm: null, grade: null, suppressed: true };
    const result = computeIkm(t, rule);
    return {
      respondents,
      ikm: result.ikm === null ? null : roundIkm(result.ikm),
      grade: result.grade,
      suppressed: false,
    };
  };

  const complaintStats = new Map<
    string,
    { received: number; published: number; met: number; decided: number }
  >();
  for (const row of complaints) {
    const stats = complaintStats.get(row.service_unit_id) ?? {
      received: 0,
      published: 0,
      met: 0,
      decided: 0,
    };
    stats.received += row.n;
    if (row.status === 'PUBLISHED') stats.published += row.n;
    if (row.status !== 'REJECTED') {
      // Decided: published (MET or MISSED), or still open past its resolution due date (OVERDUE).
      const published = row.status === 'PUBLISHED' ? row.published_on : null;
      const { state } = slaState(row.received_on, row.resolution_days, today, published, holidays);
      if (state === 'MET') stats.met += row.n;
      if (state === 'MET' || state === 'MISSED' || state === 'OVERDUE') stats.decided += row.n;
    }
    complaintStats.set(row.service_unit_id, stats);
  }

  return {
    agencyName: agency.name,
    year: theYear,
    minResponses: min,
    weightRule: rule,
    serviceUnits: units.map((unit) => {
      const quarters = byUnit.get(unit.id)?.quarters ?? new Map();
      const annual = { ...emptyTotals(), respondents: 0 };
      for (const q of quarters.values()) {
        SKM_UNSUR_CODES.forEach((code) => {
          annual.sums[code] += q.sums[code];
          annual.counts[code] += q.counts[code];
        });
        annual.respondents += q.respondents;
      }
      const stats = complaintStats.get(unit.id) ?? { received: 0, published: 0, met: 0, decided: 0 };
      const complaintsShown = stats.received >= min;
      return {
        id: unit.id,
        name: unit.name,
        quarters: QUARTERS.map((quarter) => ({ quarter, ...figure(quarters.get(quarter)) })),
        annual: figure(annual),
        complaints: complaintsShown
          ? {
              received: stats.received,
              published: stats.published,
              slaCompliance: stats.decided === 0 ? null : Math.round((stats.met * 1000) / stats.decided) / 10,
              suppressed: false,
            }
          : { received: null, published: null, slaCompliance: null, suppressed: true },
      };
    }),
  };
}

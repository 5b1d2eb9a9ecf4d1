import type { Period } from '@sigap/contracts';
import type { PeriodKind } from '@sigap/rules';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { periods } from '../../db/schema/index.ts';
import { AppError, notFound } from '../../lib/app-error.ts';

export const presentPeriod = (p: typeof periods.$inferSelect): Period => ({
  id: p.id,
  kind: p.kind as PeriodKind,
  seq: p.seq,
  name: p.name,
  start: p.startDate,
  end: p.endDate,
  fillDeadline: p.fillDeadline,
  final: p.isFinal,
});

/**
 * The periods realisasi is reported for in a year (rules §2/§4): those of the final period's kind
 * (monthly when the year is split into months, else quarterly, else the annual period), in order.
 */
export async function reportPeriods(db: Database, agencyId: string, year: number): Promise<Period[]> {
  const rows = await yearPeriods(db, agencyId, year);
  const finalKind = rows.find((r) => r.isFinal)?.kind ?? 'ANNUAL';
  return rows.filter((r) => r.kind === finalKind).map(presentPeriod);
}

/** Every period of a year, by start date. */
export async function yearPeriods(db: Database, agencyId: string, year: number) {
  return db
    .select()
    .from(periods)
    .where(and(eq(periods.agencyId, agencyId), eq(periods.year, year)))
    .orderBy(asc(periods.startDate), asc(periods.seq));
}

/** One period of the agency, or null. */
export async function findPeriod(db: Database, agencyId: string, periodId: string) {
  const [row] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.agencyId, agencyId), eq(periods.id, periodId)));
  return row ?? null;
}

/** The year a page is about: the asked period's year (404 when unknown), else this year in the agency's zone. */
export async function yearOf(db: Database, agencyId: string, today: string, periodId?: string) {
  if (!periodId) return Number(today.slice(0, 4));
  const row = await findPeriod(db, agencyId, periodId);
  if (!row) throw notFound('Periode');
  return row.year;
}

/**
 * The period asked for (it must be one of the year's report periods), else the one containing today,
 * else the first one (before the year) or the last one (after it).
 */
export function choosePeriod(list: Period[], today: string, periodId?: string): Period {
  if (list.length === 0) {
    throw new AppError(
      'PLANNING_YEAR_MISSING',
      'Periode kinerja tahun ini belum dibuka oleh pengelola kinerja',
    );
  }
  if (periodId) {
    const found = list.find((p) => p.id === periodId);
    if (!found) throw new AppError('REALISATION_PERIOD_INVALID');
    return found;
  }
  const containing = list.find((p) => p.start <= today && today <= p.end);
  if (containing) return containing;
  const first = list[0] as Period;
  return today < first.start ? first : (list[list.length - 1] as Period);
}

import type { Period } from '@sigap/contracts';
import type { PeriodKind } from '@sigap/rules';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { periods } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';

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
  const rows = await db
    .select()
    .from(periods)
    .where(and(eq(periods.agencyId, agencyId), eq(periods.year, year)))
    .orderBy(asc(periods.startDate), asc(periods.seq));
  const finalKind = rows.find((r) => r.isFinal)?.kind ?? 'ANNUAL';
  return rows.filter((r) => r.kind === finalKind).map(presentPeriod);
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

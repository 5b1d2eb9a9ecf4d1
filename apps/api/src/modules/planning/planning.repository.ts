import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { periods, planningYears } from '../../db/schema/index.ts';

export type PlanningYearRow = typeof planningYears.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;

export async function listYears(db: Database, agencyId: string) {
  return db
    .select()
    .from(planningYears)
    .where(eq(planningYears.agencyId, agencyId))
    .orderBy(sql`${planningYears.year} desc`);
}

export async function findYear(
  db: Database,
  agencyId: string,
  year: number,
): Promise<PlanningYearRow | null> {
  const [row] = await db
    .select()
    .from(planningYears)
    .where(and(eq(planningYears.agencyId, agencyId), eq(planningYears.year, year)))
    .limit(1);
  return row ?? null;
}

export async function listPeriods(db: Database, agencyId: string, years: number[]) {
  if (years.length === 0) return [];
  return db
    .select()
    .from(periods)
    .where(and(eq(periods.agencyId, agencyId), sql`${periods.year} = any(${sql.param(years)}::int[])`))
    .orderBy(asc(periods.year), asc(periods.startDate), asc(periods.kind));
}

export async function insertYear(db: Database, row: typeof planningYears.$inferInsert) {
  await db.insert(planningYears).values(row);
}

export async function insertPeriods(db: Database, rows: (typeof periods.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(periods).values(rows);
}

export async function updateDeadline(
  db: Database,
  agencyId: string,
  year: number,
  deadline: string,
  now: Date,
) {
  await db
    .update(planningYears)
    .set({ skpDeadline: deadline, updatedAt: now })
    .where(and(eq(planningYears.agencyId, agencyId), eq(planningYears.year, year)));
}

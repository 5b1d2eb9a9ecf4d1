import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, sqlArray } from '../../db/client.ts';
import {
  coachingRatings,
  coachingSessions,
  competencyEvaluations,
  employees,
  periods,
  positions,
  units,
} from '../../db/schema/index.ts';

export type SessionRow = typeof coachingSessions.$inferSelect;
export type EvaluationRow = typeof competencyEvaluations.$inferSelect;

const sessionSelection = {
  session: coachingSessions,
  nip: employees.nip,
  name: employees.name,
  frontTitle: employees.frontTitle,
  backTitle: employees.backTitle,
  positionName: positions.name,
  unitName: units.name,
  period: { id: periods.id, name: periods.name, year: periods.year },
  rating: {
    scores: coachingRatings.scores,
    comment: coachingRatings.comment,
    createdAt: coachingRatings.createdAt,
  },
};

/** A session with its employee (name, position, unit), period and rating. */
export type SessionView = {
  session: SessionRow;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  positionName: string;
  unitName: string;
  period: { id: string; name: string; year: number } | null;
  rating: { scores: Record<string, number>; comment: string | null; createdAt: Date } | null;
};

/** Calendar year of an instant in the agency's zone (`scheduled_at` is a timestamptz). */
const inYear = (timezone: string, year: number): SQL =>
  sql`extract(year from ${coachingSessions.scheduledAt} at time zone ${timezone}) = ${year}`;

async function selectSessions(db: Database, where: SQL | undefined): Promise<SessionView[]> {
  const rows = await db
    .select(sessionSelection)
    .from(coachingSessions)
    .innerJoin(
      employees,
      and(eq(employees.agencyId, coachingSessions.agencyId), eq(employees.id, coachingSessions.employeeId)),
    )
    .innerJoin(
      positions,
      and(eq(positions.agencyId, employees.agencyId), eq(positions.id, employees.positionId)),
    )
    .innerJoin(units, and(eq(units.agencyId, employees.agencyId), eq(units.id, employees.unitId)))
    .leftJoin(
      periods,
      and(eq(periods.agencyId, coachingSessions.agencyId), eq(periods.id, coachingSessions.periodId)),
    )
    .leftJoin(
      coachingRatings,
      and(
        eq(coachingRatings.agencyId, coachingSessions.agencyId),
        eq(coachingRatings.sessionId, coachingSessions.id),
      ),
    )
    .where(where)
    .orderBy(desc(coachingSessions.scheduledAt), desc(coachingSessions.id));
  return rows as SessionView[];
}

export async function findSession(db: Database, agencyId: string, id: string): Promise<SessionView | null> {
  const [row] = await selectSessions(
    db,
    and(eq(coachingSessions.agencyId, agencyId), eq(coachingSessions.id, id)),
  );
  return row ?? null;
}

/** The sessions of these employees scheduled in a year (agency zone), newest first. */
export async function listSessionsOf(
  db: Database,
  agencyId: string,
  employeeIds: string[],
  year: number,
  timezone: string,
): Promise<SessionView[]> {
  if (employeeIds.length === 0) return [];
  return selectSessions(
    db,
    and(
      eq(coachingSessions.agencyId, agencyId),
      sql`${coachingSessions.employeeId} = any(${sqlArray(employeeIds, 'uuid')})`,
      inYear(timezone, year),
    ),
  );
}

/** Locks the session row for a state change (a concurrent record/cancel waits and sees the new status). */
export async function lockSession(db: Database, agencyId: string, id: string) {
  const [row] = await db
    .select({ status: coachingSessions.status })
    .from(coachingSessions)
    .where(and(eq(coachingSessions.agencyId, agencyId), eq(coachingSessions.id, id)))
    .for('update');
  return row ?? null;
}

export async function insertSession(db: Database, row: typeof coachingSessions.$inferInsert) {
  await db.insert(coachingSessions).values(row);
}

export async function updateSession(db: Database, agencyId: string, id: string, patch: Partial<SessionRow>) {
  await db
    .update(coachingSessions)
    .set(patch)
    .where(and(eq(coachingSessions.agencyId, agencyId), eq(coachingSessions.id, id)));
}

/** Inserts the rating unless the session has one; false when it already had. */
export async function insertRating(db: Database, row: typeof coachingRatings.$inferInsert): Promise<boolean> {
  const written = await db
    .insert(coachingRatings)
    .values(row)
    .onConflictDoNothing()
    .returning({ sessionId: coachingRatings.sessionId });
  return written.length > 0;
}

export async function insertEvaluation(db: Database, row: typeof competencyEvaluations.$inferInsert) {
  await db.insert(competencyEvaluations).values(row);
}

/** Competency evaluations of these employees dated in a year, newest first. */
export async function listEvaluationsOf(
  db: Database,
  agencyId: string,
  employeeIds: string[],
  year: number,
): Promise<EvaluationRow[]> {
  if (employeeIds.length === 0) return [];
  return db
    .select()
    .from(competencyEvaluations)
    .where(
      and(
        eq(competencyEvaluations.agencyId, agencyId),
        sql`${competencyEvaluations.employeeId} = any(${sqlArray(employeeIds, 'uuid')})`,
        sql`${competencyEvaluations.evaluatedOn} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
      ),
    )
    .orderBy(desc(competencyEvaluations.evaluatedOn), desc(competencyEvaluations.createdAt));
}

export async function findPeriod(db: Database, agencyId: string, id: string) {
  const [row] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.agencyId, agencyId), eq(periods.id, id)))
    .limit(1);
  return row ?? null;
}

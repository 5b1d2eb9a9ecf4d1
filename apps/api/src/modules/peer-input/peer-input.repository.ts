import { and, eq, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import { peerAnswers, peerInvites, peerRounds } from '../../db/schema/index.ts';

export interface RoundRow {
  id: string;
  subject_employee_id: string;
  period_id: string;
  period_name: string;
  period_year: number;
  requested_by_name: string;
  note: string | null;
  created_at: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_name: string;
  unit_name: string;
}

const roundColumns = sql`r.id, r.subject_employee_id, r.period_id, pd.name as period_name, pd.year as period_year,
  r.requested_by_name, r.note, to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
  e.nip, e.name, e.front_title, e.back_title, p.name as position_name, u.name as unit_name`;
const roundJoins = sql`join periods pd on pd.agency_id = r.agency_id and pd.id = r.period_id
  join employees e on e.agency_id = r.agency_id and e.id = r.subject_employee_id
  join positions p on p.agency_id = e.agency_id and p.id = e.position_id
  join units u on u.agency_id = e.agency_id and u.id = e.unit_id`;

export async function findRound(db: Database, agencyId: string, id: string): Promise<RoundRow | null> {
  const [row] = await queryRows<RoundRow>(
    db,
    sql`select ${roundColumns} from peer_rounds r ${roundJoins} where r.agency_id = ${agencyId} and r.id = ${id}`,
  );
  return row ?? null;
}

/** The rounds about these people for periods of a year, newest period first. */
export async function listRoundsOf(db: Database, agencyId: string, subjectIds: string[], year: number) {
  if (subjectIds.length === 0) return [];
  return queryRows<RoundRow>(
    db,
    sql`select ${roundColumns} from peer_rounds r ${roundJoins}
        where r.agency_id = ${agencyId} and r.subject_employee_id = any(${sqlArray(subjectIds, 'uuid')})
          and pd.year = ${year}
        order by pd.start_date desc, e.name, r.id`,
  );
}

/** How many were asked and how many answered, per round (counts only, never who). */
export async function roundCounts(db: Database, agencyId: string, roundIds: string[]) {
  if (roundIds.length === 0) return new Map<string, { asked: number; answered: number }>();
  const rows = await queryRows<{ round_id: string; asked: number; answered: number }>(
    db,
    sql`select i.round_id, count(*)::int as asked,
          (select count(*)::int from peer_answers a where a.agency_id = i.agency_id and a.round_id = i.round_id) as answered
        from peer_invites i
        where i.agency_id = ${agencyId} and i.round_id = any(${sqlArray(roundIds, 'uuid')})
        group by i.agency_id, i.round_id`,
  );
  return new Map(rows.map((r) => [r.round_id, { asked: r.asked, answered: r.answered }]));
}

/** The anonymous answers of a round (scores and comment only: nothing links them to a peer). */
export async function answersOf(db: Database, agencyId: string, roundId: string) {
  return db
    .select({ scores: peerAnswers.scores, comment: peerAnswers.comment })
    .from(peerAnswers)
    .where(and(eq(peerAnswers.agencyId, agencyId), eq(peerAnswers.roundId, roundId)));
}

/** Of these ids, the active employees of the agency. */
export async function activeEmployeeIds(db: Database, agencyId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from employees where agency_id = ${agencyId} and status = 'ACTIVE'
          and id = any(${sqlArray(ids, 'uuid')})`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Inserts the round unless the subject has one for the period; false when it had. */
export async function insertRound(db: Database, row: typeof peerRounds.$inferInsert): Promise<boolean> {
  const written = await db
    .insert(peerRounds)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: peerRounds.id });
  return written.length > 0;
}

export async function insertInvites(db: Database, rows: (typeof peerInvites.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(peerInvites).values(rows);
}

/** The peer's own invite to a round (only ever read for the peer themselves). */
export async function findInvite(db: Database, agencyId: string, roundId: string, peerId: string) {
  const [row] = await db
    .select({ answered: peerInvites.answered })
    .from(peerInvites)
    .where(
      and(
        eq(peerInvites.agencyId, agencyId),
        eq(peerInvites.roundId, roundId),
        eq(peerInvites.peerEmployeeId, peerId),
      ),
    );
  return row ?? null;
}

/** Marks the peer's invite answered; false when it already was (a concurrent second answer loses). */
export async function markAnswered(db: Database, agencyId: string, roundId: string, peerId: string) {
  const rows = await db
    .update(peerInvites)
    .set({ answered: true })
    .where(
      and(
        eq(peerInvites.agencyId, agencyId),
        eq(peerInvites.roundId, roundId),
        eq(peerInvites.peerEmployeeId, peerId),
        eq(peerInvites.answered, false),
      ),
    )
    .returning({ roundId: peerInvites.roundId });
  return rows.length > 0;
}

export async function insertAnswer(db: Database, row: typeof peerAnswers.$inferInsert) {
  await db.insert(peerAnswers).values(row);
}

/** The peer's pending (unanswered) requests: the subject's name and the period, nothing else. */
export async function pendingRequestsOf(db: Database, agencyId: string, peerId: string) {
  return queryRows<{
    round_id: string;
    name: string;
    front_title: string | null;
    back_title: string | null;
    period_id: string;
    period_name: string;
    period_year: number;
  }>(
    db,
    sql`select r.id as round_id, e.name, e.front_title, e.back_title,
          pd.id as period_id, pd.name as period_name, pd.year as period_year
        from peer_invites i
        join peer_rounds r on r.agency_id = i.agency_id and r.id = i.round_id
        join employees e on e.agency_id = r.agency_id and e.id = r.subject_employee_id
        join periods pd on pd.agency_id = r.agency_id and pd.id = r.period_id
        where i.agency_id = ${agencyId} and i.peer_employee_id = ${peerId} and not i.answered
        order by pd.start_date desc, e.name`,
  );
}

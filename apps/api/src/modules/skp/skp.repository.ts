import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import { skpEvents, skpIndicators, skpRhks, skps } from '../../db/schema/index.ts';
import { lineInForce } from '../employees/employees.policy.ts';

export type SkpRow = typeof skps.$inferSelect;
export type RhkRow = typeof skpRhks.$inferSelect;
export type IndicatorRow = typeof skpIndicators.$inferSelect;
export type EventRow = typeof skpEvents.$inferSelect;

export async function findSkp(db: Database, agencyId: string, id: string): Promise<SkpRow | null> {
  const [row] = await db
    .select()
    .from(skps)
    .where(and(eq(skps.agencyId, agencyId), eq(skps.id, id)))
    .limit(1);
  return row ?? null;
}

/** The SKP if its owner (alias e, unit u) or its approver is in the actor's scope. */
export async function findVisibleSkpId(db: Database, agencyId: string, id: string, scope: SQL) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select s.id from skps s
        join employees e on e.agency_id = s.agency_id and e.id = s.employee_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where s.agency_id = ${agencyId} and s.id = ${id} and ${scope}`,
  );
  return row?.id ?? null;
}

/** The person's open SKP of the year: the current version, not closed. */
export async function findOpenSkp(db: Database, agencyId: string, employeeId: string, year: number) {
  const [row] = await db
    .select()
    .from(skps)
    .where(
      and(
        eq(skps.agencyId, agencyId),
        eq(skps.employeeId, employeeId),
        eq(skps.year, year),
        eq(skps.current, true),
        sql`${skps.status} <> 'CLOSED'`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The newest approved version of the person's SKP of the year (what subordinates cascade from). */
export async function findLatestApproved(db: Database, agencyId: string, employeeId: string, year: number) {
  const [row] = await db
    .select()
    .from(skps)
    .where(
      and(
        eq(skps.agencyId, agencyId),
        eq(skps.employeeId, employeeId),
        eq(skps.year, year),
        eq(skps.status, 'APPROVED'),
      ),
    )
    .orderBy(sql`${skps.version} desc, ${skps.createdAt} desc`)
    .limit(1);
  return row ?? null;
}

/** The newest SKP of a year, any status (copy from last year). */
export async function findLatestOfYear(db: Database, agencyId: string, employeeId: string, year: number) {
  const [row] = await db
    .select()
    .from(skps)
    .where(and(eq(skps.agencyId, agencyId), eq(skps.employeeId, employeeId), eq(skps.year, year)))
    .orderBy(sql`${skps.current} desc, (${skps.status} = 'CLOSED') asc, ${skps.createdAt} desc`)
    .limit(1);
  return row ?? null;
}

export async function listSkpsOf(db: Database, agencyId: string, employeeId: string, year: number) {
  return db
    .select()
    .from(skps)
    .where(and(eq(skps.agencyId, agencyId), eq(skps.employeeId, employeeId), eq(skps.year, year)))
    .orderBy(asc(skps.createdAt));
}

export async function rhkCounts(db: Database, agencyId: string, skpIds: string[]) {
  if (skpIds.length === 0) return new Map<string, number>();
  const rows = await queryRows<{ skp_id: string; n: number }>(
    db,
    sql`select skp_id, count(*)::int as n from skp_rhks
        where agency_id = ${agencyId} and skp_id = any(${sqlArray(skpIds, 'uuid')}) group by skp_id`,
  );
  return new Map(rows.map((r) => [r.skp_id, r.n]));
}

export async function listRhks(db: Database, agencyId: string, skpId: string) {
  return queryRows<{
    id: string;
    category: string;
    text: string;
    parent_rhk_id: string | null;
    parent_text: string | null;
    klasifikasi: string | null;
    penugasan_dari: string | null;
  }>(
    db,
    sql`select r.id, r.category, r.text, r.parent_rhk_id, p.text as parent_text, r.klasifikasi, r.penugasan_dari
        from skp_rhks r
        left join skp_rhks p on p.agency_id = r.agency_id and p.id = r.parent_rhk_id
        where r.agency_id = ${agencyId} and r.skp_id = ${skpId}
        order by r.seq`,
  );
}

export async function listIndicators(db: Database, agencyId: string, rhkIds: string[]) {
  if (rhkIds.length === 0) return [];
  return db
    .select()
    .from(skpIndicators)
    .where(
      and(
        eq(skpIndicators.agencyId, agencyId),
        sql`${skpIndicators.rhkId} = any(${sqlArray(rhkIds, 'uuid')})`,
      ),
    )
    .orderBy(asc(skpIndicators.rhkId), asc(skpIndicators.seq));
}

export async function listEvents(db: Database, agencyId: string, skpId: string) {
  return db
    .select()
    .from(skpEvents)
    .where(and(eq(skpEvents.agencyId, agencyId), eq(skpEvents.skpId, skpId)))
    .orderBy(asc(skpEvents.createdAt), asc(skpEvents.id));
}

export async function insertSkp(db: Database, row: typeof skps.$inferInsert) {
  await db.insert(skps).values(row);
}

export async function updateSkp(db: Database, agencyId: string, id: string, patch: Partial<SkpRow>) {
  await db
    .update(skps)
    .set(patch)
    .where(and(eq(skps.agencyId, agencyId), eq(skps.id, id)));
}

export async function insertEvent(db: Database, row: typeof skpEvents.$inferInsert) {
  await db.insert(skpEvents).values(row);
}

/** Replaces the RHKs and indicators of a draft (its RHKs are never referenced: only approved ones are). */
export async function replaceContent(
  db: Database,
  agencyId: string,
  skpId: string,
  rhks: (typeof skpRhks.$inferInsert)[],
  indicators: (typeof skpIndicators.$inferInsert)[],
) {
  await db.delete(skpRhks).where(and(eq(skpRhks.agencyId, agencyId), eq(skpRhks.skpId, skpId)));
  if (rhks.length > 0) await db.insert(skpRhks).values(rhks);
  if (indicators.length > 0) await db.insert(skpIndicators).values(indicators);
}

export async function appendRhks(
  db: Database,
  rhks: (typeof skpRhks.$inferInsert)[],
  indicators: (typeof skpIndicators.$inferInsert)[],
) {
  if (rhks.length > 0) await db.insert(skpRhks).values(rhks);
  if (indicators.length > 0) await db.insert(skpIndicators).values(indicators);
}

export async function maxRhkSeq(db: Database, agencyId: string, skpId: string) {
  const [row] = await queryRows<{ m: number }>(
    db,
    sql`select coalesce(max(seq), 0)::int as m from skp_rhks where agency_id = ${agencyId} and skp_id = ${skpId}`,
  );
  return row?.m ?? 0;
}

export interface StaffRow {
  id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  golongan: string;
  position_id: string;
  position_name: string;
  position_kind: string;
  unit_id: string;
  unit_name: string;
}

const staffColumns = sql`e.id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.position_id,
  p.name as position_name, p.kind as position_kind, e.unit_id, u.name as unit_name`;
const staffJoins = sql`join positions p on p.agency_id = e.agency_id and p.id = e.position_id
  join units u on u.agency_id = e.agency_id and u.id = e.unit_id`;

export async function findStaff(db: Database, agencyId: string, employeeId: string) {
  const [row] = await queryRows<StaffRow>(
    db,
    sql`select ${staffColumns} from employees e ${staffJoins} where e.agency_id = ${agencyId} and e.id = ${employeeId}`,
  );
  return row ?? null;
}

/**
 * The people a rater rates on a date (reporting line in force). `raterId` null: the people the head of
 * region rates (JPT), for leaders.
 */
export async function listDirectReports(
  db: Database,
  agencyId: string,
  raterId: string | null,
  today: string,
) {
  return queryRows<StaffRow>(
    db,
    sql`select ${staffColumns} from employees e ${staffJoins}
        join reporting_lines rl on rl.agency_id = e.agency_id and rl.employee_id = e.id and ${lineInForce('rl', today)}
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE'
          and ${raterId === null ? sql`rl.rater_employee_id is null` : sql`rl.rater_employee_id = ${raterId}`}
        order by e.name, e.nip`,
  );
}

export async function openSkpsOf(db: Database, agencyId: string, employeeIds: string[], year: number) {
  if (employeeIds.length === 0) return [];
  return db
    .select()
    .from(skps)
    .where(
      and(
        eq(skps.agencyId, agencyId),
        eq(skps.year, year),
        eq(skps.current, true),
        sql`${skps.status} <> 'CLOSED'`,
        sql`${skps.employeeId} = any(${sqlArray(employeeIds, 'uuid')})`,
      ),
    );
}

/** RHKs of the given SKPs whose parent is one of `parentIds` (the Matriks Peran Hasil links). */
export async function childRhks(db: Database, agencyId: string, skpIds: string[], parentIds: string[]) {
  if (skpIds.length === 0 || parentIds.length === 0) return [];
  return queryRows<{ id: string; skp_id: string; parent_rhk_id: string; text: string }>(
    db,
    sql`select id, skp_id, parent_rhk_id, text from skp_rhks
        where agency_id = ${agencyId} and skp_id = any(${sqlArray(skpIds, 'uuid')})
          and parent_rhk_id = any(${sqlArray(parentIds, 'uuid')})
        order by seq`,
  );
}

export async function findUserIdOfEmployee(db: Database, agencyId: string, employeeId: string) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from users where agency_id = ${agencyId} and employee_id = ${employeeId} and active`,
  );
  return row?.id ?? null;
}

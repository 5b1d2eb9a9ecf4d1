import {
  COMPLAINT_MAX_SLA_DAYS,
  COMPLAINT_RESOLUTION_DAYS_DEFAULT,
  COMPLAINT_SLA_DEFAULTS,
} from '@sigap/rules';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import { complaintEvents, complaints } from '../../db/schema/index.ts';

export type ComplaintInsert = typeof complaints.$inferInsert;

export interface ComplaintRow {
  id: string;
  ticket_code: string;
  source: 'PUBLIC' | 'LAPOR' | 'STAFF';
  lapor_reference: string | null;
  category: 'ASPIRASI' | 'PENGADUAN' | 'PERMINTAAN_INFORMASI';
  service_unit_id: string | null;
  service_unit_name: string | null;
  /** The org-unit path of the complaint's service unit (liaison scope). */
  unit_path: string | null;
  service_type_id: string | null;
  service_type_name: string | null;
  resolution_days: number | null;
  title: string;
  body: string;
  reporter_name: string | null;
  reporter_contact: string | null;
  status: 'RECEIVED' | 'VERIFIED' | 'DISPATCHED' | 'ANSWERED' | 'PUBLISHED' | 'REJECTED';
  received_on: string;
  verified_on: string | null;
  dispatched_on: string | null;
  answered_on: string | null;
  published_on: string | null;
  answer: string | null;
}

const columns = sql`c.id, c.ticket_code, c.source, c.lapor_reference, c.category, c.service_unit_id,
  s.name as service_unit_name, u.path as unit_path, c.service_type_id, st.name as service_type_name,
  st.resolution_days, c.title, c.body, c.reporter_name, c.reporter_contact, c.status,
  c.received_on::text as received_on, c.verified_on::text as verified_on, c.dispatched_on::text as dispatched_on,
  c.answered_on::text as answered_on, c.published_on::text as published_on, c.answer`;
const joins = sql`from complaints c
  left join service_units s on s.agency_id = c.agency_id and s.id = c.service_unit_id
  left join units u on u.agency_id = s.agency_id and u.id = s.unit_id
  left join service_types st on st.agency_id = c.agency_id and st.id = c.service_type_id`;

/**
 * True when the current stage's due date is on or before the day the cut-off table was made for
 * (`cutoffs[n − 1]`: the latest start whose n-working-day clock is due by then; see `slaCutoffs`). The
 * stages follow COMPLAINT_STAGE_OF_STATUS: verification and resolution run from receipt, follow-up from
 * the dispatch; closed complaints never match.
 */
export function dueByCondition(cutoffs: string[]): SQL {
  if (cutoffs.length < COMPLAINT_MAX_SLA_DAYS) throw new RangeError('cut-off table too short');
  const cut = (days: number | SQL) => sql`(${sqlArray(cutoffs, 'date')})[${days}]`;
  const { verificationDays, followUpDays } = COMPLAINT_SLA_DEFAULTS;
  return sql`((c.status = 'RECEIVED' and c.received_on <= ${cut(verificationDays)})
    or (c.status = 'DISPATCHED' and c.dispatched_on <= ${cut(followUpDays)})
    or (c.status in ('VERIFIED', 'ANSWERED')
      and c.received_on <= ${cut(sql`coalesce(st.resolution_days, ${COMPLAINT_RESOLUTION_DAYS_DEFAULT})`)}))`;
}

export interface ComplaintFilter {
  status?: string | undefined;
  serviceUnitId?: string | undefined;
  /** true: only overdue; false: only not overdue. */
  overdue?: { value: boolean; cutoffs: string[] } | undefined;
  q?: string | undefined;
}

function filterSql(agencyId: string, scope: SQL, f: ComplaintFilter): SQL {
  const parts: SQL[] = [sql`c.agency_id = ${agencyId}`, scope];
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.serviceUnitId) parts.push(sql`c.service_unit_id = ${f.serviceUnitId}`);
  if (f.overdue) {
    const condition = dueByCondition(f.overdue.cutoffs);
    parts.push(f.overdue.value ? condition : sql`not ${condition}`);
  }
  if (f.q) {
    const q = f.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`);
    parts.push(sql`(c.ticket_code = ${f.q.toUpperCase()} or c.lapor_reference = ${f.q}
      or lower(c.title) like ${`%${q}%`})`);
  }
  return sql.join(parts, sql` and `);
}

/** Newest first (by day of receipt, then by entry). */
export async function pageComplaints(
  db: Database,
  agencyId: string,
  scope: SQL,
  filter: ComplaintFilter,
  offset: number,
  limit: number,
) {
  const where = filterSql(agencyId, scope, filter);
  const [items, [count]] = await Promise.all([
    queryRows<ComplaintRow>(
      db,
      sql`select ${columns} ${joins} where ${where}
          order by c.received_on desc, c.created_at desc, c.id desc limit ${limit} offset ${offset}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total ${joins} where ${where}`),
  ]);
  return { items, total: count?.total ?? 0 };
}

export async function findComplaint(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<ComplaintRow>(
    db,
    sql`select ${columns} ${joins} where c.agency_id = ${agencyId} and c.id = ${id}`,
  );
  return row ?? null;
}

export async function findTicket(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<{ ticket_code: string }>(
    db,
    sql`select ticket_code from complaints where agency_id = ${agencyId} and id = ${id}`,
  );
  return row?.ticket_code ?? null;
}

export async function findByLaporReference(db: Database, agencyId: string, reference: string) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from complaints where agency_id = ${agencyId} and lapor_reference = ${reference} limit 1`,
  );
  return row ?? null;
}

/** Inserts unless the client's id is already stored (a retry); true when a row was written. */
export async function insertComplaint(db: Database, row: ComplaintInsert) {
  const result = await db
    .insert(complaints)
    .values(row)
    .onConflictDoNothing({ target: [complaints.agencyId, complaints.id] })
    .returning({ id: complaints.id });
  return result.length > 0;
}

/** Moves a complaint on only if nobody else has since (false: its status changed meanwhile). */
export async function updateComplaint(
  db: Database,
  agencyId: string,
  id: string,
  fromStatus: string,
  patch: Partial<ComplaintInsert>,
) {
  const rows = await db
    .update(complaints)
    .set(patch)
    .where(and(eq(complaints.agencyId, agencyId), eq(complaints.id, id), eq(complaints.status, fromStatus)))
    .returning({ id: complaints.id });
  return rows.length > 0;
}

export async function insertEvent(db: Database, row: typeof complaintEvents.$inferInsert) {
  await db.insert(complaintEvents).values(row);
}

export async function listEvents(db: Database, agencyId: string, complaintId: string, publicOnly: boolean) {
  return queryRows<{
    at: string;
    action: string;
    to_status: string;
    actor_name: string;
    note: string | null;
    public: boolean;
  }>(
    db,
    sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, action, to_status,
          actor_name, note, public
        from complaint_events where agency_id = ${agencyId} and complaint_id = ${complaintId}
          ${publicOnly ? sql`and public` : sql``}
        order by created_at, id`,
  );
}

/** A complaint by its ticket (unique across agencies: the public page carries no agency). */
export async function findByTicket(db: Database, ticketCode: string) {
  const [row] = await queryRows<ComplaintRow & { agency_id: string }>(
    db,
    sql`select c.agency_id, ${columns} ${joins} where c.ticket_code = ${ticketCode}`,
  );
  return row ?? null;
}

export async function findAgency(db: Database, agencyId: string) {
  const [row] = await queryRows<{ id: string; name: string; timezone: string; holidays: string[] }>(
    db,
    sql`select id, name, timezone, holidays from agencies where id = ${agencyId}`,
  );
  return row ?? null;
}

/** An active service unit of the agency, with its org-unit path. */
export async function findActiveServiceUnit(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<{ id: string; name: string; unit_path: string }>(
    db,
    sql`select s.id, s.name, u.path as unit_path from service_units s
        join units u on u.agency_id = s.agency_id and u.id = s.unit_id
        where s.agency_id = ${agencyId} and s.id = ${id} and s.active`,
  );
  return row ?? null;
}

export async function findActiveServiceType(
  db: Database,
  agencyId: string,
  serviceUnitId: string,
  id: string,
) {
  const [row] = await queryRows<{ id: string; resolution_days: number }>(
    db,
    sql`select id, resolution_days from service_types
        where agency_id = ${agencyId} and id = ${id} and service_unit_id = ${serviceUnitId} and active`,
  );
  return row ?? null;
}

/** Active users who administer a unit whose subtree holds this org-unit path: the unit's liaisons. */
export async function liaisonUserIds(db: Database, agencyId: string, unitPath: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct us.id from user_roles r
        join users us on us.agency_id = r.agency_id and us.id = r.user_id
        join units un on un.agency_id = r.agency_id and un.id = r.unit_id
        where r.agency_id = ${agencyId} and r.role = 'unit_admin' and us.active
          and starts_with(${unitPath}, un.path)`,
  );
  return rows.map((r) => r.id);
}

/** Open complaints due by the two cut-off days, per service unit and status (the overdue summary). */
export async function dueCounts(db: Database, agencyId: string, overdue: string[], dueSoon: string[]) {
  const isOverdue = dueByCondition(overdue);
  return queryRows<{
    service_unit_id: string | null;
    service_unit_name: string | null;
    status: string;
    overdue: number;
    due_soon: number;
  }>(
    db,
    sql`select c.service_unit_id, s.name as service_unit_name, c.status,
          count(*) filter (where ${isOverdue})::int as overdue,
          count(*) filter (where not ${isOverdue} and ${dueByCondition(dueSoon)})::int as due_soon
        ${joins}
        where c.agency_id = ${agencyId} and c.status in ('RECEIVED', 'VERIFIED', 'DISPATCHED', 'ANSWERED')
        group by c.service_unit_id, s.name, c.status`,
  );
}

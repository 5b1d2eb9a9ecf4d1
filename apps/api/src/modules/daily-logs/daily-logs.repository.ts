import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, queryPrepared, queryRows, sqlArray } from '../../db/client.ts';
import { agencies, dailyLogEntries, dailyLogs, evidence } from '../../db/schema/index.ts';
import { lineInForce } from '../employees/employees.policy.ts';
import type { StaffRow } from '../skp/skp.repository.ts';

export type LogRow = typeof dailyLogs.$inferSelect;
export type EvidenceRow = typeof evidence.$inferSelect;

export interface AgencyFacts {
  enabled: boolean;
  holidays: string[];
  headTitle: string;
  headName: string;
}

const staffColumns = sql`e.id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.position_id,
  p.name as position_name, p.kind as position_kind, e.unit_id, u.name as unit_name`;

/**
 * The agency's daily-log facts and, when `employeeId` is given, that employee of the agency (null when
 * there is none): one round trip at the start of every daily-log use case.
 */
export async function agencyAndStaff(
  db: Database,
  agencyId: string,
  employeeId: string | null,
): Promise<{ agency: AgencyFacts | null; staff: StaffRow | null }> {
  const [row] = await queryRows<
    {
      daily_log_enabled: boolean;
      holidays: string[];
      head_title: string;
      head_name: string;
    } & { [K in keyof StaffRow]: StaffRow[K] | null }
  >(
    db,
    employeeId === null
      ? sql`select a.daily_log_enabled, a.holidays, a.head_title, a.head_name, null as id
            from agencies a where a.id = ${agencyId}`
      : sql`select a.daily_log_enabled, a.holidays, a.head_title, a.head_name, ${staffColumns}
            from agencies a
            left join employees e on e.agency_id = a.id and e.id = ${employeeId}
            left join positions p on p.agency_id = e.agency_id and p.id = e.position_id
            left join units u on u.agency_id = e.agency_id and u.id = e.unit_id
            where a.id = ${agencyId}`,
  );
  if (!row) return { agency: null, staff: null };
  const agency: AgencyFacts = {
    enabled: row.daily_log_enabled,
    holidays: Array.isArray(row.holidays) ? row.holidays : [],
    headTitle: row.head_title,
    headName: row.head_name,
  };
  return { agency, staff: row.id === null ? null : (row as StaffRow) };
}

/** An employee of the agency if `visible` (aliases e, u) holds for them. */
export async function findVisibleStaff(
  db: Database,
  agencyId: string,
  employeeId: string,
  visible: SQL,
): Promise<StaffRow | null> {
  const [row] = await queryRows<StaffRow>(
    db,
    sql`select ${staffColumns} from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where e.agency_id = ${agencyId} and e.id = ${employeeId} and ${visible}`,
  );
  return row ?? null;
}

export async function listStaff(db: Database, agencyId: string, employeeIds: string[]): Promise<StaffRow[]> {
  if (employeeIds.length === 0) return [];
  return queryRows<StaffRow>(
    db,
    sql`select ${staffColumns} from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where e.agency_id = ${agencyId} and e.id = any(${sqlArray(employeeIds, 'uuid')})
        order by e.name, e.nip`,
  );
}

export async function setEnabled(db: Database, agencyId: string, enabled: boolean, now: Date) {
  await db
    .update(agencies)
    .set({ dailyLogEnabled: enabled, updatedAt: now })
    .where(eq(agencies.id, agencyId));
}

// ---------- days ----------

export async function findLog(
  db: Database,
  agencyId: string,
  employeeId: string,
  date: string,
  forUpdate = false,
): Promise<LogRow | null> {
  const query = db
    .select()
    .from(dailyLogs)
    .where(
      and(
        eq(dailyLogs.agencyId, agencyId),
        eq(dailyLogs.employeeId, employeeId),
        eq(dailyLogs.logDate, date),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listEntryInputs(db: Database, agencyId: string, logId: string) {
  return db
    .select({
      start: dailyLogEntries.startTime,
      end: dailyLogEntries.endTime,
      description: dailyLogEntries.description,
    })
    .from(dailyLogEntries)
    .where(and(eq(dailyLogEntries.agencyId, agencyId), eq(dailyLogEntries.logId, logId)))
    .orderBy(dailyLogEntries.seq);
}

export interface DayRow {
  id: string;
  log_date: string;
  status: string;
  minutes: number;
  rater_employee_id: string | null;
  submitted_at: Date | string | null;
  decided_at: Date | string | null;
  decided_by_name: string | null;
  return_note: string | null;
  rater_name: string | null;
  rater_front_title: string | null;
  rater_back_title: string | null;
  entries: {
    id: string;
    start: string;
    end: string;
    description: string;
    rhkId: string | null;
    rhkText: string | null;
    evidenceUrl: string | null;
  }[];
  evidence: {
    id: string;
    kind: 'FILE' | 'LINK';
    url: string | null;
    fileName: string | null;
    contentType: string | null;
    size: number | null;
    createdAt: string;
  }[];
}

/** A day with its entries (and the RHK texts), its evidence and its rater's name, in one statement. */
const entriesJson = sql`coalesce((select json_agg(json_build_object('id', d.id, 'start', d.start_time,
    'end', d.end_time, 'description', d.description, 'rhkId', d.rhk_id, 'rhkText', k.text,
    'evidenceUrl', d.evidence_url) order by d.seq)
  from daily_log_entries d
  left join skp_rhks k on k.agency_id = d.agency_id and k.id = d.rhk_id
  where d.agency_id = l.agency_id and d.log_id = l.id), '[]'::json)`;
const evidenceJson = sql`coalesce((select json_agg(json_build_object('id', v.id, 'kind', v.kind, 'url', v.url,
    'fileName', v.file_name, 'contentType', v.content_type, 'size', v.size, 'createdAt', v.created_at)
    order by v.created_at, v.id)
  from evidence v where v.agency_id = l.agency_id and v.daily_log_id = l.id), '[]'::json)`;
const raterColumns = sql`(select r.name from employees r where r.agency_id = l.agency_id and r.id = l.rater_employee_id) as rater_name,
  (select r.front_title from employees r where r.agency_id = l.agency_id and r.id = l.rater_employee_id) as rater_front_title,
  (select r.back_title from employees r where r.agency_id = l.agency_id and r.id = l.rater_employee_id) as rater_back_title`;
const dayColumns = (withEntries: boolean) => sql`l.id, l.log_date::text as log_date, l.status, l.minutes,
  l.rater_employee_id, l.submitted_at, l.decided_at, l.decided_by_name, l.return_note, ${raterColumns},
  ${withEntries ? entriesJson : sql`'[]'::json`} as entries, ${evidenceJson} as evidence`;

/**
 * A day with its entries (and the RHK texts), its evidence and its rater's name, in one statement;
 * `lock` also locks the day's row (in the caller's transaction) and leaves the entries out.
 */
export async function loadDay(
  db: Database,
  agencyId: string,
  employeeId: string,
  date: string,
  lock = false,
): Promise<DayRow | null> {
  const [row] = await queryRows<DayRow>(
    db,
    sql`select ${dayColumns(!lock)} from daily_logs l
        where l.agency_id = ${agencyId} and l.employee_id = ${employeeId} and l.log_date = ${date}::date
        ${lock ? sql`for update of l` : sql``}`,
  );
  return row ?? null;
}

export interface EntryRow {
  id: string;
  seq: number;
  start: string;
  end: string;
  description: string;
  rhkId: string | null;
  evidenceUrl: string | null;
}

const entryArrays = (entries: EntryRow[]) =>
  sql`unnest(${sqlArray(
    entries.map((e) => e.id),
    'uuid',
  )}, ${sqlArray(
    entries.map((e) => e.seq),
    'int',
  )}, ${sqlArray(
    entries.map((e) => e.start),
    'text',
  )}, ${sqlArray(
    entries.map((e) => e.end),
    'text',
  )}, ${sqlArray(
    entries.map((e) => e.description),
    'text',
  )}, ${sqlArray(
    entries.map((e) => e.rhkId),
    'uuid',
  )}, ${sqlArray(
    entries.map((e) => e.evidenceUrl),
    'text',
  )}) as x(id, seq, start_time, end_time, description, rhk_id, evidence_url)`;

/**
 * A new draft day and its entries in one statement; null when the day already exists (nothing written).
 */
export async function insertDayWithEntries(
  db: Database,
  row: {
    agencyId: string;
    id: string;
    employeeId: string;
    unitId: string;
    logDate: string;
    minutes: number;
    now: Date;
  },
  entries: EntryRow[],
  /** An extra CTE of the statement (its audit record), reading `day`: the inserted day or nothing. */
  audit?: SQL,
): Promise<boolean> {
  const rows = await queryPrepared<{ id: string }>(
    db,
    'daily_log_first_save',
    sql`with day as (
          insert into daily_logs (agency_id, id, employee_id, unit_id, log_date, status, minutes, created_at, updated_at)
          values (${row.agencyId}, ${row.id}, ${row.employeeId}, ${row.unitId}, ${row.logDate}::date, 'DRAFT',
            ${row.minutes}, ${row.now.toISOString()}::timestamptz, ${row.now.toISOString()}::timestamptz)
          on conflict (agency_id, employee_id, log_date) do nothing
          returning id),
        entries as (
          insert into daily_log_entries (agency_id, id, log_id, seq, start_time, end_time, description, rhk_id, evidence_url)
          select ${row.agencyId}::uuid, x.id, day.id, x.seq, x.start_time, x.end_time, x.description, x.rhk_id, x.evidence_url
          from day, ${entryArrays(entries)})
        ${audit ? sql`, audit as (${audit})` : sql``}
        select id from day`,
  );
  return rows.length > 0;
}

/** Replaces a (locked) day's entries and sets its minutes, in one statement. */
export async function rewriteDay(
  db: Database,
  agencyId: string,
  logId: string,
  entries: EntryRow[],
  minutes: number,
  now: Date,
) {
  await db.execute(sql`with removed as (
      delete from daily_log_entries where agency_id = ${agencyId} and log_id = ${logId}),
    added as (
      insert into daily_log_entries (agency_id, id, log_id, seq, start_time, end_time, description, rhk_id, evidence_url)
      select ${agencyId}::uuid, x.id, ${logId}::uuid, x.seq, x.start_time, x.end_time, x.description, x.rhk_id, x.evidence_url
      from ${entryArrays(entries)})
    update daily_logs set minutes = ${minutes}, updated_at = ${now.toISOString()}::timestamptz
    where agency_id = ${agencyId} and id = ${logId}`);
}

/**
 * Submits a draft that has entries to the rater in force on `today`, in one statement, returning the day
 * as submitted (with its entries and evidence); null when nothing was submitted (no such draft, no
 * entries, or no reporting line in force) — the caller finds out which.
 */
export async function submitDraft(
  db: Database,
  agencyId: string,
  employeeId: string,
  date: string,
  today: string,
  now: Date,
  /** The audit record's CTE, reading `submitted`: the submitted day or nothing. */
  audit: SQL,
): Promise<DayRow | null> {
  const [row] = await queryPrepared<DayRow>(
    db,
    'daily_log_submit',
    sql`with submitted as (update daily_logs l set status = 'SUBMITTED', rater_employee_id = line.rater_employee_id,
          submitted_at = ${now.toISOString()}::timestamptz, decided_at = null, decided_by_name = null,
          return_note = null, updated_at = ${now.toISOString()}::timestamptz
        from (select rl.rater_employee_id from reporting_lines rl
              where rl.agency_id = ${agencyId} and rl.employee_id = ${employeeId} and ${lineInForce('rl', today)}
              order by rl.valid_from desc limit 1) line
        where l.agency_id = ${agencyId} and l.employee_id = ${employeeId} and l.log_date = ${date}::date
          and l.status = 'DRAFT'
          and exists (select 1 from daily_log_entries d where d.agency_id = l.agency_id and d.log_id = l.id)
        returning ${dayColumns(true)}),
        audit as (${audit})
        select * from submitted`,
  );
  return row ?? null;
}

export interface LogCell {
  id: string;
  employee_id: string;
  log_date: string;
  status: string;
  minutes: number;
  rater_employee_id: string | null;
  returned: boolean;
}

/** The logs of some employees between two dates (inclusive). */
export async function logsOf(
  db: Database,
  agencyId: string,
  employeeIds: string[],
  from: string,
  to: string,
): Promise<LogCell[]> {
  if (employeeIds.length === 0) return [];
  return queryRows<LogCell>(
    db,
    sql`select l.id, l.employee_id, l.log_date::text as log_date, l.status, l.minutes, l.rater_employee_id,
          (l.status = 'DRAFT' and l.return_note is not null) as returned
        from daily_logs l
        where l.agency_id = ${agencyId} and l.employee_id = any(${sqlArray(employeeIds, 'uuid')})
          and l.log_date between ${from}::date and ${to}::date`,
  );
}

/** Employees with days in the range submitted to this rater (null: the head of region). */
export async function employeesWaitingFor(
  db: Database,
  agencyId: string,
  raterId: string | null,
  from: string,
  to: string,
): Promise<string[]> {
  const rows = await queryRows<{ employee_id: string }>(
    db,
    sql`select distinct l.employee_id from daily_logs l
        where l.agency_id = ${agencyId} and l.status = 'SUBMITTED'
          and ${raterId === null ? sql`l.rater_employee_id is null` : sql`l.rater_employee_id = ${raterId}`}
          and l.log_date between ${from}::date and ${to}::date`,
  );
  return rows.map((r) => r.employee_id);
}

/** The rater on a date from the reporting line in force: undefined when the person has no line. */
export async function raterInForce(
  db: Database,
  agencyId: string,
  employeeId: string,
  date: string,
): Promise<{ raterEmployeeId: string | null } | undefined> {
  const [row] = await queryRows<{ rater_employee_id: string | null }>(
    db,
    sql`select rl.rater_employee_id from reporting_lines rl
        where rl.agency_id = ${agencyId} and rl.employee_id = ${employeeId} and ${lineInForce('rl', date)}
        order by rl.valid_from desc limit 1`,
  );
  return row ? { raterEmployeeId: row.rater_employee_id } : undefined;
}

/**
 * Which of these RHK ids an entry of the employee may serve: RHKs of their SKPs of the year that can no
 * longer change (approved, or closed). A draft's RHKs are replaced on every save, so they are never linked.
 */
export async function linkableRhks(
  db: Database,
  agencyId: string,
  employeeId: string,
  year: number,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: string; text: string }>(
    db,
    sql`select r.id, r.text from skp_rhks r
        join skps s on s.agency_id = r.agency_id and s.id = r.skp_id
        where r.agency_id = ${agencyId} and r.id = any(${sqlArray(ids, 'uuid')})
          and s.employee_id = ${employeeId} and s.year = ${year} and s.status in ('APPROVED', 'CLOSED')`,
  );
  return new Map(rows.map((r) => [r.id, r.text]));
}

export interface DecisionRow {
  id: string;
  employee_id: string;
  log_date: string;
  status: string;
  rater_employee_id: string | null;
  visible: boolean;
}

/** Locks the logs of a bulk decision (in the caller's transaction) and says which the actor may read. */
export async function lockForDecision(
  db: Database,
  agencyId: string,
  ids: string[],
  visible: SQL,
): Promise<DecisionRow[]> {
  return queryRows<DecisionRow>(
    db,
    sql`select l.id, l.employee_id, l.log_date::text as log_date, l.status, l.rater_employee_id,
          (${visible}) as visible
        from daily_logs l
        join employees e on e.agency_id = l.agency_id and e.id = l.employee_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where l.agency_id = ${agencyId} and l.id = any(${sqlArray(ids, 'uuid')})
        order by l.id
        for update of l`,
  );
}

export async function decideLogs(
  db: Database,
  agencyId: string,
  ids: string[],
  patch: { status: string; decidedAt: Date; decidedByName: string; returnNote: string | null },
) {
  await db
    .update(dailyLogs)
    .set({ ...patch, updatedAt: patch.decidedAt })
    .where(and(eq(dailyLogs.agencyId, agencyId), sql`${dailyLogs.id} = any(${sqlArray(ids, 'uuid')})`));
}

// ---------- evidence ----------

export async function countEvidence(db: Database, agencyId: string, logId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from evidence where agency_id = ${agencyId} and daily_log_id = ${logId}`,
  );
  return row?.n ?? 0;
}

export async function insertEvidence(db: Database, row: typeof evidence.$inferInsert) {
  await db.insert(evidence).values(row);
}

export async function findEvidenceOfLog(db: Database, agencyId: string, logId: string, id: string) {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.agencyId, agencyId), eq(evidence.dailyLogId, logId), eq(evidence.id, id)));
  return row ?? null;
}

export async function deleteEvidence(db: Database, agencyId: string, id: string) {
  await db.delete(evidence).where(and(eq(evidence.agencyId, agencyId), eq(evidence.id, id)));
}

/** A daily-log file the actor may read (`visible` over aliases l, e, u), or null. */
export async function findVisibleEvidence(db: Database, agencyId: string, id: string, visible: SQL) {
  const [row] = await queryRows<{
    id: string;
    kind: string;
    file_name: string | null;
    content_type: string | null;
    storage_key: string | null;
  }>(
    db,
    sql`select v.id, v.kind, v.file_name, v.content_type, v.storage_key from evidence v
        join daily_logs l on l.agency_id = v.agency_id and l.id = v.daily_log_id
        join employees e on e.agency_id = l.agency_id and e.id = l.employee_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where v.agency_id = ${agencyId} and v.id = ${id} and ${visible}`,
  );
  return row ?? null;
}

import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { employees, reportingLines } from '../../db/schema/index.ts';
import { lineInForce } from './employees.policy.ts';

export type EmployeeRow = typeof employees.$inferSelect;
export type ReportingLineRow = typeof reportingLines.$inferSelect;

export interface EmployeeFilter {
  q?: string | undefined;
  unitPath?: string | undefined;
  unitId?: string | undefined;
  positionKind?: string | undefined;
  employmentType?: string | undefined;
  status?: string | undefined;
}

export interface EmployeeListRow {
  id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  employment_type: string;
  golongan: string;
  position_name: string;
  position_kind: string;
  unit_id: string;
  unit_name: string;
  status: string;
}

/** Lower-cased searchable text: name with titles, and the NIP. */
export function searchTextOf(e: {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  nip: string;
}) {
  return `${e.frontTitle ?? ''} ${e.name} ${e.backTitle ?? ''} ${e.nip}`
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function filterSql(agencyId: string, f: EmployeeFilter, scope: SQL): SQL {
  const parts: SQL[] = [sql`e.agency_id = ${agencyId}`, scope];
  if (f.q) {
    const q = f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    parts.push(/^\d+$/.test(q) ? sql`e.nip like ${`${q}%`}` : sql`e.search_text like ${`%${q}%`}`);
  }
  if (f.unitPath) parts.push(sql`u.path like ${`${f.unitPath}%`}`);
  else if (f.unitId) parts.push(sql`e.unit_id = ${f.unitId}`);
  if (f.positionKind) parts.push(sql`p.kind = ${f.positionKind}`);
  if (f.employmentType) parts.push(sql`e.employment_type = ${f.employmentType}`);
  if (f.status) parts.push(sql`e.status = ${f.status}`);
  return sql.join(parts, sql` and `);
}

const listColumns = sql`e.id, e.nip, e.name, e.front_title, e.back_title, e.employment_type, e.golongan,
  p.name as position_name, p.kind as position_kind, e.unit_id, u.name as unit_name, e.status`;
const listJoins = sql`from employees e
  join units u on u.agency_id = e.agency_id and u.id = e.unit_id
  join positions p on p.agency_id = e.agency_id and p.id = e.position_id`;

/**
 * One page and the total, counted up to `countCap` + 1 rows: counting every one of 100,000 people costs
 * ~15 ms on PostgreSQL on each page turn, while "10.000+" tells a user as much. The page and the count
 * join only what their conditions read (units for a subtree filter or a unit admin's scope, positions for
 * a kind filter): the joins are on NOT NULL foreign keys, so the rows are the same.
 */
export async function pageEmployees(
  db: Database,
  agencyId: string,
  filter: EmployeeFilter,
  scope: { sql: SQL; readsUnits: boolean },
  offset: number,
  limit: number,
  countCap: number,
) {
  const where = filterSql(agencyId, filter, scope.sql);
  const filterJoins: SQL[] = [sql`from employees e`];
  if (filter.unitPath || scope.readsUnits) {
    filterJoins.push(sql`join units u on u.agency_id = e.agency_id and u.id = e.unit_id`);
  }
  if (filter.positionKind) {
    filterJoins.push(sql`join positions p on p.agency_id = e.agency_id and p.id = e.position_id`);
  }
  const matching = sql.join(filterJoins, sql` `);
  const [items, [count]] = await Promise.all([
    // The page is chosen before the unit and position names are joined: a search matching 1,500 people
    // then looks up 25 positions, not 1,500.
    queryRows<EmployeeListRow>(
      db,
      sql`select e.id, e.nip, e.name, e.front_title, e.back_title, e.employment_type, e.golongan,
            p.name as position_name, p.kind as position_kind, e.unit_id, un.name as unit_name, e.status
          from (select e.id, e.nip, e.name, e.front_title, e.back_title, e.employment_type, e.golongan,
                  e.unit_id, e.position_id, e.status, e.agency_id
                ${matching} where ${where} order by e.name, e.nip limit ${limit} offset ${offset}) e
          join units un on un.agency_id = e.agency_id and un.id = e.unit_id
          join positions p on p.agency_id = e.agency_id and p.id = e.position_id
          order by e.name, e.nip`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from (select 1 ${matching} where ${where}
          limit ${countCap + 1}) matching`,
    ),
  ]);
  const counted = count?.total ?? 0;
  return { items, total: Math.min(counted, countCap), totalCapped: counted > countCap };
}

/** Everything matching, with each person's current rater NIP (for the XLSX export, importable again). */
export async function listForExport(
  db: Database,
  agencyId: string,
  filter: EmployeeFilter,
  scope: SQL,
  today: string,
) {
  return queryRows<EmployeeListRow & { position_level: string; unit_code: string; rater_nip: string | null }>(
    db,
    sql`select ${listColumns}, p.level as position_level, u.code as unit_code,
          (select r.nip from reporting_lines rl join employees r on r.agency_id = rl.agency_id
             and r.id = rl.rater_employee_id
           where rl.agency_id = e.agency_id and rl.employee_id = e.id and ${lineInForce('rl', today)}
           order by rl.valid_from desc limit 1) as rater_nip
        ${listJoins} where ${filterSql(agencyId, filter, scope)} order by u.path, e.name, e.nip`,
  );
}

export interface EmployeeDetailRow extends EmployeeListRow {
  sex: string;
  birth_date: string;
  position_id: string;
  position_level: string;
  unit_path: string;
}

export async function findVisibleEmployee(db: Database, agencyId: string, id: string, scope: SQL) {
  const [row] = await queryRows<EmployeeDetailRow>(
    db,
    sql`select ${listColumns}, e.sex, e.birth_date::text as birth_date, e.position_id, p.level as position_level,
          u.path as unit_path
        ${listJoins} where e.agency_id = ${agencyId} and e.id = ${id} and ${scope}`,
  );
  return row ?? null;
}

export async function findEmployee(db: Database, agencyId: string, id: string): Promise<EmployeeRow | null> {
  const [row] = await db
    .select()
    .from(employees)
    .where(and(eq(employees.agencyId, agencyId), eq(employees.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findEmployeeByNip(db: Database, agencyId: string, nip: string) {
  const [row] = await db
    .select()
    .from(employees)
    .where(and(eq(employees.agencyId, agencyId), eq(employees.nip, nip)))
    .limit(1);
  return row ?? null;
}

export async function insertEmployee(db: Database, row: typeof employees.$inferInsert) {
  await db.insert(employees).values(row);
}

export async function updateEmployee(
  db: Database,
  agencyId: string,
  id: string,
  patch: Partial<EmployeeRow>,
) {
  await db
    .update(employees)
    .set(patch)
    .where(and(eq(employees.agencyId, agencyId), eq(employees.id, id)));
}

export interface PersonRow {
  id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_name: string;
  unit_name: string;
}

const personColumns = sql`r.id, r.nip, r.name, r.front_title, r.back_title, rp.name as position_name,
  ru.name as unit_name`;
const personJoins = sql`join positions rp on rp.agency_id = r.agency_id and rp.id = r.position_id
  join units ru on ru.agency_id = r.agency_id and ru.id = r.unit_id`;

/** All reporting lines of an employee, newest first, with the rater's name. */
export async function reportingHistory(db: Database, agencyId: string, employeeId: string) {
  return queryRows<
    { line_id: string; valid_from: string; valid_to: string | null; acting: string; created_at: string } & {
      [K in keyof PersonRow]: PersonRow[K] | null;
    }
  >(
    db,
    sql`select rl.id as line_id, rl.valid_from::text as valid_from, rl.valid_to::text as valid_to, rl.acting,
          to_char(rl.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at, ${personColumns}
        from reporting_lines rl
        left join employees r on r.agency_id = rl.agency_id and r.id = rl.rater_employee_id
        left join positions rp on rp.agency_id = r.agency_id and rp.id = r.position_id
        left join units ru on ru.agency_id = r.agency_id and ru.id = r.unit_id
        where rl.agency_id = ${agencyId} and rl.employee_id = ${employeeId}
        order by rl.valid_from desc`,
  );
}

/** The line in force on a date: undefined = no line; rater null = head of region. */
export async function currentLine(db: Database, agencyId: string, employeeId: string, today: string) {
  const [row] = await queryRows<{ rater_employee_id: string | null }>(
    db,
    sql`select rl.rater_employee_id from reporting_lines rl
        where rl.agency_id = ${agencyId} and rl.employee_id = ${employeeId} and ${lineInForce('rl', today)}
        order by rl.valid_from desc limit 1`,
  );
  return row;
}

export async function findPerson(db: Database, agencyId: string, id: string): Promise<PersonRow | null> {
  const [row] = await queryRows<PersonRow>(
    db,
    sql`select ${personColumns} from employees r ${personJoins} where r.agency_id = ${agencyId} and r.id = ${id}`,
  );
  return row ?? null;
}

export async function countSubordinates(db: Database, agencyId: string, employeeId: string, today: string) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from reporting_lines rl
        where rl.agency_id = ${agencyId} and rl.rater_employee_id = ${employeeId} and ${lineInForce('rl', today)}`,
  );
  return row?.n ?? 0;
}

/** Ids up the reporting chain from `start` on a date (start included), to detect cycles. */
export async function chainAbove(
  db: Database,
  agencyId: string,
  start: string,
  today: string,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive up(id, depth) as (
          select ${start}::uuid, 0
          union all
          select rl.rater_employee_id, up.depth + 1 from up
          join reporting_lines rl on rl.agency_id = ${agencyId} and rl.employee_id = up.id
            and ${lineInForce('rl', today)}
          where rl.rater_employee_id is not null and up.depth < 100
        ) select id from up`,
  );
  return rows.map((r) => r.id);
}

export async function latestLine(db: Database, agencyId: string, employeeId: string) {
  const [row] = await db
    .select()
    .from(reportingLines)
    .where(and(eq(reportingLines.agencyId, agencyId), eq(reportingLines.employeeId, employeeId)))
    .orderBy(desc(reportingLines.validFrom))
    .limit(1);
  return row ?? null;
}

export async function insertLine(db: Database, row: typeof reportingLines.$inferInsert) {
  await db.insert(reportingLines).values(row);
}

export async function updateLine(
  db: Database,
  agencyId: string,
  id: string,
  patch: Partial<ReportingLineRow>,
) {
  await db
    .update(reportingLines)
    .set(patch)
    .where(and(eq(reportingLines.agencyId, agencyId), eq(reportingLines.id, id)));
}

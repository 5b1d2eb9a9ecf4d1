import type { Monitoring, SkpMonitorStatus } from '@sigap/contracts';
import { isPastDeadline } from '@sigap/rules';
import { type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { findYear } from '../planning/planning.repository.ts';

/**
 * Monitoring pengisian SKP (issue: per unit and subtree, how many people have no SKP, a draft, a
 * submitted, returned or approved one). Scope: agency admins and leaders see the agency; unit admins
 * their subtrees; a unit head (position flagged is_unit_head) their unit's subtree.
 */

type Counts = Record<SkpMonitorStatus, number> & { total: number };
const emptyCounts = (): Counts => ({
  NOT_STARTED: 0,
  DRAFT: 0,
  SUBMITTED: 0,
  RETURNED: 0,
  APPROVED: 0,
  total: 0,
});
const add = (into: Counts, from: Counts) => {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
};

interface UnitNode {
  id: string;
  parent_id: string | null;
  path: string;
  name: string;
  code: string;
}

/** Unit path prefixes the actor may monitor; null = the whole agency; [] = none. */
function monitorRoots(ctx: RequestContext): string[] | null {
  if (isAgencyWide(ctx.actor)) return null;
  const roots = ctx.actor.adminUnits.map((u) => u.path);
  if (ctx.actor.headOfUnit) roots.push(ctx.actor.headOfUnit.path);
  return roots;
}

export function assertMonitor(ctx: RequestContext) {
  const roots = monitorRoots(ctx);
  if (roots !== null && roots.length === 0) {
    throw new AppError(
      'FORBIDDEN',
      'Monitoring pengisian SKP hanya untuk pimpinan unit dan pengelola kinerja',
    );
  }
  return roots;
}

export const within = (path: string, roots: string[] | null) =>
  roots === null || roots.some((r) => path.startsWith(r));

export async function resolveUnit(
  db: Database,
  ctx: RequestContext,
  unitId: string | undefined,
  roots: string[] | null,
) {
  if (!unitId) return null;
  const [unit] = await queryRows<UnitNode>(
    db,
    sql`select id, parent_id, path, name, code from units where agency_id = ${ctx.actor.agencyId} and id = ${unitId}`,
  );
  if (!unit || !within(unit.path, roots)) throw notFound('Unit');
  return unit;
}

/** Scope condition on the employee's unit (alias u): under the unit, else under the actor's roots. */
function pathScope(unit: UnitNode | null, roots: string[] | null): SQL {
  if (unit) return sql`u.path like ${`${unit.path}%`}`;
  if (roots === null) return sql`true`;
  return sql`u.path like any(${sqlArray(
    roots.map((r) => `${r}%`),
    'text',
  )})`;
}

const statusOf = sql`coalesce(s.status, 'NOT_STARTED')`;
const openSkpJoin = (year: number) =>
  sql`left join skps s on s.agency_id = e.agency_id and s.employee_id = e.id and s.year = ${year}
      and s.current and s.status <> 'CLOSED'`;

/** The raw aggregate: active people per unit and SKP status (the benchmark's baseline runs this SQL). */
export async function countByUnit(db: Database, agencyId: string, year: number, scope: SQL) {
  return queryRows<{ unit_id: string; status: SkpMonitorStatus; n: number }>(
    db,
    sql`select e.unit_id, ${statusOf} as status, count(*)::int as n
        from employees e
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        ${openSkpJoin(year)}
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE' and ${scope}
        group by 1, 2`,
  );
}

/**
 * People per unit and SKP status from the running counts the database keeps (migration 0008): active
 * people per unit, and open SKPs per unit and status; those without an SKP are the difference. The same
 * numbers as {@link countByUnit}, read from a few hundred rows instead of a join of everyone.
 */
export async function runningCounts(db: Database, agencyId: string, year: number) {
  // One statement: the head counts (status null) and the SKP counts.
  const all = await queryRows<{ unit_id: string; status: SkpMonitorStatus | null; n: number }>(
    db,
    sql`select unit_id, null as status, n from unit_headcounts where agency_id = ${agencyId} and n <> 0
        union all
        select unit_id, status, n from skp_unit_counts where agency_id = ${agencyId} and year = ${year} and n <> 0`,
  );
  const heads = all.filter((r) => r.status === null);
  const skps = all.filter(
    (r): r is { unit_id: string; status: SkpMonitorStatus; n: number } => r.status !== null,
  );
  const started = new Map<string, number>();
  for (const s of skps) started.set(s.unit_id, (started.get(s.unit_id) ?? 0) + s.n);
  const rows: { unit_id: string; status: SkpMonitorStatus; n: number }[] = [...skps];
  for (const h of heads) {
    const notStarted = h.n - (started.get(h.unit_id) ?? 0);
    if (notStarted !== 0) rows.push({ unit_id: h.unit_id, status: 'NOT_STARTED', n: notStarted });
  }
  return rows;
}

async function deadlineOf(db: Database, ctx: RequestContext, year: number) {
  const planning = await findYear(db, ctx.actor.agencyId, year);
  return {
    skpDeadline: planning?.skpDeadline ?? null,
    deadlinePassed: planning
      ? isPastDeadline(ctx.clock.now(), planning.skpDeadline, ctx.actor.agencyTimezone)
      : false,
  };
}

export async function monitoring(
  db: Database,
  ctx: RequestContext,
  input: { year: number; unitId?: string | undefined },
): Promise<Monitoring> {
  const agencyId = ctx.actor.agencyId;
  const roots = assertMonitor(ctx);
  const unit = await resolveUnit(db, ctx, input.unitId, roots);
  const [allCounts, units, deadline] = await Promise.all([
    runningCounts(db, agencyId, input.year),
    queryRows<UnitNode>(
      db,
      sql`select id, parent_id, path, name, code from units where agency_id = ${agencyId}`,
    ),
    deadlineOf(db, ctx, input.year),
  ]);
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const inScope = (path: string) => (unit ? path.startsWith(unit.path) : within(path, roots));
  const counts = allCounts.filter((c) => inScope(pathOf.get(c.unit_id) ?? ''));
  const own = new Map<string, Counts>();
  for (const c of counts) {
    const entry = own.get(c.unit_id) ?? emptyCounts();
    entry[c.status] += c.n;
    entry.total += c.n;
    own.set(c.unit_id, entry);
  }
  // Roll each unit's own counts up to every ancestor (paths are '/a/b/c/').
  const byId = new Map(units.map((u) => [u.id, u]));
  const subtree = new Map<string, Counts>();
  for (const [unitId, c] of own) {
    const node = byId.get(unitId);
    if (!node) continue;
    for (const ancestorId of node.path.split('/').filter(Boolean)) {
      const entry = subtree.get(ancestorId) ?? emptyCounts();
      add(entry, c);
      subtree.set(ancestorId, entry);
    }
  }
  const hasChildren = new Set(units.map((u) => u.parent_id).filter((x): x is string => x !== null));
  let rowUnits: UnitNode[];
  if (unit) rowUnits = units.filter((u) => u.parent_id === unit.id);
  else if (roots === null) rowUnits = units.filter((u) => u.parent_id === null);
  else rowUnits = units.filter((u) => roots.includes(u.path));
  rowUnits = rowUnits
    .filter((u) => (subtree.get(u.id)?.total ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const rows = rowUnits.map((u) => ({
    unitId: u.id,
    name: u.name,
    code: u.code,
    ownStaffOnly: false,
    hasChildren: hasChildren.has(u.id),
    ...(subtree.get(u.id) ?? emptyCounts()),
  }));
  const ownStaff = unit ? own.get(unit.id) : undefined;
  if (unit && ownStaff) {
    rows.unshift({
      unitId: unit.id,
      name: unit.name,
      code: unit.code,
      ownStaffOnly: true,
      hasChildren: false,
      ...ownStaff,
    });
  }
  const totals = emptyCounts();
  for (const c of own.values()) add(totals, c);
  return {
    year: input.year,
    ...deadline,
    unit: unit ? { id: unit.id, name: unit.name, parentId: unit.parent_id } : null,
    totals,
    rows,
  };
}

interface EmployeeStatusRow {
  employee_id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_name: string;
  unit_name: string;
  unit_code: string;
  status: SkpMonitorStatus;
  skp_id: string | null;
}

async function employeeRows(
  db: Database,
  ctx: RequestContext,
  input: {
    year: number;
    unitId?: string | undefined;
    status?: SkpMonitorStatus | undefined;
    ownStaffOnly?: boolean;
  },
  page: { offset: number; limit: number } | null,
) {
  const agencyId = ctx.actor.agencyId;
  const roots = assertMonitor(ctx);
  const unit = await resolveUnit(db, ctx, input.unitId, roots);
  const conditions: SQL[] = [
    sql`e.agency_id = ${agencyId}`,
    sql`e.status = 'ACTIVE'`,
    input.ownStaffOnly && unit ? sql`e.unit_id = ${unit.id}` : pathScope(unit, roots),
  ];
  if (input.status) conditions.push(sql`${statusOf} = ${input.status}`);
  const where = sql.join(conditions, sql` and `);
  const from = sql`from employees e
    join units u on u.agency_id = e.agency_id and u.id = e.unit_id
    join positions p on p.agency_id = e.agency_id and p.id = e.position_id
    ${openSkpJoin(input.year)}`;
  const rows = await queryRows<EmployeeStatusRow>(
    db,
    sql`select e.id as employee_id, e.nip, e.name, e.front_title, e.back_title, p.name as position_name,
          u.name as unit_name, u.code as unit_code, ${statusOf} as status, s.id as skp_id
        ${from} where ${where}
        order by u.path, e.name, e.nip
        ${page ? sql`limit ${page.limit} offset ${page.offset}` : sql``}`,
  );
  const [count] = page
    ? await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${from} where ${where}`)
    : [{ n: rows.length }];
  return { rows, total: count?.n ?? 0, deadline: await deadlineOf(db, ctx, input.year) };
}

export async function monitoringEmployees(
  db: Database,
  ctx: RequestContext,
  input: {
    year: number;
    unitId?: string | undefined;
    status?: SkpMonitorStatus | undefined;
    ownStaffOnly?: boolean;
    page: number;
    pageSize: number;
  },
) {
  const { rows, total, deadline } = await employeeRows(db, ctx, input, {
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  });
  return {
    items: rows.map((r) => ({
      employeeId: r.employee_id,
      nip: r.nip,
      fullName: fullName(r.name, r.front_title, r.back_title),
      positionName: r.position_name,
      unitName: r.unit_name,
      status: r.status,
      skpId: r.skp_id,
      overdue: deadline.deadlinePassed && r.status !== 'APPROVED',
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

const STATUS_TEXT: Record<SkpMonitorStatus, string> = {
  NOT_STARTED: 'Belum dibuat',
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  APPROVED: 'Disetujui',
};

/** XLSX: the recap per unit and every person with their SKP status. */
export async function monitoringWorkbook(
  db: Database,
  ctx: RequestContext,
  input: { year: number; unitId?: string | undefined },
) {
  const recap = await monitoring(db, ctx, input);
  const { rows, deadline } = await employeeRows(db, ctx, input, null);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sigap';
  const header = ['Unit', 'Kode', 'Belum dibuat', 'Draf', 'Diajukan', 'Dikembalikan', 'Disetujui', 'Jumlah'];
  const sheet = workbook.addWorksheet('Rekap', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: i === 0 ? 48 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const r of recap.rows) {
    sheet.addRow([
      r.ownStaffOnly ? `${r.name} (staf langsung)` : r.name,
      r.code,
      r.NOT_STARTED,
      r.DRAFT,
      r.SUBMITTED,
      r.RETURNED,
      r.APPROVED,
      r.total,
    ]);
  }
  const t = recap.totals;
  const totalRow = sheet.addRow([
    'Jumlah',
    '',
    t.NOT_STARTED,
    t.DRAFT,
    t.SUBMITTED,
    t.RETURNED,
    t.APPROVED,
    t.total,
  ]);
  totalRow.font = { bold: true };
  const people = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  people.columns = [
    { header: 'NIP', width: 22 },
    { header: 'Nama', width: 36 },
    { header: 'Jabatan', width: 40 },
    { header: 'Unit', width: 40 },
    { header: 'Status SKP', width: 16 },
    { header: 'Terlambat', width: 12 },
  ];
  people.getRow(1).font = { bold: true };
  people.getColumn(1).numFmt = '@';
  for (const r of rows) {
    people.addRow([
      r.nip,
      fullName(r.name, r.front_title, r.back_title),
      r.position_name,
      r.unit_name,
      STATUS_TEXT[r.status],
      deadline.deadlinePassed && r.status !== 'APPROVED' ? 'Ya' : '',
    ]);
  }
  people.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 6 } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

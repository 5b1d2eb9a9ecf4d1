/**
 * The evaluation's recaps and exports (rules §5.7, §8): XLSX recaps per unit and for the agency, the
 * period's results as SIASN-style records (CSV and JSON, the evaluation id as the stable record id), and
 * the annual view of one employee (the year's periodic evaluations side by side, and the annual one).
 */
import type {
  AnnualEntrySchema,
  EvaluationAnnual,
  EvaluationExport,
  Period,
  SiasnRecord,
} from '@sigap/contracts';
import {
  checkDistribution,
  EMPLOYEE_PREDIKAT_LABELS,
  EMPLOYEE_PREDIKATS,
  type EmployeePredikat,
  ORGANISATION_PREDIKAT_LABELS,
  type OrganisationPredikat,
  RATING_LEVEL_LABELS,
  type RatingLevel,
} from '@sigap/rules';
import { type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { z } from 'zod';
import { type Database, queryRows } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { isAgencyWide, todayOf } from '../../lib/actor.ts';
import { notFound } from '../../lib/app-error.ts';
import { dateInZone } from '../../lib/clock.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { lineInForce } from '../employees/employees.policy.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { presentPeriod } from '../realisation/realisation.periods.ts';
import { assertMonitor, resolveUnit } from '../skp/skp.monitoring.ts';
import * as skpRepository from '../skp/skp.repository.ts';
import * as service from './evaluation.service.ts';

const iso = (value: Date | string | null): string | null =>
  value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString();

// ---------------------------------------------------------------------------------------------------------
// The people of a set of units with their evaluation of a period (recaps, monitoring drill-down)
// ---------------------------------------------------------------------------------------------------------

export interface PersonEvaluationRow {
  employee_id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_name: string;
  unit_id: string;
  unit_name: string;
  unit_code: string;
  evaluation_id: string | null;
  hasil_kerja: RatingLevel | null;
  perilaku_kerja: RatingLevel | null;
  predikat: EmployeePredikat | null;
  status: 'DRAFT' | 'FINAL' | null;
  rater_name: string | null;
  rater_employee_id: string | null;
  has_line: boolean;
  r_name: string | null;
  r_front_title: string | null;
  r_back_title: string | null;
  r_nip: string | null;
  objection: 'OPEN' | 'DECIDED' | null;
}

/**
 * The rows: every evaluation of the period recorded in the units (alias u in `unitScope`), and every
 * active person placed in them without an evaluation of the period (like the unit page: a unit's
 * evaluations are those recorded in it; its members are the active people placed in it).
 */
export function peopleQuery(
  agencyId: string,
  periodId: string,
  today: string,
  unitScope: SQL,
  filters: SQL[] = [],
) {
  const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  return sql`
    with x as (
      select v.employee_id, v.unit_id, v.id as evaluation_id
      from evaluations v join units u on u.agency_id = v.agency_id and u.id = v.unit_id
      where v.agency_id = ${agencyId} and v.period_id = ${periodId} and ${unitScope}
      union all
      select e.id, e.unit_id, null::uuid
      from employees e join units u on u.agency_id = e.agency_id and u.id = e.unit_id
      where e.agency_id = ${agencyId} and e.status = 'ACTIVE' and ${unitScope}
        and not exists (select 1 from evaluations v where v.agency_id = e.agency_id and v.employee_id = e.id
          and v.period_id = ${periodId})
    )
    select x.employee_id, e.nip, e.name, e.front_title, e.back_title, p.name as position_name,
      u.id as unit_id, u.name as unit_name, u.code as unit_code, u.path as unit_path,
      v.id as evaluation_id, v.hasil_kerja, v.perilaku_kerja, v.predikat, v.status, v.rater_name,
      case when v.id is null then rl.rater_employee_id else v.rater_employee_id end as rater_employee_id,
      (v.id is not null or rl.employee_id is not null) as has_line,
      r.name as r_name, r.front_title as r_front_title, r.back_title as r_back_title, r.nip as r_nip,
      o.status as objection
    from x
    join employees e on e.agency_id = ${agencyId} and e.id = x.employee_id
    join positions p on p.agency_id = e.agency_id and p.id = e.position_id
    join units u on u.agency_id = ${agencyId} and u.id = x.unit_id
    left join evaluations v on v.agency_id = ${agencyId} and v.id = x.evaluation_id
    left join objections o on o.agency_id = ${agencyId} and o.evaluation_id = v.id
    left join reporting_lines rl on x.evaluation_id is null and rl.agency_id = e.agency_id
      and rl.employee_id = e.id and ${lineInForce('rl', today)}
    left join employees r on r.agency_id = ${agencyId}
      and r.id = case when v.id is null then rl.rater_employee_id else v.rater_employee_id end
    ${where}`;
}

/** The rater as shown: the employee's name, else the head of region (or the leader who acted for them). */
export function raterNameOf(row: PersonEvaluationRow, headTitle: string): string | null {
  if (row.r_name) return fullName(row.r_name, row.r_front_title, row.r_back_title);
  return row.has_line ? headTitle : null;
}

// ---------------------------------------------------------------------------------------------------------
// XLSX recaps
// ---------------------------------------------------------------------------------------------------------

const STATUS_TEXT = { NONE: 'Belum dinilai', DRAFT: 'Draf', FINAL: 'Ditetapkan' } as const;
const OBJECTION_TEXT = { OPEN: 'Dalam proses', DECIDED: 'Diputuskan' } as const;

interface UnitRecap {
  unitId: string;
  name: string;
  code: string;
  people: number;
  rated: number;
  final: number;
  counts: Record<EmployeePredikat, number>;
  openObjections: number;
}

async function recapWorkbook(
  db: Database,
  ctx: RequestContext,
  period: Period,
  unitScope: SQL,
  title: string,
): Promise<Buffer> {
  const agencyId = ctx.actor.agencyId;
  const [rows, predikats, settings, agency] = await Promise.all([
    queryRows<PersonEvaluationRow & { unit_path: string }>(
      db,
      sql`${peopleQuery(agencyId, period.id, todayOf(ctx), unitScope)} order by u.path, e.name, e.nip`,
    ),
    queryRows<{ unit_id: string; predikat: OrganisationPredikat; finalised_at: Date | string | null }>(
      db,
      sql`select unit_id, predikat, finalised_at from unit_predikats
          where agency_id = ${agencyId} and period_id = ${period.id}`,
    ),
    service.getSettings(db, agencyId),
    getAgency(db, agencyId),
  ]);
  const headTitle = agency?.headTitle ?? 'Kepala Daerah';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sigap';
  workbook.title = title;

  const people = workbook.addWorksheet('Pegawai', { views: [{ state: 'frozen', ySplit: 1 }] });
  people.columns = [
    { header: 'NIP', width: 22 },
    { header: 'Nama', width: 36 },
    { header: 'Unit', width: 40 },
    { header: 'Jabatan', width: 40 },
    { header: 'Pejabat Penilai', width: 36 },
    { header: 'NIP Pejabat Penilai', width: 22 },
    { header: 'Rating Hasil Kerja', width: 20 },
    { header: 'Rating Perilaku Kerja', width: 20 },
    { header: 'Predikat Kinerja', width: 20 },
    { header: 'Status', width: 14 },
    { header: 'Keberatan', width: 14 },
  ];
  people.getRow(1).font = { bold: true };
  // NIPs are text: 18 digits exceed a spreadsheet number's precision.
  people.getColumn(1).numFmt = '@';
  people.getColumn(6).numFmt = '@';
  const byUnit = new Map<string, UnitRecap>();
  for (const r of rows) {
    people.addRow([
      r.nip,
      fullName(r.name, r.front_title, r.back_title),
      r.unit_name,
      r.position_name,
      raterNameOf(r, headTitle) ?? '',
      r.r_nip ?? '',
      r.hasil_kerja ? RATING_LEVEL_LABELS[r.hasil_kerja] : '',
      r.perilaku_kerja ? RATING_LEVEL_LABELS[r.perilaku_kerja] : '',
      r.predikat ? EMPLOYEE_PREDIKAT_LABELS[r.predikat] : '',
      STATUS_TEXT[r.status ?? 'NONE'],
      r.objection ? OBJECTION_TEXT[r.objection] : '',
    ]);
    const entry = byUnit.get(r.unit_id) ?? {
      unitId: r.unit_id,
      name: r.unit_name,
      code: r.unit_code,
      people: 0,
      rated: 0,
      final: 0,
      counts: Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as Record<EmployeePredikat, number>,
      openObjections: 0,
    };
    entry.people += 1;
    if (r.predikat) {
      entry.rated += 1;
      entry.counts[r.predikat] += 1;
    }
    if (r.status === 'FINAL') entry.final += 1;
    if (r.objection === 'OPEN') entry.openObjections += 1;
    byUnit.set(r.unit_id, entry);
  }
  people.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };

  const predikatOf = new Map(predikats.map((p) => [p.unit_id, p]));
  const units = workbook.addWorksheet('Rekap Unit', { views: [{ state: 'frozen', ySplit: 1 }] });
  units.columns = [
    { header: 'Unit', width: 44 },
    { header: 'Kode', width: 14 },
    { header: 'Predikat Organisasi', width: 20 },
    { header: 'Penetapan', width: 22 },
    { header: 'Pegawai', width: 10 },
    { header: 'Dinilai', width: 10 },
    { header: 'Belum Dinilai', width: 13 },
    ...EMPLOYEE_PREDIKATS.map((p) => ({ header: EMPLOYEE_PREDIKAT_LABELS[p], width: 16 })),
    { header: 'Keberatan Terbuka', width: 12 },
    { header: 'Pelanggaran Pola Distribusi', width: 60 },
  ];
  units.getRow(1).font = { bold: true };
  const total = {
    people: 0,
    rated: 0,
    open: 0,
    counts: Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as Record<EmployeePredikat, number>,
  };
  for (const u of byUnit.values()) {
    const p = predikatOf.get(u.unitId);
    const violations = p ? checkDistribution(p.predikat, u.counts, settings.rounding) : [];
    units.addRow([
      u.name,
      u.code,
      p ? ORGANISATION_PREDIKAT_LABELS[p.predikat] : 'Belum ditetapkan',
      p?.finalised_at
        ? `Ditetapkan ${dateInZone(new Date(iso(p.finalised_at) as string), ctx.actor.agencyTimezone)}`
        : 'Belum',
      u.people,
      u.rated,
      u.people - u.rated,
      ...EMPLOYEE_PREDIKATS.map((k) => u.counts[k]),
      u.openObjections,
      violations.map((v) => v.message).join('; '),
    ]);
    total.people += u.people;
    total.rated += u.rated;
    total.open += u.openObjections;
    for (const k of EMPLOYEE_PREDIKATS) total.counts[k] += u.counts[k];
  }
  const totalRow = units.addRow([
    'Jumlah',
    '',
    '',
    '',
    total.people,
    total.rated,
    total.people - total.rated,
    ...EMPLOYEE_PREDIKATS.map((k) => total.counts[k]),
    total.open,
    '',
  ]);
  totalRow.font = { bold: true };
  for (const sheet of [people, units]) {
    sheet.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The recap of one unit: its people (the unit page's access), or with `subtree` the people of its whole
 * subtree (monitoring scope over the unit: unit admins, the heads above, agency admins and leaders).
 */
export async function unitRecapXlsx(
  db: Database,
  ctx: RequestContext,
  unitId: string,
  query: { periodId?: string | undefined; subtree: boolean },
) {
  let unit: { id: string; name: string; path: string };
  let period: Period;
  if (query.subtree) {
    const roots = assertMonitor(ctx);
    const found = await resolveUnit(db, ctx, unitId, roots);
    if (!found) throw notFound('Unit');
    unit = found;
    period = (await service.periodFor(db, ctx, query.periodId)).period;
  } else {
    const page = await service.unitDetail(db, ctx, unitId, { periodId: query.periodId });
    unit = { id: page.unit.id, name: page.unit.name, path: '' };
    period = page.period;
  }
  const scope = query.subtree ? sql`u.path like ${`${unit.path}%`}` : sql`u.id = ${unit.id}`;
  const buffer = await recapWorkbook(
    db,
    ctx,
    period,
    scope,
    `Rekap Evaluasi Kinerja ${unit.name} ${period.name}`,
  );
  return { buffer, period, unit };
}

/** The agency's recap (agency admins and leaders). */
export async function agencyRecapXlsx(db: Database, ctx: RequestContext, periodId: string | undefined) {
  const { period } = await service.periodFor(db, ctx, periodId);
  const buffer = await recapWorkbook(db, ctx, period, sql`true`, `Rekap Evaluasi Kinerja ${period.name}`);
  return { buffer, period };
}

// ---------------------------------------------------------------------------------------------------------
// SIASN-style export (rules §8)
// ---------------------------------------------------------------------------------------------------------

/** The order of the CSV columns (the record's fields). */
export const SIASN_COLUMNS: readonly (keyof SiasnRecord)[] = [
  'id',
  'periodId',
  'periodKind',
  'periodName',
  'periodStart',
  'periodEnd',
  'year',
  'nip',
  'name',
  'employmentType',
  'golongan',
  'positionName',
  'positionKind',
  'unitCode',
  'unitName',
  'hasilKerja',
  'hasilKerjaLabel',
  'perilakuKerja',
  'perilakuKerjaLabel',
  'predikat',
  'predikatLabel',
  'organisationPredikat',
  'raterKind',
  'raterNip',
  'raterName',
  'raterGolongan',
  'raterPositionName',
  'raterUnitName',
  'status',
  'draft',
  'finalisedAt',
  'updatedAt',
];

/**
 * The period's evaluation records: finalised ones, plus drafts (flagged) when asked. Ordered by unit
 * code and NIP, so two exports of unchanged data are identical apart from `generatedAt`.
 */
export async function exportRecords(
  db: Database,
  ctx: RequestContext,
  query: { periodId: string; includeDraft: boolean },
): Promise<EvaluationExport> {
  const agencyId = ctx.actor.agencyId;
  const { period } = await service.periodFor(db, ctx, query.periodId);
  const [agency, rows] = await Promise.all([
    getAgency(db, agencyId),
    queryRows<{
      id: string;
      hasil_kerja: RatingLevel;
      perilaku_kerja: RatingLevel;
      predikat: EmployeePredikat;
      status: 'DRAFT' | 'FINAL';
      finalised_at: Date | string | null;
      updated_at: Date | string;
      rater_employee_id: string | null;
      rater_name: string;
      nip: string;
      name: string;
      front_title: string | null;
      back_title: string | null;
      employment_type: string;
      golongan: string;
      position_name: string;
      position_kind: string;
      unit_code: string;
      unit_name: string;
      organisation_predikat: OrganisationPredikat | null;
      r_nip: string | null;
      r_name: string | null;
      r_front_title: string | null;
      r_back_title: string | null;
      r_golongan: string | null;
      r_position_name: string | null;
      r_unit_name: string | null;
    }>(
      db,
      sql`select v.id, v.hasil_kerja, v.perilaku_kerja, v.predikat, v.status, v.finalised_at, v.updated_at,
            v.rater_employee_id, v.rater_name, e.nip, e.name, e.front_title, e.back_title, e.employment_type,
            e.golongan, p.name as position_name, p.kind as position_kind, u.code as unit_code, u.name as unit_name,
            up.predikat as organisation_predikat,
            r.nip as r_nip, r.name as r_name, r.front_title as r_front_title, r.back_title as r_back_title,
            r.golongan as r_golongan, rp.name as r_position_name, ru.name as r_unit_name
          from evaluations v
          join employees e on e.agency_id = v.agency_id and e.id = v.employee_id
          join positions p on p.agency_id = e.agency_id and p.id = e.position_id
          join units u on u.agency_id = v.agency_id and u.id = v.unit_id
          left join unit_predikats up on up.agency_id = v.agency_id and up.unit_id = v.unit_id
            and up.period_id = v.period_id
          left join employees r on r.agency_id = v.agency_id and r.id = v.rater_employee_id
          left join positions rp on rp.agency_id = r.agency_id and rp.id = r.position_id
          left join units ru on ru.agency_id = r.agency_id and ru.id = r.unit_id
          where v.agency_id = ${agencyId} and v.period_id = ${period.id}
            ${query.includeDraft ? sql`` : sql`and v.status = 'FINAL'`}
          order by u.code, e.nip, v.id`,
    ),
  ]);
  const headTitle = agency?.headTitle ?? 'Kepala Daerah';
  const records = rows.map((r): SiasnRecord => {
    const head = r.rater_employee_id === null;
    return {
      id: r.id,
      periodId: period.id,
      periodKind: period.kind,
      periodName: period.name,
      periodStart: period.start,
      periodEnd: period.end,
      year: Number(period.start.slice(0, 4)),
      nip: r.nip,
      name: fullName(r.name, r.front_title, r.back_title),
      employmentType: r.employment_type,
      golongan: r.golongan,
      positionName: r.position_name,
      positionKind: r.position_kind,
      unitCode: r.unit_code,
      unitName: r.unit_name,
      hasilKerja: r.hasil_kerja,
      hasilKerjaLabel: RATING_LEVEL_LABELS[r.hasil_kerja],
      perilakuKerja: r.perilaku_kerja,
      perilakuKerjaLabel: RATING_LEVEL_LABELS[r.perilaku_kerja],
      predikat: r.predikat,
      predikatLabel: EMPLOYEE_PREDIKAT_LABELS[r.predikat],
      organisationPredikat: r.organisation_predikat,
      raterKind: head ? 'HEAD_OF_REGION' : 'EMPLOYEE',
      raterNip: head ? null : r.r_nip,
      raterName: head
        ? agency?.headName || headTitle
        : r.r_name
          ? fullName(r.r_name, r.r_front_title, r.r_back_title)
          : r.rater_name,
      raterGolongan: head ? null : r.r_golongan,
      raterPositionName: head ? headTitle : (r.r_position_name ?? ''),
      raterUnitName: head ? (agency?.name ?? '') : (r.r_unit_name ?? ''),
      status: r.status,
      draft: r.status !== 'FINAL',
      finalisedAt: iso(r.finalised_at),
      updatedAt: iso(r.updated_at) as string,
    };
  });
  return {
    schema: 'sigap.evaluasi-kinerja.v1',
    agency: { id: agencyId, name: agency?.name ?? '' },
    period,
    generatedAt: ctx.clock.now().toISOString(),
    includeDraft: query.includeDraft,
    count: records.length,
    records,
  };
}

/** The records as CSV (UTF-8 with a byte-order mark for spreadsheets, a header row, CRLF lines). */
export function recordsCsv(records: readonly SiasnRecord[]): string {
  const csv = Papa.unparse(
    {
      fields: [...SIASN_COLUMNS],
      data: records.map((r) => SIASN_COLUMNS.map((c) => r[c] ?? '')),
    },
    { header: true, newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------
// Annual view
// ---------------------------------------------------------------------------------------------------------

type AnnualEntry = z.infer<typeof AnnualEntrySchema>;

/**
 * The year's periodic evaluations of one employee side by side, and the annual one. Visible to the
 * employee (finalised results only, as on their own page), their rater and the rater's superior (today's
 * reporting lines, or the rater recorded on one of the year's evaluations), agency admins and leaders;
 * anyone else 404.
 */
export async function annualView(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  year: number | undefined,
): Promise<EvaluationAnnual> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const y = year ?? Number(today.slice(0, 4));
  const staff = await skpRepository.findStaff(db, agencyId, employeeId);
  if (!staff) throw notFound('Pegawai');
  const me = ctx.actor.employeeId;
  const self = me !== null && me === employeeId;
  const rows = await queryRows<{
    id: string;
    period_id: string;
    hasil_kerja: RatingLevel;
    perilaku_kerja: RatingLevel;
    predikat: EmployeePredikat;
    status: 'DRAFT' | 'FINAL';
    rater_name: string;
    rater_employee_id: string | null;
    r_name: string | null;
    r_front_title: string | null;
    r_back_title: string | null;
    finalised_at: Date | string | null;
    objection: 'OPEN' | 'DECIDED' | null;
  }>(
    db,
    sql`select v.id, v.period_id, v.hasil_kerja, v.perilaku_kerja, v.predikat, v.status, v.rater_name,
          v.rater_employee_id, r.name as r_name, r.front_title as r_front_title, r.back_title as r_back_title,
          v.finalised_at, o.status as objection
        from evaluations v
        join periods p on p.agency_id = v.agency_id and p.id = v.period_id
        left join employees r on r.agency_id = v.agency_id and r.id = v.rater_employee_id
        left join objections o on o.agency_id = v.agency_id and o.evaluation_id = v.id
        where v.agency_id = ${agencyId} and v.employee_id = ${employeeId} and p.year = ${y}`,
  );
  let allowed = isAgencyWide(ctx.actor) || self;
  if (!allowed && me !== null) {
    allowed = rows.some((r) => r.rater_employee_id === me);
    if (!allowed) {
      const [line] = await queryRows<{ rater: boolean; superior: boolean }>(
        db,
        sql`select
              exists (select 1 from reporting_lines rl where rl.agency_id = ${agencyId}
                and rl.employee_id = ${employeeId} and rl.rater_employee_id = ${me} and ${lineInForce('rl', today)}) as rater,
              exists (select 1 from reporting_lines rl
                join reporting_lines rl2 on rl2.agency_id = rl.agency_id and rl2.employee_id = rl.rater_employee_id
                  and ${lineInForce('rl2', today)}
                where rl.agency_id = ${agencyId} and rl.employee_id = ${employeeId} and ${lineInForce('rl', today)}
                  and rl2.rater_employee_id = ${me}) as superior`,
      );
      allowed = Boolean(line?.rater || line?.superior);
    }
  }
  if (!allowed) throw notFound('Pegawai');
  const periodRows = await queryRows<{
    id: string;
    kind: string;
    seq: number;
    name: string;
    start_date: string;
    end_date: string;
    fill_deadline: string;
    is_final: boolean;
  }>(
    db,
    sql`select id, kind, seq, name, start_date::text, end_date::text, fill_deadline::text, is_final
        from periods where agency_id = ${agencyId} and year = ${y} order by start_date, seq`,
  );
  const periods = periodRows.map((p) =>
    presentPeriod({
      agencyId,
      id: p.id,
      year: y,
      kind: p.kind,
      seq: p.seq,
      name: p.name,
      startDate: p.start_date,
      endDate: p.end_date,
      fillDeadline: p.fill_deadline,
      isFinal: p.is_final,
      createdAt: new Date(0),
      updatedAt: new Date(0),
    }),
  );
  const finalKind = periods.find((p) => p.final)?.kind ?? 'ANNUAL';
  // The employee sees a rating once it is finalised (as on their own evaluations page).
  const shown = rows.filter((r) => !(self && r.status !== 'FINAL'));
  const byPeriod = new Map(shown.map((r) => [r.period_id, r]));
  const entry = (periodId: string): AnnualEntry | null => {
    const r = byPeriod.get(periodId);
    if (!r) return null;
    return {
      id: r.id,
      hasilKerja: r.hasil_kerja,
      perilakuKerja: r.perilaku_kerja,
      predikat: r.predikat,
      status: r.status,
      raterName: r.r_name ? fullName(r.r_name, r.r_front_title, r.r_back_title) : r.rater_name,
      finalisedAt: iso(r.finalised_at),
      objection: r.objection,
    };
  };
  const periodic = periods
    .filter((p) => p.kind !== 'ANNUAL' && p.kind === finalKind)
    .map((p) => ({ period: p, evaluation: entry(p.id) }));
  const annualPeriod = periods.find((p) => p.kind === 'ANNUAL');
  const counts = Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as Record<
    EmployeePredikat,
    number
  >;
  let rated = 0;
  let final = 0;
  for (const p of periodic) {
    if (!p.evaluation) continue;
    rated += 1;
    if (p.evaluation.status === 'FINAL') final += 1;
    counts[p.evaluation.predikat] += 1;
  }
  return {
    year: y,
    employee: {
      id: staff.id,
      nip: staff.nip,
      fullName: fullName(staff.name, staff.front_title, staff.back_title),
      positionName: staff.position_name,
      unitName: staff.unit_name,
    },
    periods: periodic,
    annual: annualPeriod ? { period: annualPeriod, evaluation: entry(annualPeriod.id) } : null,
    summary: { rated, final, counts },
  };
}

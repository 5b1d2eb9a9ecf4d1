/**
 * Monitoring kurva (rules §5.4): per unit and for the actor's scope, the distribution of the period's
 * predikat against each unit's allowed band, the units finalised (Penetapan signed) and pending, the
 * violations and the open objections; drill-down by unit like the SKP monitoring, and the people behind a
 * row. Scope (as skp.monitoring): agency admins and leaders the agency, unit admins their subtrees, a
 * unit head their unit's subtree. Five batched queries, rolled up the unit paths in memory.
 */
import type { Curve, EvaluationMonitoring, EvaluationMonitoringEmployeePage } from '@sigap/contracts';
import {
  CURVE_ORDER,
  checkDistribution,
  type DistributionRounding,
  EMPLOYEE_PREDIKATS,
  type EmployeePredikat,
  type OrganisationPredikat,
  resolvePattern,
} from '@sigap/rules';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { assertMonitor, resolveUnit, within } from '../skp/skp.monitoring.ts';
import { type PersonEvaluationRow, peopleQuery, raterNameOf } from './evaluation.exports.ts';
import * as service from './evaluation.service.ts';

interface UnitNode {
  id: string;
  parent_id: string | null;
  path: string;
  name: string;
  code: string;
}

type PredikatCounts = Record<EmployeePredikat, number>;
const zeroCounts = (): PredikatCounts =>
  Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as PredikatCounts;

interface Aggregate {
  headcount: number;
  rated: number;
  final: number;
  counts: PredikatCounts;
  units: number;
  unitsWithPredikat: number;
  unitsFinalised: number;
  unitsWithViolations: number;
  violations: number;
  openObjections: number;
}

const emptyAggregate = (): Aggregate => ({
  headcount: 0,
  rated: 0,
  final: 0,
  counts: zeroCounts(),
  units: 0,
  unitsWithPredikat: 0,
  unitsFinalised: 0,
  unitsWithViolations: 0,
  violations: 0,
  openObjections: 0,
});

function addInto(into: Aggregate, from: Aggregate) {
  into.headcount += from.headcount;
  into.rated += from.rated;
  into.final += from.final;
  for (const p of EMPLOYEE_PREDIKATS) into.counts[p] += from.counts[p];
  into.units += from.units;
  into.unitsWithPredikat += from.unitsWithPredikat;
  into.unitsFinalised += from.unitsFinalised;
  into.unitsWithViolations += from.unitsWithViolations;
  into.violations += from.violations;
  into.openObjections += from.openObjections;
}

function present(a: Aggregate) {
  const percents = Object.fromEntries(
    EMPLOYEE_PREDIKATS.map((p) => [p, a.rated === 0 ? 0 : Math.round((a.counts[p] / a.rated) * 1000) / 10]),
  ) as Record<EmployeePredikat, number>;
  return {
    headcount: a.headcount,
    rated: a.rated,
    unrated: Math.max(0, a.headcount - a.rated),
    final: a.final,
    counts: a.counts,
    percents,
    units: a.units,
    unitsWithPredikat: a.unitsWithPredikat,
    unitsFinalised: a.unitsFinalised,
    unitsPending: a.units - a.unitsFinalised,
    unitsWithViolations: a.unitsWithViolations,
    violations: a.violations,
    openObjections: a.openObjections,
  };
}

/** A unit's own curve (people placed directly in it), as the unit page computes it. */
function curveFrom(
  organisation: OrganisationPredikat | null,
  counts: PredikatCounts,
  members: number,
  rounding: DistributionRounding,
): Curve {
  const total = CURVE_ORDER.reduce((s, p) => s + counts[p], 0);
  return {
    counts,
    total,
    unrated: Math.max(0, members - total),
    bounds: organisation
      ? resolvePattern(organisation, total, rounding).map((b) => ({ ...b, predikats: [...b.predikats] }))
      : [],
    violations: organisation
      ? checkDistribution(organisation, counts, rounding).map((v) => ({ ...v, predikats: [...v.predikats] }))
      : [],
  };
}

export async function evaluationMonitoring(
  db: Database,
  ctx: RequestContext,
  input: { periodId?: string | undefined; unitId?: string | undefined },
): Promise<EvaluationMonitoring> {
  const agencyId = ctx.actor.agencyId;
  const roots = assertMonitor(ctx);
  const unit = await resolveUnit(db, ctx, input.unitId, roots);
  const { period, periods } = await service.periodFor(db, ctx, input.periodId);
  const [units, heads, evaluated, predikats, settings] = await Promise.all([
    queryRows<UnitNode>(
      db,
      sql`select id, parent_id, path, name, code from units where agency_id = ${agencyId}`,
    ),
    // Active people per unit: the running count the database keeps (migration 0009).
    queryRows<{ unit_id: string; n: number }>(
      db,
      sql`select unit_id, n from unit_headcounts where agency_id = ${agencyId} and n <> 0`,
    ),
    queryRows<{ unit_id: string; predikat: EmployeePredikat; status: string; n: number; open: number }>(
      db,
      sql`select v.unit_id, v.predikat, v.status, count(*)::int as n,
            (count(o.id) filter (where o.status = 'OPEN'))::int as open
          from evaluations v
          left join objections o on o.agency_id = v.agency_id and o.evaluation_id = v.id
          where v.agency_id = ${agencyId} and v.period_id = ${period.id}
          group by 1, 2, 3`,
    ),
    queryRows<{ unit_id: string; predikat: OrganisationPredikat; finalised_at: Date | string | null }>(
      db,
      sql`select unit_id, predikat, finalised_at from unit_predikats
          where agency_id = ${agencyId} and period_id = ${period.id}`,
    ),
    service.getSettings(db, agencyId),
  ]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const inScope = (path: string) => (unit ? path.startsWith(unit.path) : within(path, roots));

  // Each unit's own numbers (people placed directly in it).
  const ownCounts = new Map<
    string,
    { headcount: number; counts: PredikatCounts; final: number; open: number }
  >();
  const ownOf = (unitId: string) => {
    let entry = ownCounts.get(unitId);
    if (!entry) {
      entry = { headcount: 0, counts: zeroCounts(), final: 0, open: 0 };
      ownCounts.set(unitId, entry);
    }
    return entry;
  };
  for (const h of heads) ownOf(h.unit_id).headcount += h.n;
  for (const e of evaluated) {
    const entry = ownOf(e.unit_id);
    entry.counts[e.predikat] += e.n;
    if (e.status === 'FINAL') entry.final += e.n;
    entry.open += e.open;
  }
  const predikatOf = new Map(predikats.map((p) => [p.unit_id, p]));
  for (const p of predikats) ownOf(p.unit_id);

  const own = new Map<string, { aggregate: Aggregate; curve: Curve }>();
  for (const [unitId, c] of ownCounts) {
    const node = byId.get(unitId);
    if (!node || !inScope(node.path)) continue;
    const p = predikatOf.get(unitId);
    const curve = curveFrom(p?.predikat ?? null, c.counts, c.headcount, settings.rounding);
    const hasPeople = c.headcount > 0 || curve.total > 0;
    own.set(unitId, {
      curve,
      aggregate: {
        headcount: c.headcount,
        rated: curve.total,
        final: c.final,
        counts: { ...c.counts },
        units: hasPeople ? 1 : 0,
        unitsWithPredikat: hasPeople && p ? 1 : 0,
        unitsFinalised: hasPeople && p?.finalised_at ? 1 : 0,
        unitsWithViolations: curve.violations.length > 0 ? 1 : 0,
        violations: curve.violations.length,
        openObjections: c.open,
      },
    });
  }

  // Roll each unit's own numbers up to every ancestor (paths are '/a/b/c/').
  const subtree = new Map<string, Aggregate>();
  for (const [unitId, o] of own) {
    const node = byId.get(unitId) as UnitNode;
    for (const ancestorId of node.path.split('/').filter(Boolean)) {
      const entry = subtree.get(ancestorId) ?? emptyAggregate();
      addInto(entry, o.aggregate);
      subtree.set(ancestorId, entry);
    }
  }
  const hasChildren = new Set(units.map((u) => u.parent_id).filter((x): x is string => x !== null));
  let rowUnits: UnitNode[];
  if (unit) rowUnits = units.filter((u) => u.parent_id === unit.id);
  else if (roots === null) rowUnits = units.filter((u) => u.parent_id === null);
  else rowUnits = units.filter((u) => roots.includes(u.path));
  rowUnits = rowUnits
    .filter((u) => (subtree.get(u.id)?.units ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const ownBlock = (unitId: string) => {
    const o = own.get(unitId);
    const p = predikatOf.get(unitId);
    const finalised = p?.finalised_at ?? null;
    return {
      predikat: p?.predikat ?? null,
      finalisedAt: finalised === null ? null : new Date(finalised).toISOString(),
      curve: o?.curve ?? curveFrom(p?.predikat ?? null, zeroCounts(), 0, settings.rounding),
      openObjections: o?.aggregate.openObjections ?? 0,
    };
  };
  const rows = rowUnits.map((u) => ({
    unitId: u.id,
    name: u.name,
    code: u.code,
    ownStaffOnly: false,
    hasChildren: hasChildren.has(u.id),
    totals: present(subtree.get(u.id) ?? emptyAggregate()),
    own: ownBlock(u.id),
  }));
  const ownStaff = unit ? own.get(unit.id) : undefined;
  if (unit && ownStaff && ownStaff.aggregate.units > 0) {
    rows.unshift({
      unitId: unit.id,
      name: unit.name,
      code: unit.code,
      ownStaffOnly: true,
      hasChildren: false,
      totals: present(ownStaff.aggregate),
      own: ownBlock(unit.id),
    });
  }
  const totals = emptyAggregate();
  for (const o of own.values()) addInto(totals, o.aggregate);
  return {
    period,
    periods,
    unit: unit ? { id: unit.id, name: unit.name, parentId: unit.parent_id } : null,
    totals: present(totals),
    rows,
  };
}

/** The people behind a monitoring row: their evaluation of the period, filtered and paged. */
export async function evaluationMonitoringEmployees(
  db: Database,
  ctx: RequestContext,
  input: {
    periodId?: string | undefined;
    unitId?: string | undefined;
    status?: 'NOT_RATED' | 'DRAFT' | 'FINAL' | undefined;
    predikat?: EmployeePredikat | undefined;
    ownStaffOnly: boolean;
    openObjection: boolean;
    page: number;
    pageSize: number;
  },
): Promise<EvaluationMonitoringEmployeePage> {
  const agencyId = ctx.actor.agencyId;
  const roots = assertMonitor(ctx);
  const unit = await resolveUnit(db, ctx, input.unitId, roots);
  const { period } = await service.periodFor(db, ctx, input.periodId);
  const scope: SQL = unit
    ? input.ownStaffOnly
      ? sql`u.id = ${unit.id}`
      : sql`u.path like ${`${unit.path}%`}`
    : roots === null
      ? sql`true`
      : sql`u.path like any(${sqlArray(
          roots.map((r) => `${r}%`),
          'text',
        )})`;
  const filters: SQL[] = [];
  if (input.status === 'NOT_RATED') filters.push(sql`v.id is null`);
  else if (input.status) filters.push(sql`v.status = ${input.status}`);
  if (input.predikat) filters.push(sql`v.predikat = ${input.predikat}`);
  if (input.openObjection) filters.push(sql`o.status = 'OPEN'`);
  const base = peopleQuery(agencyId, period.id, todayOf(ctx), scope, filters);
  const [rows, count, agency] = await Promise.all([
    queryRows<PersonEvaluationRow>(
      db,
      sql`${base} order by u.path, e.name, e.nip
          limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${base}) q`),
    getAgency(db, agencyId),
  ]);
  const headTitle = agency?.headTitle ?? 'Kepala Daerah';
  return {
    items: rows.map((r) => ({
      employeeId: r.employee_id,
      nip: r.nip,
      fullName: fullName(r.name, r.front_title, r.back_title),
      positionName: r.position_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      raterName: raterNameOf(r, headTitle),
      status: r.status ?? 'NOT_RATED',
      evaluationId: r.evaluation_id,
      hasilKerja: r.hasil_kerja,
      perilakuKerja: r.perilaku_kerja,
      predikat: r.predikat,
      objection: r.objection,
    })),
    total: count[0]?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  };
}

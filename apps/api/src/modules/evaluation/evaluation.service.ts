import type {
  Curve,
  Evaluation,
  EvaluationDetail,
  EvaluationSettings,
  EvaluationTeam,
  EvaluationUnit,
  Objection,
  Period,
} from '@sigap/contracts';
import {
  addCalendarDays,
  checkDistribution,
  DEFAULT_LEADER_RATING_MAP,
  DEFAULT_ROUNDING,
  type DistributionRounding,
  EMPLOYEE_PREDIKATS,
  type EmployeePredikat,
  indicatorAchievement,
  kuadran,
  leaderHasilKerja,
  type OrganisationPredikat,
  type RatingLevel,
  type RhkCategory,
  resolvePattern,
  suggestHasilKerja,
  type TargetDirection,
} from '@sigap/rules';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import {
  evaluationChanges,
  evaluationSettings,
  evaluations,
  objectionMessages,
  objections,
  unitPredikats,
} from '../../db/schema/index.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { isAgencyWide, todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { dateInZone } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { auditInsertFrom, authorOf, recordAudit } from '../audit/audit.service.ts';
import { lineInForce } from '../employees/employees.policy.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { currentLine } from '../employees/employees.repository.ts';
import { notificationsFor } from '../notifications/notifications.repository.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { findPeriod, presentPeriod, yearOf, yearPeriods } from '../realisation/realisation.periods.ts';
import { teamOf } from '../skp/skp.team.ts';

/**
 * Evaluation (rules §5; Permenpan-RB 6/2022): step 1 the organisation predikat of each unit, set by the
 * head of the unit above (the `leader` role for top units); step 2 its distribution pattern; step 3 each
 * rater's two ratings per employee with the predikat from the kuadran. The unit head calibrates; the
 * setter of the organisation predikat signs the Penetapan Predikat Kinerja, which locks the unit's
 * evaluations of the period; the employee acknowledges receipt and may object (keberatan) to the rater's
 * superior within the agency's window. A unit's distribution covers the people placed directly in it.
 */

// ---------- settings ----------

export async function getSettings(db: Database, agencyId: string): Promise<EvaluationSettings> {
  const [row] = await db.select().from(evaluationSettings).where(eq(evaluationSettings.agencyId, agencyId));
  return {
    violationPolicy: (row?.violationPolicy as 'WARN' | 'BLOCK' | undefined) ?? 'WARN',
    rounding: {
      atLeast:
        (row?.roundingAtLeast as DistributionRounding['atLeast'] | undefined) ?? DEFAULT_ROUNDING.atLeast,
      atMost: (row?.roundingAtMost as DistributionRounding['atMost'] | undefined) ?? DEFAULT_ROUNDING.atMost,
    },
    objectionDays: row?.objectionDays ?? 14,
    leaderRatingMap: {
      ...DEFAULT_LEADER_RATING_MAP,
      ...((row?.leaderRatingMap ?? {}) as Partial<Record<OrganisationPredikat, RatingLevel>>),
    },
  };
}

export async function updateSettings(db: Database, ctx: RequestContext, patch: Partial<EvaluationSettings>) {
  const agencyId = ctx.actor.agencyId;
  const before = await getSettings(db, agencyId);
  const after: EvaluationSettings = {
    ...before,
    ...patch,
    rounding: { ...before.rounding, ...patch.rounding },
    leaderRatingMap: { ...before.leaderRatingMap, ...patch.leaderRatingMap },
  };
  await db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const values = {
      agencyId,
      violationPolicy: after.violationPolicy,
      roundingAtLeast: after.rounding.atLeast,
      roundingAtMost: after.rounding.atMost,
      objectionDays: after.objectionDays,
      leaderRatingMap: after.leaderRatingMap,
      updatedAt: now,
    };
    await tx
      .insert(evaluationSettings)
      .values(values)
      .onConflictDoUpdate({ target: evaluationSettings.agencyId, set: values });
    await recordAudit(tx, authorOf(ctx), [
      { action: 'evaluation.settings', entityType: 'agency', entityId: agencyId, before, after },
    ]);
  });
  return after;
}

// ---------- shared lookups ----------

interface UnitRow {
  id: string;
  parent_id: string | null;
  path: string;
  name: string;
  code: string;
}

interface MemberRow {
  id: string;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  position_name: string;
  position_kind: string;
  is_unit_head: boolean;
  unit_id: string;
  unit_name: string;
  rater_employee_id: string | null;
  has_line: boolean;
}

const person = (m: MemberRow) => ({
  id: m.id,
  nip: m.nip,
  fullName: fullName(m.name, m.front_title, m.back_title),
  positionName: m.position_name,
  positionKind: m.position_kind,
  unitName: m.unit_name,
});

async function findUnit(db: Database, agencyId: string, unitId: string) {
  const [row] = await queryRows<UnitRow>(
    db,
    sql`select id, parent_id, path, name, code from units where agency_id = ${agencyId} and id = ${unitId}`,
  );
  return row ?? null;
}

/** Active people placed directly in the units, with their rater today. */
async function membersOf(db: Database, agencyId: string, unitIds: string[], today: string) {
  if (unitIds.length === 0) return [];
  return queryRows<MemberRow>(
    db,
    sql`select e.id, e.nip, e.name, e.front_title, e.back_title, p.name as position_name, p.kind as position_kind,
          p.is_unit_head, e.unit_id, u.name as unit_name, rl.rater_employee_id, rl.employee_id is not null as has_line
        from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        left join reporting_lines rl on rl.agency_id = e.agency_id and rl.employee_id = e.id and ${lineInForce('rl', today)}
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE' and e.unit_id = any(${sqlArray(unitIds, 'uuid')})
        order by p.is_unit_head desc, e.name, e.nip`,
  );
}

/** The periods an evaluation may be for: the year's report periods, then the annual one. */
async function evaluationPeriods(db: Database, agencyId: string, year: number): Promise<Period[]> {
  const rows = await yearPeriods(db, agencyId, year);
  const finalKind = rows.find((r) => r.isFinal)?.kind ?? 'ANNUAL';
  return [
    ...rows.filter((r) => r.kind === finalKind && r.kind !== 'ANNUAL'),
    ...rows.filter((r) => r.kind === 'ANNUAL'),
  ].map(presentPeriod);
}

export async function periodFor(db: Database, ctx: RequestContext, periodId?: string) {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const year = await yearOf(db, agencyId, today, periodId);
  const periods = await evaluationPeriods(db, agencyId, year);
  if (periods.length === 0) {
    throw new AppError(
      'PLANNING_YEAR_MISSING',
      'Periode kinerja tahun ini belum dibuka oleh pengelola kinerja',
    );
  }
  const period =
    (periodId ? periods.find((p) => p.id === periodId) : undefined) ??
    periods.find((p) => p.kind !== 'ANNUAL' && p.start <= today && today <= p.end) ??
    (periods[0] as Period);
  if (periodId && period.id !== periodId) throw new AppError('REALISATION_PERIOD_INVALID');
  return { periods, period };
}

/** Step 1: the head of the unit above sets a unit's predikat; for a top unit, the leader role. */
function setsPredikatOf(ctx: RequestContext, unit: UnitRow) {
  if (unit.parent_id === null) return ctx.actor.roles.has('leader');
  return ctx.actor.headOfUnit?.id === unit.parent_id;
}

async function predikatOf(db: Database, agencyId: string, unitId: string, periodId: string) {
  const [row] = await db
    .select()
    .from(unitPredikats)
    .where(
      and(
        eq(unitPredikats.agencyId, agencyId),
        eq(unitPredikats.unitId, unitId),
        eq(unitPredikats.periodId, periodId),
      ),
    );
  return row ?? null;
}

const presentPredikat = (row: typeof unitPredikats.$inferSelect | null) =>
  row
    ? {
        predikat: row.predikat as OrganisationPredikat,
        note: row.note,
        setByName: row.setByName,
        setAt: row.setAt.toISOString(),
        finalisedAt: row.finalisedAt?.toISOString() ?? null,
        signature: row.signature ?? null,
      }
    : null;

export const presentEvaluation = (row: typeof evaluations.$inferSelect): Evaluation => ({
  id: row.id,
  employeeId: row.employeeId,
  periodId: row.periodId,
  unitId: row.unitId,
  raterName: row.raterName,
  hasilKerja: row.hasilKerja as RatingLevel,
  perilakuKerja: row.perilakuKerja as RatingLevel,
  predikat: row.predikat as EmployeePredikat,
  suggestedHasilKerja: row.suggestedHasilKerja as RatingLevel | null,
  feedback: row.feedback,
  status: row.status as 'DRAFT' | 'FINAL',
  finalisedAt: row.finalisedAt?.toISOString() ?? null,
  acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
  updatedAt: row.updatedAt.toISOString(),
});

async function evaluationsOf(db: Database, agencyId: string, periodId: string, employeeIds: string[]) {
  if (employeeIds.length === 0) return [];
  return db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.agencyId, agencyId),
        eq(evaluations.periodId, periodId),
        sql`${evaluations.employeeId} = any(${sqlArray(employeeIds, 'uuid')})`,
      ),
    );
}

export function curveOf(
  organisation: OrganisationPredikat | null,
  rows: { predikat: string }[],
  members: number,
  rounding: DistributionRounding,
): Curve {
  const counts: Partial<Record<EmployeePredikat, number>> = {};
  for (const r of rows) {
    const p = r.predikat as EmployeePredikat;
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return curveFromCounts(organisation, counts, members, rounding);
}

/** The curve from people per predikat: the counts, the allowed band and the violations. */
export function curveFromCounts(
  organisation: OrganisationPredikat | null,
  partial: Partial<Record<EmployeePredikat, number>>,
  members: number,
  rounding: DistributionRounding,
): Curve {
  const counts = Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, partial[p] ?? 0])) as Record<
    EmployeePredikat,
    number
  >;
  const total = EMPLOYEE_PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
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

/** The rater today of an employee is the actor (leaders act for the head of region). */
function isRaterOf(ctx: RequestContext, member: { rater_employee_id: string | null; has_line: boolean }) {
  if (!member.has_line) return false;
  if (member.rater_employee_id === null) return ctx.actor.roles.has('leader');
  return member.rater_employee_id === ctx.actor.employeeId;
}

// ---------- suggestion from realisation ----------

/** Achievement levels per IKI (with their RHK's category) of each employee's realisation for the period. */
async function achievementsOf(db: Database, agencyId: string, employeeIds: string[], period: Period) {
  if (employeeIds.length === 0)
    return new Map<
      string,
      {
        skpId: string;
        status: string;
        achievement: number | null;
        results: { category: RhkCategory; level: ReturnType<typeof indicatorAchievement>['level'] }[];
      }
    >();
  const year = Number(period.start.slice(0, 4));
  const rows = await queryRows<{
    employee_id: string;
    skp_id: string;
    skp_status: string;
    category: RhkCategory;
    direction: TargetDirection;
    target_value: number | null;
    value: number | null;
    report_achievement: number | null;
  }>(
    db,
    sql`select s.employee_id, s.id as skp_id, s.status as skp_status, r.category, i.direction, i.target_value,
          v.value, rep.achievement as report_achievement
        from skps s
        left join skp_rhks r on r.agency_id = s.agency_id and r.skp_id = s.id
        left join skp_indicators i on i.agency_id = r.agency_id and i.rhk_id = r.id
        left join realisation_reports rep on rep.agency_id = s.agency_id and rep.skp_id = s.id
          and rep.period_id in (select id from periods where agency_id = ${agencyId} and year = ${year}
            and start_date >= ${period.start}::date and end_date <= ${period.end}::date)
        left join realisation_values v on v.agency_id = rep.agency_id and v.report_id = rep.id and v.indicator_id = i.id
        where s.agency_id = ${agencyId} and s.year = ${year} and s.current and s.status <> 'CLOSED'
          and s.employee_id = any(${sqlArray(employeeIds, 'uuid')})`,
  );
  const out = new Map<
    string,
    {
      skpId: string;
      status: string;
      achievement: number | null;
      results: { category: RhkCategory; level: ReturnType<typeof indicatorAchievement>['level'] }[];
    }
  >();
  for (const r of rows) {
    const entry = out.get(r.employee_id) ?? {
      skpId: r.skp_id,
      status: r.skp_status,
      achievement: null,
      results: [],
    };
    if (r.report_achievement !== null) entry.achievement = r.report_achievement;
    if (r.category) {
      entry.results.push({
        category: r.category,
        level: indicatorAchievement({ direction: r.direction, target: r.target_value, realisation: r.value })
          .level,
      });
    }
    out.set(r.employee_id, entry);
  }
  return out;
}

// ---------- step 1: organisation predikat ----------

export async function unitsToSet(db: Database, ctx: RequestContext, periodId?: string) {
  const agencyId = ctx.actor.agencyId;
  const { periods, period } = await periodFor(db, ctx, periodId);
  const parentCondition = ctx.actor.roles.has('leader')
    ? ctx.actor.headOfUnit
      ? sql`(u.parent_id is null or u.parent_id = ${ctx.actor.headOfUnit.id})`
      : sql`u.parent_id is null`
    : ctx.actor.headOfUnit
      ? sql`u.parent_id = ${ctx.actor.headOfUnit.id}`
      : sql`false`;
  const units = await queryRows<UnitRow & { headcount: number }>(
    db,
    sql`select u.id, u.parent_id, u.path, u.name, u.code,
          (select count(*)::int from employees e where e.agency_id = u.agency_id and e.unit_id = u.id and e.status = 'ACTIVE') as headcount
        from units u where u.agency_id = ${agencyId} and u.active and ${parentCondition}
        order by u.name`,
  );
  const listed = units.filter((u) => u.headcount > 0);
  const unitIds = sqlArray(
    listed.map((u) => u.id),
    'uuid',
  );
  const [settings, predikats, counts] = await Promise.all([
    getSettings(db, agencyId),
    db
      .select()
      .from(unitPredikats)
      .where(
        and(
          eq(unitPredikats.agencyId, agencyId),
          eq(unitPredikats.periodId, period.id),
          sql`${unitPredikats.unitId} = any(${unitIds})`,
        ),
      ),
    queryRows<{ unit_id: string; predikat: EmployeePredikat; n: number }>(
      db,
      sql`select unit_id, predikat, count(*)::int as n from evaluations
          where agency_id = ${agencyId} and period_id = ${period.id} and unit_id = any(${unitIds})
          group by 1, 2`,
    ),
  ]);
  const byUnit = new Map(predikats.map((p) => [p.unitId, p]));
  const countsOf = new Map<string, Partial<Record<EmployeePredikat, number>>>();
  for (const c of counts) countsOf.set(c.unit_id, { ...countsOf.get(c.unit_id), [c.predikat]: c.n });
  return {
    period,
    periods,
    items: listed.map((u) => {
      const p = byUnit.get(u.id) ?? null;
      const curve = curveFromCounts(
        (p?.predikat as OrganisationPredikat | undefined) ?? null,
        countsOf.get(u.id) ?? {},
        u.headcount,
        settings.rounding,
      );
      return {
        unit: { id: u.id, name: u.name, code: u.code },
        headcount: u.headcount,
        rated: curve.total,
        predikat: presentPredikat(p),
        violations: curve.violations.length,
      };
    }),
  };
}

export async function setUnitPredikat(
  db: Database,
  ctx: RequestContext,
  unitId: string,
  body: { periodId: string; predikat: OrganisationPredikat; note: string | null },
) {
  const agencyId = ctx.actor.agencyId;
  const unit = await findUnit(db, agencyId, unitId);
  if (!unit || !setsPredikatOf(ctx, unit)) throw notFound('Unit');
  const { period } = await periodFor(db, ctx, body.periodId);
  await db.transaction(async (tx) => {
    const existing = await predikatOf(tx, agencyId, unitId, period.id);
    if (existing?.finalisedAt) throw new AppError('EVALUATION_LOCKED');
    const now = ctx.clock.now();
    const values = {
      agencyId,
      id: existing?.id ?? newId(),
      unitId,
      periodId: period.id,
      predikat: body.predikat,
      note: body.note,
      setByUserId: ctx.actor.userId,
      setByName: ctx.actor.displayName,
      setAt: now,
      updatedAt: now,
    };
    await tx
      .insert(unitPredikats)
      .values(values)
      .onConflictDoUpdate({
        target: [unitPredikats.agencyId, unitPredikats.unitId, unitPredikats.periodId],
        set: {
          predikat: values.predikat,
          note: values.note,
          setByUserId: values.setByUserId,
          setByName: values.setByName,
          setAt: now,
          updatedAt: now,
        },
      });
    // Rules §5.1: the unit head's rating hasil kerja is the unit predikat mapped; follow a change.
    const settings = await getSettings(tx, agencyId);
    const hasilKerja = leaderHasilKerja(body.predikat, settings.leaderRatingMap);
    const heads = await queryRows<{ id: string; perilaku_kerja: RatingLevel; hasil_kerja: RatingLevel }>(
      tx,
      sql`select v.id, v.perilaku_kerja, v.hasil_kerja from evaluations v
          join employees e on e.agency_id = v.agency_id and e.id = v.employee_id
          join positions p on p.agency_id = e.agency_id and p.id = e.position_id and p.is_unit_head
          where v.agency_id = ${agencyId} and v.unit_id = ${unitId} and v.period_id = ${period.id}
            and v.status = 'DRAFT' and v.hasil_kerja <> ${hasilKerja}`,
    );
    for (const h of heads) {
      await tx
        .update(evaluations)
        .set({ hasilKerja, predikat: kuadran(hasilKerja, h.perilaku_kerja), updatedAt: now })
        .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, h.id)));
    }
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'evaluation.unit.predikat',
        entityType: 'unit',
        entityId: unitId,
        before: existing ? { predikat: existing.predikat, note: existing.note } : null,
        after: {
          periodId: period.id,
          predikat: body.predikat,
          note: body.note,
          unitHeadRatingsFollowed: heads.map((h) => ({
            evaluationId: h.id,
            from: h.hasil_kerja,
            to: hasilKerja,
          })),
        },
      },
    ]);
  });
  return unitDetail(db, ctx, unitId, { periodId: period.id });
}

// ---------- the unit page: curve, grid, finalisation ----------

async function unitAccess(db: Database, ctx: RequestContext, unitId: string, today: string) {
  const agencyId = ctx.actor.agencyId;
  const unit = await findUnit(db, agencyId, unitId);
  if (!unit) throw notFound('Unit');
  const members = await membersOf(db, agencyId, [unit.id], today);
  const sets = setsPredikatOf(ctx, unit);
  const heads = ctx.actor.headOfUnit?.id === unit.id;
  const rates = members.some((m) => isRaterOf(ctx, m));
  const adminOver = ctx.actor.adminUnits.some((a) => unit.path.startsWith(a.path));
  if (!(sets || heads || rates || adminOver || isAgencyWide(ctx.actor))) throw notFound('Unit');
  return { unit, members, sets, heads };
}

export async function unitDetail(
  db: Database,
  ctx: RequestContext,
  unitId: string,
  query: { periodId?: string | undefined; raterId?: string | undefined; positionKind?: string | undefined },
): Promise<EvaluationUnit> {
  const agencyId = ctx.actor.agencyId;
  const { period } = await periodFor(db, ctx, query.periodId);
  const { unit, members, sets, heads } = await unitAccess(db, ctx, unitId, todayOf(ctx));
  const [predikat, settings, rows] = await Promise.all([
    predikatOf(db, agencyId, unit.id, period.id),
    getSettings(db, agencyId),
    db
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.agencyId, agencyId),
          eq(evaluations.unitId, unit.id),
          eq(evaluations.periodId, period.id),
        ),
      ),
  ]);
  const raterNames = await queryRows<{
    id: string;
    name: string;
    front_title: string | null;
    back_title: string | null;
  }>(
    db,
    sql`select id, name, front_title, back_title from employees where agency_id = ${agencyId}
        and id = any(${sqlArray(
          members.map((m) => m.rater_employee_id).filter((x): x is string => x !== null),
          'uuid',
        )})`,
  );
  const nameOf = new Map(raterNames.map((r) => [r.id, fullName(r.name, r.front_title, r.back_title)]));
  const byEmployee = new Map(rows.map((r) => [r.employeeId, r]));
  const curve = curveOf(
    (predikat?.predikat as OrganisationPredikat | undefined) ?? null,
    rows,
    members.length,
    settings.rounding,
  );
  const finalised = predikat?.finalisedAt != null;
  const abilities: string[] = [];
  if (sets && !finalised) abilities.push('setPredikat');
  if (sets && !finalised && predikat) abilities.push('finalise');
  if ((heads || sets) && !finalised) abilities.push('calibrate');
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code, parentId: unit.parent_id },
    period,
    predikat: presentPredikat(predikat),
    curve,
    policy: settings.violationPolicy,
    items: members
      .filter((m) => !query.raterId || m.rater_employee_id === query.raterId)
      .filter((m) => !query.positionKind || m.position_kind === query.positionKind)
      .map((m) => {
        const e = byEmployee.get(m.id);
        return {
          employee: person(m),
          raterName: m.rater_employee_id
            ? (nameOf.get(m.rater_employee_id) ?? null)
            : m.has_line
              ? 'Kepala Daerah'
              : null,
          raterEmployeeId: m.rater_employee_id,
          isUnitHead: m.is_unit_head,
          evaluation: e ? presentEvaluation(e) : null,
        };
      }),
    abilities,
  };
}

export async function finaliseUnit(db: Database, ctx: RequestContext, unitId: string, periodId: string) {
  const { period } = await periodFor(db, ctx, periodId);
  await finaliseUnitCore(db, ctx, unitId, period);
  return unitDetail(db, ctx, unitId, { periodId: period.id });
}

/**
 * Step 5 without the re-read: checks (the setter, predikat set, everyone rated, the distribution under
 * the agency's policy) and signs in one transaction. The benchmark finalises every unit through this.
 */
export async function finaliseUnitCore(db: Database, ctx: RequestContext, unitId: string, period: Period) {
  const agencyId = ctx.actor.agencyId;
  const unit = await findUnit(db, agencyId, unitId);
  if (!unit || !setsPredikatOf(ctx, unit)) throw notFound('Unit');
  const settings = await getSettings(db, agencyId);
  const signer = ctx.actor.employeeId
    ? (
        await queryRows<{
          name: string;
          front_title: string | null;
          back_title: string | null;
          nip: string;
          position_name: string;
        }>(
          db,
          sql`select e.name, e.front_title, e.back_title, e.nip, p.name as position_name from employees e
              join positions p on p.agency_id = e.agency_id and p.id = e.position_id
              where e.agency_id = ${agencyId} and e.id = ${ctx.actor.employeeId}`,
        )
      )[0]
    : undefined;
  const today = todayOf(ctx);
  await db.transaction(async (tx) => {
    // One statement: the unit's predikat row, locked, with its active members, how many of them have no
    // rating and the ratings per predikat.
    const [state] = await queryRows<{
      id: string;
      predikat: OrganisationPredikat;
      finalised_at: Date | null;
      members: number;
      unrated: number;
      counts: Partial<Record<EmployeePredikat, number>>;
    }>(
      tx,
      sql`with up as (
            select id, predikat, finalised_at from unit_predikats
            where agency_id = ${agencyId} and unit_id = ${unit.id} and period_id = ${period.id} for update)
          select up.id, up.predikat, up.finalised_at, m.members, m.unrated,
            (select coalesce(json_object_agg(c.predikat, c.n), '{}'::json) from (
               select predikat, count(*)::int as n from evaluations
               where agency_id = ${agencyId} and period_id = ${period.id} and unit_id = ${unit.id}
               group by predikat) c) as counts
          from up cross join lateral (
            select count(*)::int as members, (count(*) filter (where v.id is null))::int as unrated
            from employees e
            left join evaluations v on v.agency_id = e.agency_id and v.employee_id = e.id
              and v.period_id = ${period.id} and v.unit_id = ${unit.id}
            where e.agency_id = ${agencyId} and e.unit_id = ${unit.id} and e.status = 'ACTIVE') m`,
    );
    if (!state) throw new AppError('UNIT_PREDIKAT_MISSING');
    if (state.finalised_at) throw new AppError('EVALUATION_LOCKED');
    if (state.unrated > 0) {
      const members = await membersOf(tx, agencyId, [unit.id], today);
      const rated = new Set(
        (
          await queryRows<{ employee_id: string }>(
            tx,
            sql`select employee_id from evaluations
                where agency_id = ${agencyId} and period_id = ${period.id} and unit_id = ${unit.id}`,
          )
        ).map((r) => r.employee_id),
      );
      const missing = members.filter((m) => !rated.has(m.id));
      throw new AppError('EVALUATION_INCOMPLETE', `${missing.length} pegawai belum dinilai`, {
        employees: missing.map((m) => ({
          id: m.id,
          nip: m.nip,
          name: fullName(m.name, m.front_title, m.back_title),
        })),
      });
    }
    const curve = curveFromCounts(state.predikat, state.counts, state.members, settings.rounding);
    if (curve.violations.length > 0 && settings.violationPolicy === 'BLOCK') {
      throw new AppError('DISTRIBUTION_VIOLATION', curve.violations.map((v) => v.message).join('; '), {
        violations: curve.violations,
      });
    }
    const now = ctx.clock.now();
    const at = now.toISOString();
    const signature = signer
      ? {
          name: fullName(signer.name, signer.front_title, signer.back_title),
          nip: signer.nip,
          positionName: signer.position_name,
        }
      : { name: ctx.actor.displayName, nip: null, positionName: 'Kepala Daerah' };
    const after = {
      periodId: period.id,
      predikat: state.predikat,
      counts: curve.counts,
      violations: curve.violations.map((v) => v.message),
      signature,
    };
    // One statement: the sign-off, the unit's evaluations locked, their people notified, the audit record.
    await tx.execute(sql`with signed as (
        update unit_predikats set finalised_at = ${at}::timestamptz, finalised_by_user_id = ${ctx.actor.userId},
          signature = ${JSON.stringify(signature)}::jsonb, final_counts = ${JSON.stringify(curve.counts)}::jsonb,
          updated_at = ${at}::timestamptz
        where agency_id = ${agencyId} and id = ${state.id}
        returning id),
      locked as (
        update evaluations set status = 'FINAL', finalised_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
        where agency_id = ${agencyId} and period_id = ${period.id} and unit_id = ${unit.id}
        returning employee_id),
      notified as (${notificationsFor(
        agencyId,
        // An array of the locked people: index lookups in users (a join may scan every account).
        sql`select u.id from users u where u.agency_id = ${agencyId} and u.active
            and u.employee_id = any(array(select employee_id from locked))`,
        {
          kind: 'evaluation.final',
          title: `Hasil evaluasi kinerja ${period.name} ditetapkan`,
          body: 'Buka hasil evaluasi Anda dan konfirmasi penerimaannya.',
          link: '/evaluasi-saya',
        },
        now,
      )}),
      audit as (${auditInsertFrom(
        authorOf(ctx),
        { action: 'evaluation.unit.finalise', entityType: 'unit' },
        sql`signed`,
        {
          entityId: sql`${unit.id}::text`,
          before: sql`null::jsonb`,
          after: sql`${JSON.stringify(after)}::jsonb`,
        },
      )})
      select 1`);
  });
}

// ---------- step 3: the rater's ratings ----------

export async function team(db: Database, ctx: RequestContext, periodId?: string): Promise<EvaluationTeam> {
  const agencyId = ctx.actor.agencyId;
  const { periods, period } = await periodFor(db, ctx, periodId);
  const staff = await teamOf(db, ctx);
  const ids = staff.map((s) => s.id);
  const unitIds = [...new Set(staff.map((s) => s.unit_id))];
  const [members, rows, achievements, settings, coaching, predikats, unitEvaluations] = await Promise.all([
    membersOf(db, agencyId, unitIds, todayOf(ctx)),
    evaluationsOf(db, agencyId, period.id, ids),
    achievementsOf(db, agencyId, ids, period),
    getSettings(db, agencyId),
    ids.length === 0
      ? []
      : queryRows<{ employee_id: string; n: number }>(
          db,
          sql`select employee_id, count(*)::int as n from coaching_sessions
              where agency_id = ${agencyId} and employee_id = any(${sqlArray(ids, 'uuid')}) and status = 'DONE'
                and scheduled_at::date between ${period.start}::date and ${period.end}::date
              group by 1`,
        ),
    db
      .select()
      .from(unitPredikats)
      .where(
        and(
          eq(unitPredikats.agencyId, agencyId),
          eq(unitPredikats.periodId, period.id),
          sql`${unitPredikats.unitId} = any(${sqlArray(unitIds, 'uuid')})`,
        ),
      ),
    db
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.agencyId, agencyId),
          eq(evaluations.periodId, period.id),
          sql`${evaluations.unitId} = any(${sqlArray(unitIds, 'uuid')})`,
        ),
      ),
  ]);
  const predikatOfUnit = new Map(predikats.map((p) => [p.unitId, p]));
  const byEmployee = new Map(rows.map((r) => [r.employeeId, r]));
  const memberOf = new Map(members.map((m) => [m.id, m]));
  const coachingOf = new Map(coaching.map((c) => [c.employee_id, c.n]));
  return {
    period,
    periods,
    items: staff.map((s) => {
      const m = memberOf.get(s.id);
      const a = achievements.get(s.id);
      const p = predikatOfUnit.get(s.unit_id);
      const e = byEmployee.get(s.id);
      return {
        employee: {
          id: s.id,
          nip: s.nip,
          fullName: fullName(s.name, s.front_title, s.back_title),
          positionName: s.position_name,
          positionKind: s.position_kind,
          unitName: s.unit_name,
        },
        unitId: s.unit_id,
        skpId: a?.skpId ?? null,
        skpStatus: a?.status ?? null,
        achievement: a?.achievement ?? null,
        suggestion: suggestHasilKerja(a?.results ?? []),
        isUnitHead: m?.is_unit_head ?? false,
        unitPredikat: (p?.predikat as OrganisationPredikat | undefined) ?? null,
        coachingSessions: coachingOf.get(s.id) ?? 0,
        evaluation: e ? presentEvaluation(e) : null,
        locked: e?.status === 'FINAL' || p?.finalisedAt != null,
      };
    }),
    units: unitIds.map((unitId) => {
      const p = predikatOfUnit.get(unitId);
      const unitRows = unitEvaluations.filter((r) => r.unitId === unitId);
      const headcount = members.filter((m) => m.unit_id === unitId).length;
      return {
        unitId,
        name: staff.find((s) => s.unit_id === unitId)?.unit_name ?? '',
        predikat: (p?.predikat as OrganisationPredikat | undefined) ?? null,
        curve: curveOf(
          (p?.predikat as OrganisationPredikat | undefined) ?? null,
          unitRows,
          headcount,
          settings.rounding,
        ),
      };
    }),
  };
}

export async function rate(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  periodId: string,
  body: { hasilKerja: RatingLevel; perilakuKerja: RatingLevel; feedback: string | null },
) {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const { period } = await periodFor(db, ctx, periodId);
  const [member] = await queryRows<MemberRow>(
    db,
    sql`select e.id, e.nip, e.name, e.front_title, e.back_title, p.name as position_name, p.kind as position_kind,
          p.is_unit_head, e.unit_id, u.name as unit_name, rl.rater_employee_id, rl.employee_id is not null as has_line
        from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        left join reporting_lines rl on rl.agency_id = e.agency_id and rl.employee_id = e.id and ${lineInForce('rl', today)}
        where e.agency_id = ${agencyId} and e.id = ${employeeId} and e.status = 'ACTIVE'`,
  );
  // Only the rater rates: anyone else is told nothing exists.
  if (!member || !isRaterOf(ctx, member)) throw notFound('Pegawai');
  const settings = await getSettings(db, agencyId);
  const achievement = (await achievementsOf(db, agencyId, [employeeId], period)).get(employeeId);
  const suggestion = suggestHasilKerja(achievement?.results ?? []);
  const saved = await db.transaction(async (tx) => {
    const unitPredikat = await predikatOf(tx, agencyId, member.unit_id, period.id);
    if (unitPredikat?.finalisedAt) throw new AppError('EVALUATION_LOCKED');
    const [existing] = await tx
      .select()
      .from(evaluations)
      .where(
        and(
          eq(evaluations.agencyId, agencyId),
          eq(evaluations.employeeId, employeeId),
          eq(evaluations.periodId, period.id),
        ),
      );
    if (existing?.status === 'FINAL') throw new AppError('EVALUATION_LOCKED');
    // Rules §5.1: a unit leader's rating hasil kerja is the unit's organisation predikat, mapped.
    const hasilKerja =
      member.is_unit_head && unitPredikat
        ? leaderHasilKerja(unitPredikat.predikat as OrganisationPredikat, settings.leaderRatingMap)
        : body.hasilKerja;
    const now = ctx.clock.now();
    const values = {
      agencyId,
      id: existing?.id ?? newId(),
      employeeId,
      periodId: period.id,
      skpId: achievement?.skpId ?? null,
      unitId: member.unit_id,
      raterEmployeeId: ctx.actor.employeeId && member.rater_employee_id ? ctx.actor.employeeId : null,
      raterName: ctx.actor.displayName,
      hasilKerja,
      perilakuKerja: body.perilakuKerja,
      predikat: kuadran(hasilKerja, body.perilakuKerja),
      suggestedHasilKerja: suggestion.rating,
      feedback: body.feedback,
      status: 'DRAFT',
      updatedAt: now,
    };
    const [row] = await tx
      .insert(evaluations)
      .values({ ...values, createdAt: now })
      .onConflictDoUpdate({
        target: [evaluations.agencyId, evaluations.employeeId, evaluations.periodId],
        set: values,
      })
      .returning();
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'evaluation.rate',
        entityType: 'evaluation',
        entityId: values.id,
        before: existing
          ? {
              hasilKerja: existing.hasilKerja,
              perilakuKerja: existing.perilakuKerja,
              predikat: existing.predikat,
            }
          : null,
        after: {
          employeeId,
          periodId: period.id,
          hasilKerja,
          perilakuKerja: body.perilakuKerja,
          predikat: values.predikat,
          suggested: suggestion.rating,
        },
      },
    ]);
    return row as typeof evaluations.$inferSelect;
  });
  return presentEvaluation(saved);
}

// ---------- calibration ----------

export async function calibrate(
  db: Database,
  ctx: RequestContext,
  evaluationId: string,
  body: { hasilKerja: RatingLevel; perilakuKerja: RatingLevel; reason: string },
) {
  const agencyId = ctx.actor.agencyId;
  const [row] = await db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, evaluationId)));
  if (!row) throw notFound('Penilaian');
  const unit = await findUnit(db, agencyId, row.unitId);
  if (!unit || !(ctx.actor.headOfUnit?.id === unit.id || setsPredikatOf(ctx, unit)))
    throw notFound('Penilaian');
  const saved = await db.transaction(async (tx) => {
    const [current] = await queryRows<{
      status: string;
      hasil_kerja: string;
      perilaku_kerja: string;
      predikat: string;
    }>(
      tx,
      sql`select status, hasil_kerja, perilaku_kerja, predikat from evaluations where agency_id = ${agencyId} and id = ${evaluationId} for update`,
    );
    if (!current || current.status === 'FINAL') throw new AppError('EVALUATION_LOCKED');
    const predikat = kuadran(body.hasilKerja, body.perilakuKerja);
    const before = {
      hasilKerja: current.hasil_kerja,
      perilakuKerja: current.perilaku_kerja,
      predikat: current.predikat,
    };
    const after = { hasilKerja: body.hasilKerja, perilakuKerja: body.perilakuKerja, predikat };
    const now = ctx.clock.now();
    const [updated] = await tx
      .update(evaluations)
      .set({ hasilKerja: body.hasilKerja, perilakuKerja: body.perilakuKerja, predikat, updatedAt: now })
      .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, evaluationId)))
      .returning();
    await tx.insert(evaluationChanges).values({
      agencyId,
      id: newId(),
      evaluationId,
      kind: 'CALIBRATION',
      before,
      after,
      reason: body.reason,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      createdAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'evaluation.calibrate',
        entityType: 'evaluation',
        entityId: evaluationId,
        before,
        after: { ...after, reason: body.reason },
      },
    ]);
    return updated as typeof evaluations.$inferSelect;
  });
  return presentEvaluation(saved);
}

// ---------- the employee: receipt and keberatan ----------

/** Who decides an objection: the rater's superior (the rater's own rater; null = the head of region). */
async function deciderOf(db: Database, agencyId: string, raterEmployeeId: string | null, today: string) {
  if (raterEmployeeId === null) return { employeeId: null, name: 'Kepala Daerah' };
  const line = await currentLine(db, agencyId, raterEmployeeId, today);
  if (!line || line.rater_employee_id === null) return { employeeId: null, name: 'Kepala Daerah' };
  const [row] = await queryRows<{ name: string; front_title: string | null; back_title: string | null }>(
    db,
    sql`select name, front_title, back_title from employees where agency_id = ${agencyId} and id = ${line.rater_employee_id}`,
  );
  return {
    employeeId: line.rater_employee_id,
    name: row ? fullName(row.name, row.front_title, row.back_title) : '-',
  };
}

type Role = 'EMPLOYEE' | 'RATER' | 'DECIDER' | 'ADMIN' | null;

function roleIn(
  ctx: RequestContext,
  row: typeof evaluations.$inferSelect,
  objection: typeof objections.$inferSelect | null,
): Role {
  const me = ctx.actor.employeeId;
  if (me && me === row.employeeId) return 'EMPLOYEE';
  if (objection) {
    if (
      objection.deciderEmployeeId === null
        ? ctx.actor.roles.has('leader')
        : objection.deciderEmployeeId === me
    ) {
      return 'DECIDER';
    }
  }
  if (
    row.raterEmployeeId === null
      ? ctx.actor.roles.has('leader') && me !== row.employeeId
      : row.raterEmployeeId === me
  ) {
    return 'RATER';
  }
  if (ctx.actor.roles.has('agency_admin')) return 'ADMIN';
  return null;
}

function deadlineOf(ctx: RequestContext, row: typeof evaluations.$inferSelect, days: number) {
  if (!row.acknowledgedAt) return null;
  return addCalendarDays(dateInZone(row.acknowledgedAt, ctx.actor.agencyTimezone), days);
}

async function loadObjection(db: Database, agencyId: string, evaluationId: string) {
  const [row] = await db
    .select()
    .from(objections)
    .where(and(eq(objections.agencyId, agencyId), eq(objections.evaluationId, evaluationId)));
  return row ?? null;
}

async function presentObjection(
  db: Database,
  ctx: RequestContext,
  row: typeof objections.$inferSelect,
  role: Role,
): Promise<Objection> {
  const messages = await db
    .select()
    .from(objectionMessages)
    .where(and(eq(objectionMessages.agencyId, ctx.actor.agencyId), eq(objectionMessages.objectionId, row.id)))
    .orderBy(asc(objectionMessages.createdAt), asc(objectionMessages.id));
  const open = row.status === 'OPEN';
  const abilities: string[] = [];
  if (open && role === 'DECIDER') abilities.push('ask', 'decide');
  if (open && (role === 'RATER' || role === 'EMPLOYEE')) abilities.push('answer');
  return {
    id: row.id,
    evaluationId: row.evaluationId,
    deciderName: row.deciderName,
    reasons: row.reasons,
    status: row.status as 'OPEN' | 'DECIDED',
    decision: row.decision as 'CONFIRMED' | 'CHANGED' | null,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    messages: messages.map((m) => ({
      id: m.id,
      authorName: m.authorName,
      authorRole: m.authorRole as 'DECIDER' | 'RATER' | 'EMPLOYEE',
      addressedTo: m.addressedTo as 'RATER' | 'EMPLOYEE' | null,
      body: m.body,
      at: m.createdAt.toISOString(),
    })),
    abilities,
  };
}

async function detailOf(
  db: Database,
  ctx: RequestContext,
  row: typeof evaluations.$inferSelect,
): Promise<EvaluationDetail> {
  const agencyId = ctx.actor.agencyId;
  const [objection, settings, changes, predikat, people, periodRow] = await Promise.all([
    loadObjection(db, agencyId, row.id),
    getSettings(db, agencyId),
    db
      .select()
      .from(evaluationChanges)
      .where(and(eq(evaluationChanges.agencyId, agencyId), eq(evaluationChanges.evaluationId, row.id)))
      .orderBy(asc(evaluationChanges.createdAt)),
    predikatOf(db, agencyId, row.unitId, row.periodId),
    membersOf(db, agencyId, [row.unitId], todayOf(ctx)),
    findPeriod(db, agencyId, row.periodId),
  ]);
  const unit = await findUnit(db, agencyId, row.unitId);
  const calibrates = unit !== null && (ctx.actor.headOfUnit?.id === unit.id || setsPredikatOf(ctx, unit));
  const role = roleIn(ctx, row, objection);
  if (role === null && !calibrates) throw notFound('Penilaian');
  const member =
    people.find((m) => m.id === row.employeeId) ??
    (
      await queryRows<MemberRow>(
        db,
        sql`select e.id, e.nip, e.name, e.front_title, e.back_title, p.name as position_name, p.kind as position_kind,
              p.is_unit_head, e.unit_id, u.name as unit_name, null as rater_employee_id, false as has_line
            from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
            join units u on u.agency_id = e.agency_id and u.id = e.unit_id
            where e.agency_id = ${agencyId} and e.id = ${row.employeeId}`,
      )
    )[0];
  if (!member || !periodRow) throw notFound('Penilaian');
  const deadline = deadlineOf(ctx, row, settings.objectionDays);
  const abilities: string[] = [];
  if (role === 'EMPLOYEE' && row.status === 'FINAL' && !row.acknowledgedAt) abilities.push('acknowledge');
  if (role === 'EMPLOYEE' && deadline && !objection && todayOf(ctx) <= deadline) abilities.push('object');
  if (calibrates && row.status === 'DRAFT') abilities.push('calibrate');
  return {
    evaluation: presentEvaluation(row),
    employee: person(member),
    period: presentPeriod(periodRow),
    unitPredikat: presentPredikat(predikat),
    changes: changes.map((c) => ({
      id: c.id,
      kind: c.kind as 'CALIBRATION' | 'OBJECTION',
      before: c.before,
      after: c.after,
      reason: c.reason,
      actorName: c.actorName,
      at: c.createdAt.toISOString(),
    })),
    objection: objection ? await presentObjection(db, ctx, objection, role) : null,
    objectionDeadline: deadline,
    abilities,
  };
}

async function loadEvaluation(db: Database, agencyId: string, id: string) {
  const [row] = await db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, id)));
  if (!row) throw notFound('Penilaian');
  return row;
}

export async function getEvaluation(db: Database, ctx: RequestContext, id: string) {
  return detailOf(db, ctx, await loadEvaluation(db, ctx.actor.agencyId, id));
}

/** The signed-in employee's finalised evaluations (a draft rating is not shown before finalisation). */
export async function mine(db: Database, ctx: RequestContext) {
  if (!ctx.actor.employeeId) return { items: [] };
  const rows = await db
    .select()
    .from(evaluations)
    .where(
      and(
        eq(evaluations.agencyId, ctx.actor.agencyId),
        eq(evaluations.employeeId, ctx.actor.employeeId),
        eq(evaluations.status, 'FINAL'),
      ),
    )
    .orderBy(asc(evaluations.createdAt));
  return { items: await Promise.all(rows.map((r) => detailOf(db, ctx, r))) };
}

export async function acknowledge(db: Database, ctx: RequestContext, id: string) {
  const agencyId = ctx.actor.agencyId;
  const row = await loadEvaluation(db, agencyId, id);
  if (ctx.actor.employeeId !== row.employeeId) throw notFound('Penilaian');
  if (row.status !== 'FINAL') throw new AppError('EVALUATION_NOT_FINAL');
  if (!row.acknowledgedAt) {
    await db.transaction(async (tx) => {
      const now = ctx.clock.now();
      await tx
        .update(evaluations)
        .set({ acknowledgedAt: now })
        .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, id)));
      await recordAudit(tx, authorOf(ctx), [
        {
          action: 'evaluation.acknowledge',
          entityType: 'evaluation',
          entityId: id,
          after: { acknowledgedAt: now.toISOString() },
        },
      ]);
    });
  }
  return getEvaluation(db, ctx, id);
}

export async function fileObjection(db: Database, ctx: RequestContext, id: string, reasons: string) {
  const agencyId = ctx.actor.agencyId;
  const row = await loadEvaluation(db, agencyId, id);
  if (ctx.actor.employeeId !== row.employeeId) throw notFound('Penilaian');
  if (row.status !== 'FINAL' || !row.acknowledgedAt) throw new AppError('EVALUATION_NOT_FINAL');
  const settings = await getSettings(db, agencyId);
  const deadline = deadlineOf(ctx, row, settings.objectionDays) as string;
  if (todayOf(ctx) > deadline) {
    throw new AppError('OBJECTION_WINDOW_CLOSED', `Keberatan dapat diajukan paling lambat ${deadline}`);
  }
  const decider = await deciderOf(db, agencyId, row.raterEmployeeId, todayOf(ctx));
  await db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [inserted] = await tx
      .insert(objections)
      .values({
        agencyId,
        id: newId(),
        evaluationId: id,
        deciderEmployeeId: decider.employeeId,
        deciderName: decider.name,
        reasons,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw new AppError('OBJECTION_EXISTS');
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'objection.file',
        entityType: 'evaluation',
        entityId: id,
        after: { objectionId: inserted.id, reasons, decider: decider.name },
      },
    ]);
    if (decider.employeeId) {
      await notifyEmployees(
        tx,
        agencyId,
        [decider.employeeId],
        {
          kind: 'objection.filed',
          title: 'Keberatan atas hasil evaluasi kinerja',
          body: reasons.slice(0, 200),
          link: `/evaluasi/${id}`,
        },
        now,
      );
    }
  });
  return getEvaluation(db, ctx, id);
}

export async function postObjectionMessage(
  db: Database,
  ctx: RequestContext,
  id: string,
  body: { body: string; addressedTo: 'RATER' | 'EMPLOYEE' | null },
) {
  const agencyId = ctx.actor.agencyId;
  const row = await loadEvaluation(db, agencyId, id);
  const objection = await loadObjection(db, agencyId, id);
  const role = roleIn(ctx, row, objection);
  if (!objection || role === null || role === 'ADMIN') throw notFound('Keberatan');
  if (objection.status !== 'OPEN') throw new AppError('OBJECTION_DECIDED');
  const authorRole = role as 'DECIDER' | 'RATER' | 'EMPLOYEE';
  if (authorRole === 'DECIDER' && body.addressedTo === null) {
    throw new AppError('BAD_REQUEST', 'Pilih kepada siapa pertanyaan ditujukan: penilai atau pegawai');
  }
  await db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const messageId = newId();
    await tx.insert(objectionMessages).values({
      agencyId,
      id: messageId,
      objectionId: objection.id,
      authorUserId: ctx.actor.userId,
      authorName: ctx.actor.displayName,
      authorRole,
      addressedTo: authorRole === 'DECIDER' ? body.addressedTo : null,
      body: body.body,
      createdAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'objection.message',
        entityType: 'evaluation',
        entityId: id,
        after: { messageId, authorRole, addressedTo: body.addressedTo, body: body.body },
      },
    ]);
    const recipients =
      authorRole === 'DECIDER'
        ? [body.addressedTo === 'RATER' ? row.raterEmployeeId : row.employeeId]
        : [objection.deciderEmployeeId];
    await notifyEmployees(
      tx,
      agencyId,
      recipients.filter((x): x is string => x !== null),
      {
        kind: 'objection.message',
        title: 'Pesan baru pada keberatan',
        body: body.body.slice(0, 200),
        link: `/evaluasi/${id}`,
      },
      now,
    );
  });
  return getEvaluation(db, ctx, id);
}

export async function decideObjection(
  db: Database,
  ctx: RequestContext,
  id: string,
  body: {
    decision: 'CONFIRMED' | 'CHANGED';
    hasilKerja?: RatingLevel | undefined;
    perilakuKerja?: RatingLevel | undefined;
    note: string;
  },
) {
  const agencyId = ctx.actor.agencyId;
  const row = await loadEvaluation(db, agencyId, id);
  const objection = await loadObjection(db, agencyId, id);
  if (!objection || roleIn(ctx, row, objection) !== 'DECIDER') throw notFound('Keberatan');
  await db.transaction(async (tx) => {
    const [locked] = await queryRows<{ status: string }>(
      tx,
      sql`select status from objections where agency_id = ${agencyId} and id = ${objection.id} for update`,
    );
    if (locked?.status !== 'OPEN') throw new AppError('OBJECTION_DECIDED');
    const now = ctx.clock.now();
    await tx
      .update(objections)
      .set({
        status: 'DECIDED',
        decision: body.decision,
        decisionNote: body.note,
        decidedAt: now,
        updatedAt: now,
      })
      .where(and(eq(objections.agencyId, agencyId), eq(objections.id, objection.id)));
    const before = { hasilKerja: row.hasilKerja, perilakuKerja: row.perilakuKerja, predikat: row.predikat };
    let after = before;
    if (body.decision === 'CHANGED' && body.hasilKerja && body.perilakuKerja) {
      after = {
        hasilKerja: body.hasilKerja,
        perilakuKerja: body.perilakuKerja,
        predikat: kuadran(body.hasilKerja, body.perilakuKerja),
      };
      await tx
        .update(evaluations)
        .set({ ...after, updatedAt: now })
        .where(and(eq(evaluations.agencyId, agencyId), eq(evaluations.id, id)));
      await tx.insert(evaluationChanges).values({
        agencyId,
        id: newId(),
        evaluationId: id,
        kind: 'OBJECTION',
        before,
        after,
        reason: body.note,
        actorUserId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
        createdAt: now,
      });
    }
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'objection.decide',
        entityType: 'evaluation',
        entityId: id,
        before,
        after: { ...after, decision: body.decision, note: body.note },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [row.employeeId, row.raterEmployeeId].filter((x): x is string => x !== null),
      {
        kind: 'objection.decided',
        title:
          body.decision === 'CHANGED'
            ? 'Keberatan diterima: hasil evaluasi diubah'
            : 'Keberatan diputuskan: hasil evaluasi tetap',
        body: body.note.slice(0, 200),
        link: `/evaluasi/${id}`,
      },
      now,
    );
  });
  return getEvaluation(db, ctx, id);
}

import type { Period, ReportStatus, TeamProgress, UnitProgress } from '@sigap/contracts';
import {
  indicatorAchievement,
  isPastDeadline,
  isWorkingDay,
  type TargetDirection,
  workingDaysBetween,
} from '@sigap/rules';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { notFound } from '../../lib/app-error.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { choosePeriod, reportPeriods, yearOf } from '../realisation/realisation.periods.ts';
import { reportFacts } from '../realisation/realisation.service.ts';
import { assertMonitor, resolveUnit, within } from '../skp/skp.monitoring.ts';
import { staffRef } from '../skp/skp.presenter.ts';
import * as skpRepository from '../skp/skp.repository.ts';
import { teamOf } from '../skp/skp.team.ts';

/**
 * Live progress during the year (rules §4): the rater's team page and the unit dashboard. Both are read
 * on every poll of the pages, so they are built from a handful of batched queries; the dashboard reads the
 * running counts the database keeps (migration 0010) instead of scanning reports and daily logs.
 */

/** The period asked for, or the current report period of this year. */
async function periodFor(db: Database, ctx: RequestContext, periodId?: string) {
  const today = todayOf(ctx);
  const periods = await reportPeriods(
    db,
    ctx.actor.agencyId,
    await yearOf(db, ctx.actor.agencyId, today, periodId),
  );
  return { periods, period: choosePeriod(periods, today, periodId) };
}

/** The days of the period counted so far: from its start to today (or its end if it is over). */
function daysSoFar(period: Period, today: string): { from: string; to: string } | null {
  if (today < period.start) return null;
  return { from: period.start, to: today < period.end ? today : period.end };
}

function workingDaysIn(range: { from: string; to: string } | null, holidays: ReadonlySet<string>) {
  if (!range) return 0;
  // workingDaysBetween counts the days after `from`: add the first day itself.
  return workingDaysBetween(range.from, range.to, holidays) + (isWorkingDay(range.from, holidays) ? 1 : 0);
}

export async function teamProgress(
  db: Database,
  ctx: RequestContext,
  periodId?: string,
): Promise<TeamProgress> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const [{ periods, period }, staff, agency] = await Promise.all([
    periodFor(db, ctx, periodId),
    teamOf(db, ctx),
    getAgency(db, agencyId),
  ]);
  if (!agency) throw notFound('Instansi');
  const holidays = new Set(agency.holidays);
  const year = Number(period.start.slice(0, 4));
  const skps = await skpRepository.openSkpsOf(
    db,
    agencyId,
    staff.map((s) => s.id),
    year,
  );
  const skpIds = skps.map((s) => s.id);
  const range = daysSoFar(period, today);
  const [indicators, facts, logs] = await Promise.all([
    skpIds.length === 0
      ? []
      : queryRows<{
          id: string;
          skp_id: string;
          text: string;
          direction: TargetDirection;
          target_value: number | null;
          target_unit: string | null;
        }>(
          db,
          sql`select i.id, r.skp_id, i.text, i.direction, i.target_value, i.target_unit
              from skp_indicators i join skp_rhks r on r.agency_id = i.agency_id and r.id = i.rhk_id
              where i.agency_id = ${agencyId} and r.skp_id = any(${sqlArray(skpIds, 'uuid')})
              order by r.seq, i.seq`,
        ),
    reportFacts(db, agencyId, skpIds, period.id),
    range && agency.dailyLogEnabled && staff.length > 0
      ? queryRows<{ employee_id: string; status: string; n: number }>(
          db,
          sql`select employee_id, status, count(*)::int as n from daily_logs
              where agency_id = ${agencyId} and employee_id = any(${sqlArray(
                staff.map((s) => s.id),
                'uuid',
              )})
                and log_date between ${range.from} and ${range.to}
              group by 1, 2`,
        )
      : [],
  ]);
  const workingDays = workingDaysIn(range, holidays);
  const skpOf = new Map(skps.map((s) => [s.employeeId, s]));
  const reportOf = new Map(facts.reports.map((r) => [r.skpId, r]));
  const valueByKey = new Map(facts.values.map((v) => [`${v.reportId}:${v.indicatorId}`, v]));
  const evidenceOf = new Map(facts.evidenceCounts.map((e) => [`${e.report_id}:${e.indicator_id}`, e.n]));
  const deadlinePassed = isPastDeadline(ctx.clock.now(), period.fillDeadline, ctx.actor.agencyTimezone);
  const items = staff.map((s) => {
    const skp = skpOf.get(s.id) ?? null;
    const report = skp ? (reportOf.get(skp.id) ?? null) : null;
    const status: ReportStatus = report ? (report.status as ReportStatus) : 'NOT_STARTED';
    const own = skp ? indicators.filter((i) => i.skp_id === skp.id) : [];
    const rows = own.map((i) => {
      const v = report ? valueByKey.get(`${report.id}:${i.id}`) : undefined;
      const a = indicatorAchievement({
        direction: i.direction,
        target: i.target_value,
        realisation: v?.value ?? null,
      });
      return {
        id: i.id,
        text: i.text,
        direction: i.direction,
        targetValue: i.target_value,
        targetUnit: i.target_unit,
        value: v?.value ?? null,
        percent: a.percent,
        level: a.level,
        evidenceCount: report ? (evidenceOf.get(`${report.id}:${i.id}`) ?? 0) : 0,
        filled: v !== undefined,
      };
    });
    const tally = { draft: 0, submitted: 0, approved: 0 };
    for (const l of logs) {
      if (l.employee_id !== s.id) continue;
      if (l.status === 'DRAFT') tally.draft += l.n;
      else if (l.status === 'SUBMITTED') tally.submitted += l.n;
      else if (l.status === 'APPROVED') tally.approved += l.n;
    }
    const logged = tally.draft + tally.submitted + tally.approved;
    return {
      employee: staffRef(s),
      skpId: skp?.id ?? null,
      skpStatus: skp?.status ?? null,
      reportStatus: status,
      submittedAt: report?.submittedAt?.toISOString() ?? null,
      late: report?.late ?? false,
      overdue: status !== 'SUBMITTED' && deadlinePassed,
      achievement: report?.achievement ?? null,
      indicators: rows.map(({ filled: _filled, ...rest }) => rest),
      missingEvidence: rows.filter((r) => r.filled && r.evidenceCount === 0).length,
      dailyLog: { workingDays, ...tally, notStarted: Math.max(0, workingDays - logged) },
    };
  });
  // Those who need attention first: overdue, then not submitted, then by name (already sorted).
  const rank = (i: (typeof items)[number]) => (i.overdue ? 0 : i.reportStatus === 'SUBMITTED' ? 2 : 1);
  items.sort((a, b) => rank(a) - rank(b));
  return {
    period,
    periods,
    dailyLogEnabled: agency.dailyLogEnabled,
    deadlinePassed,
    items,
    generatedAt: ctx.clock.now().toISOString(),
  };
}

interface UnitNode {
  id: string;
  parent_id: string | null;
  path: string;
  name: string;
  code: string;
  kind: string;
}

interface Tally {
  headcount: number;
  submitted: number;
  late: number;
  achievementSum: number;
  achievementN: number;
  draft: number;
  logSubmitted: number;
  approved: number;
}
const emptyTally = (): Tally => ({
  headcount: 0,
  submitted: 0,
  late: 0,
  achievementSum: 0,
  achievementN: 0,
  draft: 0,
  logSubmitted: 0,
  approved: 0,
});
const addTally = (into: Tally, from: Tally) => {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
};
const round1 = (n: number) => Math.round(n * 10) / 10;
const present = (t: Tally) => ({
  headcount: t.headcount,
  submitted: t.submitted,
  late: t.late,
  completion: t.headcount > 0 ? round1((t.submitted / t.headcount) * 100) : null,
  achievement: t.achievementN > 0 ? round1(t.achievementSum / t.achievementN) : null,
  dailyLog: { draft: t.draft, submitted: t.logSubmitted, approved: t.approved },
});

/**
 * The unit dashboard: for the units under the one shown (default: the top of the actor's scope), the
 * realisation completion and mean achievement of the period and the daily-log days by status, rolled up
 * over each subtree, from the running counts.
 */
export async function unitProgress(
  db: Database,
  ctx: RequestContext,
  input: { periodId?: string | undefined; unitId?: string | undefined },
): Promise<UnitProgress> {
  const agencyId = ctx.actor.agencyId;
  const roots = assertMonitor(ctx);
  const unit = (await resolveUnit(db, ctx, input.unitId, roots)) as UnitNode | null;
  const { periods, period } = await periodFor(db, ctx, input.periodId);
  const range = daysSoFar(period, todayOf(ctx));
  const counts = await queryRows<{
    unit_id: string;
    kind: 'H' | 'R' | 'D' | 'S' | 'A';
    a: number;
    b: number;
    c: number;
    d: number;
  }>(
    db,
    sql`select unit_id, 'H' as kind, n as a, 0 as b, 0::float8 as c, 0 as d from unit_headcounts
          where agency_id = ${agencyId} and n <> 0
        union all
        select unit_id, 'R', submitted, late, achievement_sum, achievement_n from realisation_unit_counts
          where agency_id = ${agencyId} and period_id = ${period.id} and submitted <> 0
        ${
          range
            ? sql`union all
        select unit_id, case status when 'DRAFT' then 'D' when 'SUBMITTED' then 'S' else 'A' end, sum(n)::int, 0, 0, 0
          from daily_log_unit_counts
          where agency_id = ${agencyId} and log_date between ${range.from} and ${range.to} and n <> 0
          group by unit_id, status`
            : sql``
        }`,
  );
  const units = await queryRows<UnitNode>(
    db,
    sql`select id, parent_id, path, name, code, kind from units where agency_id = ${agencyId}`,
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const inScope = (path: string) => (unit ? path.startsWith(unit.path) : within(path, roots));
  const own = new Map<string, Tally>();
  for (const c of counts) {
    const node = byId.get(c.unit_id);
    if (!node || !inScope(node.path)) continue;
    const t = own.get(c.unit_id) ?? emptyTally();
    if (c.kind === 'H') t.headcount += c.a;
    else if (c.kind === 'R') {
      t.submitted += c.a;
      t.late += c.b;
      t.achievementSum += Number(c.c);
      t.achievementN += c.d;
    } else if (c.kind === 'D') t.draft += c.a;
    else if (c.kind === 'S') t.logSubmitted += c.a;
    else t.approved += c.a;
    own.set(c.unit_id, t);
  }
  const subtree = new Map<string, Tally>();
  for (const [unitId, t] of own) {
    const node = byId.get(unitId);
    if (!node) continue;
    for (const ancestorId of node.path.split('/').filter(Boolean)) {
      const entry = subtree.get(ancestorId) ?? emptyTally();
      addTally(entry, t);
      subtree.set(ancestorId, entry);
    }
  }
  const hasChildren = new Set(units.map((u) => u.parent_id).filter((x): x is string => x !== null));
  let rowUnits: UnitNode[];
  if (unit) rowUnits = units.filter((u) => u.parent_id === unit.id);
  else if (roots === null) rowUnits = units.filter((u) => u.parent_id === null);
  else rowUnits = units.filter((u) => roots.includes(u.path));
  const rows = rowUnits
    .filter((u) => (subtree.get(u.id)?.headcount ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
    .map((u) => ({
      unitId: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      hasChildren: hasChildren.has(u.id),
      ...present(subtree.get(u.id) ?? emptyTally()),
    }));
  const totals = emptyTally();
  for (const t of own.values()) addTally(totals, t);
  const ownTally = unit ? own.get(unit.id) : undefined;
  const breadcrumb = unit
    ? unit.path
        .split('/')
        .filter(Boolean)
        .map((id) => byId.get(id))
        .filter((u): u is UnitNode => u !== undefined && within(u.path, roots))
        .map((u) => ({ unitId: u.id, name: u.name }))
    : [];
  return {
    period,
    periods,
    scope: {
      unitId: unit?.id ?? null,
      // The top of the actor's scope: the whole agency, or the units they manage or head.
      name:
        unit?.name ??
        (roots === null ? 'Seluruh instansi' : rowUnits.map((u) => u.name).join(', ') || 'Unit saya'),
    },
    breadcrumb,
    totals: present(totals),
    ownStaff:
      unit && ownTally
        ? {
            unitId: unit.id,
            code: unit.code,
            name: unit.name,
            kind: byId.get(unit.id)?.kind ?? '',
            hasChildren: false,
            ...present(ownTally),
          }
        : null,
    rows,
    generatedAt: ctx.clock.now().toISOString(),
  };
}

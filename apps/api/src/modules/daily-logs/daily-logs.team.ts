import type { DailyLogDayStatusValue, DailyLogDecisionBody, DailyLogTeam } from '@sigap/contracts';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError } from '../../lib/app-error.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { staffRef } from '../skp/skp.presenter.ts';
import { listDirectReports, type StaffRow } from '../skp/skp.repository.ts';
import { canDecideLog, visibleLogsScope } from './daily-logs.policy.ts';
import * as repository from './daily-logs.repository.ts';
import { datesBetween, daysBetween, enabledFacts, flagsOf } from './daily-logs.service.ts';

/** The longest range the team grid shows at once (two months). */
export const TEAM_RANGE_MAX_DAYS = 62;

/** Whom the actor rates today: their direct reports; for leaders also those the head of region rates. */
async function teamOf(db: Database, ctx: RequestContext): Promise<StaffRow[]> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const staff = ctx.actor.employeeId
    ? await listDirectReports(db, agencyId, ctx.actor.employeeId, today)
    : [];
  if (ctx.actor.roles.has('leader')) staff.push(...(await listDirectReports(db, agencyId, null, today)));
  return staff;
}

const formatDate = (date: string) =>
  new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

/**
 * The rater's grid: each person they rate × each day of the range (status, minutes), plus anyone who
 * has days in the range submitted to them (a reporting line changed since).
 */
export async function team(
  db: Database,
  ctx: RequestContext,
  from: string,
  to: string,
): Promise<DailyLogTeam> {
  if (to < from || daysBetween(from, to) >= TEAM_RANGE_MAX_DAYS) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Rentang tanggal harus urut dan paling panjang ${TEAM_RANGE_MAX_DAYS} hari`,
      [{ path: '/to', message: 'Rentang tanggal tidak valid' }],
    );
  }
  const { holidays } = await enabledFacts(db, ctx, null);
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const staff = await teamOf(db, ctx);
  const known = new Set(staff.map((s) => s.id));
  const waitingIds: string[] = [];
  if (ctx.actor.employeeId) {
    waitingIds.push(...(await repository.employeesWaitingFor(db, agencyId, ctx.actor.employeeId, from, to)));
  }
  if (ctx.actor.roles.has('leader')) {
    waitingIds.push(...(await repository.employeesWaitingFor(db, agencyId, null, from, to)));
  }
  const extra = await repository.listStaff(
    db,
    agencyId,
    [...new Set(waitingIds)].filter((id) => !known.has(id)),
  );
  const people = [...staff, ...extra];
  const logs = await repository.logsOf(
    db,
    agencyId,
    people.map((p) => p.id),
    from,
    to,
  );
  const byKey = new Map(logs.map((l) => [`${l.employee_id}/${l.log_date}`, l]));
  const dates = datesBetween(from, to);
  let waiting = 0;
  return {
    from,
    to,
    today,
    days: dates.map((date) => {
      const { weekend, holiday, future } = flagsOf(date, holidays, today);
      return { date, weekend, holiday, future };
    }),
    people: people.map((person) => ({
      employee: staffRef(person),
      days: dates.map((date) => {
        const log = byKey.get(`${person.id}/${date}`);
        const canDecide = canDecideLog(
          ctx.actor,
          log ? { status: log.status, raterEmployeeId: log.rater_employee_id } : null,
        );
        if (canDecide) waiting += 1;
        return {
          date,
          status: (log?.status ?? 'NOT_STARTED') as DailyLogDayStatusValue,
          minutes: log?.minutes ?? 0,
          logId: log?.id ?? null,
          returned: log?.returned ?? false,
          canDecide,
        };
      }),
    })),
    waiting,
  };
}

/**
 * Approves or returns many submitted days in one transaction, all or nothing: a day the actor may not
 * see answers 404, a day submitted to someone else 403, a day that is not (or no longer) submitted 409,
 * and then nothing is written. Returned days go back to draft with the note; their owners are notified.
 */
export async function decide(db: Database, ctx: RequestContext, body: DailyLogDecisionBody) {
  await enabledFacts(db, ctx, null);
  const agencyId = ctx.actor.agencyId;
  const ids = [...new Set(body.logIds)];
  const today = todayOf(ctx);
  const note = body.action === 'return' ? (body.note ?? '').trim() : null;
  return db.transaction(async (tx) => {
    const rows = await repository.lockForDecision(tx, agencyId, ids, visibleLogsScope(ctx.actor, today));
    const seen = new Set(rows.filter((r) => r.visible).map((r) => r.id));
    const missing = ids.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      throw new AppError('NOT_FOUND', 'Log harian tidak ditemukan', { logIds: missing });
    }
    const isMine = (r: repository.DecisionRow) =>
      r.rater_employee_id === null
        ? ctx.actor.roles.has('leader')
        : ctx.actor.employeeId !== null && r.rater_employee_id === ctx.actor.employeeId;
    // A draft never submitted has no rater on record yet: it is refused below as not submitted.
    const neverSubmitted = (r: repository.DecisionRow) =>
      r.status === 'DRAFT' && r.rater_employee_id === null;
    const notMine = rows.filter((r) => !neverSubmitted(r) && !isMine(r));
    if (notMine.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        'Hanya pejabat penilai yang dapat menyetujui atau mengembalikan log harian ini',
        { logIds: notMine.map((r) => r.id) },
      );
    }
    const notSubmitted = rows.filter(
      (r) => !canDecideLog(ctx.actor, { status: r.status, raterEmployeeId: r.rater_employee_id }),
    );
    if (notSubmitted.length > 0) {
      throw new AppError(
        'DAILY_LOG_ILLEGAL_ACTION',
        `${notSubmitted.length} log harian tidak (lagi) berstatus diajukan; tidak ada yang diubah`,
        notSubmitted.map((r) => ({ id: r.id, date: r.log_date, status: r.status })),
      );
    }
    const now = ctx.clock.now();
    const status = body.action === 'approve' ? 'APPROVED' : 'DRAFT';
    await repository.decideLogs(tx, agencyId, ids, {
      status,
      decidedAt: now,
      decidedByName: ctx.actor.displayName,
      returnNote: note,
    });
    await recordAudit(
      tx,
      authorOf(ctx),
      rows.map((r) => ({
        action: body.action === 'approve' ? 'dailyLog.approve' : 'dailyLog.return',
        entityType: 'daily_log',
        entityId: r.id,
        before: { status: r.status },
        after: {
          status,
          employeeId: r.employee_id,
          date: r.log_date,
          ...(note !== null ? { note } : {}),
        },
      })),
    );
    if (body.action === 'return') {
      const datesOf = new Map<string, string[]>();
      for (const r of rows) datesOf.set(r.employee_id, [...(datesOf.get(r.employee_id) ?? []), r.log_date]);
      for (const [employeeId, dates] of datesOf) {
        dates.sort();
        const first = dates[0] as string;
        await notifyEmployees(
          tx,
          agencyId,
          [employeeId],
          {
            kind: 'dailyLog.returned',
            title:
              dates.length === 1
                ? `Log harian ${formatDate(first)} dikembalikan`
                : `${dates.length} log harian dikembalikan`,
            body: `${ctx.actor.displayName} mengembalikan log harian ${dates.map(formatDate).join(', ')}: ${note}`,
            link: `/log-harian?tanggal=${first}`,
          },
          now,
        );
      }
    }
    return { action: body.action, decided: rows.length };
  });
}

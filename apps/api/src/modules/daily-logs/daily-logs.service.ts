import type {
  DailyLogCalendar,
  DailyLogDay,
  DailyLogDayStatusValue,
  DailyLogProblemItem,
  DailyLogRhkList,
  DailyLogSettings,
} from '@sigap/contracts';
import {
  type DailyLogStatus,
  dailyLogMinutes,
  dailyLogNext,
  dailyLogProblems,
  isWorkingDay,
  minutesOf,
  type RhkCategory,
} from '@sigap/rules';
import { type Database, sql } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { auditInsertFrom, authorOf, recordAudit } from '../audit/audit.service.ts';
import { visibleEmployeesScope } from '../employees/employees.policy.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { staffRef } from '../skp/skp.presenter.ts';
import { findLatestApproved, listRhks, type StaffRow } from '../skp/skp.repository.ts';
import { canDecideLog } from './daily-logs.policy.ts';
import * as repository from './daily-logs.repository.ts';

// ---------- calendar arithmetic (calendar dates as yyyy-mm-dd, no zone) ----------

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d += 1) dates.push(isoOf(d));
  return dates;
}
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);
const isWeekend = (date: string) => {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow === 0 || dow === 6;
};

export interface DayFlags {
  weekend: boolean;
  holiday: boolean;
  future: boolean;
}
/** Weekend, holiday (the agency's list, rules working-days) and future flags of a date. */
export function flagsOf(
  date: string,
  holidays: ReadonlySet<string>,
  today: string,
): DayFlags & { working: boolean } {
  const weekend = isWeekend(date);
  return {
    weekend,
    holiday: holidays.has(date),
    future: date > today,
    working: !weekend && isWorkingDay(date, holidays),
  };
}
/** The holiday list as a set of well-formed dates (a malformed entry is ignored, never thrown). */
export const holidaySet = (holidays: readonly string[]) =>
  new Set(holidays.filter((h) => typeof h === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(h)));

// ---------- facts every use case starts from ----------

export const dailyLogOff = () => new AppError('DAILY_LOG_OFF', 'Log harian tidak diaktifkan di instansi ini');

type Facts = Awaited<ReturnType<typeof repository.agencyAndStaff>>;

/**
 * The agency's daily-log facts (on/off, holidays, head of region) and the employee's record change
 * rarely and are read by every request: they are cached per process for a few seconds (a change through
 * this process clears its agency at once; another node sees it within FACTS_TTL_MS).
 */
const FACTS_TTL_MS = 5_000;
const FACTS_MAX = 10_000;
const factsCache = new Map<string, { at: number; value: Facts }>();

async function cachedFacts(db: Database, agencyId: string, employeeId: string | null): Promise<Facts> {
  const key = `${agencyId}/${employeeId ?? ''}`;
  const now = performance.now();
  const hit = factsCache.get(key);
  if (hit && now - hit.at < FACTS_TTL_MS) return hit.value;
  const value = await repository.agencyAndStaff(db, agencyId, employeeId);
  if (factsCache.size >= FACTS_MAX) factsCache.clear();
  factsCache.set(key, { at: now, value });
  return value;
}

/** Forgets the cached facts of an agency (after its setting changed). */
export function forgetFacts(agencyId: string): void {
  for (const key of factsCache.keys()) if (key.startsWith(`${agencyId}/`)) factsCache.delete(key);
}

/** The agency's facts (404 DAILY_LOG_OFF when the log is turned off) and, when asked, the employee. */
export async function enabledFacts(db: Database, ctx: RequestContext, employeeId: string | null) {
  const { agency, staff } = await cachedFacts(db, ctx.actor.agencyId, employeeId);
  if (!agency?.enabled) throw dailyLogOff();
  return { agency, staff, holidays: holidaySet(agency.holidays) };
}

/** The signed-in employee and the agency facts. */
export async function ownFacts(db: Database, ctx: RequestContext) {
  const facts = await enabledFacts(db, ctx, ctx.actor.employeeId);
  if (!facts.staff) throw notFound('Pegawai');
  return { ...facts, staff: facts.staff };
}

export const refuseFuture = (date: string, today: string) => {
  if (date > today) {
    throw new AppError('DAILY_LOG_FUTURE', 'Log harian tidak dapat diisi untuk tanggal yang akan datang', {
      date,
      today,
    });
  }
};

const illegal = (status: string, what: string) =>
  new AppError(
    'DAILY_LOG_ILLEGAL_ACTION',
    status === 'SUBMITTED'
      ? `Log harian ini sudah diajukan; ${what} tidak dapat dilakukan`
      : status === 'APPROVED'
        ? `Log harian ini sudah disetujui; ${what} tidak dapat dilakukan`
        : `Status log harian tidak memungkinkan ${what}`,
    { status },
  );

const invalid = (problems: DailyLogProblemItem[]) =>
  new AppError(
    'DAILY_LOG_INVALID',
    problems.length === 1
      ? (problems[0] as DailyLogProblemItem).message
      : `Log harian belum benar: ${problems.length} hal perlu diperbaiki`,
    problems,
  );

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

// ---------- presenting a day ----------

export function presentDay(
  ctx: RequestContext,
  row: repository.DayRow | null,
  staff: StaffRow,
  date: string,
  facts: { holidays: ReadonlySet<string>; agency: repository.AgencyFacts },
): DailyLogDay {
  const today = todayOf(ctx);
  const { weekend, holiday, future } = flagsOf(date, facts.holidays, today);
  const status = (row?.status ?? 'NOT_STARTED') as DailyLogDayStatusValue;
  const isOwner = ctx.actor.employeeId === staff.id;
  const abilities: string[] = [];
  if (isOwner && !future && (status === 'NOT_STARTED' || status === 'DRAFT')) abilities.push('edit');
  if (isOwner && !future && status === 'DRAFT' && (row?.entries.length ?? 0) > 0) abilities.push('submit');
  if (row && canDecideLog(ctx.actor, { status: row.status, raterEmployeeId: row.rater_employee_id })) {
    abilities.push('approve', 'return');
  }
  const submitted = row !== null && row.submitted_at !== null;
  return {
    id: row?.id ?? null,
    date,
    status,
    minutes: row?.minutes ?? 0,
    weekend,
    holiday,
    future,
    employee: staffRef(staff),
    entries: (row?.entries ?? []).map((e) => {
      const from = minutesOf(e.start);
      const to = minutesOf(e.end);
      return {
        ...e,
        minutes: from !== null && to !== null && to > from ? to - from : 0,
      };
    }),
    evidence: (row?.evidence ?? []).map((v) => ({ ...v, createdAt: new Date(v.createdAt).toISOString() })),
    rater: !submitted
      ? null
      : row.rater_employee_id === null
        ? {
            employeeId: null,
            name: `${facts.agency.headTitle}${facts.agency.headName ? ` ${facts.agency.headName}` : ''}`,
          }
        : {
            employeeId: row.rater_employee_id,
            name: fullName(row.rater_name ?? '-', row.rater_front_title, row.rater_back_title),
          },
    submittedAt: iso(row?.submitted_at ?? null),
    decidedAt: iso(row?.decided_at ?? null),
    decidedByName: row?.decided_by_name ?? null,
    returnNote: row?.return_note ?? null,
    abilities,
  };
}

// ---------- the employee ----------

/** The month's calendar of the signed-in employee: each day's status and minutes. */
export async function calendar(db: Database, ctx: RequestContext, month?: string): Promise<DailyLogCalendar> {
  const { staff, holidays } = await ownFacts(db, ctx);
  const today = todayOf(ctx);
  const m = month ?? today.slice(0, 7);
  const first = `${m}-01`;
  const last = isoOf(dayNumber(`${isoOf(dayNumber(first) + 31).slice(0, 7)}-01`) - 1);
  const logs = await repository.logsOf(db, ctx.actor.agencyId, [staff.id], first, last);
  const byDate = new Map(logs.map((l) => [l.log_date, l]));
  const counts: Record<DailyLogDayStatusValue, number> = {
    NOT_STARTED: 0,
    DRAFT: 0,
    SUBMITTED: 0,
    APPROVED: 0,
  };
  let minutes = 0;
  const days = datesBetween(first, last).map((date) => {
    const flags = flagsOf(date, holidays, today);
    const log = byDate.get(date);
    const status = (log?.status ?? 'NOT_STARTED') as DailyLogDayStatusValue;
    if (log) {
      counts[status] += 1;
      minutes += log.minutes;
    } else if (flags.working && !flags.future) counts.NOT_STARTED += 1;
    return {
      date,
      status,
      minutes: log?.minutes ?? 0,
      weekend: flags.weekend,
      holiday: flags.holiday,
      future: flags.future,
      returned: log?.returned ?? false,
    };
  });
  return { month: m, today, days, counts, minutes };
}

export async function ownDay(db: Database, ctx: RequestContext, date: string): Promise<DailyLogDay> {
  const facts = await ownFacts(db, ctx);
  const row = await repository.loadDay(db, ctx.actor.agencyId, facts.staff.id, date);
  return presentDay(ctx, row, facts.staff, date, facts);
}

export interface EntryInput {
  start: string;
  end: string;
  description: string;
  rhkId: string | null;
  evidenceUrl: string | null;
}

/**
 * Problems of the entries, including RHKs that are not the employee's approved RHKs of the year; with
 * the texts of the RHKs that are.
 */
async function entryProblems(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  date: string,
  entries: EntryInput[],
): Promise<{ problems: DailyLogProblemItem[]; rhkTexts: Map<string, string> }> {
  const problems: DailyLogProblemItem[] = dailyLogProblems(entries);
  const rhkIds = [...new Set(entries.map((e) => e.rhkId).filter((id): id is string => id !== null))];
  const rhkTexts = await repository.linkableRhks(
    db,
    ctx.actor.agencyId,
    employeeId,
    Number(date.slice(0, 4)),
    rhkIds,
  );
  entries.forEach((e, index) => {
    if (e.rhkId !== null && !rhkTexts.has(e.rhkId)) {
      problems.push({
        index,
        code: 'RHK_UNKNOWN',
        message: `Kegiatan ${index + 1}: RHK tidak termasuk SKP Anda yang sudah disetujui`,
      });
    }
  });
  return { problems: problems.sort((a, b) => a.index - b.index), rhkTexts };
}

/** Ensures the day's row exists as a draft (locked) for evidence to be added to it. */
export async function lockDraft(
  tx: Database,
  ctx: RequestContext,
  staff: StaffRow,
  date: string,
  what: string,
) {
  const agencyId = ctx.actor.agencyId;
  await repository.insertDayWithEntries(
    tx,
    {
      agencyId,
      id: newId(),
      employeeId: staff.id,
      unitId: staff.unit_id,
      logDate: date,
      minutes: 0,
      now: ctx.clock.now(),
    },
    [],
  );
  const log = await repository.findLog(tx, agencyId, staff.id, date, true);
  if (!log) throw notFound('Log harian');
  if (dailyLogNext(log.status as DailyLogStatus, 'edit') === null) throw illegal(log.status, what);
  return { log };
}

/**
 * Saves the day's activities whole (a draft only); the day is created as a draft on its first save.
 * The first save is one statement (day, entries and audit record); a later one locks the day and
 * replaces its entries. The answer is built from what was written, without reading the day again.
 */
export async function saveDay(
  db: Database,
  ctx: RequestContext,
  date: string,
  body: { entries: EntryInput[] },
): Promise<DailyLogDay> {
  const facts = await ownFacts(db, ctx);
  const { staff } = facts;
  const agencyId = ctx.actor.agencyId;
  refuseFuture(date, todayOf(ctx));
  const { problems, rhkTexts } = await entryProblems(db, ctx, staff.id, date, body.entries);
  if (problems.length > 0) throw invalid(problems);
  const minutes = dailyLogMinutes(body.entries);
  const entries: repository.EntryRow[] = body.entries.map((e, seq) => ({ ...e, id: newId(), seq }));
  const now = ctx.clock.now();
  const author = authorOf(ctx);
  const after = { employeeId: staff.id, date, entries: entries.length, minutes };
  // The first save of a day: the day, its activities and the audit record in one statement.
  const id = newId();
  const fresh = await repository.insertDayWithEntries(
    db,
    { agencyId, id, employeeId: staff.id, unitId: staff.unit_id, logDate: date, minutes, now },
    entries,
    auditInsertFrom(author, { action: 'dailyLog.save', entityType: 'daily_log' }, sql`day`, {
      entityId: sql`day.id::text`,
      before: sql`null::jsonb`,
      after: sql`${JSON.stringify(after)}::jsonb`,
    }),
  );
  const saved: repository.DayRow = fresh
    ? {
        id,
        log_date: date,
        status: 'DRAFT',
        minutes,
        rater_employee_id: null,
        submitted_at: null,
        decided_at: null,
        decided_by_name: null,
        return_note: null,
        rater_name: null,
        rater_front_title: null,
        rater_back_title: null,
        entries: [],
        evidence: [],
      }
    : // A later save: the day is locked, checked and its activities replaced.
      await db.transaction(async (tx) => {
        const current = await repository.loadDay(tx, agencyId, staff.id, date, true);
        if (!current) throw notFound('Log harian');
        if (dailyLogNext(current.status as DailyLogStatus, 'edit') === null) {
          throw illegal(current.status, 'perubahan');
        }
        await repository.rewriteDay(tx, agencyId, current.id, entries, minutes, now);
        await recordAudit(tx, author, [
          {
            action: 'dailyLog.save',
            entityType: 'daily_log',
            entityId: current.id,
            before: { minutes: current.minutes },
            after,
          },
        ]);
        return { ...current, minutes };
      });
  saved.entries = entries.map((e) => ({
    id: e.id,
    start: e.start,
    end: e.end,
    description: e.description,
    rhkId: e.rhkId,
    rhkText: e.rhkId ? (rhkTexts.get(e.rhkId) ?? null) : null,
    evidenceUrl: e.evidenceUrl,
  }));
  return presentDay(ctx, saved, staff, date, facts);
}

/** Why a day could not be submitted (read after the one-statement submit wrote nothing). */
async function refusalOf(db: Database, agencyId: string, employeeId: string, date: string, today: string) {
  const log = await repository.findLog(db, agencyId, employeeId, date);
  if (log && dailyLogNext(log.status as DailyLogStatus, 'submit') === null) {
    return illegal(log.status, 'pengajuan');
  }
  const entries = log ? await repository.listEntryInputs(db, agencyId, log.id) : [];
  if (!log || entries.length === 0) {
    return invalid([
      { index: -1, code: 'EMPTY', message: 'Isi paling sedikit satu kegiatan sebelum mengajukan' },
    ]);
  }
  if (!(await repository.raterInForce(db, agencyId, employeeId, today))) {
    return invalid([
      {
        index: -1,
        code: 'RATER_MISSING',
        message: 'Pejabat penilai belum ditetapkan; hubungi pengelola kinerja (BKPSDM)',
      },
    ]);
  }
  return illegal(log.status, 'pengajuan');
}

/**
 * Submits the day to the rater in force today (the one who will decide it; null = the head of region,
 * acted for by the leader role). Needs at least one activity (checked when saved).
 */
export async function submitDay(db: Database, ctx: RequestContext, date: string): Promise<DailyLogDay> {
  const facts = await ownFacts(db, ctx);
  const { staff } = facts;
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  refuseFuture(date, today);
  // One statement: the submission and its audit record. The activities need no second check: every
  // save (their only writer) refuses a day with a problem.
  const day = await repository.submitDraft(
    db,
    agencyId,
    staff.id,
    date,
    today,
    ctx.clock.now(),
    auditInsertFrom(authorOf(ctx), { action: 'dailyLog.submit', entityType: 'daily_log' }, sql`submitted`, {
      entityId: sql`submitted.id::text`,
      before: sql`'{"status":"DRAFT"}'::jsonb`,
      after: sql`jsonb_build_object('status', 'SUBMITTED', 'employeeId', ${staff.id}::text, 'date', ${date}::text,
        'raterEmployeeId', submitted.rater_employee_id, 'minutes', submitted.minutes)`,
    }),
  );
  if (!day) throw await refusalOf(db, agencyId, staff.id, date, today);
  return presentDay(ctx, day, staff, date, facts);
}

/** The RHKs the employee's entries may serve: those of their latest approved SKP of the date's year. */
export async function linkableRhks(
  db: Database,
  ctx: RequestContext,
  date?: string,
): Promise<DailyLogRhkList> {
  const { staff } = await ownFacts(db, ctx);
  const year = Number((date ?? todayOf(ctx)).slice(0, 4));
  const skp = await findLatestApproved(db, ctx.actor.agencyId, staff.id, year);
  if (!skp) {
    return {
      year,
      skp: null,
      rhks: [],
      message: `SKP ${year} Anda belum disetujui; kegiatan dapat dicatat tanpa RHK.`,
    };
  }
  const rhks = await listRhks(db, ctx.actor.agencyId, skp.id);
  return {
    year,
    skp: { id: skp.id, version: skp.version },
    rhks: rhks.map((r) => ({ id: r.id, category: r.category as RhkCategory, text: r.text })),
    message: null,
  };
}

// ---------- reading someone's day ----------

/**
 * A day of someone the actor may see (self, the people they rate and those people's staff, a unit
 * admin's subtree, everyone for admins and leaders) or whose day was submitted to them; otherwise 404.
 */
export async function dayOf(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  date: string,
): Promise<DailyLogDay> {
  const facts = await enabledFacts(db, ctx, null);
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const scope = ctx.actor.employeeId
    ? sql`(${visibleEmployeesScope(ctx.actor, today)} or exists (select 1 from daily_logs l
        where l.agency_id = e.agency_id and l.employee_id = e.id and l.log_date = ${date}::date
          and l.rater_employee_id = ${ctx.actor.employeeId}))`
    : visibleEmployeesScope(ctx.actor, today);
  const staff = await repository.findVisibleStaff(db, agencyId, employeeId, scope);
  if (!staff) throw notFound('Pegawai');
  const row = await repository.loadDay(db, agencyId, staff.id, date);
  return presentDay(ctx, row, staff, date, facts);
}

// ---------- the agency setting ----------

export async function settings(db: Database, ctx: RequestContext): Promise<DailyLogSettings> {
  const { agency } = await repository.agencyAndStaff(db, ctx.actor.agencyId, null);
  if (!agency) throw notFound('Instansi');
  return { enabled: agency.enabled, abilities: ctx.actor.roles.has('agency_admin') ? ['update'] : [] };
}

export async function updateSettings(
  db: Database,
  ctx: RequestContext,
  enabled: boolean,
): Promise<DailyLogSettings> {
  await db.transaction(async (tx) => {
    const { agency } = await repository.agencyAndStaff(tx, ctx.actor.agencyId, null);
    if (!agency) throw notFound('Instansi');
    if (agency.enabled === enabled) return;
    await repository.setEnabled(tx, ctx.actor.agencyId, enabled, ctx.clock.now());
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'agency.dailyLog.update',
        entityType: 'agency',
        entityId: ctx.actor.agencyId,
        before: { dailyLogEnabled: agency.enabled },
        after: { dailyLogEnabled: enabled },
      },
    ]);
  });
  forgetFacts(ctx.actor.agencyId);
  return settings(db, ctx);
}

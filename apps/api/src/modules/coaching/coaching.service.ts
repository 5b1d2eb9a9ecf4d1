import type {
  CoachingRecord,
  CoachingSession,
  CoachingTeam,
  CompetencyEvaluation,
  MyCoaching,
} from '@sigap/contracts';
import {
  COACHING_KIND_LABELS,
  COACHING_STATEMENT_CODES,
  COMPETENCY_CODES,
  type CoachingKind,
  type CoachingStatus,
  scoreProblems,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { dateInZone } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { currentLine } from '../employees/employees.repository.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { staffRef } from '../skp/skp.presenter.ts';
import { findStaff, listDirectReports, type StaffRow } from '../skp/skp.repository.ts';
import {
  canReadRecord,
  isCoachOf,
  isRaterOf,
  type RecordRelation,
  sessionAbilities,
} from './coaching.policy.ts';
import * as repository from './coaching.repository.ts';

/** The web page of coaching (the employee's sessions, the rater's team). */
const COACHING_LINK = '/dialog-kinerja';

/**
 * Whom the actor coaches: their direct reports today; for leaders also those the head of region rates
 * (the same people whose SKPs they approve).
 */
export async function teamOf(db: Database, ctx: RequestContext): Promise<StaffRow[]> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const staff = ctx.actor.employeeId
    ? await listDirectReports(db, agencyId, ctx.actor.employeeId, today)
    : [];
  if (ctx.actor.roles.has('leader')) staff.push(...(await listDirectReports(db, agencyId, null, today)));
  return staff;
}

/** The employee's rater today and that rater's own rater (the rater's superior). */
export async function relationOf(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
): Promise<RecordRelation> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const line = await currentLine(db, agencyId, employeeId, today);
  const raterId = line ? line.rater_employee_id : undefined;
  let superiorId: string | null | undefined;
  if (raterId) {
    const above = await currentLine(db, agencyId, raterId, today);
    superiorId = above ? above.rater_employee_id : undefined;
  }
  return { employeeId, raterId, superiorId };
}

async function staffOr404(db: Database, ctx: RequestContext, employeeId: string): Promise<StaffRow> {
  const staff = await findStaff(db, ctx.actor.agencyId, employeeId);
  if (!staff) throw notFound('Pegawai');
  return staff;
}

/** The coach's name as recorded: the rater's full name, or the head of region's. */
async function coachName(db: Database, ctx: RequestContext, raterId: string | null): Promise<string> {
  if (raterId === null) {
    const agency = await getAgency(db, ctx.actor.agencyId);
    return agency ? agency.headName || agency.headTitle : 'Kepala Daerah';
  }
  const rater = await findStaff(db, ctx.actor.agencyId, raterId);
  return rater ? fullName(rater.name, rater.front_title, rater.back_title) : ctx.actor.displayName;
}

function presentSession(ctx: RequestContext, view: repository.SessionView): CoachingSession {
  const s = view.session;
  return {
    id: s.id,
    employee: {
      id: s.employeeId,
      nip: view.nip,
      fullName: fullName(view.name, view.frontTitle, view.backTitle),
      positionName: view.positionName,
      unitName: view.unitName,
    },
    coachEmployeeId: s.coachEmployeeId,
    coachName: s.coachName,
    kind: s.kind as CoachingKind,
    status: s.status as CoachingStatus,
    scheduledAt: s.scheduledAt.toISOString(),
    period: view.period,
    topic: s.topic,
    notes: s.notes,
    agreedActions: s.agreedActions,
    followUpDate: s.followUpDate,
    heldAt: s.heldAt ? s.heldAt.toISOString() : null,
    rating: view.rating
      ? {
          scores: view.rating.scores,
          comment: view.rating.comment,
          createdAt: view.rating.createdAt.toISOString(),
        }
      : null,
    abilities: sessionAbilities(ctx.actor, {
      employeeId: s.employeeId,
      coachEmployeeId: s.coachEmployeeId,
      status: s.status,
      rated: view.rating !== null,
    }),
  };
}

function presentEvaluation(row: repository.EvaluationRow): CompetencyEvaluation {
  return {
    id: row.id,
    employeeId: row.employeeId,
    raterEmployeeId: row.raterEmployeeId,
    raterName: row.raterName,
    evaluatedOn: row.evaluatedOn,
    scores: row.scores,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A session the actor may read (the employee's record, or they coach it); otherwise 404. */
async function visibleSession(db: Database, ctx: RequestContext, id: string) {
  const view = await repository.findSession(db, ctx.actor.agencyId, id);
  if (!view) throw notFound('Sesi');
  if (isCoachOf(ctx.actor, view.session)) return view;
  if (!canReadRecord(ctx.actor, await relationOf(db, ctx, view.session.employeeId))) throw notFound('Sesi');
  return view;
}

async function reload(db: Database, ctx: RequestContext, id: string): Promise<CoachingSession> {
  const view = await repository.findSession(db, ctx.actor.agencyId, id);
  if (!view) throw notFound('Sesi');
  return presentSession(ctx, view);
}

const invalidScores = (problems: string[]) =>
  new AppError('SCORES_INVALID', problems.join('; '), { problems });

// ---------- reads ----------

/** The signed-in employee's sessions and competency evaluations of a year. */
export async function mine(db: Database, ctx: RequestContext, year: number): Promise<MyCoaching> {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) return { year, sessions: [], competencyEvaluations: [] };
  const agencyId = ctx.actor.agencyId;
  const [sessions, evaluations] = await Promise.all([
    repository.listSessionsOf(db, agencyId, [employeeId], year, ctx.actor.agencyTimezone),
    repository.listEvaluationsOf(db, agencyId, [employeeId], year),
  ]);
  return {
    year,
    sessions: sessions.map((v) => presentSession(ctx, v)),
    competencyEvaluations: evaluations.map(presentEvaluation),
  };
}

/** The rater's desk: each person they coach, with the year's sessions and the latest competency evaluation. */
export async function team(db: Database, ctx: RequestContext, year: number): Promise<CoachingTeam> {
  const agencyId = ctx.actor.agencyId;
  const staff = await teamOf(db, ctx);
  const ids = staff.map((s) => s.id);
  const [sessions, evaluations] = await Promise.all([
    repository.listSessionsOf(db, agencyId, ids, year, ctx.actor.agencyTimezone),
    repository.listEvaluationsOf(db, agencyId, ids, year),
  ]);
  return {
    year,
    items: staff.map((s) => {
      const latest = evaluations.find((e) => e.employeeId === s.id);
      return {
        employee: staffRef(s),
        sessions: sessions.filter((v) => v.session.employeeId === s.id).map((v) => presentSession(ctx, v)),
        latestEvaluation: latest ? presentEvaluation(latest) : null,
      };
    }),
  };
}

/**
 * An employee's coaching record of a year (sessions with their ratings, competency evaluations), for the
 * employee, their rater, the rater's superior, agency admins and leaders; the evaluation reads it later.
 */
export async function coachingRecord(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  year: number,
): Promise<CoachingRecord> {
  const staff = await staffOr404(db, ctx, employeeId);
  const relation = await relationOf(db, ctx, employeeId);
  if (!canReadRecord(ctx.actor, relation)) throw notFound('Pegawai');
  const agencyId = ctx.actor.agencyId;
  const [sessions, evaluations] = await Promise.all([
    repository.listSessionsOf(db, agencyId, [employeeId], year, ctx.actor.agencyTimezone),
    repository.listEvaluationsOf(db, agencyId, [employeeId], year),
  ]);
  return {
    year,
    employee: staffRef(staff),
    sessions: sessions.map((v) => presentSession(ctx, v)),
    competencyEvaluations: evaluations.map(presentEvaluation),
    abilities: isRaterOf(ctx.actor, relation) ? ['schedule', 'evaluateCompetency'] : [],
  };
}

// ---------- sessions ----------

export interface ScheduleInput {
  employeeId: string;
  kind: CoachingKind;
  scheduledAt: string;
  topic: string;
  periodId: string | null;
}

/** The rater schedules a dialog or bimbingan kinerja with a person they rate; the employee is notified. */
export async function schedule(
  db: Database,
  ctx: RequestContext,
  input: ScheduleInput,
): Promise<CoachingSession> {
  const agencyId = ctx.actor.agencyId;
  await staffOr404(db, ctx, input.employeeId);
  const relation = await relationOf(db, ctx, input.employeeId);
  // Only the rater today (leaders for the head of region's reportees); anyone else is told nothing.
  if (!isRaterOf(ctx.actor, relation)) throw notFound('Bawahan');
  const raterId = relation.raterId as string | null;
  if (input.periodId && !(await repository.findPeriod(db, agencyId, input.periodId))) {
    throw new AppError('VALIDATION_FAILED', 'Periode tidak dikenal', { periodId: input.periodId });
  }
  const name = await coachName(db, ctx, raterId);
  const now = ctx.clock.now();
  const scheduledAt = new Date(input.scheduledAt);
  const id = newId();
  await db.transaction(async (tx) => {
    await repository.insertSession(tx, {
      agencyId,
      id,
      employeeId: input.employeeId,
      coachEmployeeId: raterId,
      coachName: name,
      kind: input.kind,
      status: 'SCHEDULED',
      scheduledAt,
      periodId: input.periodId,
      topic: input.topic,
      createdByUserId: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'coaching.schedule',
        entityType: 'coaching_session',
        entityId: id,
        after: {
          employeeId: input.employeeId,
          coachEmployeeId: raterId,
          kind: input.kind,
          scheduledAt: scheduledAt.toISOString(),
          periodId: input.periodId,
          topic: input.topic,
        },
      },
    ]);
    const when = new Intl.DateTimeFormat('id-ID', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: ctx.actor.agencyTimezone,
    }).format(scheduledAt);
    await notifyEmployees(
      tx,
      agencyId,
      [input.employeeId],
      {
        kind: 'coaching.scheduled',
        title: `${COACHING_KIND_LABELS[input.kind]} dijadwalkan`,
        body: `${name} menjadwalkan ${COACHING_KIND_LABELS[input.kind].toLowerCase()} pada ${when}: ${input.topic}`,
        link: COACHING_LINK,
      },
      now,
    );
  });
  return reload(db, ctx, id);
}

export interface RecordInput {
  notes: string;
  agreedActions: string;
  followUpDate: string | null;
  heldAt?: string | undefined;
}

/** The coach records a scheduled session (notes, agreed actions, follow-up date): it is then DONE. */
export async function recordSession(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: RecordInput,
): Promise<CoachingSession> {
  const view = await visibleSession(db, ctx, id);
  if (!isCoachOf(ctx.actor, view.session)) {
    throw new AppError('FORBIDDEN', 'Hanya pejabat penilai yang mencatat hasil sesi');
  }
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  const heldAt = input.heldAt ? new Date(input.heldAt) : now;
  if (heldAt.getTime() > now.getTime()) {
    throw new AppError('VALIDATION_FAILED', 'Waktu pelaksanaan tidak boleh di masa depan');
  }
  const heldOn = dateInZone(heldAt, ctx.actor.agencyTimezone);
  if (input.followUpDate !== null && input.followUpDate < heldOn) {
    throw new AppError('VALIDATION_FAILED', 'Tanggal tindak lanjut tidak boleh sebelum sesi');
  }
  await db.transaction(async (tx) => {
    const locked = await repository.lockSession(tx, agencyId, id);
    if (locked?.status !== 'SCHEDULED') {
      throw new AppError('COACHING_ILLEGAL_ACTION', 'Hanya sesi terjadwal yang dapat dicatat', {
        status: locked?.status,
      });
    }
    await repository.updateSession(tx, agencyId, id, {
      status: 'DONE',
      notes: input.notes,
      agreedActions: input.agreedActions,
      followUpDate: input.followUpDate,
      heldAt,
      updatedAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'coaching.record',
        entityType: 'coaching_session',
        entityId: id,
        before: { status: 'SCHEDULED' },
        after: {
          status: 'DONE',
          heldAt: heldAt.toISOString(),
          notes: input.notes,
          agreedActions: input.agreedActions,
          followUpDate: input.followUpDate,
        },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [view.session.employeeId],
      {
        kind: 'coaching.recorded',
        title: `Hasil ${COACHING_KIND_LABELS[view.session.kind as CoachingKind].toLowerCase()} dicatat`,
        body: `${view.session.coachName} mencatat hasil sesi "${view.session.topic}". Beri penilaian Anda atas sesi ini.`,
        link: COACHING_LINK,
      },
      now,
    );
  });
  return reload(db, ctx, id);
}

/** The coach cancels a scheduled session; the employee is told. */
export async function cancelSession(
  db: Database,
  ctx: RequestContext,
  id: string,
  reason: string | undefined,
): Promise<CoachingSession> {
  const view = await visibleSession(db, ctx, id);
  if (!isCoachOf(ctx.actor, view.session)) {
    throw new AppError('FORBIDDEN', 'Hanya pejabat penilai yang membatalkan sesi');
  }
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const locked = await repository.lockSession(tx, agencyId, id);
    if (locked?.status !== 'SCHEDULED') {
      throw new AppError('COACHING_ILLEGAL_ACTION', 'Hanya sesi terjadwal yang dapat dibatalkan', {
        status: locked?.status,
      });
    }
    await repository.updateSession(tx, agencyId, id, { status: 'CANCELLED', updatedAt: now });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'coaching.cancel',
        entityType: 'coaching_session',
        entityId: id,
        before: { status: 'SCHEDULED' },
        after: { status: 'CANCELLED', reason: reason ?? null },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [view.session.employeeId],
      {
        kind: 'coaching.cancelled',
        title: `${COACHING_KIND_LABELS[view.session.kind as CoachingKind]} dibatalkan`,
        body: `Sesi "${view.session.topic}" dibatalkan oleh ${view.session.coachName}.${reason ? ` ${reason}` : ''}`,
        link: COACHING_LINK,
      },
      now,
    );
  });
  return reload(db, ctx, id);
}

/** The employee rates a held session once, on all nine statements (1..5), with an optional comment. */
export async function rateSession(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { scores: Record<string, number>; comment: string | null },
): Promise<CoachingSession> {
  const view = await visibleSession(db, ctx, id);
  if (ctx.actor.employeeId !== view.session.employeeId) {
    throw new AppError('FORBIDDEN', 'Hanya pegawai yang dibimbing yang menilai sesi');
  }
  if (view.rating) throw new AppError('COACHING_ALREADY_RATED', 'Sesi ini sudah Anda nilai');
  if (view.session.status !== 'DONE') {
    throw new AppError('COACHING_ILLEGAL_ACTION', 'Hanya sesi yang sudah dilaksanakan yang dapat dinilai');
  }
  const problems = scoreProblems(input.scores, COACHING_STATEMENT_CODES, true);
  if (problems.length > 0) throw invalidScores(problems);
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const written = await repository.insertRating(tx, {
      agencyId,
      sessionId: id,
      scores: input.scores,
      comment: input.comment || null,
      createdAt: now,
    });
    if (!written) throw new AppError('COACHING_ALREADY_RATED', 'Sesi ini sudah Anda nilai');
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'coaching.rate',
        entityType: 'coaching_session',
        entityId: id,
        after: { scores: input.scores, comment: input.comment || null },
      },
    ]);
    if (view.session.coachEmployeeId) {
      await notifyEmployees(
        tx,
        agencyId,
        [view.session.coachEmployeeId],
        {
          kind: 'coaching.rated',
          title: 'Sesi Anda dinilai',
          body: `${fullName(view.name, view.frontTitle, view.backTitle)} memberi penilaian atas sesi "${view.session.topic}".`,
          link: COACHING_LINK,
        },
        now,
      );
    }
  });
  return reload(db, ctx, id);
}

// ---------- competency evaluation ----------

/** The rater evaluates the employee's competencies (1..5 per competency, at least one). */
export async function evaluateCompetency(
  db: Database,
  ctx: RequestContext,
  employeeId: string,
  input: { scores: Record<string, number>; note: string | null; evaluatedOn?: string | undefined },
): Promise<CompetencyEvaluation> {
  await staffOr404(db, ctx, employeeId);
  const relation = await relationOf(db, ctx, employeeId);
  if (!isRaterOf(ctx.actor, relation)) throw notFound('Bawahan');
  const problems = scoreProblems(input.scores, COMPETENCY_CODES, false);
  if (problems.length > 0) throw invalidScores(problems);
  const today = todayOf(ctx);
  const evaluatedOn = input.evaluatedOn ?? today;
  if (evaluatedOn > today)
    throw new AppError('VALIDATION_FAILED', 'Tanggal penilaian tidak boleh di masa depan');
  const raterId = relation.raterId as string | null;
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  const row = {
    agencyId,
    id: newId(),
    employeeId,
    raterEmployeeId: raterId,
    raterName: await coachName(db, ctx, raterId),
    evaluatedOn,
    scores: input.scores,
    note: input.note || null,
    createdAt: now,
  };
  await db.transaction(async (tx) => {
    await repository.insertEvaluation(tx, row);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'coaching.competency.evaluate',
        entityType: 'competency_evaluation',
        entityId: row.id,
        after: { employeeId, evaluatedOn, scores: input.scores, note: row.note },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [employeeId],
      {
        kind: 'coaching.competency',
        title: 'Penilaian kompetensi baru',
        body: `${row.raterName} mencatat penilaian kompetensi Anda (${evaluatedOn}).`,
        link: COACHING_LINK,
      },
      now,
    );
  });
  return presentEvaluation(row);
}

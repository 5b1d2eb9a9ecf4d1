import { createHash } from 'node:crypto';
import type {
  CreateFeedbackBody,
  Evidence,
  Feedback,
  Period,
  RealisationReport,
  ReportStatus,
  SaveRealisationBody,
  SkpDetail,
} from '@sigap/contracts';
import { LIMITS } from '@sigap/contracts';
import {
  type BerakhlakCode,
  indicatorAchievement,
  isLateSubmission,
  isPastDeadline,
  meanAchievement,
  type TargetDirection,
} from '@sigap/rules';
import { and, asc, eq, sql } from 'drizzle-orm';
import { type Database, queryRows, sqlArray } from '../../db/client.ts';
import { evidence, feedback, realisationReports, realisationValues } from '../../db/schema/index.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { type FileStorage, sniffFileType } from '../../lib/storage.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { currentLine, findEmployee } from '../employees/employees.repository.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { getSkp } from '../skp/skp.service.ts';
import { choosePeriod, reportPeriods } from './realisation.periods.ts';

/**
 * Periodic realisasi (rules §4): for an approved SKP and one of the year's report periods, the owner
 * writes the rencana aksi per RHK and the realisasi per IKI with bukti dukung, and submits; after the
 * period's batas pengisian the submission is accepted and marked late. The rater (the employee's rater
 * today, or the approver of the SKP; the leader role for the head of region) gives umpan balik per IKI and
 * per BerAKHLAK value, and may reopen a submitted report; the owner replies.
 */

type ReportRow = typeof realisationReports.$inferSelect;

export interface Access {
  skp: SkpDetail;
  isOwner: boolean;
  isRater: boolean;
}

/** The SKP (404 unless the actor may read it) and how the actor stands to it. */
export async function accessSkp(db: Database, ctx: RequestContext, skpId: string): Promise<Access> {
  const skp = await getSkp(db, ctx, skpId);
  const actor = ctx.actor;
  const isOwner = actor.employeeId !== null && actor.employeeId === skp.employeeId;
  let isRater = false;
  if (!isOwner) {
    const line = await currentLine(db, actor.agencyId, skp.employeeId, todayOf(ctx));
    const raters = [line?.rater_employee_id, skp.rater.employeeId];
    isRater =
      (actor.employeeId !== null && raters.includes(actor.employeeId)) ||
      (actor.roles.has('leader') &&
        ((line && line.rater_employee_id === null) || skp.rater.kind === 'HEAD_OF_REGION'));
  }
  return { skp, isOwner, isRater };
}

async function findReport(db: Database, agencyId: string, skpId: string, periodId: string) {
  const [row] = await db
    .select()
    .from(realisationReports)
    .where(
      and(
        eq(realisationReports.agencyId, agencyId),
        eq(realisationReports.skpId, skpId),
        eq(realisationReports.periodId, periodId),
      ),
    );
  return row ?? null;
}

const statusOf = (row: ReportRow | null): ReportStatus =>
  row ? (row.status as ReportStatus) : 'NOT_STARTED';

const indicatorsOf = (skp: SkpDetail) => skp.rhks.flatMap((r) => r.indicators);

export const evidencePath = (id: string) => `/api/evidence/${id}`;

export function presentEvidence(row: typeof evidence.$inferSelect): Evidence {
  return {
    id: row.id,
    kind: row.kind as 'FILE' | 'LINK',
    url: row.kind === 'LINK' ? (row.url as string) : evidencePath(row.id),
    name: row.fileName ?? row.url ?? '',
    contentType: row.contentType,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
  };
}

const presentFeedback = (row: typeof feedback.$inferSelect): Feedback => ({
  id: row.id,
  indicatorId: row.indicatorId,
  behaviourCode: row.behaviourCode as BerakhlakCode | null,
  parentId: row.parentId,
  authorName: row.authorName,
  authorRole: row.authorRole as 'RATER' | 'EMPLOYEE',
  body: row.body,
  createdAt: row.createdAt.toISOString(),
});

async function loadPeriod(db: Database, ctx: RequestContext, skp: SkpDetail, periodId?: string) {
  const periods = await reportPeriods(db, ctx.actor.agencyId, skp.year);
  return { periods, period: choosePeriod(periods, todayOf(ctx), periodId) };
}

/** The report of a period as the page shows it. */
async function present(
  db: Database,
  ctx: RequestContext,
  access: Access,
  periods: Period[],
  period: Period,
): Promise<RealisationReport> {
  const agencyId = ctx.actor.agencyId;
  const { skp } = access;
  const [row, all, notes] = await Promise.all([
    findReport(db, agencyId, skp.id, period.id),
    db
      .select({
        periodId: realisationReports.periodId,
        status: realisationReports.status,
        late: realisationReports.late,
      })
      .from(realisationReports)
      .where(and(eq(realisationReports.agencyId, agencyId), eq(realisationReports.skpId, skp.id))),
    db
      .select()
      .from(feedback)
      .where(
        and(eq(feedback.agencyId, agencyId), eq(feedback.skpId, skp.id), eq(feedback.periodId, period.id)),
      )
      .orderBy(asc(feedback.createdAt), asc(feedback.id)),
  ]);
  const [values, files] = row
    ? await Promise.all([
        db
          .select()
          .from(realisationValues)
          .where(and(eq(realisationValues.agencyId, agencyId), eq(realisationValues.reportId, row.id))),
        db
          .select()
          .from(evidence)
          .where(and(eq(evidence.agencyId, agencyId), eq(evidence.reportId, row.id)))
          .orderBy(asc(evidence.createdAt), asc(evidence.id)),
      ])
    : [[], []];
  const valueByIndicator = new Map(values.map((v) => [v.indicatorId, v]));
  const stateOf = new Map(all.map((r) => [r.periodId, r]));
  const status = statusOf(row);
  const editable = skp.status === 'APPROVED' && status !== 'SUBMITTED';
  const abilities: string[] = [];
  if (access.isOwner && editable) abilities.push('edit', 'submit');
  if (access.isRater) abilities.push('feedback', 'reply');
  if (access.isRater && status === 'SUBMITTED') abilities.push('reopen');
  if (access.isOwner) abilities.push('reply');
  return {
    skp: {
      id: skp.id,
      year: skp.year,
      status: skp.status,
      employee: skp.employee,
      rater: skp.rater,
      employeeId: skp.employeeId,
    },
    period,
    periods: periods.map((p) => {
      const state = stateOf.get(p.id);
      return {
        ...p,
        status: (state?.status as ReportStatus | undefined) ?? 'NOT_STARTED',
        late: state?.late ?? false,
      };
    }),
    reportId: row?.id ?? null,
    status,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    late: row?.late ?? false,
    deadlinePassed: isPastDeadline(ctx.clock.now(), period.fillDeadline, ctx.actor.agencyTimezone),
    achievement: row?.achievement ?? null,
    rhks: skp.rhks.map((r) => ({
      id: r.id,
      category: r.category,
      text: r.text,
      rencanaAksi: row?.rencanaAksi[r.id] ?? '',
      indicators: r.indicators.map((i) => {
        const v = valueByIndicator.get(i.id);
        return {
          ...i,
          value: v?.value ?? null,
          valueText: v?.text ?? null,
          achievement: indicatorAchievement({
            direction: i.direction,
            target: i.targetValue,
            realisation: v?.value ?? null,
          }),
          evidence: files.filter((f) => f.indicatorId === i.id).map(presentEvidence),
        };
      }),
    })),
    feedback: notes.map(presentFeedback),
    abilities: [...new Set(abilities)],
  };
}

export async function getReport(db: Database, ctx: RequestContext, skpId: string, periodId?: string) {
  const access = await accessSkp(db, ctx, skpId);
  const { periods, period } = await loadPeriod(db, ctx, access.skp, periodId);
  return present(db, ctx, access, periods, period);
}

/** The owner's draft of the period, created on first write; refuses a submitted one or an unapproved SKP. */
async function ownDraft(tx: Database, ctx: RequestContext, access: Access, period: Period) {
  if (!access.isOwner) throw notFound('Realisasi');
  const { skp } = access;
  if (skp.status !== 'APPROVED') throw new AppError('REALISATION_SKP_NOT_APPROVED');
  const agencyId = ctx.actor.agencyId;
  const existing = await findReport(tx, agencyId, skp.id, period.id);
  if (existing) {
    if (existing.status === 'SUBMITTED') throw new AppError('REALISATION_LOCKED');
    // Serialise concurrent writes of the same report.
    await queryRows(
      tx,
      sql`select id from realisation_reports where agency_id = ${agencyId} and id = ${existing.id} for update`,
    );
    return existing;
  }
  const employee = await findEmployee(tx, agencyId, skp.employeeId);
  if (!employee) throw notFound('Pegawai');
  const now = ctx.clock.now();
  const row: typeof realisationReports.$inferInsert = {
    agencyId,
    id: newId(),
    skpId: skp.id,
    periodId: period.id,
    employeeId: skp.employeeId,
    unitId: employee.unitId,
    status: 'DRAFT',
    createdAt: now,
    updatedAt: now,
  };
  const [inserted] = await tx.insert(realisationReports).values(row).onConflictDoNothing().returning();
  if (inserted) return inserted;
  // Someone else created it at the same moment: use theirs.
  const again = await findReport(tx, agencyId, skp.id, period.id);
  if (!again) throw new AppError('CONFLICT');
  if (again.status === 'SUBMITTED') throw new AppError('REALISATION_LOCKED');
  return again;
}

export async function saveReport(
  db: Database,
  ctx: RequestContext,
  skpId: string,
  periodId: string,
  body: SaveRealisationBody,
) {
  const access = await accessSkp(db, ctx, skpId);
  const { periods, period } = await loadPeriod(db, ctx, access.skp, periodId);
  const agencyId = ctx.actor.agencyId;
  const indicators = new Map(indicatorsOf(access.skp).map((i) => [i.id, i]));
  const rhkIds = new Set(access.skp.rhks.map((r) => r.id));
  const unknownIndicator = body.values.find((v) => !indicators.has(v.indicatorId));
  const unknownRhk = Object.keys(body.rencanaAksi).find((id) => !rhkIds.has(id));
  if (unknownIndicator || unknownRhk) {
    throw new AppError('BAD_REQUEST', 'Indikator atau RHK tidak termasuk SKP ini', {
      indicatorId: unknownIndicator?.indicatorId,
      rhkId: unknownRhk,
    });
  }
  if (new Set(body.values.map((v) => v.indicatorId)).size !== body.values.length) {
    throw new AppError('BAD_REQUEST', 'Satu indikator diisi lebih dari sekali');
  }
  await db.transaction(async (tx) => {
    const report = await ownDraft(tx, ctx, access, period);
    const rows = body.values
      .filter((v) => v.value !== null || (v.text ?? '') !== '')
      .map((v) => {
        const i = indicators.get(v.indicatorId) as { targetValue: number | null; direction: TargetDirection };
        return {
          agencyId,
          reportId: report.id,
          indicatorId: v.indicatorId,
          value: v.value,
          text: v.text || null,
          achievement: indicatorAchievement({
            direction: i.direction,
            target: i.targetValue,
            realisation: v.value,
          }).percent,
        };
      });
    const rencanaAksi = Object.fromEntries(
      Object.entries(body.rencanaAksi).filter(([, text]) => text !== ''),
    );
    const achievement = meanAchievement(rows.map((r) => ({ percent: r.achievement, level: null })));
    await tx
      .delete(realisationValues)
      .where(and(eq(realisationValues.agencyId, agencyId), eq(realisationValues.reportId, report.id)));
    if (rows.length > 0) await tx.insert(realisationValues).values(rows);
    await tx
      .update(realisationReports)
      .set({ rencanaAksi, achievement, updatedAt: ctx.clock.now() })
      .where(and(eq(realisationReports.agencyId, agencyId), eq(realisationReports.id, report.id)));
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'realisation.save',
        entityType: 'realisation_report',
        entityId: report.id,
        before: { rencanaAksi: report.rencanaAksi, achievement: report.achievement },
        after: {
          skpId: access.skp.id,
          periodId: period.id,
          rencanaAksi,
          values: rows.map((r) => ({ indicatorId: r.indicatorId, value: r.value, text: r.text })),
          achievement,
        },
      },
    ]);
  });
  return present(db, ctx, access, periods, period);
}

export async function submitReport(db: Database, ctx: RequestContext, skpId: string, periodId: string) {
  const access = await accessSkp(db, ctx, skpId);
  const { periods, period } = await loadPeriod(db, ctx, access.skp, periodId);
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const report = await ownDraft(tx, ctx, access, period);
    const [filled] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from realisation_values where agency_id = ${agencyId} and report_id = ${report.id}`,
    );
    if ((filled?.n ?? 0) === 0) {
      throw new AppError('BAD_REQUEST', 'Isi realisasi paling sedikit satu indikator sebelum mengajukan');
    }
    const now = ctx.clock.now();
    const late = isLateSubmission(now, period.fillDeadline, ctx.actor.agencyTimezone);
    await tx
      .update(realisationReports)
      .set({ status: 'SUBMITTED', submittedAt: now, late, updatedAt: now })
      .where(and(eq(realisationReports.agencyId, agencyId), eq(realisationReports.id, report.id)));
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'realisation.submit',
        entityType: 'realisation_report',
        entityId: report.id,
        before: { status: 'DRAFT' },
        after: { status: 'SUBMITTED', late, periodId: period.id, skpId: access.skp.id },
      },
    ]);
    const rater = access.skp.rater.employeeId;
    if (rater) {
      await notifyEmployees(
        tx,
        agencyId,
        [rater],
        {
          kind: 'realisation.submitted',
          title: `Realisasi ${period.name} diajukan`,
          body: `${access.skp.employee.name} mengajukan realisasi ${period.name}${late ? ' (terlambat)' : ''}.`,
          link: `/skp/${access.skp.id}/realisasi?periode=${period.id}`,
        },
        now,
      );
    }
  });
  return present(db, ctx, access, periods, period);
}

/** The rater returns a submitted report to draft, with a note that becomes feedback in the thread. */
export async function reopenReport(
  db: Database,
  ctx: RequestContext,
  skpId: string,
  periodId: string,
  note: string,
) {
  const access = await accessSkp(db, ctx, skpId);
  if (!access.isRater) throw notFound('Realisasi');
  const { periods, period } = await loadPeriod(db, ctx, access.skp, periodId);
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const report = await findReport(tx, agencyId, access.skp.id, period.id);
    if (report?.status !== 'SUBMITTED') {
      throw new AppError('REALISATION_LOCKED', 'Hanya realisasi yang sudah diajukan yang dapat dikembalikan');
    }
    const now = ctx.clock.now();
    await tx
      .update(realisationReports)
      .set({ status: 'DRAFT', submittedAt: null, late: false, updatedAt: now })
      .where(and(eq(realisationReports.agencyId, agencyId), eq(realisationReports.id, report.id)));
    const noteId = newId();
    await tx.insert(feedback).values({
      agencyId,
      id: noteId,
      skpId: access.skp.id,
      periodId: period.id,
      authorUserId: ctx.actor.userId,
      authorName: ctx.actor.displayName,
      authorRole: 'RATER',
      body: `Dikembalikan untuk diperbaiki: ${note}`,
      createdAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'realisation.reopen',
        entityType: 'realisation_report',
        entityId: report.id,
        before: { status: 'SUBMITTED', late: report.late },
        after: { status: 'DRAFT', note, feedbackId: noteId },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [access.skp.employeeId],
      {
        kind: 'realisation.reopened',
        title: `Realisasi ${period.name} dikembalikan`,
        body: note,
        link: `/skp/${access.skp.id}/realisasi?periode=${period.id}`,
      },
      now,
    );
  });
  return present(db, ctx, access, periods, period);
}

// ---------- bukti dukung ----------

const safeName = (name: string, extension: string) => {
  const base =
    name
      .replace(/[^\p{L}\p{N} ._-]/gu, '_')
      .replace(/\.[^.]*$/, '')
      .slice(0, 150) || 'bukti';
  return `${base}.${extension}`;
};

async function assertRoom(tx: Database, agencyId: string, reportId: string, indicatorId: string) {
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from evidence
        where agency_id = ${agencyId} and report_id = ${reportId} and indicator_id = ${indicatorId}`,
  );
  if ((count?.n ?? 0) >= LIMITS.evidencePerItem) {
    throw new AppError('EVIDENCE_FULL', `Paling banyak ${LIMITS.evidencePerItem} bukti dukung per indikator`);
  }
}

function assertIndicator(access: Access, indicatorId: string) {
  if (!indicatorsOf(access.skp).some((i) => i.id === indicatorId)) {
    throw new AppError('BAD_REQUEST', 'Indikator tidak termasuk SKP ini');
  }
}

/**
 * Stores an uploaded file as bukti dukung: the type comes from the bytes, the file is written first
 * (atomically) and recorded second, and removed again if recording fails — a failed upload leaves nothing.
 */
export async function uploadEvidence(
  db: Database,
  storage: FileStorage,
  ctx: RequestContext,
  input: { skpId: string; periodId: string; indicatorId: string; fileName: string; bytes: Buffer },
): Promise<Evidence> {
  const access = await accessSkp(db, ctx, input.skpId);
  if (!access.isOwner) throw notFound('Realisasi');
  const { period } = await loadPeriod(db, ctx, access.skp, input.periodId);
  assertIndicator(access, input.indicatorId);
  if (input.bytes.length === 0) throw new AppError('BAD_REQUEST', 'Berkas kosong');
  const type = sniffFileType(input.bytes);
  if (!type) {
    throw new AppError(
      'FILE_TYPE_REFUSED',
      'Hanya PDF, gambar (JPG, PNG, WEBP) dan dokumen Office yang dapat diunggah sebagai bukti dukung',
    );
  }
  const agencyId = ctx.actor.agencyId;
  const id = newId();
  const key = `${agencyId}/evidence/${id}`;
  await storage.put(key, input.bytes);
  try {
    const row = await db.transaction(async (tx) => {
      const report = await ownDraft(tx, ctx, access, period);
      await assertRoom(tx, agencyId, report.id, input.indicatorId);
      const values: typeof evidence.$inferInsert = {
        agencyId,
        id,
        reportId: report.id,
        indicatorId: input.indicatorId,
        kind: 'FILE',
        fileName: safeName(input.fileName, type.extension),
        contentType: type.mime,
        size: input.bytes.length,
        sha256: createHash('sha256').update(input.bytes).digest('hex'),
        storageKey: key,
        uploadedByUserId: ctx.actor.userId,
        createdAt: ctx.clock.now(),
      };
      const [inserted] = await tx.insert(evidence).values(values).returning();
      await recordAudit(tx, authorOf(ctx), [
        {
          action: 'evidence.upload',
          entityType: 'realisation_report',
          entityId: report.id,
          after: {
            evidenceId: id,
            indicatorId: input.indicatorId,
            fileName: values.fileName,
            contentType: values.contentType,
            size: values.size,
            sha256: values.sha256,
          },
        },
      ]);
      return inserted as typeof evidence.$inferSelect;
    });
    return presentEvidence(row);
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export async function addEvidenceLink(
  db: Database,
  ctx: RequestContext,
  input: { skpId: string; periodId: string; indicatorId: string; url: string; title: string | null },
): Promise<Evidence> {
  const access = await accessSkp(db, ctx, input.skpId);
  if (!access.isOwner) throw notFound('Realisasi');
  const { period } = await loadPeriod(db, ctx, access.skp, input.periodId);
  assertIndicator(access, input.indicatorId);
  const agencyId = ctx.actor.agencyId;
  const row = await db.transaction(async (tx) => {
    const report = await ownDraft(tx, ctx, access, period);
    await assertRoom(tx, agencyId, report.id, input.indicatorId);
    const values: typeof evidence.$inferInsert = {
      agencyId,
      id: newId(),
      reportId: report.id,
      indicatorId: input.indicatorId,
      kind: 'LINK',
      url: input.url,
      fileName: input.title,
      uploadedByUserId: ctx.actor.userId,
      createdAt: ctx.clock.now(),
    };
    const [inserted] = await tx.insert(evidence).values(values).returning();
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'evidence.link',
        entityType: 'realisation_report',
        entityId: report.id,
        after: { evidenceId: values.id, indicatorId: input.indicatorId, url: input.url, title: input.title },
      },
    ]);
    return inserted as typeof evidence.$inferSelect;
  });
  return presentEvidence(row);
}

/** A piece of realisation evidence the actor may read (through its SKP), or 404. */
async function visibleEvidence(db: Database, ctx: RequestContext, evidenceId: string) {
  const agencyId = ctx.actor.agencyId;
  const [row] = await queryRows<{ id: string; skp_id: string; period_id: string }>(
    db,
    sql`select ev.id, r.skp_id, r.period_id from evidence ev
        join realisation_reports r on r.agency_id = ev.agency_id and r.id = ev.report_id
        where ev.agency_id = ${agencyId} and ev.id = ${evidenceId}`,
  );
  if (!row) throw notFound('Bukti dukung');
  const access = await accessSkp(db, ctx, row.skp_id).catch(() => {
    throw notFound('Bukti dukung');
  });
  const [full] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.agencyId, agencyId), eq(evidence.id, evidenceId)));
  return { access, row: full as typeof evidence.$inferSelect, periodId: row.period_id };
}

export async function downloadEvidence(db: Database, storage: FileStorage, ctx: RequestContext, id: string) {
  const { row } = await visibleEvidence(db, ctx, id);
  if (row.kind !== 'FILE' || !row.storageKey) throw notFound('Berkas');
  const bytes = await storage.get(row.storageKey);
  if (!bytes) throw notFound('Berkas');
  return {
    bytes,
    fileName: row.fileName ?? 'bukti',
    contentType: row.contentType ?? 'application/octet-stream',
  };
}

export async function deleteEvidence(db: Database, storage: FileStorage, ctx: RequestContext, id: string) {
  const { access, row } = await visibleEvidence(db, ctx, id);
  if (!access.isOwner) throw notFound('Bukti dukung');
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const [report] = await queryRows<{ status: string }>(
      tx,
      sql`select status from realisation_reports where agency_id = ${agencyId} and id = ${row.reportId} for update`,
    );
    if (report?.status !== 'DRAFT') throw new AppError('REALISATION_LOCKED');
    await tx.delete(evidence).where(and(eq(evidence.agencyId, agencyId), eq(evidence.id, id)));
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'evidence.delete',
        entityType: 'realisation_report',
        entityId: row.reportId as string,
        before: { evidenceId: id, kind: row.kind, fileName: row.fileName, url: row.url, sha256: row.sha256 },
      },
    ]);
  });
  // The record is gone first; a file left behind by a crash here is unreachable, never a dangling record.
  if (row.storageKey) await storage.delete(row.storageKey);
}

// ---------- umpan balik berkelanjutan ----------

export async function addFeedback(
  db: Database,
  ctx: RequestContext,
  skpId: string,
  body: CreateFeedbackBody,
): Promise<Feedback> {
  const access = await accessSkp(db, ctx, skpId);
  if (!access.isOwner && !access.isRater) throw notFound('SKP');
  const { period } = await loadPeriod(db, ctx, access.skp, body.periodId);
  const agencyId = ctx.actor.agencyId;
  let target = { indicatorId: body.indicatorId, behaviourCode: body.behaviourCode };
  if (body.parentId) {
    const [parent] = await db
      .select()
      .from(feedback)
      .where(and(eq(feedback.agencyId, agencyId), eq(feedback.id, body.parentId)));
    if (!parent || parent.skpId !== access.skp.id || parent.periodId !== period.id)
      throw notFound('Umpan balik');
    // A reply belongs to the thread's root and its target.
    target = {
      indicatorId: parent.indicatorId,
      behaviourCode: parent.behaviourCode as typeof body.behaviourCode,
    };
    body = { ...body, parentId: parent.parentId ?? parent.id };
  } else {
    if (!access.isRater) {
      throw new AppError('FORBIDDEN', 'Umpan balik ditulis oleh atasan; Anda dapat membalasnya');
    }
    if (target.indicatorId) assertIndicator(access, target.indicatorId);
  }
  const now = ctx.clock.now();
  const row: typeof feedback.$inferInsert = {
    agencyId,
    id: newId(),
    skpId: access.skp.id,
    periodId: period.id,
    indicatorId: target.indicatorId,
    behaviourCode: target.behaviourCode,
    parentId: body.parentId,
    authorUserId: ctx.actor.userId,
    authorName: ctx.actor.displayName,
    authorRole: access.isOwner ? 'EMPLOYEE' : 'RATER',
    body: body.body,
    createdAt: now,
  };
  const inserted = await db.transaction(async (tx) => {
    const [saved] = await tx.insert(feedback).values(row).returning();
    await recordAudit(tx, authorOf(ctx), [
      {
        action: body.parentId ? 'feedback.reply' : 'feedback.create',
        entityType: 'skp',
        entityId: access.skp.id,
        after: {
          feedbackId: row.id,
          periodId: period.id,
          indicatorId: row.indicatorId,
          behaviourCode: row.behaviourCode,
          parentId: row.parentId,
          body: row.body,
        },
      },
    ]);
    const recipient = access.isOwner ? access.skp.rater.employeeId : access.skp.employeeId;
    if (recipient) {
      await notifyEmployees(
        tx,
        agencyId,
        [recipient],
        {
          kind: access.isOwner ? 'feedback.reply' : 'feedback.new',
          title: access.isOwner
            ? `Balasan umpan balik dari ${access.skp.employee.name}`
            : `Umpan balik baru untuk ${period.name}`,
          body: row.body.slice(0, 200),
          link: `/skp/${access.skp.id}/realisasi?periode=${period.id}`,
        },
        now,
      );
    }
    return saved as typeof feedback.$inferSelect;
  });
  return presentFeedback(inserted);
}

/** Report ids and evidence counts per indicator, for the progress pages. */
export async function reportFacts(db: Database, agencyId: string, skpIds: string[], periodId: string) {
  if (skpIds.length === 0) return { reports: [], values: [], evidenceCounts: [] };
  const reports = await db
    .select()
    .from(realisationReports)
    .where(
      and(
        eq(realisationReports.agencyId, agencyId),
        eq(realisationReports.periodId, periodId),
        sql`${realisationReports.skpId} = any(${sqlArray(skpIds, 'uuid')})`,
      ),
    );
  const reportIds = reports.map((r) => r.id);
  if (reportIds.length === 0) return { reports, values: [], evidenceCounts: [] };
  const [values, evidenceCounts] = await Promise.all([
    db
      .select()
      .from(realisationValues)
      .where(
        and(
          eq(realisationValues.agencyId, agencyId),
          sql`${realisationValues.reportId} = any(${sqlArray(reportIds, 'uuid')})`,
        ),
      ),
    queryRows<{ report_id: string; indicator_id: string; n: number }>(
      db,
      sql`select report_id, indicator_id, count(*)::int as n from evidence
          where agency_id = ${agencyId} and report_id = any(${sqlArray(reportIds, 'uuid')})
          group by 1, 2`,
    ),
  ]);
  return { reports, values, evidenceCounts };
}

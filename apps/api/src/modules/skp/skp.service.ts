import type { PersonSnapshot, SkpContentBody, SkpDetail } from '@sigap/contracts';
import {
  BERAKHLAK_CODES,
  defaultDirection,
  isPastDeadline,
  LAMPIRAN_SECTIONS,
  nextStatus,
  type PositionKind,
  type RhkCategory,
  type SkpAction,
  type SkpApproach,
  type SkpStatus,
  skpFormatFor,
  validateSkpContent,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { dayBefore } from '../../lib/dates.ts';
import { newId } from '../../lib/ids.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { currentLine } from '../employees/employees.repository.ts';
import { notifyEmployees, notifyRole } from '../notifications/notifications.service.ts';
import { findYear } from '../planning/planning.repository.ts';
import {
  canDecide,
  canEdit,
  canRevise,
  type SkpAccessFacts,
  skpAbilities,
  visibleSkpsScope,
} from './skp.policy.ts';
import { headOfRegionSnapshot, loadRhks, presentSummary, snapshotOf } from './skp.presenter.ts';
import * as repository from './skp.repository.ts';

const STATUS_LABEL: Record<string, string> = {
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  RETURNED: 'Dikembalikan',
  APPROVED: 'Disetujui',
  CLOSED: 'Ditutup',
};

/** "tidak dapat diajukan": the action in Indonesian, for messages. */
const ACTION_PASSIVE: Record<SkpAction, string> = {
  submit: 'diajukan',
  approve: 'disetujui',
  return: 'dikembalikan',
  revise: 'direvisi',
  close: 'ditutup',
};

async function deadlineFacts(db: Database, ctx: RequestContext, year: number) {
  const planning = await findYear(db, ctx.actor.agencyId, year);
  return {
    planning,
    deadlinePassed: planning
      ? isPastDeadline(ctx.clock.now(), planning.skpDeadline, ctx.actor.agencyTimezone)
      : false,
  };
}

const factsOf = (row: repository.SkpRow, deadlinePassed: boolean): SkpAccessFacts => ({
  status: row.status as SkpStatus,
  current: row.current,
  employeeId: row.employeeId,
  raterEmployeeId: row.raterEmployeeId,
  deadlinePassed,
});

/** An SKP the actor may read, or 404 (someone else's SKP outside their scope does not exist for them). */
async function visibleSkp(db: Database, ctx: RequestContext, id: string) {
  const agencyId = ctx.actor.agencyId;
  const visibleId = await repository.findVisibleSkpId(
    db,
    agencyId,
    id,
    visibleSkpsScope(ctx.actor, todayOf(ctx)),
  );
  const row = visibleId ? await repository.findSkp(db, agencyId, visibleId) : null;
  if (!row) throw notFound('SKP');
  return row;
}

/** The rater in force on a date, as a snapshot, or null when the person has no reporting line. */
async function raterOn(db: Database, ctx: RequestContext, employeeId: string, date: string) {
  const agencyId = ctx.actor.agencyId;
  const line = await currentLine(db, agencyId, employeeId, date);
  if (!line) return null;
  if (line.rater_employee_id === null) {
    const agency = await getAgency(db, agencyId);
    if (!agency) throw notFound('Instansi');
    return { raterEmployeeId: null, snapshot: headOfRegionSnapshot(agency) };
  }
  const rater = await repository.findStaff(db, agencyId, line.rater_employee_id);
  if (!rater) return null;
  return { raterEmployeeId: rater.id, snapshot: snapshotOf(rater) };
}

const UNKNOWN_RATER: PersonSnapshot = {
  kind: 'EMPLOYEE',
  employeeId: null,
  nip: null,
  name: 'Belum ditetapkan',
  golongan: null,
  positionName: '-',
  unitName: '-',
};

// ---------- reading ----------

export async function getSkp(db: Database, ctx: RequestContext, id: string): Promise<SkpDetail> {
  const row = await visibleSkp(db, ctx, id);
  return detailOf(db, ctx, row);
}

async function detailOf(db: Database, ctx: RequestContext, row: repository.SkpRow): Promise<SkpDetail> {
  const agencyId = ctx.actor.agencyId;
  const [rhks, events, siblings, { deadlinePassed }] = await Promise.all([
    loadRhks(db, agencyId, row.id),
    repository.listEvents(db, agencyId, row.id),
    repository.listSkpsOf(db, agencyId, row.employeeId, row.year),
    deadlineFacts(db, ctx, row.year),
  ]);
  return {
    ...presentSummary(row, rhks.length),
    rhks,
    behaviourExpectations: row.behaviourExpectations,
    lampiran: row.lampiran,
    draftedByAdmin: row.draftedByAdmin,
    events: events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorName,
      note: e.note,
      at: e.createdAt.toISOString(),
    })),
    versions: siblings
      .filter((s) => s.positionId === row.positionId)
      .map((s) => ({ id: s.id, version: s.version, status: s.status as SkpStatus })),
    abilities: skpAbilities(ctx.actor, factsOf(row, deadlinePassed)),
  };
}

/** The signed-in employee's SKPs of a year (the open one, closed and older versions). */
export async function mySkps(db: Database, ctx: RequestContext, year: number) {
  const agencyId = ctx.actor.agencyId;
  const { planning, deadlinePassed } = await deadlineFacts(db, ctx, year);
  const rows = ctx.actor.employeeId
    ? await repository.listSkpsOf(db, agencyId, ctx.actor.employeeId, year)
    : [];
  const counts = await repository.rhkCounts(
    db,
    agencyId,
    rows.map((r) => r.id),
  );
  const hasOpen = rows.some((r) => r.current && r.status !== 'CLOSED');
  return {
    year,
    skpDeadline: planning?.skpDeadline ?? null,
    deadlinePassed,
    items: rows.reverse().map((r) => presentSummary(r, counts.get(r.id) ?? 0)),
    abilities: ctx.actor.employeeId && planning && !hasOpen ? ['create'] : [],
  };
}

// ---------- creating and editing ----------

interface NewSkpOptions {
  employeeId: string;
  year: number;
  approach: SkpApproach;
  periodStart: string;
  draftedByAdmin: boolean;
  previous?: repository.SkpRow | null;
}

/** Inserts a draft with fresh snapshots of the person and their rater today. */
async function insertDraft(tx: Database, ctx: RequestContext, options: NewSkpOptions) {
  const agencyId = ctx.actor.agencyId;
  const staff = await repository.findStaff(tx, agencyId, options.employeeId);
  if (!staff) throw notFound('Pegawai');
  const today = todayOf(ctx);
  const rater = await raterOn(tx, ctx, staff.id, today);
  const now = ctx.clock.now();
  const id = newId();
  const row: Parameters<typeof repository.insertSkp>[1] = {
    agencyId,
    id,
    employeeId: staff.id,
    year: options.year,
    version: 1,
    current: true,
    status: 'DRAFT',
    format: skpFormatFor(staff.position_kind as PositionKind),
    approach: options.approach,
    positionId: staff.position_id,
    unitId: staff.unit_id,
    periodStart: options.periodStart,
    periodEnd: `${options.year}-12-31`,
    employeeSnapshot: snapshotOf(staff),
    raterEmployeeId: rater?.raterEmployeeId ?? null,
    raterSnapshot: rater?.snapshot ?? UNKNOWN_RATER,
    behaviourExpectations: options.previous?.behaviourExpectations ?? {},
    lampiran: options.previous?.lampiran ?? {},
    draftedByAdmin: options.draftedByAdmin,
    createdAt: now,
    updatedAt: now,
  };
  await repository.insertSkp(tx, row);
  if (options.previous) await copyContent(tx, agencyId, options.previous.id, id, { keepLinks: false });
  await repository.insertEvent(tx, {
    agencyId,
    id: newId(),
    skpId: id,
    action: 'create',
    fromStatus: null,
    toStatus: 'DRAFT',
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    note: options.draftedByAdmin ? 'Disusun oleh pengelola kinerja atas nama pegawai' : null,
    createdAt: now,
  });
  return row;
}

/** A new empty draft for someone (the leader's bulk assignment from the Matriks Peran Hasil). */
export async function insertDraftFor(tx: Database, ctx: RequestContext, employeeId: string, year: number) {
  const row = await insertDraft(tx, ctx, {
    employeeId,
    year,
    approach: 'KUANTITATIF',
    periodStart: `${year}-01-01`,
    draftedByAdmin: false,
  });
  const stored = await repository.findSkp(tx, ctx.actor.agencyId, row.id);
  if (!stored) throw notFound('SKP');
  return stored;
}

/** Copies RHKs and indicators (new ids); links to the superior's RHKs only within the same year. */
async function copyContent(
  tx: Database,
  agencyId: string,
  fromSkpId: string,
  toSkpId: string,
  options: { keepLinks: boolean },
) {
  const rhks = await repository.listRhks(tx, agencyId, fromSkpId);
  const indicators = await repository.listIndicators(
    tx,
    agencyId,
    rhks.map((r) => r.id),
  );
  const idOf = new Map(rhks.map((r) => [r.id, newId()]));
  await repository.appendRhks(
    tx,
    rhks.map((r, index) => ({
      agencyId,
      id: idOf.get(r.id) as string,
      skpId: toSkpId,
      seq: index + 1,
      category: r.category,
      text: r.text,
      parentRhkId: options.keepLinks ? r.parent_rhk_id : null,
      klasifikasi: r.klasifikasi,
      penugasanDari: r.penugasan_dari,
    })),
    indicators.map((i) => ({ ...i, id: newId(), rhkId: idOf.get(i.rhkId) as string })),
  );
}

export async function createSkp(
  db: Database,
  ctx: RequestContext,
  input: {
    year: number;
    employeeId?: string | undefined;
    approach: SkpApproach;
    copyFromPreviousYear: boolean;
  },
) {
  const agencyId = ctx.actor.agencyId;
  const ownId = ctx.actor.employeeId;
  const employeeId = input.employeeId ?? ownId;
  if (!employeeId) throw new AppError('FORBIDDEN', 'Akun ini tidak terhubung dengan data pegawai');
  const onBehalf = employeeId !== ownId;
  const created = await db.transaction(async (tx) => {
    const { planning, deadlinePassed } = await deadlineFacts(tx, ctx, input.year);
    if (!planning) {
      throw new AppError(
        'PLANNING_YEAR_MISSING',
        `Pengelola kinerja belum membuka tahun kinerja ${input.year}; hubungi BKPSDM`,
      );
    }
    if (onBehalf) {
      const staff = await repository.findStaff(tx, agencyId, employeeId);
      if (!staff || !ctx.actor.roles.has('agency_admin')) throw notFound('Pegawai');
      if (!deadlinePassed) {
        throw new AppError(
          'SKP_NOT_ALLOWED_YET',
          `Pengelola kinerja dapat menyusun SKP atas nama pegawai setelah batas ${planning.skpDeadline}`,
        );
      }
    }
    if (await repository.findOpenSkp(tx, agencyId, employeeId, input.year)) {
      throw new AppError(
        'SKP_EXISTS',
        `SKP tahun ${input.year} sudah ada; buka SKP tersebut untuk mengubahnya`,
      );
    }
    let previous: repository.SkpRow | null = null;
    if (input.copyFromPreviousYear) {
      previous = await repository.findLatestOfYear(tx, agencyId, employeeId, input.year - 1);
      if (!previous)
        throw new AppError('SKP_NO_PREVIOUS', `Tidak ada SKP tahun ${input.year - 1} untuk disalin`);
    }
    const row = await insertDraft(tx, ctx, {
      employeeId,
      year: input.year,
      approach: previous ? (previous.approach as SkpApproach) : input.approach,
      periodStart: `${input.year}-01-01`,
      draftedByAdmin: onBehalf,
      previous,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'skp.create',
        entityType: 'skp',
        entityId: row.id,
        after: {
          employeeId,
          year: input.year,
          approach: row.approach,
          copiedFrom: previous?.id ?? null,
          onBehalf,
        },
      },
    ]);
    return row;
  });
  return getSkp(db, ctx, created.id);
}

/** The RHK ids a JA/JF SKP may link to: the superior's newest approved SKP of the year (null: none yet). */
async function superiorRhkIds(db: Database, ctx: RequestContext, row: repository.SkpRow) {
  const options = await cascadeOptionsOf(db, ctx, row);
  return options.status === 'AVAILABLE' ? options.rhks.map((r) => r.id) : null;
}

export async function saveContent(db: Database, ctx: RequestContext, id: string, body: SkpContentBody) {
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const row = await visibleSkp(tx, ctx, id);
    const { deadlinePassed } = await deadlineFacts(tx, ctx, row.year);
    if (!canEdit(ctx.actor, factsOf(row, deadlinePassed))) {
      throw new AppError(
        'SKP_LOCKED',
        row.status === 'APPROVED'
          ? 'SKP yang sudah disetujui terkunci; buat revisi untuk mengubahnya'
          : `SKP berstatus ${STATUS_LABEL[row.status]} tidak dapat diubah`,
      );
    }
    const rhks = body.rhks;
    const linked = rhks.map((r) => r.parentRhkId ?? null).filter((x): x is string => x !== null);
    if (linked.length > 0) {
      const allowed = row.format === 'JPT' ? [] : ((await superiorRhkIds(tx, ctx, row)) ?? []);
      const bad = linked.find((l) => !allowed.includes(l));
      if (bad) {
        throw new AppError(
          'CASCADE_INVALID_PARENT',
          row.format === 'JPT'
            ? 'SKP JPT tidak mengintervensi RHK atasan'
            : 'RHK atasan yang dipilih bukan bagian dari SKP atasan yang disetujui',
          { parentRhkId: bad },
        );
      }
    }
    // Ids the client sent are kept only when they are this SKP's own (stable rows for autosave).
    const existingRhks = await repository.listRhks(tx, agencyId, row.id);
    const existingIndicators = await repository.listIndicators(
      tx,
      agencyId,
      existingRhks.map((r) => r.id),
    );
    const ownRhkIds = new Set(existingRhks.map((r) => r.id));
    const ownIndicatorIds = new Set(existingIndicators.map((i) => i.id));
    const usedIds = new Set<string>();
    const keep = (candidate: string | undefined, own: Set<string>) => {
      const id = candidate && own.has(candidate) && !usedIds.has(candidate) ? candidate : newId();
      usedIds.add(id);
      return id;
    };
    const rhkRows: Parameters<typeof repository.replaceContent>[3] = [];
    const indicatorRows: Parameters<typeof repository.replaceContent>[4] = [];
    rhks.forEach((r, index) => {
      const rhkId = keep(r.id, ownRhkIds);
      rhkRows.push({
        agencyId,
        id: rhkId,
        skpId: row.id,
        seq: index + 1,
        category: r.category,
        text: r.text,
        parentRhkId: r.parentRhkId ?? null,
        klasifikasi: r.klasifikasi ?? null,
        penugasanDari: r.penugasanDari ?? null,
      });
      r.indicators.forEach((i, position) => {
        indicatorRows.push({
          agencyId,
          id: keep(i.id, ownIndicatorIds),
          rhkId,
          seq: position + 1,
          aspect: i.aspect,
          text: i.text,
          targetValue: i.targetValue ?? null,
          targetUnit: i.targetUnit || null,
          targetText: i.targetText || null,
          perspective: i.perspective || null,
          direction: i.direction ?? defaultDirection(i.aspect),
        });
      });
    });
    await repository.replaceContent(tx, agencyId, row.id, rhkRows, indicatorRows);
    const behaviourExpectations = Object.fromEntries(
      BERAKHLAK_CODES.map((c) => [c, body.behaviourExpectations?.[c] ?? '']).filter(([, v]) => v !== ''),
    );
    const lampiran = Object.fromEntries(
      LAMPIRAN_SECTIONS.map((c) => [c, body.lampiran?.[c] ?? '']).filter(([, v]) => v !== ''),
    );
    await repository.updateSkp(tx, agencyId, row.id, {
      approach: body.approach,
      behaviourExpectations,
      lampiran,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'skp.update',
        entityType: 'skp',
        entityId: row.id,
        before: { approach: row.approach, rhks: existingRhks.length, indicators: existingIndicators.length },
        after: {
          approach: body.approach,
          rhks: rhkRows,
          indicators: indicatorRows,
          behaviourExpectations,
          lampiran,
        },
      },
    ]);
  });
  return getSkp(db, ctx, id);
}

// ---------- cascading ----------

async function cascadeOptionsOf(db: Database, ctx: RequestContext, row: repository.SkpRow) {
  const agencyId = ctx.actor.agencyId;
  if (row.format === 'JPT') {
    return {
      required: false,
      status: 'NOT_REQUIRED' as const,
      superior: null,
      superiorSkpStatus: null,
      rhks: [],
      message:
        'SKP JPT memuat RHK dari Perjanjian Kinerja organisasi; tidak ada RHK atasan yang diintervensi.',
    };
  }
  const rater = await raterOn(db, ctx, row.employeeId, todayOf(ctx));
  if (!rater || rater.raterEmployeeId === null) {
    return {
      required: true,
      status: 'NO_SUPERIOR' as const,
      superior: rater?.snapshot ?? null,
      superiorSkpStatus: null,
      rhks: [],
      message:
        'Pejabat penilai Anda belum tercatat sebagai pegawai. Hubungi pengelola kinerja (BKPSDM) untuk memperbaiki data atasan.',
    };
  }
  const approved = await repository.findLatestApproved(db, agencyId, rater.raterEmployeeId, row.year);
  if (!approved) {
    const open = await repository.findOpenSkp(db, agencyId, rater.raterEmployeeId, row.year);
    const state = open ? `berstatus ${STATUS_LABEL[open.status]}` : 'belum dibuat';
    return {
      required: true,
      status: 'SUPERIOR_NO_APPROVED_SKP' as const,
      superior: rater.snapshot,
      superiorSkpStatus: (open?.status as SkpStatus | undefined) ?? null,
      rhks: [],
      message: `Atasan Anda, ${rater.snapshot.name}, belum memiliki SKP ${row.year} yang disetujui (SKP-nya ${state}). ${rater.snapshot.name} perlu menyusun dan mengajukan SKP-nya dan pejabat penilainya menyetujuinya; setelah itu Anda dapat memilih RHK atasan.`,
    };
  }
  const rhks = await repository.listRhks(db, agencyId, approved.id);
  return {
    required: true,
    status: 'AVAILABLE' as const,
    superior: rater.snapshot,
    superiorSkpStatus: 'APPROVED' as const,
    rhks: rhks.map((r) => ({ id: r.id, category: r.category as RhkCategory, text: r.text })),
    message: `Pilih RHK ${rater.snapshot.name} yang diintervensi oleh setiap RHK Anda.`,
  };
}

export async function cascadeOptions(db: Database, ctx: RequestContext, id: string) {
  return cascadeOptionsOf(db, ctx, await visibleSkp(db, ctx, id));
}

// ---------- workflow ----------

async function transition(
  tx: Database,
  ctx: RequestContext,
  row: repository.SkpRow,
  action: SkpAction,
  note: string | null,
  patch: Partial<repository.SkpRow> = {},
) {
  const next = nextStatus(row.status as SkpStatus, action);
  if (!next.ok) {
    throw new AppError(
      'SKP_ILLEGAL_TRANSITION',
      `SKP berstatus ${STATUS_LABEL[row.status]} tidak dapat ${ACTION_PASSIVE[action]}`,
      { status: row.status, action },
    );
  }
  const now = ctx.clock.now();
  await repository.updateSkp(tx, ctx.actor.agencyId, row.id, {
    ...patch,
    status: next.status,
    updatedAt: now,
  });
  await repository.insertEvent(tx, {
    agencyId: ctx.actor.agencyId,
    id: newId(),
    skpId: row.id,
    action,
    fromStatus: row.status,
    toStatus: next.status,
    actorUserId: ctx.actor.userId,
    actorName: ctx.actor.displayName,
    note,
    createdAt: now,
  });
  await recordAudit(tx, authorOf(ctx), [
    {
      action: `skp.${action}`,
      entityType: 'skp',
      entityId: row.id,
      before: { status: row.status },
      after: {
        status: next.status,
        note,
        ...('raterEmployeeId' in patch ? { raterEmployeeId: patch.raterEmployeeId } : {}),
      },
    },
  ]);
  return next.status;
}

const skpLink = (id: string) => `/skp/${id}`;

export async function submitSkp(db: Database, ctx: RequestContext, id: string) {
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const row = await visibleSkp(tx, ctx, id);
    const { deadlinePassed } = await deadlineFacts(tx, ctx, row.year);
    if (!canEdit(ctx.actor, factsOf(row, deadlinePassed))) {
      if (row.status === 'DRAFT' || row.status === 'RETURNED') {
        throw new AppError('FORBIDDEN', 'Hanya pemilik SKP yang dapat mengajukannya');
      }
      await transition(tx, ctx, row, 'submit', null); // throws SKP_ILLEGAL_TRANSITION
    }
    const detail = await detailOf(tx, ctx, row);
    const problems = validateSkpContent({
      format: row.format as 'JA_JF' | 'JPT',
      approach: row.approach as SkpApproach,
      rhks: detail.rhks,
      superiorRhkIds: row.format === 'JPT' ? [] : await superiorRhkIds(tx, ctx, row),
    });
    if (problems.length > 0) {
      throw new AppError(
        'SKP_INVALID',
        `SKP belum lengkap: ${problems.length} hal perlu diperbaiki`,
        problems,
      );
    }
    const rater = await raterOn(tx, ctx, row.employeeId, todayOf(ctx));
    if (!rater) {
      throw new AppError(
        'SKP_INVALID',
        'Pejabat penilai belum ditetapkan; hubungi pengelola kinerja (BKPSDM)',
        [{ path: 'rater', code: 'RATER_MISSING', message: 'Pejabat penilai belum ditetapkan' }],
      );
    }
    const staff = await repository.findStaff(tx, agencyId, row.employeeId);
    await transition(tx, ctx, row, 'submit', null, {
      raterEmployeeId: rater.raterEmployeeId,
      raterSnapshot: rater.snapshot,
      ...(staff ? { employeeSnapshot: snapshotOf(staff) } : {}),
      submittedAt: ctx.clock.now(),
    });
    const message = {
      kind: 'skp.submitted',
      title: `SKP ${row.year} diajukan`,
      body: `${row.employeeSnapshot.name} mengajukan SKP ${row.year} untuk Anda setujui.`,
      link: skpLink(row.id),
    };
    const now = ctx.clock.now();
    if (rater.raterEmployeeId) await notifyEmployees(tx, agencyId, [rater.raterEmployeeId], message, now);
    else await notifyRole(tx, agencyId, 'leader', message, now);
  });
  return getSkp(db, ctx, id);
}

async function decide(
  db: Database,
  ctx: RequestContext,
  id: string,
  action: 'approve' | 'return',
  note: string | null,
) {
  const agencyId = ctx.actor.agencyId;
  await db.transaction(async (tx) => {
    const row = await visibleSkp(tx, ctx, id);
    if (!canDecide(ctx.actor, factsOf(row, false))) {
      if (row.status !== 'SUBMITTED') await transition(tx, ctx, row, action, note); // illegal transition
      throw new AppError(
        'FORBIDDEN',
        'Hanya pejabat penilai yang dapat menyetujui atau mengembalikan SKP ini',
      );
    }
    await transition(tx, ctx, row, action, note, { decidedAt: ctx.clock.now() });
    await notifyEmployees(
      tx,
      agencyId,
      [row.employeeId],
      action === 'approve'
        ? {
            kind: 'skp.approved',
            title: `SKP ${row.year} disetujui`,
            body: `SKP ${row.year} Anda telah disetujui oleh ${ctx.actor.displayName}.`,
            link: skpLink(row.id),
          }
        : {
            kind: 'skp.returned',
            title: `SKP ${row.year} dikembalikan`,
            body: `SKP ${row.year} Anda dikembalikan oleh ${ctx.actor.displayName}: ${note}`,
            link: skpLink(row.id),
          },
      ctx.clock.now(),
    );
  });
  return getSkp(db, ctx, id);
}

export const approveSkp = (db: Database, ctx: RequestContext, id: string) =>
  decide(db, ctx, id, 'approve', null);
export const returnSkp = (db: Database, ctx: RequestContext, id: string, note: string) =>
  decide(db, ctx, id, 'return', note);

/** A revision of an approved SKP: a new draft version; the approved one stays readable (and linkable). */
export async function reviseSkp(db: Database, ctx: RequestContext, id: string) {
  const agencyId = ctx.actor.agencyId;
  const newIdValue = await db.transaction(async (tx) => {
    const row = await visibleSkp(tx, ctx, id);
    if (!canRevise(ctx.actor, factsOf(row, false))) {
      if (row.status !== 'APPROVED') await transition(tx, ctx, row, 'revise', null);
      throw new AppError('FORBIDDEN', 'Hanya pemilik SKP atau pengelola kinerja yang dapat membuat revisi');
    }
    const next = nextStatus('APPROVED', 'revise');
    if (!next.ok) throw new AppError('SKP_ILLEGAL_TRANSITION');
    const now = ctx.clock.now();
    await repository.updateSkp(tx, agencyId, row.id, { current: false, updatedAt: now });
    const id2 = newId();
    await repository.insertSkp(tx, {
      ...row,
      id: id2,
      version: row.version + 1,
      previousVersionId: row.id,
      current: true,
      status: next.status,
      submittedAt: null,
      decidedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await copyContent(tx, agencyId, row.id, id2, { keepLinks: true });
    await repository.insertEvent(tx, {
      agencyId,
      id: newId(),
      skpId: id2,
      action: 'revise',
      fromStatus: 'APPROVED',
      toStatus: next.status,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      note: `Revisi dari versi ${row.version}`,
      createdAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'skp.revise',
        entityType: 'skp',
        entityId: id2,
        before: { id: row.id, version: row.version, current: true },
        after: { id: id2, version: row.version + 1, previousVersionId: row.id },
      },
    ]);
    return id2;
  });
  return getSkp(db, ctx, newIdValue);
}

/**
 * A mid-year move to a new position (rules §2): the open SKP of the year is closed as of the day before
 * and a new draft starts for the new post. Runs inside the caller's transaction (the employee update).
 */
export async function closeForMove(tx: Database, ctx: RequestContext, employeeId: string, today: string) {
  const agencyId = ctx.actor.agencyId;
  const year = Number(today.slice(0, 4));
  const open = await repository.findOpenSkp(tx, agencyId, employeeId, year);
  if (!open) return null;
  const periodEnd = today > open.periodStart ? dayBefore(today) : open.periodStart;
  await transition(tx, ctx, open, 'close', 'Pindah jabatan: SKP ditutup', {
    closedAt: ctx.clock.now(),
    periodEnd,
  });
  const fresh = await insertDraft(tx, ctx, {
    employeeId,
    year,
    approach: open.approach as SkpApproach,
    periodStart: today,
    draftedByAdmin: false,
  });
  await notifyEmployees(
    tx,
    agencyId,
    [employeeId],
    {
      kind: 'skp.moved',
      title: `SKP ${year} untuk jabatan baru`,
      body: `Karena pindah jabatan, SKP lama ditutup dan draf SKP baru untuk ${fresh.employeeSnapshot.positionName} telah dibuat.`,
      link: skpLink(fresh.id),
    },
    ctx.clock.now(),
  );
  return fresh.id;
}

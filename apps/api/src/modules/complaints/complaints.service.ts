import { randomInt } from 'node:crypto';
import type { Complaint, ComplaintDetail } from '@sigap/contracts';
import {
  COMPLAINT_ACTION_ACTORS,
  COMPLAINT_ACTIONS,
  COMPLAINT_STAGE_OF_STATUS,
  COMPLAINT_STATUS_LABELS,
  type ComplaintAction,
  type ComplaintSlaStage,
  type ComplaintStatus,
  complaintSla,
  complaintSlaClocks,
  nextComplaintStatus,
  slaCutoffs,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { type Clock, dateInZone } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { notifyRole, notifyUsers } from '../notifications/notifications.service.ts';
import { listAttachments } from './complaint-attachments.ts';
import { canReadComplaint, complaintRole, visibleComplaintsScope } from './complaints.policy.ts';
import * as repository from './complaints.repository.ts';

/** Unambiguous characters (no 0/O, 1/I/L): tickets are read aloud and typed on phones. */
const TICKET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** 'ADU-' + 10 random characters: 31^10 ≈ 8·10^14 tickets, unguessable behind the rate limit. */
export const newTicketCode = () =>
  `ADU-${Array.from({ length: 10 }, () => TICKET_ALPHABET[randomInt(TICKET_ALPHABET.length)]).join('')}`;

/** The complaints desk opens the complaint from its address. */
const complaintLink = (id: string) => `/pengaduan-masuk?id=${id}`;

async function agencyOf(db: Database, agencyId: string) {
  const agency = await repository.findAgency(db, agencyId);
  if (!agency) throw notFound('Instansi');
  return { ...agency, holidaySet: new Set(agency.holidays) };
}

const datesOf = (row: repository.ComplaintRow) => ({
  status: row.status,
  receivedOn: row.received_on,
  verifiedOn: row.verified_on,
  dispatchedOn: row.dispatched_on,
  answeredOn: row.answered_on,
  publishedOn: row.published_on,
  resolutionDays: row.resolution_days,
});

function present(
  ctx: RequestContext,
  row: repository.ComplaintRow,
  today: string,
  holidays: ReadonlySet<string>,
): Complaint {
  const role = complaintRole(ctx.actor, row);
  return {
    id: row.id,
    ticketCode: row.ticket_code,
    source: row.source,
    laporReference: row.lapor_reference,
    category: row.category,
    serviceUnitId: row.service_unit_id,
    serviceUnitName: row.service_unit_name,
    serviceTypeId: row.service_type_id,
    serviceTypeName: row.service_type_name,
    title: row.title,
    body: row.body,
    reporterName: row.reporter_name,
    reporterContact: row.reporter_contact,
    status: row.status,
    receivedOn: row.received_on,
    verifiedOn: row.verified_on,
    dispatchedOn: row.dispatched_on,
    answeredOn: row.answered_on,
    publishedOn: row.published_on,
    answer: row.answer,
    sla: complaintSla(datesOf(row), today, holidays),
    abilities:
      role === null
        ? []
        : COMPLAINT_ACTIONS.filter(
            (a) => COMPLAINT_ACTION_ACTORS[a].includes(role) && nextComplaintStatus(row.status, a).ok,
          ),
  };
}

export async function listComplaints(
  db: Database,
  ctx: RequestContext,
  query: {
    page: number;
    pageSize: number;
    status?: ComplaintStatus | undefined;
    serviceUnitId?: string | undefined;
    overdue?: boolean | undefined;
    q?: string | undefined;
  },
) {
  const agency = await agencyOf(db, ctx.actor.agencyId);
  const today = dateInZone(ctx.clock.now(), agency.timezone);
  const { items, total } = await repository.pageComplaints(
    db,
    ctx.actor.agencyId,
    visibleComplaintsScope(ctx.actor),
    {
      status: query.status,
      serviceUnitId: query.serviceUnitId,
      overdue:
        query.overdue === undefined
          ? undefined
          : { value: query.overdue, cutoffs: slaCutoffs(today, agency.holidaySet).overdue },
      q: query.q,
    },
    (query.page - 1) * query.pageSize,
    query.pageSize,
  );
  return {
    items: items.map((row) => present(ctx, row, today, agency.holidaySet)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function visibleComplaint(db: Database, ctx: RequestContext, id: string) {
  const row = await repository.findComplaint(db, ctx.actor.agencyId, id);
  if (!row || !canReadComplaint(ctx.actor, row)) throw notFound('Pengaduan');
  return row;
}

export async function getComplaint(db: Database, ctx: RequestContext, id: string): Promise<ComplaintDetail> {
  const row = await visibleComplaint(db, ctx, id);
  const agency = await agencyOf(db, ctx.actor.agencyId);
  const today = dateInZone(ctx.clock.now(), agency.timezone);
  const events = await repository.listEvents(db, ctx.actor.agencyId, id, false);
  return {
    ...present(ctx, row, today, agency.holidaySet),
    clocks: complaintSlaClocks(datesOf(row), today, agency.holidaySet),
    attachments: await listAttachments(db, ctx.actor.agencyId, id),
    events: events.map((e) => ({
      at: e.at,
      action: e.action,
      status: e.to_status as ComplaintStatus,
      actorName: e.actor_name,
      note: e.note,
      public: e.public,
    })),
  };
}

/** The public tracking page: status, public timeline, the answer once published; no personal data. */
export async function publicStatus(db: Database, ticketCode: string) {
  const row = await repository.findByTicket(db, ticketCode.trim().toUpperCase());
  if (!row) throw notFound('Tiket pengaduan');
  const events = await repository.listEvents(db, row.agency_id, row.id, true);
  const published = row.status === 'PUBLISHED';
  return {
    ticketCode: row.ticket_code,
    category: row.category,
    title: row.title,
    serviceUnitName: row.service_unit_name,
    status: row.status,
    receivedOn: row.received_on,
    publishedOn: published ? row.published_on : null,
    answer: published ? row.answer : null,
    timeline: events.map((e) => ({ at: e.at, status: e.to_status as ComplaintStatus, note: e.note })),
  };
}

export interface PublicComplaintInput {
  clientId: string;
  serviceUnitId: string | null;
  category: 'ASPIRASI' | 'PENGADUAN' | 'PERMINTAAN_INFORMASI';
  title: string;
  body: string;
  anonymous: boolean;
  reporterName: string | null;
  reporterContact: string | null;
}

/**
 * A citizen's report from the public form. Idempotent on the client's id (the complaint's id): a retry
 * returns the same ticket with `duplicate`. An anonymous report stores no name and no contact. Audited
 * without an actor and without the reporter's personal data.
 */
export async function submitPublic(
  db: Database,
  clock: Clock,
  agencyId: string,
  input: PublicComplaintInput,
  requestId: string,
) {
  const agency = await repository.findAgency(db, agencyId);
  if (!agency) throw notFound('Instansi');
  const existing = await repository.findTicket(db, agencyId, input.clientId);
  if (existing) return { ticketCode: existing, duplicate: true };
  if (input.serviceUnitId && !(await repository.findActiveServiceUnit(db, agencyId, input.serviceUnitId))) {
    throw new AppError('VALIDATION_FAILED', 'Unit layanan tidak dikenal di instansi ini');
  }
  const now = clock.now();
  const ticketCode = newTicketCode();
  return db.transaction(async (tx) => {
    const written = await repository.insertComplaint(tx, {
      agencyId,
      id: input.clientId,
      ticketCode,
      source: 'PUBLIC',
      category: input.category,
      serviceUnitId: input.serviceUnitId,
      title: input.title,
      body: input.body,
      reporterName: input.anonymous ? null : input.reporterName || null,
      reporterContact: input.anonymous ? null : input.reporterContact || null,
      status: 'RECEIVED',
      receivedOn: dateInZone(now, agency.timezone),
      createdAt: now,
      updatedAt: now,
    });
    if (!written) {
      // A concurrent retry stored it first.
      return {
        ticketCode: (await repository.findTicket(tx, agencyId, input.clientId)) ?? '',
        duplicate: true,
      };
    }
    await repository.insertEvent(tx, {
      agencyId,
      id: newId(),
      complaintId: input.clientId,
      action: 'receive',
      toStatus: 'RECEIVED',
      actorUserId: null,
      actorName: 'Pelapor',
      note: null,
      public: true,
      createdAt: now,
    });
    await recordAudit(tx, { agencyId, actor: null, requestId, clock }, [
      {
        action: 'complaint.receive',
        entityType: 'complaint',
        entityId: input.clientId,
        after: {
          ticketCode,
          source: 'PUBLIC',
          category: input.category,
          serviceUnitId: input.serviceUnitId,
          anonymous: input.anonymous,
        },
      },
    ]);
    return { ticketCode, duplicate: false };
  });
}

export interface StaffComplaintInput {
  source: 'LAPOR' | 'STAFF';
  laporReference: string | null;
  category: 'ASPIRASI' | 'PENGADUAN' | 'PERMINTAAN_INFORMASI';
  serviceUnitId: string | null;
  title: string;
  body: string;
  receivedOn?: string | undefined;
  reporterName: string | null;
  reporterContact: string | null;
}

/** A report entered by the coordinator: from SP4N-LAPOR! (with its number) or received directly. */
export async function createComplaint(db: Database, ctx: RequestContext, input: StaffComplaintInput) {
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  const today = dateInZone(now, ctx.actor.agencyTimezone);
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today)
    throw new AppError('VALIDATION_FAILED', 'Tanggal diterima tidak boleh di masa depan');
  const id = newId();
  await db.transaction(async (tx) => {
    if (input.serviceUnitId && !(await repository.findActiveServiceUnit(tx, agencyId, input.serviceUnitId))) {
      throw new AppError('VALIDATION_FAILED', 'Unit layanan tidak dikenal');
    }
    const reference = input.source === 'LAPOR' ? input.laporReference : null;
    if (reference && (await repository.findByLaporReference(tx, agencyId, reference))) {
      throw new AppError('CONFLICT', `Laporan SP4N-LAPOR! ${reference} sudah tercatat`);
    }
    const ticketCode = newTicketCode();
    await repository.insertComplaint(tx, {
      agencyId,
      id,
      ticketCode,
      source: input.source,
      laporReference: reference,
      category: input.category,
      serviceUnitId: input.serviceUnitId,
      title: input.title,
      body: input.body,
      reporterName: input.reporterName || null,
      reporterContact: input.reporterContact || null,
      status: 'RECEIVED',
      receivedOn,
      createdAt: now,
      updatedAt: now,
    });
    await repository.insertEvent(tx, {
      agencyId,
      id: newId(),
      complaintId: id,
      action: 'receive',
      toStatus: 'RECEIVED',
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      note: null,
      public: true,
      createdAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'complaint.create',
        entityType: 'complaint',
        entityId: id,
        after: {
          ticketCode,
          source: input.source,
          laporReference: reference,
          category: input.category,
          serviceUnitId: input.serviceUnitId,
          receivedOn,
        },
      },
    ]);
  });
  return getComplaint(db, ctx, id);
}

export interface ActionInput {
  action: ComplaintAction;
  note: string | null;
  notePublic: boolean;
  serviceUnitId?: string | undefined;
  serviceTypeId?: string | undefined;
  answer?: string | undefined;
}

/**
 * One step of the complaint workflow (rules §7.2), with its timeline event(s), audit record and
 * notifications, in one transaction. The status change is always on the public timeline; the note is
 * public when asked (a rejection's reason always), otherwise it is kept as an internal event.
 */
/** "tidak dapat diverifikasi": the action in Indonesian, for messages. */
const COMPLAINT_ACTION_PASSIVE: Record<string, string> = {
  verify: 'diverifikasi',
  reject: 'ditolak',
  dispatch: 'diteruskan',
  answer: 'dijawab',
  publish: 'dipublikasikan',
};

export async function act(db: Database, ctx: RequestContext, id: string, input: ActionInput) {
  const agencyId = ctx.actor.agencyId;
  const { action } = input;
  await db.transaction(async (tx) => {
    const row = await visibleComplaint(tx, ctx, id);
    const role = complaintRole(ctx.actor, row);
    if (role === null || !COMPLAINT_ACTION_ACTORS[action].includes(role)) {
      throw new AppError('FORBIDDEN', 'Langkah ini hanya dapat dilakukan oleh koordinator pengaduan');
    }
    const next = nextComplaintStatus(row.status, action);
    if (!next.ok) {
      throw new AppError(
        'COMPLAINT_ILLEGAL_ACTION',
        `Pengaduan berstatus ${COMPLAINT_STATUS_LABELS[row.status]} tidak dapat ${COMPLAINT_ACTION_PASSIVE[action]}`,
        { status: row.status, action },
      );
    }
    const now = ctx.clock.now();
    const today = dateInZone(now, ctx.actor.agencyTimezone);
    const patch: Partial<repository.ComplaintInsert> = { status: next.status, updatedAt: now };
    let dispatchedTo: { id: string; name: string; unit_path: string } | null = null;
    switch (action) {
      case 'verify':
        patch.verifiedOn = today;
        break;
      case 'reject':
        // The rejection is the verification's outcome when it comes straight from RECEIVED.
        if (row.verified_on === null) patch.verifiedOn = today;
        break;
      case 'dispatch': {
        const unitId = input.serviceUnitId ?? row.service_unit_id;
        if (!unitId) throw new AppError('VALIDATION_FAILED', 'Pilih unit layanan tujuan');
        dispatchedTo = await repository.findActiveServiceUnit(tx, agencyId, unitId);
        if (!dispatchedTo) throw new AppError('VALIDATION_FAILED', 'Unit layanan tidak dikenal');
        let typeId: string | null = unitId === row.service_unit_id ? row.service_type_id : null;
        if (input.serviceTypeId) {
          if (!(await repository.findActiveServiceType(tx, agencyId, unitId, input.serviceTypeId))) {
            throw new AppError('VALIDATION_FAILED', 'Jenis layanan tidak dikenal pada unit ini');
          }
          typeId = input.serviceTypeId;
        }
        Object.assign(patch, { serviceUnitId: unitId, serviceTypeId: typeId, dispatchedOn: today });
        break;
      }
      case 'answer':
        if (!input.answer) throw new AppError('VALIDATION_FAILED', 'Jawaban wajib diisi');
        Object.assign(patch, { answer: input.answer, answeredOn: today });
        break;
      case 'publish':
        patch.publishedOn = today;
        break;
    }
    if (!(await repository.updateComplaint(tx, agencyId, id, row.status, patch))) {
      throw new AppError('COMPLAINT_ILLEGAL_ACTION', 'Pengaduan baru saja diubah orang lain; muat ulang', {
        status: row.status,
        action,
      });
    }
    const notePublic = input.note !== null && (input.notePublic || action === 'reject');
    const event = {
      agencyId,
      complaintId: id,
      action,
      toStatus: next.status,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
      createdAt: now,
    };
    await repository.insertEvent(tx, {
      ...event,
      id: newId(),
      note: notePublic ? input.note : null,
      public: true,
    });
    if (input.note !== null && !notePublic) {
      await repository.insertEvent(tx, {
        ...event,
        id: newId(),
        action: 'note',
        note: input.note,
        public: false,
      });
    }
    await recordAudit(tx, authorOf(ctx), [
      {
        action: `complaint.${action}`,
        entityType: 'complaint',
        entityId: id,
        before: {
          status: row.status,
          ...(action === 'dispatch'
            ? { serviceUnitId: row.service_unit_id, serviceTypeId: row.service_type_id }
            : {}),
        },
        after: {
          status: next.status,
          note: input.note,
          notePublic,
          ...(action === 'dispatch'
            ? { serviceUnitId: patch.serviceUnitId, serviceTypeId: patch.serviceTypeId }
            : {}),
          ...(action === 'answer' ? { answer: input.answer } : {}),
        },
      },
    ]);
    if (action === 'dispatch' && dispatchedTo) {
      const userIds = await repository.liaisonUserIds(tx, agencyId, dispatchedTo.unit_path);
      await notifyUsers(
        tx,
        agencyId,
        userIds.map((userId) => ({
          userId,
          kind: 'complaint.dispatched',
          title: `Pengaduan ${row.ticket_code} diteruskan`,
          body: `Pengaduan "${row.title}" diteruskan ke ${dispatchedTo.name}; tindak lanjuti dalam 5 hari kerja.`,
          link: complaintLink(id),
        })),
        now,
      );
    }
    if (action === 'answer') {
      await notifyRole(
        tx,
        agencyId,
        'agency_admin',
        {
          kind: 'complaint.answered',
          title: `Pengaduan ${row.ticket_code} dijawab`,
          body: `${row.service_unit_name ?? 'Unit layanan'} menjawab pengaduan "${row.title}"; periksa dan publikasikan.`,
          link: complaintLink(id),
        },
        now,
      );
    }
  });
  return getComplaint(db, ctx, id);
}

const STAGES: Exclude<ComplaintSlaStage, 'DONE'>[] = ['VERIFICATION', 'FOLLOW_UP', 'RESOLUTION'];

/** Overdue and due-soon open complaints per stage and per service unit (coordinators, leaders). */
export async function overdueSummary(db: Database, ctx: RequestContext) {
  const agency = await agencyOf(db, ctx.actor.agencyId);
  const today = dateInZone(ctx.clock.now(), agency.timezone);
  const { overdue, dueSoon } = slaCutoffs(today, agency.holidaySet);
  const rows = await repository.dueCounts(db, ctx.actor.agencyId, overdue, dueSoon);
  const total = { overdue: 0, dueSoon: 0 };
  const perStage = new Map(STAGES.map((stage) => [stage, { stage, overdue: 0, dueSoon: 0 }]));
  const perUnit = new Map<
    string,
    { serviceUnitId: string | null; serviceUnitName: string | null; overdue: number; dueSoon: number }
  >();
  for (const row of rows) {
    total.overdue += row.overdue;
    total.dueSoon += row.due_soon;
    const stage = perStage.get(
      COMPLAINT_STAGE_OF_STATUS[row.status as ComplaintStatus] as (typeof STAGES)[number],
    );
    if (stage) {
      stage.overdue += row.overdue;
      stage.dueSoon += row.due_soon;
    }
    if (row.overdue + row.due_soon === 0) continue;
    const key = row.service_unit_id ?? '';
    const unit = perUnit.get(key) ?? {
      serviceUnitId: row.service_unit_id,
      serviceUnitName: row.service_unit_name,
      overdue: 0,
      dueSoon: 0,
    };
    unit.overdue += row.overdue;
    unit.dueSoon += row.due_soon;
    perUnit.set(key, unit);
  }
  return {
    today,
    total,
    perStage: [...perStage.values()],
    perServiceUnit: [...perUnit.values()].sort(
      (a, b) =>
        b.overdue - a.overdue ||
        b.dueSoon - a.dueSoon ||
        (a.serviceUnitName ?? '').localeCompare(b.serviceUnitName ?? ''),
    ),
  };
}

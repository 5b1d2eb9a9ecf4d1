/**
 * Complaint handling (rules §7.2; Perpres No. 76 Tahun 2013; Permenpan-RB No. 62 Tahun 2018, SP4N-LAPOR!):
 * the status machine, who may take each step, and the SLA clock of each stage.
 *
 * The coordinator (pengelola pengaduan, the agency admin) verifies a report, rejects it or dispatches it
 * to the service unit's liaison; the unit (or the coordinator) answers; the coordinator publishes the
 * answer to the citizen.
 */
import { addCalendarDays } from './periods.ts';
import {
  addWorkingDays,
  COMPLAINT_SLA_DEFAULTS,
  SLA_DUE_SOON_WORKING_DAYS,
  type SlaStatus,
  slaState,
} from './working-days.ts';

export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'VERIFIED',
  'DISPATCHED',
  'ANSWERED',
  'PUBLISHED',
  'REJECTED',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** Indonesian labels of the complaint statuses (as on SP4N-LAPOR!). */
export const COMPLAINT_STATUS_LABELS: Readonly<Record<ComplaintStatus, string>> = {
  RECEIVED: 'Diterima',
  VERIFIED: 'Terverifikasi',
  DISPATCHED: 'Diteruskan ke unit',
  ANSWERED: 'Dijawab unit',
  PUBLISHED: 'Selesai (jawaban dipublikasikan)',
  REJECTED: 'Ditolak',
};

export const COMPLAINT_ACTIONS = ['verify', 'reject', 'dispatch', 'answer', 'publish'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** COORDINATOR: the agency's complaint coordinator; LIAISON: the admin of the service unit's org unit. */
export type ComplaintActor = 'COORDINATOR' | 'LIAISON';

export type ComplaintTransitionResult =
  | { ok: true; status: ComplaintStatus }
  | { ok: false; code: 'COMPLAINT_ILLEGAL_ACTION' };

const TRANSITIONS: Readonly<Record<ComplaintAction, Partial<Record<ComplaintStatus, ComplaintStatus>>>> = {
  verify: { RECEIVED: 'VERIFIED' },
  reject: { RECEIVED: 'REJECTED', VERIFIED: 'REJECTED' },
  dispatch: { VERIFIED: 'DISPATCHED' },
  answer: { DISPATCHED: 'ANSWERED' },
  publish: { ANSWERED: 'PUBLISHED' },
};

/** Who may take each step: the coordinator does everything but the unit's answer, which both may give. */
export const COMPLAINT_ACTION_ACTORS: Readonly<Record<ComplaintAction, readonly ComplaintActor[]>> = {
  verify: ['COORDINATOR'],
  reject: ['COORDINATOR'],
  dispatch: ['COORDINATOR'],
  answer: ['COORDINATOR', 'LIAISON'],
  publish: ['COORDINATOR'],
};

/**
 * Rules §7.2: the status a complaint moves to. RECEIVED →verify→ VERIFIED →dispatch→ DISPATCHED
 * →answer→ ANSWERED →publish→ PUBLISHED; RECEIVED or VERIFIED →reject→ REJECTED. Anything else is
 * refused with COMPLAINT_ILLEGAL_ACTION.
 */
export function nextComplaintStatus(
  status: ComplaintStatus,
  action: ComplaintAction,
): ComplaintTransitionResult {
  const next = TRANSITIONS[action]?.[status];
  return next ? { ok: true, status: next } : { ok: false, code: 'COMPLAINT_ILLEGAL_ACTION' };
}

/** Open complaints still run an SLA clock; PUBLISHED and REJECTED are closed. */
export function isComplaintOpen(status: ComplaintStatus): boolean {
  return status !== 'PUBLISHED' && status !== 'REJECTED';
}

// ---------------------------------------------------------------------------------------------------------
// SLA
// ---------------------------------------------------------------------------------------------------------

export const COMPLAINT_SLA_STAGES = ['VERIFICATION', 'FOLLOW_UP', 'RESOLUTION', 'DONE'] as const;
export type ComplaintSlaStage = (typeof COMPLAINT_SLA_STAGES)[number];

/** Resolution time in working days when the complaint has no service type (yet). */
export const COMPLAINT_RESOLUTION_DAYS_DEFAULT = 14;

/**
 * The clock that runs in each open status: verification from receipt; after verification (until the
 * coordinator dispatches) and after the unit's answer (until it is published) the resolution clock from
 * receipt; once dispatched, the unit's follow-up clock from the dispatch.
 */
export const COMPLAINT_STAGE_OF_STATUS: Readonly<Record<ComplaintStatus, ComplaintSlaStage>> = {
  RECEIVED: 'VERIFICATION',
  VERIFIED: 'RESOLUTION',
  DISPATCHED: 'FOLLOW_UP',
  ANSWERED: 'RESOLUTION',
  PUBLISHED: 'DONE',
  REJECTED: 'DONE',
};

export interface ComplaintDates {
  status: ComplaintStatus;
  receivedOn: string;
  /** The verification decision: set by verify, and by reject when rejected straight from RECEIVED. */
  verifiedOn: string | null;
  dispatchedOn: string | null;
  answeredOn: string | null;
  publishedOn: string | null;
  /** The service type's resolution time; null = COMPLAINT_RESOLUTION_DAYS_DEFAULT. */
  resolutionDays: number | null;
}

export interface ComplaintSla extends SlaStatus {
  stage: ComplaintSlaStage;
}

const resolutionDaysOf = (c: ComplaintDates) => c.resolutionDays ?? COMPLAINT_RESOLUTION_DAYS_DEFAULT;

/**
 * Rules §7.2: the SLA clock shown for a complaint on `today` (the agency's calendar date): the stage of
 * its status (COMPLAINT_STAGE_OF_STATUS) judged with `slaState`. A published complaint is DONE on the
 * resolution clock (MET when published within the service type's resolution days of receipt); a rejected
 * one is DONE on the verification clock (the rejection is the verification's outcome). Throws RangeError
 * when a date the stage needs is missing or malformed.
 */
export function complaintSla(c: ComplaintDates, today: string, holidays: ReadonlySet<string>): ComplaintSla {
  const { verificationDays, followUpDays } = COMPLAINT_SLA_DEFAULTS;
  switch (c.status) {
    case 'RECEIVED':
      return { stage: 'VERIFICATION', ...slaState(c.receivedOn, verificationDays, today, null, holidays) };
    case 'DISPATCHED':
      return {
        stage: 'FOLLOW_UP',
        ...slaState(required(c.dispatchedOn, 'dispatchedOn'), followUpDays, today, null, holidays),
      };
    case 'VERIFIED':
    case 'ANSWERED':
      return { stage: 'RESOLUTION', ...slaState(c.receivedOn, resolutionDaysOf(c), today, null, holidays) };
    case 'PUBLISHED':
      return {
        stage: 'DONE',
        ...slaState(
          c.receivedOn,
          resolutionDaysOf(c),
          today,
          required(c.publishedOn, 'publishedOn'),
          holidays,
        ),
      };
    case 'REJECTED':
      return {
        stage: 'DONE',
        ...slaState(c.receivedOn, verificationDays, today, required(c.verifiedOn, 'verifiedOn'), holidays),
      };
  }
}

/**
 * Every clock of a complaint that has started, for its detail page: verification (done on verifiedOn),
 * follow-up once dispatched (done on answeredOn), resolution unless rejected (done on publishedOn).
 */
export function complaintSlaClocks(
  c: ComplaintDates,
  today: string,
  holidays: ReadonlySet<string>,
): { stage: Exclude<ComplaintSlaStage, 'DONE'>; sla: SlaStatus }[] {
  const { verificationDays, followUpDays } = COMPLAINT_SLA_DEFAULTS;
  const clocks: { stage: Exclude<ComplaintSlaStage, 'DONE'>; sla: SlaStatus }[] = [
    { stage: 'VERIFICATION', sla: slaState(c.receivedOn, verificationDays, today, c.verifiedOn, holidays) },
  ];
  if (c.dispatchedOn) {
    clocks.push({
      stage: 'FOLLOW_UP',
      sla: slaState(c.dispatchedOn, followUpDays, today, c.answeredOn, holidays),
    });
  }
  if (c.status !== 'REJECTED') {
    clocks.push({
      stage: 'RESOLUTION',
      sla: slaState(c.receivedOn, resolutionDaysOf(c), today, c.publishedOn, holidays),
    });
  }
  return clocks;
}

function required(value: string | null, name: string): string {
  if (value === null) throw new RangeError(`${name} is required in this status`);
  return value;
}

/** Longest time limit the cut-off tables cover (service types allow 1..365 working days). */
export const COMPLAINT_MAX_SLA_DAYS = 365;

const isWorking = (date: string, holidays: ReadonlySet<string>) => {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return dow >= 1 && dow <= 5 && !holidays.has(date);
};

/**
 * For n = 1..maxDays (index n − 1): the latest start date s with `addWorkingDays(s, n) <= dueBy`, so
 * an item whose clock started on `start` with n working days is due on or before `dueBy` exactly when
 * `start <= result[n − 1]`. Lets SQL filter by SLA state with plain date comparisons. Throws RangeError
 * on a malformed date.
 */
export function latestStartsDueBy(dueBy: string, maxDays: number, holidays: ReadonlySet<string>): string[] {
  addCalendarDays(dueBy, 0); // validates
  const out: string[] = [];
  let count = 0; // working days in (start, dueBy]
  let start = dueBy;
  while (out.length < maxDays) {
    if (isWorking(start, holidays)) count += 1;
    start = addCalendarDays(start, -1);
    while (out.length < Math.min(count, maxDays)) out.push(start);
  }
  return out;
}

/**
 * The cut-off tables of `today` (see latestStartsDueBy): an open clock with n working days started on
 * `start` is OVERDUE iff `start <= overdue[n − 1]`, and DUE_SOON iff it is not overdue and
 * `start <= dueSoon[n − 1]` — the same states `slaState` gives.
 */
export function slaCutoffs(
  today: string,
  holidays: ReadonlySet<string>,
  maxDays: number = COMPLAINT_MAX_SLA_DAYS,
): { overdue: string[]; dueSoon: string[] } {
  // OVERDUE: due before today. DUE_SOON: at most SLA_DUE_SOON_WORKING_DAYS working days in (today, due],
  // i.e. due before the (SLA_DUE_SOON_WORKING_DAYS + 1)-th working day after today.
  const lastDueSoon = addCalendarDays(addWorkingDays(today, SLA_DUE_SOON_WORKING_DAYS + 1, holidays), -1);
  return {
    overdue: latestStartsDueBy(addCalendarDays(today, -1), maxDays, holidays),
    dueSoon: latestStartsDueBy(lastDueSoon, maxDays, holidays),
  };
}

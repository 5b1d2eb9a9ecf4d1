import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_ACTION_ACTORS,
  COMPLAINT_ACTIONS,
  COMPLAINT_STAGE_OF_STATUS,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_STATUSES,
  type ComplaintAction,
  type ComplaintStatus,
  complaintSla,
  complaintSlaClocks,
  isComplaintOpen,
  latestStartsDueBy,
  nextComplaintStatus,
  slaCutoffs,
} from '../src/complaints.ts';
import { addCalendarDays } from '../src/periods.ts';
import { addWorkingDays, slaState } from '../src/working-days.ts';

describe('complaint status machine (rules §7.2)', () => {
  // The full table: every (status, action) pair. null = refused.
  const TABLE: Record<ComplaintStatus, Record<ComplaintAction, ComplaintStatus | null>> = {
    RECEIVED: { verify: 'VERIFIED', reject: 'REJECTED', dispatch: null, answer: null, publish: null },
    VERIFIED: { verify: null, reject: 'REJECTED', dispatch: 'DISPATCHED', answer: null, publish: null },
    DISPATCHED: { verify: null, reject: null, dispatch: null, answer: 'ANSWERED', publish: null },
    ANSWERED: { verify: null, reject: null, dispatch: null, answer: null, publish: 'PUBLISHED' },
    PUBLISHED: { verify: null, reject: null, dispatch: null, answer: null, publish: null },
    REJECTED: { verify: null, reject: null, dispatch: null, answer: null, publish: null },
  };
  const pairs = COMPLAINT_STATUSES.flatMap((status) =>
    COMPLAINT_ACTIONS.map((action) => [status, action, TABLE[status][action]] as const),
  );

  it('covers all 30 pairs', () => {
    expect(pairs).toHaveLength(30);
  });

  it.each(pairs)('%s + %s → %s', (status, action, expected) => {
    expect(nextComplaintStatus(status, action)).toEqual(
      expected === null ? { ok: false, code: 'COMPLAINT_ILLEGAL_ACTION' } : { ok: true, status: expected },
    );
  });

  it('lets the liaison only answer; the coordinator takes every step', () => {
    expect(COMPLAINT_ACTIONS.filter((a) => COMPLAINT_ACTION_ACTORS[a].includes('LIAISON'))).toEqual([
      'answer',
    ]);
    expect(COMPLAINT_ACTIONS.every((a) => COMPLAINT_ACTION_ACTORS[a].includes('COORDINATOR'))).toBe(true);
  });

  it('closes on PUBLISHED and REJECTED, and labels statuses in Indonesian', () => {
    expect(COMPLAINT_STATUSES.filter((s) => !isComplaintOpen(s))).toEqual(['PUBLISHED', 'REJECTED']);
    expect(COMPLAINT_STATUS_LABELS.DISPATCHED).toBe('Diteruskan ke unit');
    expect(COMPLAINT_STATUSES.filter((s) => COMPLAINT_STAGE_OF_STATUS[s] === 'DONE')).toEqual([
      'PUBLISHED',
      'REJECTED',
    ]);
  });
});

describe('complaintSla (rules §7.2)', () => {
  const holidays = new Set(['2026-03-19', '2026-03-20']);
  const base = {
    receivedOn: '2026-03-16', // Monday
    verifiedOn: null,
    dispatchedOn: null,
    answeredOn: null,
    publishedOn: null,
    resolutionDays: null,
  };

  it('verifies within 3 working days of receipt, skipping weekends and holidays', () => {
    // Mon 16 → 17, 18, (19, 20 holidays; 21, 22 weekend) 23: due Monday 23 March.
    const sla = complaintSla({ ...base, status: 'RECEIVED' }, '2026-03-17', holidays);
    expect(sla).toEqual({ stage: 'VERIFICATION', dueOn: '2026-03-23', state: 'ON_TIME', workingDaysLeft: 2 });
    expect(complaintSla({ ...base, status: 'RECEIVED' }, '2026-03-18', holidays).state).toBe('DUE_SOON');
    expect(complaintSla({ ...base, status: 'RECEIVED' }, '2026-03-21', holidays).state).toBe('DUE_SOON');
    expect(complaintSla({ ...base, status: 'RECEIVED' }, '2026-03-24', holidays)).toMatchObject({
      state: 'OVERDUE',
      workingDaysLeft: -1,
    });
  });

  it('follows up within 5 working days of dispatch, resolves within the type’s days (14 by default)', () => {
    const dispatched = {
      ...base,
      status: 'DISPATCHED' as const,
      verifiedOn: '2026-03-17',
      dispatchedOn: '2026-03-17',
    };
    expect(complaintSla(dispatched, '2026-03-17', holidays)).toMatchObject({
      stage: 'FOLLOW_UP',
      dueOn: '2026-03-26',
    });
    const answered = { ...dispatched, status: 'ANSWERED' as const, answeredOn: '2026-03-18' };
    expect(complaintSla(answered, '2026-03-18', holidays)).toMatchObject({
      stage: 'RESOLUTION',
      dueOn: addWorkingDays('2026-03-16', 14, holidays),
    });
    expect(complaintSla({ ...answered, resolutionDays: 2 }, '2026-03-18', holidays)).toMatchObject({
      dueOn: '2026-03-18',
      state: 'DUE_SOON',
    });
    const published = {
      ...answered,
      status: 'PUBLISHED' as const,
      resolutionDays: 2,
      publishedOn: '2026-03-23',
    };
    expect(complaintSla(published, '2026-04-30', holidays)).toMatchObject({ stage: 'DONE', state: 'MISSED' });
    expect(complaintSla({ ...published, resolutionDays: 5 }, '2026-04-30', holidays).state).toBe('MET');
  });

  it('judges a rejection on the verification clock', () => {
    const rejected = { ...base, status: 'REJECTED' as const, verifiedOn: '2026-03-23' };
    expect(complaintSla(rejected, '2026-04-30', holidays)).toMatchObject({ stage: 'DONE', state: 'MET' });
    expect(() => complaintSla({ ...base, status: 'REJECTED' }, '2026-04-30', holidays)).toThrow(RangeError);
  });

  it('lists every clock that has started', () => {
    const dispatched = {
      ...base,
      status: 'DISPATCHED' as const,
      verifiedOn: '2026-03-24',
      dispatchedOn: '2026-03-24',
    };
    expect(complaintSlaClocks(dispatched, '2026-03-24', holidays)).toEqual([
      { stage: 'VERIFICATION', sla: { dueOn: '2026-03-23', state: 'MISSED', workingDaysLeft: -1 } },
      { stage: 'FOLLOW_UP', sla: expect.objectContaining({ dueOn: '2026-03-31', state: 'ON_TIME' }) },
      { stage: 'RESOLUTION', sla: expect.objectContaining({ state: 'ON_TIME' }) },
    ]);
    expect(
      complaintSlaClocks({ ...base, status: 'REJECTED', verifiedOn: '2026-03-17' }, '2026-03-24', holidays),
    ).toHaveLength(1);
  });
});

describe('SLA cut-offs for set-based filters', () => {
  const day = fc.integer({ min: 0, max: 900 }).map((n) => addCalendarDays('2025-06-01', n));
  const holidaySets = fc
    .array(fc.integer({ min: 0, max: 1000 }), { maxLength: 30 })
    .map((ns) => new Set(ns.map((n) => addCalendarDays('2025-05-01', n))));

  it('latestStartsDueBy[n-1] is the latest start due on or before the day', () => {
    fc.assert(
      fc.property(day, holidaySets, fc.integer({ min: 1, max: 40 }), (dueBy, holidays, n) => {
        const cut = latestStartsDueBy(dueBy, 40, holidays)[n - 1] as string;
        expect(addWorkingDays(cut, n, holidays) <= dueBy).toBe(true);
        expect(addWorkingDays(addCalendarDays(cut, 1), n, holidays) > dueBy).toBe(true);
      }),
    );
  });

  it('agree with slaState on OVERDUE and DUE_SOON', () => {
    fc.assert(
      fc.property(
        day,
        holidaySets,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (today, holidays, n, back) => {
          const start = addCalendarDays(today, -back);
          const { overdue, dueSoon } = slaCutoffs(today, holidays, 30);
          const state = slaState(start, n, today, null, holidays).state;
          const isOverdue = start <= (overdue[n - 1] as string);
          const isDueSoon = !isOverdue && start <= (dueSoon[n - 1] as string);
          expect(isOverdue).toBe(state === 'OVERDUE');
          expect(isDueSoon).toBe(state === 'DUE_SOON');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('covers 365 working days', () => {
    expect(slaCutoffs('2026-03-16', new Set()).overdue).toHaveLength(365);
  });
});

import { randomUUID } from 'node:crypto';
import type { PeerRequest, PeerRound, PeerRoundList } from '@sigap/contracts';
import { BERAKHLAK_CODES, PEER_MIN_ANSWERS, peerInputVisible, scoreProblems } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { isRaterOf } from '../coaching/coaching.policy.ts';
import { findPeriod } from '../coaching/coaching.repository.ts';
import { relationOf, teamOf } from '../coaching/coaching.service.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { findStaff } from '../skp/skp.repository.ts';
import * as repository from './peer-input.repository.ts';

const PEER_LINK = '/masukan-rekan';

/**
 * A round as its subject or rater sees it. Below PEER_MIN_ANSWERS answers nothing of the answers is read
 * at all; from there, the mean per value and the comments sorted by their text (so their order says
 * nothing about who answered when). Subject and rater see the same: counts, never who was asked or answered.
 */
async function presentRound(
  db: Database,
  agencyId: string,
  row: repository.RoundRow,
  counts: { asked: number; answered: number },
): Promise<PeerRound> {
  const visible = peerInputVisible(counts.answered);
  let averages: PeerRound['averages'] = null;
  let comments: string[] | null = null;
  if (visible) {
    const answers = await repository.answersOf(db, agencyId, row.id);
    averages = {};
    for (const code of BERAKHLAK_CODES) {
      const values = answers.map((a) => a.scores[code]).filter((v): v is number => typeof v === 'number');
      if (values.length > 0) {
        averages[code] = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
      }
    }
    comments = answers
      .map((a) => a.comment?.trim() ?? '')
      .filter((c) => c.length > 0)
      .sort((a, b) => a.localeCompare(b, 'id-ID'));
  }
  return {
    id: row.id,
    subject: {
      id: row.subject_employee_id,
      nip: row.nip,
      fullName: fullName(row.name, row.front_title, row.back_title),
      positionName: row.position_name,
      unitName: row.unit_name,
    },
    period: { id: row.period_id, name: row.period_name, year: row.period_year },
    requestedByName: row.requested_by_name,
    note: row.note,
    createdAt: row.created_at,
    asked: counts.asked,
    answered: counts.answered,
    visible,
    averages,
    comments,
  };
}

async function presentRounds(db: Database, agencyId: string, rows: repository.RoundRow[]) {
  const counts = await repository.roundCounts(
    db,
    agencyId,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map((row) => presentRound(db, agencyId, row, counts.get(row.id) ?? { asked: 0, answered: 0 })),
  );
}

/** The rounds about the people the actor rates, for periods of a year. */
export async function teamRounds(db: Database, ctx: RequestContext, year: number): Promise<PeerRoundList> {
  const agencyId = ctx.actor.agencyId;
  const staff = await teamOf(db, ctx);
  const rows = await repository.listRoundsOf(
    db,
    agencyId,
    staff.map((s) => s.id),
    year,
  );
  return { year, items: await presentRounds(db, agencyId, rows) };
}

/** The rounds about the signed-in employee. */
export async function myRounds(db: Database, ctx: RequestContext, year: number): Promise<PeerRoundList> {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) return { year, items: [] };
  const agencyId = ctx.actor.agencyId;
  const rows = await repository.listRoundsOf(db, agencyId, [employeeId], year);
  return { year, items: await presentRounds(db, agencyId, rows) };
}

/** One round, for its subject or the subject's rater today; anyone else 404. */
export async function getRound(db: Database, ctx: RequestContext, id: string): Promise<PeerRound> {
  const agencyId = ctx.actor.agencyId;
  const row = await repository.findRound(db, agencyId, id);
  if (!row) throw notFound('Permintaan masukan');
  const isSubject = ctx.actor.employeeId !== null && ctx.actor.employeeId === row.subject_employee_id;
  if (!isSubject && !isRaterOf(ctx.actor, await relationOf(db, ctx, row.subject_employee_id))) {
    throw notFound('Permintaan masukan');
  }
  const [rendered] = await presentRounds(db, agencyId, [row]);
  return rendered as PeerRound;
}

export interface CreateRoundInput {
  subjectEmployeeId: string;
  periodId: string;
  peerEmployeeIds: string[];
  note: string | null;
}

/**
 * The rater asks at least PEER_MIN_ANSWERS peers (active employees of the agency, neither the subject nor
 * the rater) for input on a person they rate, for a period; one round per person and period.
 */
export async function createRound(
  db: Database,
  ctx: RequestContext,
  input: CreateRoundInput,
): Promise<PeerRound> {
  const agencyId = ctx.actor.agencyId;
  const subject = await findStaff(db, agencyId, input.subjectEmployeeId);
  if (!subject) throw notFound('Pegawai');
  const relation = await relationOf(db, ctx, subject.id);
  if (!isRaterOf(ctx.actor, relation)) throw notFound('Bawahan');
  const period = await findPeriod(db, agencyId, input.periodId);
  if (!period) throw new AppError('VALIDATION_FAILED', 'Periode tidak dikenal', { periodId: input.periodId });
  const peers = [...new Set(input.peerEmployeeIds)];
  if (peers.length < PEER_MIN_ANSWERS) {
    throw new AppError('PEER_TOO_FEW', `Pilih paling sedikit ${PEER_MIN_ANSWERS} rekan kerja`, {
      min: PEER_MIN_ANSWERS,
    });
  }
  const excluded = new Set([subject.id, relation.raterId, ctx.actor.employeeId].filter((x) => x));
  const refused = peers.filter((id) => excluded.has(id));
  if (refused.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Pegawai yang dinilai dan pejabat penilai tidak dapat menjadi rekan',
      {
        peerEmployeeIds: refused,
      },
    );
  }
  const active = await repository.activeEmployeeIds(db, agencyId, peers);
  const unknown = peers.filter((id) => !active.has(id));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Rekan kerja harus pegawai aktif instansi ini', {
      peerEmployeeIds: unknown,
    });
  }
  const now = ctx.clock.now();
  const id = newId();
  const subjectName = fullName(subject.name, subject.front_title, subject.back_title);
  await db.transaction(async (tx) => {
    const written = await repository.insertRound(tx, {
      agencyId,
      id,
      subjectEmployeeId: subject.id,
      periodId: period.id,
      requestedByUserId: ctx.actor.userId,
      requestedByName: ctx.actor.displayName,
      note: input.note || null,
      createdAt: now,
      updatedAt: now,
    });
    if (!written) {
      throw new AppError(
        'PEER_ROUND_EXISTS',
        `Masukan rekan untuk ${subjectName} periode ${period.name} sudah diminta`,
      );
    }
    await repository.insertInvites(
      tx,
      peers.map((peerEmployeeId) => ({ agencyId, roundId: id, peerEmployeeId })),
    );
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'peer.round.create',
        entityType: 'peer_round',
        entityId: id,
        after: {
          subjectEmployeeId: subject.id,
          periodId: period.id,
          peerEmployeeIds: peers,
          note: input.note || null,
        },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      peers,
      {
        kind: 'peer.requested',
        title: 'Permintaan masukan rekan kerja',
        body: `Berikan masukan atas nilai-nilai BerAKHLAK ${subjectName} untuk ${period.name}. Jawaban Anda anonim.`,
        link: PEER_LINK,
      },
      now,
    );
  });
  return getRound(db, ctx, id);
}

/** The signed-in peer's pending requests: whom and which period, nothing else. */
export async function pendingRequests(db: Database, ctx: RequestContext): Promise<{ items: PeerRequest[] }> {
  const employeeId = ctx.actor.employeeId;
  if (!employeeId) return { items: [] };
  const rows = await repository.pendingRequestsOf(db, ctx.actor.agencyId, employeeId);
  return {
    items: rows.map((r) => ({
      roundId: r.round_id,
      subjectName: fullName(r.name, r.front_title, r.back_title),
      period: { id: r.period_id, name: r.period_name, year: r.period_year },
    })),
  };
}

/**
 * A peer answers once: a 1..5 score per BerAKHLAK value and an optional comment. In one transaction the
 * invite is marked answered (only if it was not, so a concurrent second answer fails) and an anonymous
 * answer is stored: no peer id, no time, a random (not time-ordered) UUID v4, so it cannot be matched
 * to the invite, nor ordered against the others.
 *
 * Not audited, on purpose (as anonymous survey answers, architecture decision 15). Even a record without
 * an actor, request id or content would be dated and placed in the agency's ordered chain right beside
 * the peer's own audited steps (signing in, reading the request's notification), so an auditor could tell
 * who answered from the timing. The audited round creation records whom the rater asked; the answers are
 * append-only rows that nothing changes afterwards.
 */
export async function answer(
  db: Database,
  ctx: RequestContext,
  roundId: string,
  input: { scores: Record<string, number>; comment: string | null },
): Promise<{ ok: true }> {
  const agencyId = ctx.actor.agencyId;
  const peerId = ctx.actor.employeeId;
  const invite = peerId ? await repository.findInvite(db, agencyId, roundId, peerId) : null;
  if (!peerId || !invite) throw notFound('Permintaan masukan');
  if (invite.answered) throw new AppError('PEER_ALREADY_ANSWERED', 'Anda sudah memberi masukan');
  const problems = scoreProblems(input.scores, BERAKHLAK_CODES, true);
  if (problems.length > 0) throw new AppError('SCORES_INVALID', problems.join('; '), { problems });
  await db.transaction(async (tx) => {
    if (!(await repository.markAnswered(tx, agencyId, roundId, peerId))) {
      throw new AppError('PEER_ALREADY_ANSWERED', 'Anda sudah memberi masukan');
    }
    await repository.insertAnswer(tx, {
      agencyId,
      id: randomUUID(),
      roundId,
      scores: input.scores,
      comment: input.comment?.trim() || null,
    });
  });
  return { ok: true };
}

import { officerRatingSummary } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { visibleEmployeesScope } from '../employees/employees.policy.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { findVisibleEmployee } from '../employees/employees.repository.ts';
import { getSettings } from '../services/services.repository.ts';
import * as repository from './officer-ratings.repository.ts';

/** The individual ratings listed at most (the summary counts them all). */
const LIST_LIMIT = 500;

/** What the public rating page shows about a visit code: the unit, the officer's name only, what is open. */
export async function publicVisitCode(db: Database, clock: Clock, code: string) {
  const row = await repository.findVisitCode(db, code.trim().toUpperCase(), clock.now());
  if (!row) throw notFound('Kode kunjungan');
  const ratingOpen =
    row.ratings_enabled && row.officer_employee_id !== null && !row.expired && !row.rating_used;
  return {
    serviceUnitName: row.service_unit_name,
    officerName:
      row.ratings_enabled && row.officer_name !== null
        ? fullName(row.officer_name, row.officer_front_title, row.officer_back_title)
        : null,
    ratingOpen,
    surveyOpen: row.service_unit_active && !row.expired && !row.survey_used,
  };
}

/**
 * A citizen's rating of the officer named on a visit code (rules §7.3): anonymous (nothing about the
 * citizen is stored), one per code (claimed atomically), only where the agency has switched ratings on.
 * Not audited, like survey answers: an append-only citizen record, and auditing would serialise citizens'
 * submissions on the agency's audit chain.
 */
export async function submitRating(
  db: Database,
  clock: Clock,
  input: { visitCode: string; score: number; comment: string | null },
) {
  const now = clock.now();
  const code = await repository.findVisitCode(db, input.visitCode.trim().toUpperCase(), now);
  if (!code) throw new AppError('VISIT_CODE_INVALID', 'Kode kunjungan tidak dikenal');
  if (!code.ratings_enabled) {
    throw new AppError('OFFICER_RATINGS_OFF', 'Penilaian petugas tidak diaktifkan oleh instansi ini');
  }
  return db.transaction(async (tx) => {
    const claimed = await repository.claimForRating(tx, code.agency_id, code.id, now);
    if (!claimed) {
      if (code.rating_used || (code.officer_employee_id !== null && !code.expired)) {
        throw new AppError('VISIT_CODE_USED', 'Kode kunjungan ini sudah dipakai untuk menilai petugas');
      }
      throw new AppError(
        'VISIT_CODE_INVALID',
        code.expired ? 'Kode kunjungan sudah kedaluwarsa' : 'Kode kunjungan ini tidak menyebut petugas',
      );
    }
    await repository.insertRating(tx, {
      agencyId: code.agency_id,
      id: newId(),
      officerEmployeeId: claimed.officer_employee_id,
      serviceUnitId: claimed.service_unit_id,
      visitCodeId: code.id,
      score: input.score,
      comment: input.comment || null,
      createdAt: now,
    });
    return { received: true as const };
  });
}

const presentRating = (r: repository.RatingRow) => ({
  id: r.id,
  score: r.score,
  comment: r.comment,
  reply: r.reply,
  repliedAt: r.replied_at,
  month: r.month,
});

async function ratingsOf(
  db: Database,
  ctx: RequestContext,
  officer: { id: string; name: string; front_title: string | null; back_title: string | null },
  year: number | null,
  own: boolean,
) {
  const agencyId = ctx.actor.agencyId;
  const timezone = ctx.actor.agencyTimezone;
  const settings = await getSettings(db, agencyId);
  const summary = officerRatingSummary(
    await repository.scores(db, agencyId, officer.id, year, timezone),
    settings.officerRatingMinResponses,
  );
  const ratings = summary.shown
    ? await repository.listRatings(db, agencyId, officer.id, year, timezone, LIST_LIMIT)
    : [];
  return {
    employee: { id: officer.id, name: fullName(officer.name, officer.front_title, officer.back_title) },
    enabled: settings.officerRatingsEnabled,
    minResponses: settings.officerRatingMinResponses,
    year,
    summary: summary.shown ? summary : { shown: false, count: summary.count, mean: null, distribution: null },
    ratings: ratings.map(presentRating),
    abilities: own && summary.shown ? ['reply'] : [],
  };
}

/** The signed-in officer's own ratings: evidence, never a predikat; nothing but the count below the minimum. */
export async function mine(db: Database, ctx: RequestContext, year: number | null) {
  const employeeId = ctx.actor.employeeId;
  const officer = employeeId ? await repository.findOfficer(db, ctx.actor.agencyId, employeeId) : null;
  if (!officer) throw notFound('Pegawai');
  return ratingsOf(db, ctx, officer, year, true);
}

/** An employee's ratings for those who see the employee (rater, rater's superior, admins, leaders); else 404. */
export async function ofEmployee(db: Database, ctx: RequestContext, employeeId: string, year: number | null) {
  const visible = await findVisibleEmployee(
    db,
    ctx.actor.agencyId,
    employeeId,
    visibleEmployeesScope(ctx.actor, todayOf(ctx)),
  );
  if (!visible) throw notFound('Pegawai');
  return ratingsOf(db, ctx, visible, year, visible.id === ctx.actor.employeeId);
}

/** The rated officer's reply to one rating (their right of reply); only on ratings they can see. */
export async function reply(db: Database, ctx: RequestContext, id: string, text: string) {
  const agencyId = ctx.actor.agencyId;
  const employeeId = ctx.actor.employeeId;
  await db.transaction(async (tx) => {
    const rating = await repository.findRating(tx, agencyId, id);
    if (!rating || employeeId === null || rating.officer_employee_id !== employeeId) {
      throw notFound('Penilaian');
    }
    const settings = await getSettings(tx, agencyId);
    const count = (await repository.scores(tx, agencyId, employeeId, null, ctx.actor.agencyTimezone)).length;
    if (count < settings.officerRatingMinResponses) throw notFound('Penilaian');
    await repository.saveReply(tx, agencyId, id, text, ctx.clock.now());
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'officer_rating.reply',
        entityType: 'officer_rating',
        entityId: id,
        before: { reply: rating.reply },
        after: { reply: text },
      },
    ]);
  });
  const row = await repository.findRatingView(db, agencyId, id, ctx.actor.agencyTimezone);
  if (!row) throw notFound('Penilaian');
  return presentRating(row);
}

import type { PlanningYear } from '@sigap/contracts';
import { defaultSkpDeadline, generatePeriods, isPastDeadline, type PeriodKind } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import * as repository from './planning.repository.ts';

function present(
  ctx: RequestContext,
  year: repository.PlanningYearRow,
  periods: repository.PeriodRow[],
): PlanningYear {
  return {
    year: year.year,
    skpDeadline: year.skpDeadline,
    monthly: year.monthly,
    quarterly: year.quarterly,
    fillingDays: year.fillingDays,
    deadlinePassed: isPastDeadline(ctx.clock.now(), year.skpDeadline, ctx.actor.agencyTimezone),
    periods: periods
      .filter((p) => p.year === year.year)
      .map((p) => ({
        id: p.id,
        kind: p.kind as PeriodKind,
        seq: p.seq,
        name: p.name,
        start: p.startDate,
        end: p.endDate,
        fillDeadline: p.fillDeadline,
        final: p.isFinal,
      })),
  };
}

export async function listPlanningYears(db: Database, ctx: RequestContext) {
  const years = await repository.listYears(db, ctx.actor.agencyId);
  const periods = await repository.listPeriods(
    db,
    ctx.actor.agencyId,
    years.map((y) => y.year),
  );
  return {
    items: years.map((y) => present(ctx, y, periods)),
    abilities: ctx.actor.roles.has('agency_admin') ? ['create', 'update'] : [],
  };
}

export async function getPlanningYear(db: Database, ctx: RequestContext, year: number) {
  const row = await repository.findYear(db, ctx.actor.agencyId, year);
  if (!row) throw notFound(`Tahun kinerja ${year}`);
  return present(ctx, row, await repository.listPeriods(db, ctx.actor.agencyId, [year]));
}

/** Opens a performance year: its SKP deadline and its periods (rules §2), in one transaction. */
export async function createPlanningYear(
  db: Database,
  ctx: RequestContext,
  input: {
    year: number;
    skpDeadline?: string | undefined;
    monthly: boolean;
    quarterly: boolean;
    fillingDays: number;
  },
) {
  const agencyId = ctx.actor.agencyId;
  const deadline = input.skpDeadline ?? defaultSkpDeadline(input.year);
  if (!deadline.startsWith(`${input.year}-`)) {
    throw new AppError('VALIDATION_FAILED', `Batas penetapan SKP harus jatuh pada tahun ${input.year}`);
  }
  const plans = generatePeriods(input.year, input);
  return db.transaction(async (tx) => {
    if (await repository.findYear(tx, agencyId, input.year)) {
      throw new AppError('PLANNING_YEAR_EXISTS', `Tahun kinerja ${input.year} sudah dibuka`);
    }
    const now = ctx.clock.now();
    await repository.insertYear(tx, {
      agencyId,
      year: input.year,
      skpDeadline: deadline,
      monthly: input.monthly,
      quarterly: input.quarterly,
      fillingDays: input.fillingDays,
      createdAt: now,
      updatedAt: now,
    });
    await repository.insertPeriods(
      tx,
      plans.map((p) => ({
        agencyId,
        id: newId(),
        year: input.year,
        kind: p.kind,
        seq: p.seq,
        name: p.name,
        startDate: p.start,
        endDate: p.end,
        fillDeadline: p.fillDeadline,
        isFinal: p.final,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'planning.year.create',
        entityType: 'planning_year',
        entityId: String(input.year),
        after: { ...input, skpDeadline: deadline, periods: plans.length },
      },
    ]);
    return getPlanningYear(tx, ctx, input.year);
  });
}

export async function updatePlanningYear(
  db: Database,
  ctx: RequestContext,
  year: number,
  input: { skpDeadline: string },
) {
  if (!input.skpDeadline.startsWith(`${year}-`)) {
    throw new AppError('VALIDATION_FAILED', `Batas penetapan SKP harus jatuh pada tahun ${year}`);
  }
  return db.transaction(async (tx) => {
    const row = await repository.findYear(tx, ctx.actor.agencyId, year);
    if (!row) throw notFound(`Tahun kinerja ${year}`);
    await repository.updateDeadline(tx, ctx.actor.agencyId, year, input.skpDeadline, ctx.clock.now());
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'planning.year.update',
        entityType: 'planning_year',
        entityId: String(year),
        before: { skpDeadline: row.skpDeadline },
        after: { skpDeadline: input.skpDeadline },
      },
    ]);
    return getPlanningYear(tx, ctx, year);
  });
}

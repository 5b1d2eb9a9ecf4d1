import type { Matrix } from '@sigap/contracts';
import type { RhkCategory, SkpStatus } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { notifyEmployees } from '../notifications/notifications.service.ts';
import { canDecide } from './skp.policy.ts';
import { presentSummary, staffRef } from './skp.presenter.ts';
import * as repository from './skp.repository.ts';
import { getSkp, insertDraftFor } from './skp.service.ts';

/** Whose SKPs the actor rates: their direct reports today; for leaders also those the head of region rates. */
export async function teamOf(db: Database, ctx: RequestContext) {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const staff = ctx.actor.employeeId
    ? await repository.listDirectReports(db, agencyId, ctx.actor.employeeId, today)
    : [];
  if (ctx.actor.roles.has('leader'))
    staff.push(...(await repository.listDirectReports(db, agencyId, null, today)));
  return staff;
}

/** The rater's desk: each person they rate and the state of that person's SKP of the year. */
export async function team(db: Database, ctx: RequestContext, year: number) {
  const agencyId = ctx.actor.agencyId;
  const staff = await teamOf(db, ctx);
  const open = await repository.openSkpsOf(
    db,
    agencyId,
    staff.map((s) => s.id),
    year,
  );
  const counts = await repository.rhkCounts(
    db,
    agencyId,
    open.map((s) => s.id),
  );
  const byEmployee = new Map(open.map((s) => [s.employeeId, s]));
  const order: Record<string, number> = { SUBMITTED: 0, RETURNED: 1, DRAFT: 2, APPROVED: 3 };
  const items = staff.map((s) => {
    const skp = byEmployee.get(s.id) ?? null;
    return {
      employee: staffRef(s),
      skp: skp ? presentSummary(skp, counts.get(skp.id) ?? 0) : null,
      canDecide: skp
        ? canDecide(ctx.actor, {
            status: skp.status as SkpStatus,
            current: skp.current,
            employeeId: skp.employeeId,
            raterEmployeeId: skp.raterEmployeeId,
            deadlinePassed: false,
          })
        : false,
    };
  });
  items.sort((a, b) => (order[a.skp?.status ?? ''] ?? 9) - (order[b.skp?.status ?? ''] ?? 9));
  return { year, items };
}

/**
 * Matriks Peran Hasil: the owner's RHKs × the people they rate today, with the subordinate RHKs that
 * intervene each one. Gaps: an RHK nobody intervenes, a subordinate with no linked RHK.
 */
export async function matrix(db: Database, ctx: RequestContext, skpId: string): Promise<Matrix> {
  const skp = await getSkp(db, ctx, skpId);
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const subordinates = await repository.listDirectReports(db, agencyId, skp.employeeId, today);
  const open = await repository.openSkpsOf(
    db,
    agencyId,
    subordinates.map((s) => s.id),
    skp.year,
  );
  const skpOf = new Map(open.map((s) => [s.employeeId, s]));
  const employeeOfSkp = new Map(open.map((s) => [s.id, s.employeeId]));
  const children = await repository.childRhks(
    db,
    agencyId,
    open.map((s) => s.id),
    skp.rhks.map((r) => r.id),
  );
  const links = children.map((c) => ({
    rhkId: c.parent_rhk_id,
    employeeId: employeeOfSkp.get(c.skp_id) as string,
    childRhkId: c.id,
    text: c.text,
  }));
  const isOwner = ctx.actor.employeeId === skp.employeeId;
  return {
    skpId: skp.id,
    status: skp.status,
    rhks: skp.rhks.map((r) => ({ id: r.id, category: r.category as RhkCategory, text: r.text })),
    subordinates: subordinates.map((s) => {
      const own = skpOf.get(s.id);
      return {
        ...staffRef(s),
        skpId: own?.id ?? null,
        skpStatus: (own?.status as SkpStatus | undefined) ?? null,
      };
    }),
    links,
    gaps: {
      rhksWithoutContributor: skp.rhks.filter((r) => !links.some((l) => l.rhkId === r.id)).map((r) => r.id),
      subordinatesWithoutLink: subordinates
        .filter((s) => !links.some((l) => l.employeeId === s.id))
        .map((s) => s.id),
    },
    abilities: isOwner && skp.status === 'APPROVED' && skp.current ? ['assign'] : [],
  };
}

/**
 * From the matrix, the leader creates draft RHKs in their subordinates' SKPs in one transaction, each
 * linked to the leader's RHK; a subordinate with no SKP of the year gets a draft. A locked (submitted or
 * approved) SKP refuses the whole batch.
 */
export async function assignFromMatrix(
  db: Database,
  ctx: RequestContext,
  skpId: string,
  assignments: { rhkId: string; employeeId: string; text?: string | undefined }[],
) {
  const skp = await getSkp(db, ctx, skpId);
  if (ctx.actor.employeeId !== skp.employeeId) {
    throw new AppError('FORBIDDEN', 'Hanya pemilik SKP yang dapat membagi RHK kepada bawahannya');
  }
  if (skp.status !== 'APPROVED' || !skp.current) {
    throw new AppError('MATRIX_NOT_APPROVED', 'RHK hanya dapat dibagikan dari SKP yang sudah disetujui');
  }
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  return db.transaction(async (tx) => {
    const subordinates = await repository.listDirectReports(tx, agencyId, skp.employeeId, today);
    const subordinateIds = new Set(subordinates.map((s) => s.id));
    const rhkText = new Map(skp.rhks.map((r) => [r.id, r.text]));
    for (const a of assignments) {
      if (!rhkText.has(a.rhkId)) throw new AppError('VALIDATION_FAILED', 'RHK tidak ada dalam SKP ini', a);
      if (!subordinateIds.has(a.employeeId)) throw notFound('Bawahan');
    }
    let draftsCreated = 0;
    const now = ctx.clock.now();
    const targets = new Map<string, repository.SkpRow>();
    for (const employeeId of new Set(assignments.map((a) => a.employeeId))) {
      let target = await repository.findOpenSkp(tx, agencyId, employeeId, skp.year);
      if (!target) {
        const staff = subordinates.find((s) => s.id === employeeId) as repository.StaffRow;
        target = await insertDraftFor(tx, ctx, staff.id, skp.year);
        draftsCreated += 1;
      }
      if (target.status !== 'DRAFT' && target.status !== 'RETURNED') {
        throw new AppError(
          'SKP_LOCKED',
          `SKP ${target.employeeSnapshot.name} sudah diajukan atau disetujui; RHK tidak dapat ditambahkan`,
          { employeeId },
        );
      }
      targets.set(employeeId, target);
    }
    const rhks: Parameters<typeof repository.appendRhks>[1] = [];
    for (const [employeeId, target] of targets) {
      let seq = await repository.maxRhkSeq(tx, agencyId, target.id);
      for (const a of assignments.filter((x) => x.employeeId === employeeId)) {
        seq += 1;
        rhks.push({
          agencyId,
          id: newId(),
          skpId: target.id,
          seq,
          category: 'UTAMA',
          text: a.text ?? (rhkText.get(a.rhkId) as string),
          parentRhkId: a.rhkId,
        });
      }
      await repository.updateSkp(tx, agencyId, target.id, { updatedAt: now });
    }
    await repository.appendRhks(tx, rhks, []);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'skp.matrix.assign',
        entityType: 'skp',
        entityId: skp.id,
        after: { assignments, created: rhks.length, draftsCreated },
      },
    ]);
    await notifyEmployees(
      tx,
      agencyId,
      [...targets.keys()],
      {
        kind: 'skp.assigned',
        title: `RHK baru dari ${skp.employee.name}`,
        body: `Atasan Anda menambahkan RHK ke draf SKP ${skp.year} Anda. Lengkapi indikator dan targetnya.`,
        link: '/skp',
      },
      now,
    );
    return { created: rhks.length, draftsCreated };
  });
}

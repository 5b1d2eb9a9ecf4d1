import { randomInt } from 'node:crypto';
import type { ServiceUnit } from '@sigap/contracts';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { findEmployee } from '../employees/employees.repository.ts';
import { findUnit } from '../units/units.repository.ts';
import { canManageServiceUnit, canReadServiceUnit } from './services.policy.ts';
import * as repository from './services.repository.ts';

function present(
  row: repository.ServiceUnitListRow,
  types: Awaited<ReturnType<typeof repository.listTypes>>,
): ServiceUnit {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    name: row.name,
    visitCodeRequired: row.visit_code_required,
    active: row.active,
    types: types
      .filter((t) => t.serviceUnitId === row.id)
      .map((t) => ({ id: t.id, name: t.name, resolutionDays: t.resolutionDays, active: t.active })),
    surveyPath: `/survei/${row.id}`,
    kioskPath: `/kiosk/${row.id}`,
  };
}

export async function listServiceUnits(db: Database, ctx: RequestContext) {
  const rows = await repository.listServiceUnits(db, ctx.actor.agencyId);
  const types = await repository.listTypes(
    db,
    ctx.actor.agencyId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      ...present(r, types),
      abilities: [
        ...(canManageServiceUnit(ctx.actor, r.unit_path)
          ? ['update', 'addType', 'visitCodes', 'population']
          : []),
        ...(canReadServiceUnit(ctx.actor, r.unit_path) ? ['results'] : []),
      ],
    })),
    abilities:
      ctx.actor.roles.has('agency_admin') || ctx.actor.roles.has('unit_admin')
        ? ['create']
        : ([] as string[]),
  };
}

/** A service unit the actor may read results of (or manage, with `manage`), else 404. */
export async function visibleServiceUnit(db: Database, ctx: RequestContext, id: string, manage = false) {
  const row = await repository.findServiceUnit(db, ctx.actor.agencyId, id);
  const allowed =
    row &&
    (manage ? canManageServiceUnit(ctx.actor, row.unit_path) : canReadServiceUnit(ctx.actor, row.unit_path));
  if (!row || !allowed) throw notFound('Unit layanan');
  return row;
}

async function presentOne(db: Database, ctx: RequestContext, id: string) {
  const row = await visibleServiceUnit(db, ctx, id, true);
  return present(row, await repository.listTypes(db, ctx.actor.agencyId, [id]));
}

export async function createServiceUnit(
  db: Database,
  ctx: RequestContext,
  input: { unitId: string; name: string; visitCodeRequired: boolean },
) {
  const agencyId = ctx.actor.agencyId;
  const id = await db.transaction(async (tx) => {
    const unit = await findUnit(tx, agencyId, input.unitId);
    if (!unit || !canManageServiceUnit(ctx.actor, unit.path)) throw notFound('Unit');
    if (await repository.findServiceUnitByName(tx, agencyId, input.name)) {
      throw new AppError('CONFLICT', `Unit layanan "${input.name}" sudah ada`);
    }
    const id = newId();
    const now = ctx.clock.now();
    await repository.insertServiceUnit(tx, { agencyId, id, ...input, createdAt: now, updatedAt: now });
    await recordAudit(tx, authorOf(ctx), [
      { action: 'service_unit.create', entityType: 'service_unit', entityId: id, after: input },
    ]);
    return id;
  });
  return presentOne(db, ctx, id);
}

export async function updateServiceUnit(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { name?: string | undefined; visitCodeRequired?: boolean | undefined; active?: boolean | undefined },
) {
  await db.transaction(async (tx) => {
    const before = await visibleServiceUnit(tx, ctx, id, true);
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (input.name && input.name.toLowerCase() !== before.name.toLowerCase()) {
      if (await repository.findServiceUnitByName(tx, ctx.actor.agencyId, input.name)) {
        throw new AppError('CONFLICT', `Unit layanan "${input.name}" sudah ada`);
      }
    }
    await repository.updateServiceUnit(tx, ctx.actor.agencyId, id, { ...patch, updatedAt: ctx.clock.now() });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'service_unit.update',
        entityType: 'service_unit',
        entityId: id,
        before: { name: before.name, visitCodeRequired: before.visit_code_required, active: before.active },
        after: patch,
      },
    ]);
  });
  // after the commit, so that no request caches the old row again in between
  repository.forgetPublicServiceUnit(db, id);
  return presentOne(db, ctx, id);
}

export async function createServiceType(
  db: Database,
  ctx: RequestContext,
  serviceUnitId: string,
  input: { name: string; resolutionDays: number },
) {
  await db.transaction(async (tx) => {
    await visibleServiceUnit(tx, ctx, serviceUnitId, true);
    const existing = await repository.listTypes(tx, ctx.actor.agencyId, [serviceUnitId]);
    if (existing.some((t) => t.name.toLowerCase() === input.name.toLowerCase())) {
      throw new AppError('CONFLICT', `Jenis layanan "${input.name}" sudah ada`);
    }
    const id = newId();
    const now = ctx.clock.now();
    await repository.insertServiceType(tx, {
      agencyId: ctx.actor.agencyId,
      id,
      serviceUnitId,
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'service_type.create',
        entityType: 'service_type',
        entityId: id,
        after: { serviceUnitId, ...input },
      },
    ]);
  });
  return presentOne(db, ctx, serviceUnitId);
}

export async function setPopulation(
  db: Database,
  ctx: RequestContext,
  serviceUnitId: string,
  input: { period: string; population: number },
) {
  await db.transaction(async (tx) => {
    await visibleServiceUnit(tx, ctx, serviceUnitId, true);
    const before = await repository.findPopulation(tx, ctx.actor.agencyId, serviceUnitId, input.period);
    await repository.upsertPopulation(tx, {
      agencyId: ctx.actor.agencyId,
      serviceUnitId,
      ...input,
      updatedAt: ctx.clock.now(),
    });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'service_unit.population',
        entityType: 'service_unit',
        entityId: serviceUnitId,
        before: { period: input.period, population: before },
        after: input,
      },
    ]);
  });
  return { ...input };
}

/** Unambiguous characters (no 0/O, 1/I/L): codes are read aloud and typed on phones. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const newVisitCode = () =>
  Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export async function createVisitCodes(
  db: Database,
  ctx: RequestContext,
  serviceUnitId: string,
  input: { count: number; officerEmployeeId?: string | undefined; validDays: number },
) {
  const agencyId = ctx.actor.agencyId;
  return db.transaction(async (tx) => {
    await visibleServiceUnit(tx, ctx, serviceUnitId, true);
    if (input.officerEmployeeId && !(await findEmployee(tx, agencyId, input.officerEmployeeId))) {
      throw notFound('Pegawai');
    }
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + input.validDays * 86_400_000);
    const rows = Array.from({ length: input.count }, () => ({
      agencyId,
      id: newId(),
      code: newVisitCode(),
      serviceUnitId,
      officerEmployeeId: input.officerEmployeeId ?? null,
      expiresAt,
      createdAt: now,
    }));
    await repository.insertVisitCodes(tx, rows);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'visit_code.create',
        entityType: 'service_unit',
        entityId: serviceUnitId,
        after: { count: input.count, officerEmployeeId: input.officerEmployeeId ?? null, expiresAt },
      },
    ]);
    return { codes: rows.map((r) => ({ code: r.code, expiresAt: expiresAt.toISOString() })) };
  });
}

export async function getSettings(db: Database, ctx: RequestContext) {
  const s = await repository.getSettings(db, ctx.actor.agencyId);
  return {
    skmWeightRule: s.skmWeightRule as 'EXACT' | 'THREE_DECIMALS' | 'TWO_DECIMALS',
    officerRatingsEnabled: s.officerRatingsEnabled,
    officerRatingMinResponses: s.officerRatingMinResponses,
    publicMinResponses: s.publicMinResponses,
    questionnaire: s.questionnaire ?? {},
  };
}

export async function updateSettings(
  db: Database,
  ctx: RequestContext,
  input: Partial<Awaited<ReturnType<typeof getSettings>>>,
) {
  await db.transaction(async (tx) => {
    const before = await getSettings(tx, ctx);
    const after = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    await repository.saveSettings(tx, { agencyId: ctx.actor.agencyId, ...after, updatedAt: ctx.clock.now() });
    await recordAudit(tx, authorOf(ctx), [
      { action: 'voice.settings.update', entityType: 'agency', entityId: ctx.actor.agencyId, before, after },
    ]);
  });
  return getSettings(db, ctx);
}

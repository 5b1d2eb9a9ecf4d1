import type { Position } from '@sigap/contracts';
import { isValidLevel, type PositionKind } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { canManageUnitPath } from '../units/units.policy.ts';
import { findUnit } from '../units/units.repository.ts';
import * as repository from './positions.repository.ts';

const present = (row: repository.PositionRow, employeeCount: number): Position => ({
  id: row.id,
  unitId: row.unitId,
  name: row.name,
  kind: row.kind as PositionKind,
  level: row.level,
  isUnitHead: row.isUnitHead,
  employeeCount,
});

export async function listPositions(db: Database, ctx: RequestContext, unitId: string | undefined) {
  const rows = await repository.listPositions(db, ctx.actor.agencyId, unitId);
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    name: r.name,
    kind: r.kind as PositionKind,
    level: r.level,
    isUnitHead: r.is_unit_head,
    employeeCount: r.employee_count,
  }));
}

async function managedUnitOrNotFound(db: Database, ctx: RequestContext, unitId: string) {
  const unit = await findUnit(db, ctx.actor.agencyId, unitId);
  if (!unit || !canManageUnitPath(ctx.actor, unit.path)) throw notFound('Unit');
  return unit;
}

export async function createPosition(
  db: Database,
  ctx: RequestContext,
  input: { unitId: string; name: string; kind: PositionKind; level: string; isUnitHead: boolean },
): Promise<Position> {
  if (!isValidLevel(input.kind, input.level)) {
    throw new AppError(
      'POSITION_LEVEL_INVALID',
      `Jenjang ${input.level} tidak berlaku untuk jabatan ${input.kind}`,
    );
  }
  return db.transaction(async (tx) => {
    const unit = await managedUnitOrNotFound(tx, ctx, input.unitId);
    if (!unit.active) throw new AppError('UNIT_INACTIVE', 'Unit tidak aktif');
    if (await repository.findPositionByName(tx, ctx.actor.agencyId, input.unitId, input.name)) {
      throw new AppError('CONFLICT', `Jabatan "${input.name}" sudah ada di unit ini`);
    }
    const now = ctx.clock.now();
    const row: repository.PositionRow = {
      agencyId: ctx.actor.agencyId,
      id: newId(),
      ...input,
      createdAt: now,
      updatedAt: now,
    };
    await repository.insertPosition(tx, row);
    await recordAudit(tx, authorOf(ctx), [
      { action: 'position.create', entityType: 'position', entityId: row.id, after: input },
    ]);
    return present(row, 0);
  });
}

export async function updatePosition(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { name?: string; level?: string; isUnitHead?: boolean },
): Promise<Position> {
  return db.transaction(async (tx) => {
    const position = await repository.findPosition(tx, ctx.actor.agencyId, id);
    if (!position) throw notFound('Jabatan');
    await managedUnitOrNotFound(tx, ctx, position.unitId);
    if (input.level && !isValidLevel(position.kind as PositionKind, input.level)) {
      throw new AppError(
        'POSITION_LEVEL_INVALID',
        `Jenjang ${input.level} tidak berlaku untuk jabatan ${position.kind}`,
      );
    }
    await repository.updatePosition(tx, ctx.actor.agencyId, id, { ...input, updatedAt: ctx.clock.now() });
    const after = { ...position, ...input };
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'position.update',
        entityType: 'position',
        entityId: id,
        before: { name: position.name, level: position.level, isUnitHead: position.isUnitHead },
        after: { name: after.name, level: after.level, isUnitHead: after.isUnitHead },
      },
    ]);
    const [counted] = (await repository.listPositions(tx, ctx.actor.agencyId, position.unitId)).filter(
      (p) => p.id === id,
    );
    return present(after, counted?.employee_count ?? 0);
  });
}

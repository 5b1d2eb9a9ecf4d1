import type { Unit } from '@sigap/contracts';
import type { UnitKind } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { canManageUnitPath, unitAbilities } from './units.policy.ts';
import * as repository from './units.repository.ts';

const present = (row: repository.UnitRow, employeeCount: number): Unit => ({
  id: row.id,
  parentId: row.parentId,
  code: row.code,
  name: row.name,
  kind: row.kind as UnitKind,
  active: row.active,
  employeeCount,
});

const snapshot = (row: repository.UnitRow) => ({
  parentId: row.parentId,
  code: row.code,
  name: row.name,
  kind: row.kind,
  active: row.active,
});

export async function listUnits(db: Database, ctx: RequestContext) {
  const rows = await repository.listUnitsWithCounts(db, ctx.actor.agencyId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      code: r.code,
      name: r.name,
      kind: r.kind as UnitKind,
      active: r.active,
      employeeCount: r.employee_count,
      abilities: unitAbilities(ctx.actor, r.path),
    })),
    abilities: ctx.actor.roles.has('agency_admin') ? ['createRoot'] : [],
  };
}

/** A unit the actor may manage, or 404 (a unit outside their subtree does not exist for them). */
async function managedUnit(db: Database, ctx: RequestContext, id: string) {
  const unit = await repository.findUnit(db, ctx.actor.agencyId, id);
  if (!unit || !canManageUnitPath(ctx.actor, unit.path)) throw notFound('Unit');
  return unit;
}

async function assertCodeFree(db: Database, agencyId: string, code: string, exceptId?: string) {
  const existing = await repository.findUnitByCode(db, agencyId, code);
  if (existing && existing.id !== exceptId) {
    throw new AppError('UNIT_CODE_TAKEN', `Kode unit ${code} sudah dipakai oleh ${existing.name}`);
  }
}

export async function createUnit(
  db: Database,
  ctx: RequestContext,
  input: { parentId: string | null; code: string; name: string; kind: UnitKind },
): Promise<Unit> {
  return db.transaction(async (tx) => {
    const agencyId = ctx.actor.agencyId;
    let parentPath = '/';
    if (input.parentId) {
      const parent = await managedUnit(tx, ctx, input.parentId);
      if (!parent.active) throw new AppError('UNIT_INACTIVE', 'Unit induk tidak aktif');
      parentPath = parent.path;
    } else if (!ctx.actor.roles.has('agency_admin')) {
      throw new AppError('FORBIDDEN', 'Hanya admin instansi yang dapat membuat unit tingkat teratas');
    }
    await assertCodeFree(tx, agencyId, input.code);
    const id = newId();
    const now = ctx.clock.now();
    const row: repository.UnitRow = {
      agencyId,
      id,
      parentId: input.parentId,
      code: input.code,
      name: input.name,
      kind: input.kind,
      active: true,
      path: `${parentPath}${id}/`,
      createdAt: now,
      updatedAt: now,
    };
    await repository.insertUnit(tx, row);
    await recordAudit(tx, authorOf(ctx), [
      { action: 'unit.create', entityType: 'unit', entityId: id, after: snapshot(row) },
    ]);
    return present(row, 0);
  });
}

export async function updateUnit(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { parentId?: string | null; code?: string; name?: string; kind?: UnitKind; active?: boolean },
): Promise<Unit> {
  return db.transaction(async (tx) => {
    const agencyId = ctx.actor.agencyId;
    const unit = await managedUnit(tx, ctx, id);
    const patch: Parameters<typeof repository.updateUnit>[3] = { updatedAt: ctx.clock.now() };
    if (input.code !== undefined && input.code !== unit.code) {
      await assertCodeFree(tx, agencyId, input.code, id);
      patch.code = input.code;
    }
    if (input.name !== undefined) patch.name = input.name;
    if (input.kind !== undefined) patch.kind = input.kind;
    if (input.parentId !== undefined && input.parentId !== unit.parentId) {
      let newParentPath = '/';
      if (input.parentId === null) {
        if (!ctx.actor.roles.has('agency_admin')) {
          throw new AppError('FORBIDDEN', 'Hanya admin instansi yang dapat menjadikan unit tingkat teratas');
        }
      } else {
        const parent = await managedUnit(tx, ctx, input.parentId);
        if (parent.path.startsWith(unit.path)) {
          throw new AppError(
            'UNIT_CYCLE',
            'Unit tidak dapat dipindahkan ke dalam dirinya sendiri atau sub-unitnya',
          );
        }
        if (!parent.active) throw new AppError('UNIT_INACTIVE', 'Unit tujuan tidak aktif');
        newParentPath = parent.path;
      }
      patch.parentId = input.parentId;
      await repository.rewriteSubtreePaths(tx, agencyId, unit.path, `${newParentPath}${unit.id}/`);
    }
    if (input.active === false && unit.active) {
      if ((await repository.countActiveChildren(tx, agencyId, id)) > 0) {
        throw new AppError('UNIT_HAS_ACTIVE_CHILDREN', 'Nonaktifkan dahulu semua sub-unit yang masih aktif');
      }
      const staff = await repository.countActiveEmployees(tx, agencyId, id);
      if (staff > 0) {
        throw new AppError(
          'UNIT_HAS_EMPLOYEES',
          `Unit masih memiliki ${staff} pegawai aktif; pindahkan mereka dahulu`,
          {
            employees: staff,
          },
        );
      }
      patch.active = false;
    } else if (input.active === true && !unit.active) {
      if (unit.parentId) {
        const parent = await repository.findUnit(tx, agencyId, unit.parentId);
        if (parent && !parent.active) throw new AppError('UNIT_INACTIVE', 'Aktifkan dahulu unit induknya');
      }
      patch.active = true;
    }
    await repository.updateUnit(tx, agencyId, id, patch);
    const after = (await repository.findUnit(tx, agencyId, id)) as repository.UnitRow;
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'unit.update',
        entityType: 'unit',
        entityId: id,
        before: snapshot(unit),
        after: snapshot(after),
      },
    ]);
    return present(after, await repository.countActiveEmployees(tx, agencyId, id));
  });
}

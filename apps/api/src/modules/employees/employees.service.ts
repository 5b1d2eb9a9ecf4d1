import { type EmployeeDetail, LIMITS } from '@sigap/contracts';
import { type EmploymentType, isValidGolongan, parseNip } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import { type RequestContext, todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { dayBefore } from '../../lib/dates.ts';
import { newId } from '../../lib/ids.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { type AuditEntry, authorOf, recordAudit } from '../audit/audit.service.ts';
import { findPosition } from '../positions/positions.repository.ts';
import { closeForMove } from '../skp/skp.service.ts';
import { canManageUnitPath } from '../units/units.policy.ts';
import { findUnit } from '../units/units.repository.ts';
import {
  canManageEmployee,
  employeeAbilities,
  scopeReadsUnits,
  visibleEmployeesScope,
} from './employees.policy.ts';
import { headOfRegion, presentListItem, presentPerson } from './employees.presenter.ts';
import * as repository from './employees.repository.ts';

export { todayOf };

export interface ListInput {
  q?: string | undefined;
  unitId?: string | undefined;
  includeSubunits: boolean;
  positionKind?: string | undefined;
  employmentType?: string | undefined;
  status?: string | undefined;
}

async function resolveFilter(db: Database, ctx: RequestContext, input: ListInput) {
  const filter: repository.EmployeeFilter = {
    q: input.q,
    positionKind: input.positionKind,
    employmentType: input.employmentType,
    status: input.status,
  };
  if (input.unitId) {
    const unit = await findUnit(db, ctx.actor.agencyId, input.unitId);
    if (!unit) throw notFound('Unit');
    if (input.includeSubunits) filter.unitPath = unit.path;
    else filter.unitId = unit.id;
  }
  return filter;
}

export async function listEmployees(
  db: Database,
  ctx: RequestContext,
  input: ListInput & { page: number; pageSize: number },
) {
  const filter = await resolveFilter(db, ctx, input);
  const scope = {
    sql: visibleEmployeesScope(ctx.actor, todayOf(ctx)),
    readsUnits: scopeReadsUnits(ctx.actor),
  };
  const { items, total, totalCapped } = await repository.pageEmployees(
    db,
    ctx.actor.agencyId,
    filter,
    scope,
    (input.page - 1) * input.pageSize,
    input.pageSize,
    LIMITS.countCap,
  );
  return {
    items: items.map(presentListItem),
    total,
    totalCapped,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export async function exportRows(db: Database, ctx: RequestContext, input: ListInput) {
  const filter = await resolveFilter(db, ctx, input);
  const today = todayOf(ctx);
  return repository.listForExport(
    db,
    ctx.actor.agencyId,
    filter,
    visibleEmployeesScope(ctx.actor, today),
    today,
  );
}

export async function getEmployee(db: Database, ctx: RequestContext, id: string): Promise<EmployeeDetail> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const row = await repository.findVisibleEmployee(db, agencyId, id, visibleEmployeesScope(ctx.actor, today));
  if (!row) throw notFound('Pegawai');
  const agency = await getAgency(db, agencyId);
  if (!agency) throw notFound('Instansi');
  const head = headOfRegion(agency);
  const history = await repository.reportingHistory(db, agencyId, id);
  const raterOf = async (employeeId: string) => {
    const line = await repository.currentLine(db, agencyId, employeeId, today);
    if (!line) return null;
    if (line.rater_employee_id === null) return head;
    const person = await repository.findPerson(db, agencyId, line.rater_employee_id);
    return person ? presentPerson(person) : null;
  };
  const rater = await raterOf(id);
  const raterSuperior =
    rater === null ? null : rater.kind === 'HEAD_OF_REGION' ? head : await raterOf(rater.id);
  return {
    ...presentListItem(row),
    name: row.name,
    frontTitle: row.front_title,
    backTitle: row.back_title,
    sex: row.sex as 'L' | 'P',
    birthDate: row.birth_date,
    positionId: row.position_id,
    positionLevel: row.position_level,
    rater,
    raterSuperior,
    reportingLines: history.map((h) => ({
      id: h.line_id,
      rater: h.id
        ? presentPerson({
            id: h.id,
            nip: h.nip ?? '',
            name: h.name ?? '',
            front_title: h.front_title,
            back_title: h.back_title,
            position_name: h.position_name ?? '',
            unit_name: h.unit_name ?? '',
          })
        : head,
      validFrom: h.valid_from,
      validTo: h.valid_to,
      acting: h.acting as 'DEFINITIF' | 'PLT' | 'PLH',
      createdAt: h.created_at,
    })),
    subordinateCount: await repository.countSubordinates(db, agencyId, id, today),
    abilities: employeeAbilities(ctx.actor, row.unit_path),
  };
}

const snapshot = (e: repository.EmployeeRow) => ({
  nip: e.nip,
  name: e.name,
  frontTitle: e.frontTitle,
  backTitle: e.backTitle,
  employmentType: e.employmentType,
  golongan: e.golongan,
  positionId: e.positionId,
  unitId: e.unitId,
  status: e.status,
});

/** The employee if the actor may manage them; 404 otherwise (invisible), 403 if visible but read-only. */
async function manageableEmployee(db: Database, ctx: RequestContext, id: string) {
  const today = todayOf(ctx);
  const row = await repository.findVisibleEmployee(
    db,
    ctx.actor.agencyId,
    id,
    visibleEmployeesScope(ctx.actor, today),
  );
  if (!row) throw notFound('Pegawai');
  if (!canManageEmployee(ctx.actor, row.unit_path)) {
    throw new AppError('FORBIDDEN', 'Anda tidak berwenang mengubah data pegawai ini');
  }
  return (await repository.findEmployee(db, ctx.actor.agencyId, id)) as repository.EmployeeRow;
}

async function manageablePosition(db: Database, ctx: RequestContext, positionId: string) {
  const position = await findPosition(db, ctx.actor.agencyId, positionId);
  if (!position) throw notFound('Jabatan');
  const unit = await findUnit(db, ctx.actor.agencyId, position.unitId);
  if (!unit || !canManageUnitPath(ctx.actor, unit.path)) throw notFound('Jabatan');
  if (!unit.active) throw new AppError('UNIT_INACTIVE', 'Unit jabatan ini tidak aktif');
  return position;
}

function assertGolongan(type: EmploymentType, golongan: string) {
  if (!isValidGolongan(type, golongan)) {
    throw new AppError(
      'GOLONGAN_INVALID',
      `Golongan ${golongan} tidak berlaku untuk ${type.replaceAll('_', ' ')}`,
    );
  }
}

export async function createEmployee(
  db: Database,
  ctx: RequestContext,
  input: {
    nip: string;
    name: string;
    frontTitle: string | null;
    backTitle: string | null;
    employmentType: EmploymentType;
    golongan: string;
    positionId: string;
    raterEmployeeId: string | null;
  },
) {
  const parsed = parseNip(input.nip, ctx.clock.now());
  if (!parsed.ok) throw new AppError(parsed.code, nipMessage(parsed.code));
  assertGolongan(input.employmentType, input.golongan);
  const id = await db.transaction(async (tx) => {
    const agencyId = ctx.actor.agencyId;
    const position = await manageablePosition(tx, ctx, input.positionId);
    if (await repository.findEmployeeByNip(tx, agencyId, parsed.value.nip)) {
      throw new AppError('NIP_TAKEN', `NIP ${parsed.value.nip} sudah terdaftar`);
    }
    const now = ctx.clock.now();
    const row: repository.EmployeeRow = {
      agencyId,
      id: newId(),
      nip: parsed.value.nip,
      name: input.name,
      frontTitle: input.frontTitle || null,
      backTitle: input.backTitle || null,
      sex: parsed.value.sex,
      birthDate: parsed.value.birthDate,
      employmentType: input.employmentType,
      golongan: input.golongan,
      positionId: position.id,
      unitId: position.unitId,
      status: 'ACTIVE',
      searchText: '',
      createdAt: now,
      updatedAt: now,
    };
    row.searchText = repository.searchTextOf(row);
    await repository.insertEmployee(tx, row);
    const entries: AuditEntry[] = [
      { action: 'employee.create', entityType: 'employee', entityId: row.id, after: snapshot(row) },
    ];
    if (input.raterEmployeeId) {
      const rater = await repository.findEmployee(tx, agencyId, input.raterEmployeeId);
      if (!rater) throw notFound('Atasan');
      const line = {
        agencyId,
        id: newId(),
        employeeId: row.id,
        raterEmployeeId: rater.id,
        validFrom: todayOf(ctx),
        validTo: null,
        acting: 'DEFINITIF',
        createdAt: now,
      };
      await repository.insertLine(tx, line);
      entries.push({
        action: 'reporting_line.create',
        entityType: 'employee',
        entityId: row.id,
        after: line,
      });
    }
    await recordAudit(tx, authorOf(ctx), entries);
    return row.id;
  });
  return getEmployee(db, ctx, id);
}

export async function updateEmployee(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: {
    name?: string | undefined;
    frontTitle?: string | null | undefined;
    backTitle?: string | null | undefined;
    employmentType?: EmploymentType | undefined;
    golongan?: string | undefined;
    positionId?: string | undefined;
    status?: 'ACTIVE' | 'INACTIVE' | undefined;
  },
) {
  await db.transaction(async (tx) => {
    const before = await manageableEmployee(tx, ctx, id);
    const next = { ...before };
    if (input.name !== undefined) next.name = input.name;
    if (input.frontTitle !== undefined) next.frontTitle = input.frontTitle || null;
    if (input.backTitle !== undefined) next.backTitle = input.backTitle || null;
    if (input.employmentType !== undefined) next.employmentType = input.employmentType;
    if (input.golongan !== undefined) next.golongan = input.golongan;
    if (input.status !== undefined) next.status = input.status;
    assertGolongan(next.employmentType as EmploymentType, next.golongan);
    const moved = input.positionId !== undefined && input.positionId !== before.positionId;
    if (moved) {
      const position = await manageablePosition(tx, ctx, input.positionId as string);
      next.positionId = position.id;
      next.unitId = position.unitId;
    }
    next.searchText = repository.searchTextOf(next);
    next.updatedAt = ctx.clock.now();
    await repository.updateEmployee(tx, ctx.actor.agencyId, id, next);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'employee.update',
        entityType: 'employee',
        entityId: id,
        before: snapshot(before),
        after: snapshot(next),
      },
    ]);
    // A mid-year move closes the open SKP of the year and starts a draft for the new post (rules §2).
    if (moved) await closeForMove(tx, ctx, id, todayOf(ctx));
  });
  return getEmployee(db, ctx, id);
}

/**
 * Sets who rates an employee from a date on (effective-dated). The open line is closed the day before;
 * a change on the same start date replaces that line. Refuses self-rating and reporting cycles.
 */
export async function changeRater(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: { raterEmployeeId: string | null; validFrom: string; acting: 'DEFINITIF' | 'PLT' | 'PLH' },
) {
  await db.transaction(async (tx) => {
    const agencyId = ctx.actor.agencyId;
    const employee = await manageableEmployee(tx, ctx, id);
    if (input.raterEmployeeId !== null) {
      if (input.raterEmployeeId === id) {
        throw new AppError('REPORTING_SELF', 'Pegawai tidak dapat menjadi atasannya sendiri');
      }
      const rater = await repository.findEmployee(tx, agencyId, input.raterEmployeeId);
      if (rater?.status !== 'ACTIVE') throw notFound('Atasan');
      const above = await repository.chainAbove(tx, agencyId, rater.id, input.validFrom);
      if (above.includes(id)) {
        throw new AppError('REPORTING_CYCLE', 'Perubahan ini membuat rantai atasan berputar (siklus)', {
          chain: above,
        });
      }
    }
    const latest = await repository.latestLine(tx, agencyId, id);
    const now = ctx.clock.now();
    const entries: AuditEntry[] = [];
    if (latest && input.validFrom < latest.validFrom) {
      throw new AppError(
        'REPORTING_DATE_INVALID',
        `Tanggal berlaku harus sama atau setelah ${latest.validFrom} (awal garis pelaporan terakhir)`,
      );
    }
    if (latest && latest.validFrom === input.validFrom) {
      await repository.updateLine(tx, agencyId, latest.id, {
        raterEmployeeId: input.raterEmployeeId,
        acting: input.acting,
      });
      entries.push({
        action: 'reporting_line.update',
        entityType: 'employee',
        entityId: employee.id,
        before: latest,
        after: { ...latest, raterEmployeeId: input.raterEmployeeId, acting: input.acting },
      });
    } else {
      if (latest && (latest.validTo === null || latest.validTo >= input.validFrom)) {
        const closed = { ...latest, validTo: dayBefore(input.validFrom) };
        await repository.updateLine(tx, agencyId, latest.id, { validTo: closed.validTo });
        entries.push({
          action: 'reporting_line.close',
          entityType: 'employee',
          entityId: employee.id,
          before: latest,
          after: closed,
        });
      }
      const line = {
        agencyId,
        id: newId(),
        employeeId: id,
        raterEmployeeId: input.raterEmployeeId,
        validFrom: input.validFrom,
        validTo: null,
        acting: input.acting,
        createdAt: now,
      };
      await repository.insertLine(tx, line);
      entries.push({
        action: 'reporting_line.create',
        entityType: 'employee',
        entityId: employee.id,
        after: line,
      });
    }
    await recordAudit(tx, authorOf(ctx), entries);
  });
  return getEmployee(db, ctx, id);
}

export function nipMessage(code: string): string {
  switch (code) {
    case 'NIP_FORMAT':
      return 'NIP harus terdiri dari 18 angka';
    case 'NIP_BIRTH_DATE_INVALID':
      return 'Tanggal lahir dalam NIP (digit 1–8) tidak valid';
    case 'NIP_APPOINTMENT_INVALID':
      return 'Bulan pengangkatan dalam NIP (digit 9–14) tidak valid';
    default:
      return 'Digit jenis kelamin dalam NIP (digit 15) harus 1 atau 2';
  }
}

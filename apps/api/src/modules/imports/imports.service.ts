import { createHash } from 'node:crypto';
import type { ImportJob, ImportReport } from '@sigap/contracts';
import {
  EMPLOYMENT_TYPES,
  type EmploymentType,
  findReportingCycle,
  isValidGolongan,
  isValidLevel,
  POSITION_KINDS,
  type PositionKind,
  parseNip,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError } from '../../lib/app-error.ts';
import { dayBefore } from '../../lib/dates.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { searchTextOf } from '../employees/employees.repository.ts';
import { nipMessage, todayOf } from '../employees/employees.service.ts';
import { EMPLOYEE_COLUMNS as C } from './import-columns.ts';
import { type ParsedRow, parsePeopleFile } from './import-parse.ts';
import * as repository from './imports.repository.ts';

type Problem = ImportReport['problems'][number];

interface ValidRow {
  row: number;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  sex: string;
  birthDate: string;
  employmentType: EmploymentType;
  golongan: string;
  positionName: string;
  positionKind: PositionKind;
  positionLevel: string;
  unitId: string;
  raterNip: string | null;
}

/** Default level when the file leaves it empty (JPT and JF need it stated). */
const IMPLIED_LEVEL: Partial<Record<PositionKind, string>> = {
  ADMINISTRATOR: 'ADMINISTRATOR',
  PENGAWAS: 'PENGAWAS',
  PELAKSANA: 'PELAKSANA',
};

const token = (v: string | undefined) =>
  (v ?? '')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

function normaliseEmploymentType(v: string | undefined): EmploymentType | null {
  const t = token(v);
  return (EMPLOYMENT_TYPES as readonly string[]).includes(t) ? (t as EmploymentType) : null;
}

function normaliseKind(v: string | undefined): PositionKind | null {
  const t = token(v);
  if (t === 'FUNGSIONAL' || t === 'JABATAN_FUNGSIONAL') return 'JF';
  return (POSITION_KINDS as readonly string[]).includes(t) ? (t as PositionKind) : null;
}

interface Plan {
  report: ImportReport;
  positions: { id: string; unitId: string; name: string; kind: string; level: string }[];
  inserts: repository.EmployeeWrite[];
  updates: repository.EmployeeWrite[];
  closes: { lineId: string; validTo: string }[];
  replaces: { lineId: string; raterId: string | null }[];
  lines: { id: string; employeeId: string; raterId: string | null; validFrom: string }[];
  changedNips: { created: string[]; updated: string[]; raterChanged: string[] };
}

/**
 * Validates every row and works out what would change. Nothing is written here: the dry run shows the
 * report, and the commit writes the plan only when there are no problems.
 */
export async function planImport(
  db: Database,
  ctx: RequestContext,
  fileName: string,
  rows: ParsedRow[],
  onProgress: (processed: number) => void = () => {},
): Promise<Plan> {
  const agencyId = ctx.actor.agencyId;
  const today = todayOf(ctx);
  const now = ctx.clock.now();
  const [existing, units, positions] = await Promise.all([
    repository.loadEmployees(db, agencyId, today),
    repository.loadUnits(db, agencyId),
    repository.loadPositions(db, agencyId),
  ]);
  const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const existingByNip = new Map(existing.map((e) => [e.nip, e]));
  const existingById = new Map(existing.map((e) => [e.id, e]));
  const problems: Problem[] = [];
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  const problem = (row: number, nip: string | null, code: string, message: string) =>
    problems.push({ row, nip, code, message });

  rows.forEach(({ row, values }, index) => {
    if (index % 2000 === 0) onProgress(index);
    const rawNip = values[C.nip] ?? '';
    const parsed = parseNip(rawNip, now);
    const nip = parsed.ok ? parsed.value.nip : rawNip || null;
    let ok = true;
    const fail = (code: string, message: string) => {
      ok = false;
      problem(row, nip, code, message);
    };
    if (!parsed.ok) fail(parsed.code, nipMessage(parsed.code));
    else if (seen.has(parsed.value.nip)) {
      fail('DUPLICATE_NIP', `NIP sama dengan baris ${seen.get(parsed.value.nip)}`);
    } else seen.set(parsed.value.nip, row);
    const name = values[C.name]?.trim() ?? '';
    if (name.length < 2) fail('NAME_REQUIRED', 'Nama wajib diisi');
    const employmentType = normaliseEmploymentType(values[C.employmentType]);
    if (!employmentType)
      fail('EMPLOYMENT_TYPE_INVALID', 'Jenis pegawai harus PNS, PPPK, atau PPPK Paruh Waktu');
    const golongan = values[C.golongan]?.trim() ?? '';
    if (employmentType && !isValidGolongan(employmentType, golongan)) {
      fail('GOLONGAN_INVALID', `Golongan "${golongan}" tidak berlaku untuk ${employmentType}`);
    }
    const positionName = values[C.position]?.trim() ?? '';
    if (positionName.length < 2) fail('POSITION_REQUIRED', 'Nama jabatan wajib diisi');
    const kind = normaliseKind(values[C.positionKind]);
    if (!kind)
      fail('POSITION_KIND_INVALID', 'Jenis jabatan harus JPT, ADMINISTRATOR, PENGAWAS, PELAKSANA, atau JF');
    const level = token(values[C.positionLevel]) || (kind ? (IMPLIED_LEVEL[kind] ?? '') : '');
    if (kind && !isValidLevel(kind, level)) {
      fail(
        'POSITION_LEVEL_INVALID',
        `Jenjang jabatan "${values[C.positionLevel] ?? ''}" tidak berlaku untuk ${kind}`,
      );
    }
    const unitCode = values[C.unit]?.trim() ?? '';
    const unit = unitByCode.get(unitCode.toLowerCase());
    if (!unit) fail('UNIT_UNKNOWN', `Kode unit "${unitCode}" tidak dikenal`);
    else if (!unit.active) fail('UNIT_INACTIVE', `Unit "${unitCode}" tidak aktif`);
    const raterRaw = values[C.raterNip]?.trim() ?? '';
    const raterParsed = raterRaw ? parseNip(raterRaw, now) : null;
    if (raterParsed && !raterParsed.ok)
      fail('RATER_NIP_INVALID', `NIP atasan tidak valid: ${nipMessage(raterParsed.code)}`);
    const raterNip = raterParsed?.ok ? raterParsed.value.nip : null;
    if (raterNip && parsed.ok && raterNip === parsed.value.nip) {
      fail('REPORTING_SELF', 'Pegawai tidak dapat menjadi atasannya sendiri');
    }
    if (ok && parsed.ok && employmentType && kind && unit) {
      valid.push({
        row,
        nip: parsed.value.nip,
        name,
        frontTitle: values[C.frontTitle]?.trim() || null,
        backTitle: values[C.backTitle]?.trim() || null,
        sex: parsed.value.sex,
        birthDate: parsed.value.birthDate,
        employmentType,
        golongan,
        positionName,
        positionKind: kind,
        positionLevel: level,
        unitId: unit.id,
        raterNip,
      });
    }
  });
  onProgress(rows.length);

  // Raters must exist (in the file or the agency); the resulting graph must have no cycle.
  const fileNips = new Set(valid.map((v) => v.nip));
  const raterOf = new Map<string, string | null>();
  for (const e of existing) {
    const rater = e.rater_id ? existingById.get(e.rater_id)?.nip : undefined;
    raterOf.set(e.nip, rater ?? null);
  }
  const raterProblems = new Set<string>();
  for (const v of valid) {
    if (v.raterNip && !fileNips.has(v.raterNip) && !existingByNip.has(v.raterNip)) {
      problem(v.row, v.nip, 'RATER_NOT_FOUND', `Atasan dengan NIP ${v.raterNip} tidak ditemukan`);
      raterProblems.add(v.nip);
    }
    raterOf.set(v.nip, v.raterNip);
  }
  const cycle = findReportingCycle(raterOf);
  if (cycle) {
    const rowOf = new Map(valid.map((v) => [v.nip, v.row]));
    for (const nip of cycle) {
      problem(rowOf.get(nip) ?? 0, nip, 'REPORTING_CYCLE', `Rantai atasan berputar: ${cycle.join(' → ')}`);
      raterProblems.add(nip);
    }
  }
  problems.sort((a, b) => a.row - b.row);

  // What would change.
  const positionKey = (unitId: string, name: string) => `${unitId}\u0000${name}`;
  const positionByKey = new Map(positions.map((p) => [positionKey(p.unit_id, p.name), p]));
  const plan: Plan = {
    report: {
      fileName,
      totalRows: rows.length,
      validRows: valid.length - raterProblems.size,
      problems,
      toCreate: 0,
      toUpdate: 0,
      unchanged: 0,
      raterChanges: 0,
      positionsToCreate: 0,
    },
    positions: [],
    inserts: [],
    updates: [],
    closes: [],
    replaces: [],
    lines: [],
    changedNips: { created: [], updated: [], raterChanged: [] },
  };
  const idByNip = new Map(existing.map((e) => [e.nip, e.id]));
  for (const v of valid) if (!idByNip.has(v.nip)) idByNip.set(v.nip, newId());
  for (const v of valid) {
    let position = positionByKey.get(positionKey(v.unitId, v.positionName));
    if (!position) {
      position = {
        id: newId(),
        unit_id: v.unitId,
        name: v.positionName,
        kind: v.positionKind,
        level: v.positionLevel,
      };
      positionByKey.set(positionKey(v.unitId, v.positionName), position);
      plan.positions.push({
        id: position.id,
        unitId: v.unitId,
        name: v.positionName,
        kind: v.positionKind,
        level: v.positionLevel,
      });
    }
    const id = idByNip.get(v.nip) as string;
    const write: repository.EmployeeWrite = {
      id,
      nip: v.nip,
      name: v.name,
      frontTitle: v.frontTitle,
      backTitle: v.backTitle,
      sex: v.sex,
      birthDate: v.birthDate,
      employmentType: v.employmentType,
      golongan: v.golongan,
      positionId: position.id,
      unitId: v.unitId,
      searchText: searchTextOf(v),
    };
    const current = existingByNip.get(v.nip);
    if (!current) {
      plan.inserts.push(write);
      plan.changedNips.created.push(v.nip);
    } else if (
      current.name !== v.name ||
      current.front_title !== v.frontTitle ||
      current.back_title !== v.backTitle ||
      current.employment_type !== v.employmentType ||
      current.golongan !== v.golongan ||
      current.position_id !== position.id ||
      current.status !== 'ACTIVE'
    ) {
      plan.updates.push(write);
      plan.changedNips.updated.push(v.nip);
    } else {
      plan.report.unchanged += 1;
    }
    // Reporting line: a rater in the file (or, for JPT, the head of region when the cell is empty).
    const wantsLine = v.raterNip !== null || v.positionKind === 'JPT';
    const raterId = v.raterNip ? (idByNip.get(v.raterNip) ?? null) : null;
    const changed = !current?.has_line || current.rater_id !== raterId;
    if (wantsLine && changed) {
      plan.changedNips.raterChanged.push(v.nip);
      if (current?.line_id && current.line_valid_from === today) {
        plan.replaces.push({ lineId: current.line_id, raterId });
      } else {
        if (current?.line_id) plan.closes.push({ lineId: current.line_id, validTo: dayBefore(today) });
        plan.lines.push({ id: newId(), employeeId: id, raterId, validFrom: today });
      }
    }
  }
  plan.report.toCreate = plan.inserts.length;
  plan.report.toUpdate = plan.updates.length;
  plan.report.raterChanges = plan.changedNips.raterChanged.length;
  plan.report.positionsToCreate = plan.positions.length;
  if (problems.length > 0) plan.report.unchanged = 0;
  return plan;
}

export function fileDigest(data: Buffer) {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes a validated plan in one transaction, with one audit record for the whole import. */
export async function writePlan(
  db: Database,
  ctx: RequestContext,
  plan: Plan,
  digest: string,
  onStep: (step: number) => void = () => {},
) {
  const changes =
    plan.positions.length +
    plan.inserts.length +
    plan.updates.length +
    plan.lines.length +
    plan.replaces.length;
  if (changes === 0) return; // re-importing the same file changes nothing
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    await repository.insertPositions(tx, agencyId, plan.positions);
    onStep(1);
    await repository.insertEmployees(tx, agencyId, plan.inserts, now);
    if (plan.inserts.length >= 1000) await repository.refreshEmployeeStatistics(tx);
    onStep(2);
    await repository.updateEmployees(tx, agencyId, plan.updates, now);
    onStep(3);
    await repository.closeLines(tx, agencyId, plan.closes);
    await repository.replaceLineRaters(tx, agencyId, plan.replaces);
    await repository.insertLines(tx, agencyId, plan.lines, now);
    onStep(4);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'employee.import',
        entityType: 'import',
        entityId: digest,
        after: {
          fileName: plan.report.fileName,
          sha256: digest,
          totalRows: plan.report.totalRows,
          positionsCreated: plan.positions.length,
          ...plan.changedNips,
        },
      },
    ]);
  });
}

// ---------- jobs: the commit runs in the background and reports progress ----------

interface JobState extends ImportJob {
  agencyId: string;
  userId: string;
  finishedAt: number | null;
}

const JOB_TTL_MS = 60 * 60 * 1000;

export class ImportJobs {
  private readonly jobs = new Map<string, JobState>();

  get(ctx: RequestContext, id: string): ImportJob {
    const job = this.jobs.get(id);
    if (!job || job.agencyId !== ctx.actor.agencyId || job.userId !== ctx.actor.userId) {
      throw new AppError('NOT_FOUND', 'Proses impor tidak ditemukan');
    }
    const { agencyId: _a, userId: _u, finishedAt: _f, ...view } = job;
    return view;
  }

  /** Starts a commit; the returned job is polled until DONE or FAILED. */
  start(db: Database, ctx: RequestContext, fileName: string, data: Buffer): ImportJob {
    this.sweep();
    const job: JobState = {
      id: newId(),
      agencyId: ctx.actor.agencyId,
      userId: ctx.actor.userId,
      phase: 'PARSING',
      processed: 0,
      total: 0,
      report: null,
      error: null,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    const run = async () => {
      const rows = await parsePeopleFile(data);
      job.total = rows.length;
      job.phase = 'VALIDATING';
      const plan = await planImport(db, ctx, fileName, rows, (n) => {
        job.processed = n;
      });
      job.report = plan.report;
      if (plan.report.problems.length > 0) {
        throw new AppError(
          'IMPORT_HAS_ERRORS',
          `${plan.report.problems.length} masalah ditemukan; tidak ada data yang ditulis`,
        );
      }
      job.phase = 'WRITING';
      await writePlan(db, ctx, plan, fileDigest(data), (step) => {
        job.processed = Math.round((rows.length * step) / 4);
      });
      job.processed = rows.length;
      job.phase = 'DONE';
    };
    run()
      .catch((error: unknown) => {
        job.phase = 'FAILED';
        job.error =
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : {
                code: 'INTERNAL',
                message: 'Impor gagal karena kesalahan server; tidak ada data yang ditulis',
              };
      })
      .finally(() => {
        job.finishedAt = Date.now();
      });
    return this.get(ctx, job.id);
  }

  /** Resolves when no job is running (graceful shutdown and tests). */
  async idle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.finishedAt === null)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private sweep() {
    const limit = Date.now() - JOB_TTL_MS;
    for (const [id, job] of this.jobs)
      if (job.finishedAt !== null && job.finishedAt < limit) this.jobs.delete(id);
  }
}

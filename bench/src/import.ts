import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LIMITS } from '@sigap/contracts';
import { formatNip } from '@sigap/rules';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { type DatabaseHandle, queryRows } from '../../apps/api/src/db/client.ts';
import { newId } from '../../apps/api/src/lib/ids.ts';
import { searchTextOf } from '../../apps/api/src/modules/employees/employees.repository.ts';
import { EMPLOYEE_COLUMNS as C } from '../../apps/api/src/modules/imports/import-columns.ts';
import type { Session } from './servers.ts';

/** A seeded staff member whose job, unit and rater a new person copies (all valid by construction). */
interface Template {
  front_title: string | null;
  back_title: string | null;
  employment_type: string;
  golongan: string;
  position_id: string;
  position_name: string;
  position_kind: string;
  position_level: string;
  unit_id: string;
  unit_code: string;
  rater_nip: string | null;
}

export interface NewPerson {
  id: string;
  nip: string;
  name: string;
  sex: 'L' | 'P';
  birthDate: string;
  template: Template;
}

export interface ImportFixture {
  rows: number;
  /** The people file as uploaded (SIASN columns, with NIP Atasan). */
  csv: Buffer;
  /** The same people as employees rows, CSV for COPY. */
  copyChunks: string[];
  copyBytes: number;
}

export const COPY_COLUMNS = [
  'agency_id',
  'id',
  'nip',
  'name',
  'front_title',
  'back_title',
  'sex',
  'birth_date',
  'employment_type',
  'golongan',
  'position_id',
  'unit_id',
  'status',
  'search_text',
  'created_at',
  'updated_at',
] as const;

/** mulberry32: the same fixture on every run. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { int, pick, chance: (p: number) => next() < p };
}

/** CSV field: quoted when needed (titles such as "S.E., M.M." hold commas). */
const field = (value: string | null) => {
  if (value === null || value === '') return '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
};
/** COPY CSV: NULL is an unquoted empty field, every value is quoted. */
const copyField = (value: string | null) => (value === null ? '' : `"${value.replaceAll('"', '""')}"`);

/**
 * `count` new people who do not exist in the agency yet: valid, unique NIPs (birth date, appointment
 * month, sex, sequence) that collide with no seeded NIP, new names, and the job, golongan, unit and
 * rater of a seeded staff member (no new positions needed, every rater exists).
 */
export async function buildImportFixture(
  handle: DatabaseHandle,
  agencyId: string,
  count: number,
  now: Date,
): Promise<ImportFixture> {
  const db = handle.db;
  const templates = await queryRows<Template>(
    db,
    sql`select e.front_title, e.back_title, e.employment_type, e.golongan, p.id as position_id,
          p.name as position_name, p.kind as position_kind, p.level as position_level, u.id as unit_id,
          u.code as unit_code, r.nip as rater_nip
        from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        left join reporting_lines rl on rl.agency_id = e.agency_id and rl.employee_id = e.id and rl.valid_to is null
        left join employees r on r.agency_id = rl.agency_id and r.id = rl.rater_employee_id
        where e.agency_id = ${agencyId} and not p.is_unit_head
        order by e.nip`,
  );
  if (templates.length === 0) throw new Error('no seeded staff to model the import on');
  const seeded = await queryRows<{ nip: string; name: string; sex: string }>(
    db,
    sql`select nip, name, sex from employees where agency_id = ${agencyId} order by nip`,
  );
  const taken = new Set(seeded.map((r) => r.nip));
  // New names recombine the seeded first and last words (by sex), so they look like the city's.
  const words = (sex: string, at: 'first' | 'last') =>
    [
      ...new Set(
        seeded
          .filter((r) => r.sex === sex && r.name.includes(' '))
          .map((r) =>
            at === 'first' ? r.name.slice(0, r.name.indexOf(' ')) : r.name.slice(r.name.lastIndexOf(' ') + 1),
          ),
      ),
    ].sort();
  const names = {
    L: { first: words('L', 'first'), last: words('L', 'last') },
    P: { first: words('P', 'first'), last: words('P', 'last') },
  };

  const random = createRandom(20_260_917);
  const lastYear = now.getUTCFullYear() - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const people: NewPerson[] = [];
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length] as Template;
    const sex = random.chance(0.5) ? 'L' : 'P';
    const birthYear = random.int(1970, 2001);
    const birthDate = `${birthYear}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const appointmentYear = Math.min(lastYear, birthYear + random.int(22, 30));
    const appointmentMonth = `${appointmentYear}-${pad(random.pick([1, 3, 4, 12]))}`;
    let sequence = random.int(1, 999);
    let nip = formatNip({ birthDate, appointmentMonth, sex, sequence });
    for (let tries = 0; taken.has(nip); tries += 1) {
      if (tries > 999) throw new Error(`no free NIP sequence for ${birthDate}/${appointmentMonth}`);
      sequence = (sequence % 999) + 1;
      nip = formatNip({ birthDate, appointmentMonth, sex, sequence });
    }
    taken.add(nip);
    const pool = names[sex].first.length > 0 ? names[sex] : names.L;
    const name = `${random.pick(pool.first)} ${random.pick(pool.last)}`;
    people.push({ id: newId(), nip, name, sex, birthDate, template });
  }

  const header = [
    C.nip,
    C.name,
    C.frontTitle,
    C.backTitle,
    C.employmentType,
    C.golongan,
    C.position,
    C.positionKind,
    C.positionLevel,
    C.unit,
    C.raterNip,
  ].join(',');
  const lines = [header];
  for (const p of people) {
    const t = p.template;
    lines.push(
      [
        p.nip,
        p.name,
        t.front_title,
        t.back_title,
        t.employment_type,
        t.golongan,
        t.position_name,
        t.position_kind,
        t.position_level,
        t.unit_code,
        t.rater_nip,
      ]
        .map(field)
        .join(','),
    );
  }
  const csv = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  if (csv.length > LIMITS.importMaxBytes) {
    throw new Error(
      `the import file is ${(csv.length / 1048576).toFixed(1)} MiB, over the API's limit of ` +
        `${LIMITS.importMaxBytes / 1048576} MiB: lower BENCH_IMPORT_ROWS`,
    );
  }

  const stamp = now.toISOString();
  const copyChunks: string[] = [];
  let chunk = '';
  let copyBytes = 0;
  for (const p of people) {
    const t = p.template;
    const searchText = searchTextOf({
      name: p.name,
      frontTitle: t.front_title,
      backTitle: t.back_title,
      nip: p.nip,
    });
    chunk += `${[
      agencyId,
      p.id,
      p.nip,
      p.name,
      t.front_title,
      t.back_title,
      p.sex,
      p.birthDate,
      t.employment_type,
      t.golongan,
      t.position_id,
      t.unit_id,
      'ACTIVE',
      searchText,
      stamp,
      stamp,
    ]
      .map(copyField)
      .join(',')}\n`;
    if (chunk.length > 256 * 1024) {
      copyChunks.push(chunk);
      copyBytes += Buffer.byteLength(chunk);
      chunk = '';
    }
  }
  if (chunk) {
    copyChunks.push(chunk);
    copyBytes += Buffer.byteLength(chunk);
  }
  return { rows: people.length, csv, copyChunks, copyBytes };
}

export type CopyTable = 'bench_copy' | 'bench_copy_fk';

/**
 * The COPY baseline's table: the columns, defaults, checks and indexes of `employees` (LIKE … INCLUDING
 * ALL), filled with the agency's current people so that both writes meet indexes of the same size.
 * `bench_copy_fk` adds the two foreign keys of `employees` (LIKE copies none), for reference: what the
 * constraint checks alone cost.
 */
export async function prepareCopyTables(handle: DatabaseHandle): Promise<void> {
  for (const table of ['bench_copy', 'bench_copy_fk'] as const) {
    const t = sql.identifier(table);
    await handle.db.execute(sql`create table ${t} (like employees including all)`);
    await handle.db.execute(sql`insert into ${t} select * from employees`);
  }
  await handle.db.execute(sql`alter table bench_copy_fk
    add foreign key (agency_id, position_id) references positions (agency_id, id),
    add foreign key (agency_id, unit_id) references units (agency_id, id)`);
  await handle.db.execute(sql`vacuum analyze bench_copy, bench_copy_fk`);
}

export async function checkpoint(handle: DatabaseHandle): Promise<void> {
  try {
    await handle.db.execute(sql`checkpoint`);
  } catch {
    // Needs superuser or pg_checkpoint: without it the timings are just a little noisier.
  }
}

const rowCount = async (handle: DatabaseHandle, table: 'employees') =>
  (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]
    ?.n ?? 0;

/**
 * Raw `COPY <table> (…) FROM STDIN` of the fixture's rows; returns the seconds it took. The COPY runs
 * in a transaction that is rolled back (and the table vacuumed), so it can be repeated on the same
 * table: the benchmark copies before and after the import, to even out drift on a shared machine.
 */
export async function copyRows(
  handle: DatabaseHandle,
  fixture: ImportFixture,
  table: CopyTable,
): Promise<number> {
  const statement = `copy ${table} (${COPY_COLUMNS.join(', ')}) from stdin with (format csv)`;
  const count = `select count(*)::int as n from ${table}`;
  let seconds: number;
  let added: number;
  if (handle.pool) {
    const client = await handle.pool.connect();
    try {
      const before = (await client.query<{ n: number }>(count)).rows[0]?.n ?? 0;
      const started = performance.now();
      await client.query('begin');
      await pipeline(Readable.from(fixture.copyChunks), client.query(copyFrom(statement)));
      seconds = (performance.now() - started) / 1000;
      added = ((await client.query<{ n: number }>(count)).rows[0]?.n ?? 0) - before;
      await client.query('rollback');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  } else if (handle.pglite) {
    const pglite = handle.pglite;
    const before = (await pglite.query<{ n: number }>(count)).rows[0]?.n ?? 0;
    const blob = new Blob(fixture.copyChunks);
    const started = performance.now();
    await pglite.query('begin');
    try {
      await pglite.query(statement.replace('from stdin', "from '/dev/blob'"), [], { blob });
      seconds = (performance.now() - started) / 1000;
      added = ((await pglite.query<{ n: number }>(count)).rows[0]?.n ?? 0) - before;
    } finally {
      await pglite.query('rollback');
    }
  } else {
    throw new Error('no raw connection for COPY');
  }
  await handle.db.execute(sql`vacuum ${sql.identifier(table)}`);
  if (added !== fixture.rows) throw new Error(`COPY wrote ${added} rows, expected ${fixture.rows}`);
  return seconds;
}

interface ImportJob {
  id: string;
  phase: 'PARSING' | 'VALIDATING' | 'WRITING' | 'DONE' | 'FAILED';
  processed: number;
  total: number;
  report: { toCreate: number; problems: { row: number; code: string; message: string }[] } | null;
  error: { code: string; message: string } | null;
}

export interface ImportTiming {
  seconds: number;
  /** Seconds from the POST to the first poll that saw each phase (poll resolution ~25 ms). */
  phases: Partial<Record<ImportJob['phase'], number>>;
}

/** POST /api/imports/employees/commit, then polls the job until DONE; the clock runs from POST to DONE. */
export async function importThroughApi(
  handle: DatabaseHandle,
  origin: string,
  session: Session,
  fixture: ImportFixture,
): Promise<ImportTiming> {
  const before = await rowCount(handle, 'employees');
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const response = await fetch(`${origin}/api/imports/employees/commit?fileName=bench.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: new Uint8Array(fixture.csv),
  });
  if (response.status !== 202)
    throw new Error(`import commit: HTTP ${response.status} ${await response.text()}`);
  let job = (await response.json()) as ImportJob;
  const phases: ImportTiming['phases'] = { [job.phase]: elapsed() };
  while (job.phase !== 'DONE' && job.phase !== 'FAILED') {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const poll = await fetch(`${origin}/api/imports/${job.id}`, { headers: { cookie: session.cookie } });
    if (poll.status !== 200) throw new Error(`import poll: HTTP ${poll.status} ${await poll.text()}`);
    job = (await poll.json()) as ImportJob;
    phases[job.phase] ??= elapsed();
  }
  const seconds = elapsed();
  if (job.phase === 'FAILED') {
    const problems = (job.report?.problems ?? [])
      .slice(0, 5)
      .map((p) => `row ${p.row} ${p.code}: ${p.message}`);
    throw new Error(`import FAILED: ${job.error?.code} ${job.error?.message}\n${problems.join('\n')}`);
  }
  const added = (await rowCount(handle, 'employees')) - before;
  if (added !== fixture.rows || job.report?.toCreate !== fixture.rows) {
    throw new Error(
      `import created ${added} employees (report: ${job.report?.toCreate}), expected ${fixture.rows}`,
    );
  }
  return { seconds, phases };
}

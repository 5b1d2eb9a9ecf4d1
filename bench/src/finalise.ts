/**
 * `npm run bench:finalise`: finalising an evaluation period for a city of BENCH_EMPLOYEES people (default
 * 100,000; issue 5): every unit with people gets an organisation predikat and every active employee a
 * rating, then each unit is finalised as its setter would — the distribution check and the sign-off, one
 * transaction per unit, through the same service function the API route uses — next to a single SQL
 * statement computing the same aggregates (each employee's predikat from the kuadran, counted per unit
 * and predikat) in the same run. Target: ≤ 5× that baseline.
 *
 * Exits 0 whether the target is met or not (it measures), non-zero when something fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Period } from '@sigap/contracts';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../apps/api/src/db/client.ts';
import { seedDemo } from '../../apps/api/src/demo/seed.ts';
import type { Actor, RequestContext } from '../../apps/api/src/lib/actor.ts';
import { systemClock } from '../../apps/api/src/lib/clock.ts';
import { sealChain } from '../../apps/api/src/modules/audit/audit.service.ts';
import { finaliseUnitCore } from '../../apps/api/src/modules/evaluation/evaluation.service.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { busy } from './report.ts';
import { loadSettings } from './settings.ts';
import { openMonthlyYear, previousMonth } from './year.ts';

const PASSWORD = 'sigap-bench-2026';
const { year: YEAR, month: MONTH } = previousMonth();
const resultsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results/finalise.json');
const log = (line: string) => console.log(line);
const ms = (since: number) => performance.now() - since;

/** The kuadran as SQL, for seeding and for the baseline (the same table as `KUADRAN` in packages/rules). */
const KUADRAN_SQL = sql`case
  when hasil_kerja = 'DI_ATAS' and perilaku_kerja = 'DI_ATAS' then 'SANGAT_BAIK'
  when hasil_kerja <> 'DI_BAWAH' and perilaku_kerja = 'DI_BAWAH' then 'KURANG'
  when hasil_kerja <> 'DI_BAWAH' then 'BAIK'
  when perilaku_kerja = 'DI_BAWAH' then 'SANGAT_KURANG'
  else 'BUTUH_PERBAIKAN' end`;

/** Ratings for everyone (mostly Sesuai, some above and below) and a predikat for every unit with people. */
async function seedRatings(db: Database, agencyId: string, periodId: string, userId: string) {
  await db.execute(sql`insert into evaluations (agency_id, id, employee_id, period_id, unit_id, rater_name,
      hasil_kerja, perilaku_kerja, predikat, status)
    select agency_id, gen_random_uuid(), id, ${periodId}, unit_id, 'Penilai', h, p, 'BAIK', 'DRAFT'
    from (
      select e.agency_id, e.id, e.unit_id,
        case when r1 < 0.15 then 'DI_ATAS' when r1 < 0.9 then 'SESUAI' else 'DI_BAWAH' end as h,
        case when r2 < 0.2 then 'DI_ATAS' when r2 < 0.95 then 'SESUAI' else 'DI_BAWAH' end as p
      from (select e.*, random() as r1, random() as r2 from employees e
            where e.agency_id = ${agencyId} and e.status = 'ACTIVE') e
    ) x`);
  await db.execute(
    sql`update evaluations set predikat = ${KUADRAN_SQL} where agency_id = ${agencyId} and period_id = ${periodId}`,
  );
  await db.execute(sql`insert into unit_predikats (agency_id, id, unit_id, period_id, predikat, set_by_user_id,
      set_by_name, set_at)
    select u.agency_id, gen_random_uuid(), u.id, ${periodId},
      (array['ISTIMEWA', 'BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN'])[1 + floor(random() * 5)::int],
      ${userId}, 'Pimpinan', now()
    from units u where u.agency_id = ${agencyId}
      and exists (select 1 from employees e where e.agency_id = u.agency_id and e.unit_id = u.id and e.status = 'ACTIVE')`);
  const [row] = await queryRows<{ evaluations: number; units: number }>(
    db,
    sql`select (select count(*)::int from evaluations where agency_id = ${agencyId}) as evaluations,
               (select count(*)::int from unit_predikats where agency_id = ${agencyId}) as units`,
  );
  return row as { evaluations: number; units: number };
}

/** The baseline: one statement computing each employee's predikat and the counts per unit and predikat. */
async function baseline(db: Database, agencyId: string, periodId: string) {
  const t = performance.now();
  const rows = await queryRows<{ unit_id: string; predikat: string; n: number }>(
    db,
    sql`select unit_id, ${KUADRAN_SQL} as predikat, count(*)::int as n from evaluations
        where agency_id = ${agencyId} and period_id = ${periodId} group by 1, 2`,
  );
  return { ms: ms(t), rows: rows.length };
}

/** Finalises every unit as its setter (the head of the unit above; the leader for top units). */
async function finaliseAll(
  db: Database,
  agencyId: string,
  period: Period,
  userId: string,
  concurrency: number,
) {
  const units = await queryRows<{ id: string; parent_id: string | null; parent_path: string | null }>(
    db,
    sql`select u.id, u.parent_id, p.path as parent_path from unit_predikats up
        join units u on u.agency_id = up.agency_id and u.id = up.unit_id
        left join units p on p.agency_id = u.agency_id and p.id = u.parent_id
        where up.agency_id = ${agencyId} and up.period_id = ${period.id} and up.finalised_at is null`,
  );
  const contextFor = (u: (typeof units)[number]): RequestContext => {
    const actor: Actor = {
      userId,
      agencyId,
      agencyTimezone: 'Asia/Jakarta',
      login: 'bench',
      displayName: 'Pimpinan',
      roles: new Set(['leader']),
      adminUnits: [],
      employeeId: null,
      headOfUnit: u.parent_id ? { id: u.parent_id, path: u.parent_path ?? '' } : null,
      mustChangePassword: false,
      csrfToken: '',
      sessionTokenHash: '',
    };
    return { actor, requestId: 'bench', clock: systemClock };
  };
  const t = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < units.length) {
      const u = units[next++] as (typeof units)[number];
      await finaliseUnitCore(db, contextFor(u), u.id, period);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // The sign-offs' audit records are sealed into the chain (the API's sealer does it within a second).
  await sealChain(db, agencyId);
  return { ms: ms(t), units: units.length };
}

async function main() {
  const settings = loadSettings();
  const concurrency = Number(process.env.BENCH_FINALISE_CONCURRENCY ?? 4);
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap finalisation benchmark: ${settings.driver}, ${settings.employees.toLocaleString('en-US')} employees, ` +
      `${concurrency} units at a time`,
  );
  if (busy(loadAverageAtStart, cpus))
    log(`Warning: load average ${loadAverageAtStart.toFixed(2)}: numbers will be noisy.`);
  let database: BenchDatabase | null = null;
  try {
    const t = performance.now();
    database = await openBenchDatabase(settings);
    const { handle } = database;
    const demo = await seedDemo(handle.db, { password: PASSWORD, employeeCount: settings.employees });
    const month = await openMonthlyYear(handle.db, demo.agencyId, YEAR, MONTH);
    const [admin] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from users where agency_id = ${demo.agencyId} and login = ${demo.admin}`,
    );
    if (!admin) throw new Error('no admin user');
    const seeded = await seedRatings(handle.db, demo.agencyId, month.id, admin.id);
    await handle.db.execute(sql`vacuum analyze`);
    log(
      `Seed: ${seeded.evaluations.toLocaleString('en-US')} ratings in ${seeded.units} units in ${(ms(t) / 1000).toFixed(1)} s`,
    );
    const [periodRow] = await queryRows<{ name: string }>(
      handle.db,
      sql`select name from periods where id = ${month.id}`,
    );
    const period: Period = {
      id: month.id,
      kind: 'MONTH',
      seq: MONTH,
      name: periodRow?.name ?? '',
      start: month.start_date,
      end: month.end_date,
      fillDeadline: month.end_date,
      final: MONTH === 12,
    };
    // The baseline: warm it, then the median of five runs.
    await baseline(handle.db, demo.agencyId, month.id);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await baseline(handle.db, demo.agencyId, month.id)).ms);
    runs.sort((a, b) => a - b);
    const baselineMs = runs[2] as number;
    log(`Baseline (one SQL statement, ${seeded.units} units): median ${baselineMs.toFixed(0)} ms`);
    const result = await finaliseAll(handle.db, demo.agencyId, period, admin.id, concurrency);
    const [check] = await queryRows<{ finalised: number; final: number }>(
      handle.db,
      sql`select (select count(*)::int from unit_predikats where agency_id = ${demo.agencyId} and finalised_at is not null) as finalised,
                 (select count(*)::int from evaluations where agency_id = ${demo.agencyId} and status = 'FINAL') as final`,
    );
    if (check?.finalised !== result.units || check.final !== seeded.evaluations) {
      throw new Error(
        `finalised ${check?.finalised} units and ${check?.final} evaluations, expected ${result.units} and ${seeded.evaluations}`,
      );
    }
    const ratio = result.ms / baselineMs;
    log(
      `Finalised ${result.units} units (${seeded.evaluations.toLocaleString('en-US')} evaluations) in ${(result.ms / 1000).toFixed(2)} s ` +
        `= ${(result.ms / result.units).toFixed(1)} ms per unit`,
    );
    const pass = settings.driver === 'postgres' && ratio <= 5;
    log(
      `Target: ≤ 5 × the baseline on PostgreSQL: ${ratio.toFixed(1)} × → ${settings.driver === 'postgres' ? (pass ? 'PASS' : 'MISS') : 'n/a (PGlite)'}`,
    );
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), driver: settings.driver, employees: settings.employees, units: result.units, concurrency, loadAverageAtStart, baselineMs, finaliseMs: result.ms, ratio, pass }, null, 2)}\n`,
    );
    log(`Written to ${path.relative(process.cwd(), resultsFile)}`);
  } finally {
    await database?.dispose();
  }
}

main().catch((error: unknown) => {
  console.error('\nBenchmark failed:', error);
  process.exitCode = 1;
});

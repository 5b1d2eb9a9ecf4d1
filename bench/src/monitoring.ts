/**
 * `npm run bench:monitoring`: the monitoring-pengisian endpoint (GET /api/skp-monitoring) on a city of
 * BENCH_EMPLOYEES people (default 100,000) with their SKPs, for the whole agency and for one unit (Dinas
 * Kesehatan and its subtree), next to a bare Fastify route that runs only the raw SQL aggregate
 * (people per unit and SKP status, the query the endpoint is built on) on the same pool, in the same run.
 * Target (issue 3): p99 < 150 ms for the whole agency on PostgreSQL.
 *
 * Exits 0 whether the target is met or not (it measures), non-zero when something fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { type Database, queryRows } from '../../apps/api/src/db/client.ts';
import { seedDemo } from '../../apps/api/src/demo/seed.ts';
import { countByUnit } from '../../apps/api/src/modules/skp/skp.monitoring.ts';
import { compareScenarios, logSummary } from './compare.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { busy } from './report.ts';
import { login, type Running, startApp } from './servers.ts';
import { loadSettings } from './settings.ts';

const PASSWORD = 'sigap-bench-2026';
const YEAR = new Date().getFullYear();
const resultsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results/monitoring.json');
const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Opens the year and gives ~85% of the people an SKP in a realistic mix of states (set-based SQL: the
 * monitoring reads only status and owner, so the SKPs carry no RHKs).
 */
async function seedSkps(db: Database, agencyId: string) {
  await db.execute(sql`insert into planning_years (agency_id, year, skp_deadline, monthly, quarterly, filling_days)
    values (${agencyId}, ${YEAR}, ${`${YEAR}-01-31`}, true, false, 5)`);
  await db.execute(sql`insert into skps (agency_id, id, employee_id, year, status, format, approach, position_id,
      unit_id, period_start, period_end, employee_snapshot, rater_snapshot)
    select e.agency_id, gen_random_uuid(), e.id, ${YEAR},
      case when r < 0.10 then 'DRAFT' when r < 0.25 then 'SUBMITTED' when r < 0.30 then 'RETURNED' else 'APPROVED' end,
      case when p.kind = 'JPT' then 'JPT' else 'JA_JF' end, 'KUANTITATIF', e.position_id, e.unit_id,
      ${`${YEAR}-01-01`}::date, ${`${YEAR}-12-31`}::date,
      json_build_object('kind', 'EMPLOYEE', 'employeeId', e.id, 'nip', e.nip, 'name', e.name,
        'golongan', e.golongan, 'positionName', p.name, 'unitName', '-'),
      json_build_object('kind', 'HEAD_OF_REGION', 'employeeId', null, 'nip', null, 'name', 'Wali Kota',
        'golongan', null, 'positionName', 'Wali Kota', 'unitName', '-')
    from (select e.*, random() as r from employees e where e.agency_id = ${agencyId}) e
    join positions p on p.agency_id = e.agency_id and p.id = e.position_id
    where e.r < 0.85`);
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from skps`);
  return row?.n ?? 0;
}

async function startBareAggregate(db: Database, agencyId: string): Promise<Running> {
  const app = Fastify({ logger: false });
  app.get('/bare/monitoring', async (request) => {
    const unitPath = (request.query as { unitPath?: string }).unitPath;
    const scope = unitPath ? sql`u.path like ${`${unitPath}%`}` : sql`true`;
    return { rows: await countByUnit(db, agencyId, YEAR, scope) };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, origin: `http://127.0.0.1:${address.port}` };
}

async function main() {
  const settings = loadSettings();
  const connections = Number(process.env.BENCH_MONITORING_CONNECTIONS ?? 10);
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap monitoring benchmark: ${settings.driver}, ${settings.employees.toLocaleString('en-US')} employees, ` +
      `${connections} connections, ${settings.rounds} × ${settings.duration} s per side`,
  );
  if (busy(loadAverageAtStart, cpus))
    log(`Warning: load average ${loadAverageAtStart.toFixed(2)}: numbers will be noisy.`);
  let database: BenchDatabase | null = null;
  const servers: Running[] = [];
  try {
    const t = performance.now();
    database = await openBenchDatabase(settings);
    const { handle } = database;
    const demo = await seedDemo(handle.db, { password: PASSWORD, employeeCount: settings.employees });
    const skps = await seedSkps(handle.db, demo.agencyId);
    await handle.db.execute(sql`vacuum analyze`);
    log(
      `Seed: ${settings.employees.toLocaleString('en-US')} employees, ${skps.toLocaleString('en-US')} SKPs in ${seconds(t).toFixed(1)} s`,
    );
    const [dinkes] = await queryRows<{ id: string; path: string }>(
      handle.db,
      sql`select id, path from units where agency_id = ${demo.agencyId} and code = 'DINKES'`,
    );
    if (!dinkes) throw new Error('DINKES not seeded');
    const app = await startApp(handle.db, handle.driver);
    servers.push(app);
    const bare = await startBareAggregate(handle.db, demo.agencyId);
    servers.push(bare);
    const session = await login(app.origin, demo.admin, PASSWORD);
    const scenarios = [
      { name: 'agency', app: `/api/skp-monitoring?year=${YEAR}`, bare: '/bare/monitoring' },
      {
        name: 'unit',
        app: `/api/skp-monitoring?year=${YEAR}&unitId=${dinkes.id}`,
        bare: `/bare/monitoring?unitPath=${encodeURIComponent(dinkes.path)}`,
      },
    ];
    for (const s of scenarios) {
      const res = await fetch(`${app.origin}${s.app}`, { headers: { cookie: session.cookie } });
      if (res.status !== 200) throw new Error(`${s.app}: HTTP ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { totals: { total: number } };
      log(`  ${s.name}: ${body.totals.total.toLocaleString('en-US')} people counted`);
    }
    const load = { connections, duration: settings.duration, workers: settings.loadWorkers };
    const summary = await compareScenarios(
      scenarios,
      { appOrigin: app.origin, bareOrigin: bare.origin, cookie: session.cookie },
      load,
      settings.rounds,
      log,
    );
    logSummary('Monitoring pengisian SKP', summary, log);
    const agency = summary.find((s) => s.name === 'agency');
    const pass = settings.driver === 'postgres' && agency !== undefined && agency.app.p99 < 150;
    log(
      `Target: whole-agency p99 < 150 ms on PostgreSQL: ${agency?.app.p99.toFixed(0)} ms → ${settings.driver === 'postgres' ? (pass ? 'PASS' : 'MISS') : 'n/a (PGlite)'}`,
    );
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), driver: settings.driver, employees: settings.employees, skps, connections, loadAverageAtStart, summary, pass }, null, 2)}\n`,
    );
    log(`Written to ${path.relative(process.cwd(), resultsFile)}`);
  } finally {
    for (const s of servers) await s.app.close().catch(() => {});
    await database?.dispose();
  }
}

main().catch((error: unknown) => {
  console.error('\nBenchmark failed:', error);
  process.exitCode = 1;
});

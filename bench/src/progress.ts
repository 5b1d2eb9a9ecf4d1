/**
 * `npm run bench:progress`: the live unit dashboard (GET /api/progress/units, issue 4) on a city of
 * BENCH_EMPLOYEES people (default 100,000) with an approved SKP each, a month of daily activity logs
 * (every working day of the previous month for ~85% of the people, in a realistic mix of statuses) and that
 * month's realisation reports, for the whole agency and for one unit (Dinas Kesehatan and its subtree),
 * next to a bare Fastify route that runs the direct SQL aggregate over the reports and the daily logs
 * (what the dashboard would cost without the running counts) on the same pool, in the same run.
 * Target (issue 4): p99 < 200 ms on PostgreSQL.
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
import { compareScenarios, logSummary } from './compare.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { busy } from './report.ts';
import { login, type Running, startApp } from './servers.ts';
import { loadSettings } from './settings.ts';
import { openMonthlyYear, previousMonth } from './year.ts';

const PASSWORD = 'sigap-bench-2026';
const resultsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results/progress.json');
const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

const { year: YEAR, month: MONTH } = previousMonth();

/**
 * Opens the year with monthly periods, gives everyone an approved SKP, ~85% of the people a daily log on
 * every working day of the month (set-based SQL; the statement-level triggers keep the counts) and ~70% a
 * submitted realisation report for the month. Returns the month's period id and the row counts.
 */
async function seedMonth(db: Database, agencyId: string) {
  const period = await openMonthlyYear(db, agencyId, YEAR, MONTH);
  await db.execute(sql`insert into skps (agency_id, id, employee_id, year, status, format, approach, position_id,
      unit_id, period_start, period_end, employee_snapshot, rater_snapshot)
    select e.agency_id, gen_random_uuid(), e.id, ${YEAR}, 'APPROVED',
      case when p.kind = 'JPT' then 'JPT' else 'JA_JF' end, 'KUANTITATIF', e.position_id, e.unit_id,
      ${`${YEAR}-01-01`}::date, ${`${YEAR}-12-31`}::date,
      json_build_object('kind', 'EMPLOYEE', 'employeeId', e.id, 'nip', e.nip, 'name', e.name,
        'golongan', e.golongan, 'positionName', p.name, 'unitName', '-'),
      json_build_object('kind', 'HEAD_OF_REGION', 'employeeId', null, 'nip', null, 'name', 'Wali Kota',
        'golongan', null, 'positionName', 'Wali Kota', 'unitName', '-')
    from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
    where e.agency_id = ${agencyId}`);
  await db.execute(sql`insert into daily_logs (agency_id, id, employee_id, unit_id, log_date, status, minutes, submitted_at)
    select agency_id, gen_random_uuid(), id, unit_id, day,
      case when r < 0.15 then 'DRAFT' when r < 0.45 then 'SUBMITTED' else 'APPROVED' end, 450,
      case when r < 0.15 then null else day + interval '17 hours' end
    from (
      select e.agency_id, e.id, e.unit_id, d::date as day, random() as r
      from (select e.*, random() as pick from employees e where e.agency_id = ${agencyId}) e
      cross join generate_series(${period.start_date}::date, ${period.end_date}::date, interval '1 day') d
      where e.pick < 0.85 and extract(isodow from d) < 6
    ) x`);
  await db.execute(sql`insert into realisation_reports (agency_id, id, skp_id, period_id, employee_id, unit_id, status,
      submitted_at, late, achievement)
    select s.agency_id, gen_random_uuid(), s.id, ${period.id}, s.employee_id, s.unit_id, 'SUBMITTED',
      now(), random() < 0.1, round((60 + random() * 60)::numeric, 1)::float8
    from skps s where s.agency_id = ${agencyId} and s.year = ${YEAR} and random() < 0.7`);
  const [counts] = await queryRows<{ logs: number; reports: number }>(
    db,
    sql`select (select count(*)::int from daily_logs) as logs, (select count(*)::int from realisation_reports) as reports`,
  );
  return {
    periodId: period.id,
    from: period.start_date,
    to: period.end_date,
    ...(counts as { logs: number; reports: number }),
  };
}

/** The direct aggregate the running counts replace: reports and daily logs per unit, scanned each time. */
async function startBareAggregate(
  db: Database,
  agencyId: string,
  month: { periodId: string; from: string; to: string },
): Promise<Running> {
  const app = Fastify({ logger: false });
  app.get('/bare/progress', async (request) => {
    const unitPath = (request.query as { unitPath?: string }).unitPath;
    const scope = unitPath ? sql`u.path like ${`${unitPath}%`}` : sql`true`;
    const rows = await queryRows(
      db,
      sql`select u.id, (select count(*) from employees e where e.agency_id = u.agency_id and e.unit_id = u.id and e.status = 'ACTIVE') as headcount,
            r.submitted, r.late, r.achievement, l.draft, l.submitted as logs_submitted, l.approved
          from units u
          left join (select unit_id, count(*) as submitted, count(*) filter (where late) as late, avg(achievement) as achievement
                     from realisation_reports where agency_id = ${agencyId} and period_id = ${month.periodId} and status = 'SUBMITTED'
                     group by unit_id) r on r.unit_id = u.id
          left join (select unit_id, count(*) filter (where status = 'DRAFT') as draft,
                            count(*) filter (where status = 'SUBMITTED') as submitted,
                            count(*) filter (where status = 'APPROVED') as approved
                     from daily_logs where agency_id = ${agencyId} and log_date between ${month.from} and ${month.to}
                     group by unit_id) l on l.unit_id = u.id
          where u.agency_id = ${agencyId} and ${scope}`,
    );
    return { rows };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, origin: `http://127.0.0.1:${address.port}` };
}

async function main() {
  const settings = loadSettings();
  const connections = Number(process.env.BENCH_PROGRESS_CONNECTIONS ?? 10);
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap unit dashboard benchmark: ${settings.driver}, ${settings.employees.toLocaleString('en-US')} employees, ` +
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
    const month = await seedMonth(handle.db, demo.agencyId);
    await handle.db.execute(sql`vacuum analyze`);
    log(
      `Seed: ${settings.employees.toLocaleString('en-US')} employees, ${month.logs.toLocaleString('en-US')} daily logs and ` +
        `${month.reports.toLocaleString('en-US')} reports of ${month.from}..${month.to} in ${seconds(t).toFixed(1)} s`,
    );
    const [dinkes] = await queryRows<{ id: string; path: string }>(
      handle.db,
      sql`select id, path from units where agency_id = ${demo.agencyId} and code = 'DINKES'`,
    );
    if (!dinkes) throw new Error('DINKES not seeded');
    const app = await startApp(handle.db, handle.driver);
    servers.push(app);
    const bare = await startBareAggregate(handle.db, demo.agencyId, month);
    servers.push(bare);
    const session = await login(app.origin, demo.admin, PASSWORD);
    const scenarios = [
      { name: 'agency', app: `/api/progress/units?periodId=${month.periodId}`, bare: '/bare/progress' },
      {
        name: 'unit',
        app: `/api/progress/units?periodId=${month.periodId}&unitId=${dinkes.id}`,
        bare: `/bare/progress?unitPath=${encodeURIComponent(dinkes.path)}`,
      },
    ];
    for (const s of scenarios) {
      const res = await fetch(`${app.origin}${s.app}`, { headers: { cookie: session.cookie } });
      if (res.status !== 200) throw new Error(`${s.app}: HTTP ${res.status} ${await res.text()}`);
      const body = (await res.json()) as {
        totals: { headcount: number; submitted: number; dailyLog: { approved: number } };
      };
      log(
        `  ${s.name}: ${body.totals.headcount.toLocaleString('en-US')} people, ${body.totals.submitted.toLocaleString('en-US')} reports, ` +
          `${body.totals.dailyLog.approved.toLocaleString('en-US')} approved log days`,
      );
    }
    const load = { connections, duration: settings.duration, workers: settings.loadWorkers };
    const summary = await compareScenarios(
      scenarios,
      { appOrigin: app.origin, bareOrigin: bare.origin, cookie: session.cookie },
      load,
      settings.rounds,
      log,
    );
    logSummary('Unit dashboard (realisation + daily logs)', summary, log);
    const agency = summary.find((s) => s.name === 'agency');
    const pass = settings.driver === 'postgres' && agency !== undefined && agency.app.p99 < 200;
    log(
      `Target: whole-agency p99 < 200 ms on PostgreSQL: ${agency?.app.p99.toFixed(0)} ms → ${settings.driver === 'postgres' ? (pass ? 'PASS' : 'MISS') : 'n/a (PGlite)'}`,
    );
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), driver: settings.driver, employees: settings.employees, dailyLogs: month.logs, reports: month.reports, connections, loadAverageAtStart, summary, pass }, null, 2)}\n`,
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

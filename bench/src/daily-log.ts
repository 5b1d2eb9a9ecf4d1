/**
 * `npm run bench:daily-log` (issue: monitoring and coaching, point 3): daily-log submission — each day is
 * saved (PUT /api/daily-logs/mine/:date with three activities) then submitted (POST …/submit) through the
 * real API with real sessions (BENCH_DAILY_LOG_PEOPLE (200) signed-in employees, each writing past days), at
 * BENCH_DAILY_LOG_CONNECTIONS (50) — next to a bare Fastify route pair on the same pool, in the same run,
 * that writes the same rows: one transaction inserting the day and its activities, then one UPDATE to
 * submit it (no session, policy, validation, rater lookup, audit record). Targets: ≥ 60% of the bare
 * throughput, p99 < 100 ms on PostgreSQL. Both sides count requests (two per day).
 *
 * Exits 0 whether the targets are met or not (it measures), non-zero when something fails.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { type Database, queryRows, sqlArray } from '../../apps/api/src/db/client.ts';
import { seedDemo } from '../../apps/api/src/demo/seed.ts';
import { SEAL_INTERVAL_MS } from '../../apps/api/src/jobs/scheduler.ts';
import { dateInZone } from '../../apps/api/src/lib/clock.ts';
import { sealAllChains, verifyChain } from '../../apps/api/src/modules/audit/audit.service.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { busy } from './report.ts';
import { login, type Running, startApp } from './servers.ts';
import { loadSettings } from './settings.ts';

const PASSWORD = 'sigap-bench-2026';
const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.resolve(here, '../results/daily-log.json');
const log = (line: string) => console.log(line);

interface Measured {
  requestsPerSecond: number;
  daysPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

let runNumber = 0;

/** One run: every connection saves then submits days, each day a fresh (employee, date). */
async function fire(origin: string, mode: 'api' | 'bare', connections: number, duration: number) {
  process.env.BENCH_DL_MODE = mode;
  process.env.BENCH_DL_RUN = String(runNumber);
  runNumber += 1;
  const result = await autocannon({
    url: origin,
    connections,
    duration,
    // One worker: the slot counter lives in it (see daily-log-request.cjs), off the server's event loop.
    workers: 1,
    requests: [
      { method: 'PUT', setupRequest: path.join(here, 'daily-log-request.cjs') },
      { method: 'POST', setupRequest: path.join(here, 'daily-log-request.cjs') },
    ],
    timeout: 30,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    daysPerSecond: result.requests.total / 2 / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  } satisfies Measured;
}

/** The baseline: the same rows written with the fewest statements, no framework work around them. */
async function startBare(db: Database, agencyId: string): Promise<Running> {
  const app = Fastify({ logger: false });
  app.post('/bare/daily-logs', async (request, reply) => {
    const body = request.body as {
      employeeId: string;
      unitId: string;
      date: string;
      entries: { start: string; end: string; description: string }[];
    };
    const id = randomUUID();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into daily_logs (agency_id, id, employee_id, unit_id, log_date, minutes)
        values (${agencyId}, ${id}, ${body.employeeId}, ${body.unitId}, ${body.date}::date, 390)`);
      await tx.execute(sql`insert into daily_log_entries (agency_id, id, log_id, seq, start_time, end_time, description)
        select ${agencyId}::uuid, gen_random_uuid(), ${id}::uuid, s.seq - 1, s.start_time, s.end_time, s.description
        from unnest(${sqlArray(
          body.entries.map((e) => e.start),
          'text',
        )}, ${sqlArray(
          body.entries.map((e) => e.end),
          'text',
        )}, ${sqlArray(
          body.entries.map((e) => e.description),
          'text',
        )}) with ordinality as s(start_time, end_time, description, seq)`);
    });
    return reply.status(200).send({ id });
  });
  app.post('/bare/daily-logs/submit', async (request, reply) => {
    const body = request.body as { employeeId: string; date: string };
    await db.execute(sql`update daily_logs set status = 'SUBMITTED', submitted_at = now()
      where agency_id = ${agencyId} and employee_id = ${body.employeeId} and log_date = ${body.date}::date
        and status = 'DRAFT'`);
    return reply.status(200).send({ ok: true });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, origin: `http://127.0.0.1:${address.port}` };
}

async function main() {
  const settings = loadSettings();
  const connections = Number(process.env.BENCH_DAILY_LOG_CONNECTIONS ?? 50);
  const people = Number(process.env.BENCH_DAILY_LOG_PEOPLE ?? 200);
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap daily-log benchmark: ${settings.driver}, ${connections} connections, ${people} people, ${settings.rounds} × ${settings.duration} s per side`,
  );
  if (busy(loadAverageAtStart, cpus))
    log(`Warning: load average ${loadAverageAtStart.toFixed(2)}: numbers will be noisy.`);
  let database: BenchDatabase | null = null;
  const servers: Running[] = [];
  let sealer: NodeJS.Timeout | undefined;
  try {
    database = await openBenchDatabase(settings);
    const { handle } = database;
    const demo = await seedDemo(handle.db, { password: PASSWORD, employeeCount: Math.max(300, people * 2) });
    // People with a rater today (the API submits to the rater in force) and an account.
    const staff = await queryRows<{ id: string; nip: string; unit_id: string }>(
      handle.db,
      sql`select e.id, e.nip, e.unit_id from employees e
          join users u on u.agency_id = e.agency_id and u.employee_id = e.id and u.active
          where e.agency_id = ${demo.agencyId} and exists (select 1 from reporting_lines rl
            where rl.agency_id = e.agency_id and rl.employee_id = e.id and rl.valid_to is null)
          order by e.nip limit ${people}`,
    );
    if (staff.length < people) throw new Error(`only ${staff.length} people with a rater and an account`);
    const app = await startApp(handle.db, handle.driver);
    servers.push(app);
    // As in production (jobs/scheduler.ts): the audit sealer links new records into the chain every second.
    sealer = setInterval(() => {
      sealAllChains(handle.db).catch((error: unknown) => console.error('sealing failed', error));
    }, SEAL_INTERVAL_MS);
    const bare = await startBare(handle.db, demo.agencyId);
    servers.push(bare);
    let t = performance.now();
    const sessions = [];
    for (const person of staff) {
      const session = await login(app.origin, person.nip, PASSWORD);
      sessions.push({ ...session, employeeId: person.id, unitId: person.unit_id });
    }
    log(`Signed in ${sessions.length} people in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    process.env.BENCH_DL_SESSIONS = JSON.stringify(sessions);
    process.env.BENCH_DL_TODAY = dateInZone(new Date(), 'Asia/Jakarta');

    // warm-up
    t = performance.now();
    await fire(app.origin, 'api', connections, 2);
    await fire(bare.origin, 'bare', connections, 2);
    const runs: { app: Measured[]; bare: Measured[] } = { app: [], bare: [] };
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
      for (const side of order) {
        const r =
          side === 'app'
            ? await fire(app.origin, 'api', connections, settings.duration)
            : await fire(bare.origin, 'bare', connections, settings.duration);
        if (r.non2xx > 0 || r.errors > 0) throw new Error(`${side}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        runs[side].push(r);
        log(
          `  round ${round + 1}  ${side.padEnd(4)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s (${r.daysPerSecond.toFixed(0)} days/s)  p50 ${r.p50.toFixed(0)} ms  p99 ${r.p99.toFixed(0)} ms`,
        );
      }
    }

    // Everything the API wrote is there: submitted days with their activities, each audited twice.
    const [written] = await queryRows<{ days: number; submitted: number; entries: number; audits: number }>(
      handle.db,
      sql`select (select count(*)::int from daily_logs where agency_id = ${demo.agencyId}) as days,
            (select count(*)::int from daily_logs where agency_id = ${demo.agencyId} and status = 'SUBMITTED') as submitted,
            (select count(*)::int from daily_log_entries where agency_id = ${demo.agencyId}) as entries,
            (select count(*)::int from audit_log where agency_id = ${demo.agencyId}
               and action in ('dailyLog.save', 'dailyLog.submit')) as audits`,
    );
    const [counts] = await queryRows<{ mismatched: number }>(
      handle.db,
      sql`select count(*)::int as mismatched from (
            select unit_id, log_date, status, count(*)::int as n from daily_logs group by 1, 2, 3) a
          full join (select unit_id, log_date, status, n from daily_log_unit_counts where n <> 0) c
            using (unit_id, log_date, status)
          where a.n is distinct from c.n`,
    );
    const sessionsIds = sessions.map((s) => s.employeeId);
    const [unexpected] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from daily_logs where agency_id = ${demo.agencyId}
          and not (employee_id = any(${sqlArray(sessionsIds, 'uuid')}))`,
    );
    if (unexpected?.n) throw new Error(`${unexpected.n} days written for people outside the run`);

    const rate = (xs: Measured[]) => xs.reduce((a, x) => a + x.requestsPerSecond, 0) / xs.length;
    const worstP99 = (xs: Measured[]) => Math.max(...xs.map((x) => x.p99));
    const ratio = rate(runs.app) / rate(runs.bare);
    log('\n=== Daily-log submission (save + submit a day) ===');
    log(
      `API ${rate(runs.app).toFixed(0)} req/s (p99 ${worstP99(runs.app).toFixed(0)} ms) vs bare ${rate(runs.bare).toFixed(0)} req/s (p99 ${worstP99(runs.bare).toFixed(0)} ms): ${(ratio * 100).toFixed(0)}%`,
    );
    log(
      `Target ≥ 60% → ${ratio >= 0.6 ? 'PASS' : 'MISS'};  p99 < 100 ms on PostgreSQL → ${settings.driver !== 'postgres' ? 'n/a' : worstP99(runs.app) < 100 ? 'PASS' : 'MISS'}`,
    );
    log(
      `Written: ${written?.days} days (${written?.submitted} submitted), ${written?.entries} activities, ${written?.audits} audit records; running counts ${counts?.mismatched === 0 ? 'match' : `DIFFER in ${counts?.mismatched} rows`}; ${((performance.now() - t) / 1000).toFixed(0)} s of load`,
    );
    if (counts?.mismatched) throw new Error('daily_log_unit_counts differs from the rows');
    clearInterval(sealer);
    const chain = await verifyChain(handle.db, demo.agencyId);
    log(`Audit chain: ${chain.checked} records sealed and verified${chain.ok ? '' : ' — BROKEN'}`);
    if (!chain.ok) throw new Error(`audit chain broken at ${JSON.stringify(chain.firstBroken)}`);
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), driver: settings.driver, connections, people, loadAverageAtStart, submit: runs, ratio, written }, null, 2)}\n`,
    );
  } finally {
    clearInterval(sealer);
    for (const s of servers) await s.app.close().catch(() => {});
    // pool.end() returns before its idle connections are gone; dropping the database ends them, which
    // is not an error of the run.
    database?.handle.pool?.on('error', () => {});
    await database?.dispose();
  }
}

main().catch((error: unknown) => {
  console.error('\nBenchmark failed:', error);
  process.exitCode = 1;
});

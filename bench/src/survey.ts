/**
 * `npm run bench:survey` (issue: citizens' voice):
 * 1. survey submission (POST /api/public/service-units/:id/responses, each request a new answer with its
 *    own client id) at BENCH_SURVEY_CONNECTIONS (100) next to a bare Fastify route that inserts the same
 *    row with one INSERT on the same pool, in the same run. Targets: ≥ 60% of the bare route's
 *    throughput, p99 < 100 ms on PostgreSQL.
 * 2. the IKM report (GET /api/service-units/:id/skm?period=YYYY) for a unit-year holding
 *    BENCH_SURVEY_RESPONSES (1,000,000) answers. Target < 1 s.
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
import { type Database, queryRows } from '../../apps/api/src/db/client.ts';
import { seedDemo } from '../../apps/api/src/demo/seed.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { busy } from './report.ts';
import { login, type Running, startApp } from './servers.ts';
import { loadSettings } from './settings.ts';

const PASSWORD = 'sigap-bench-2026';
const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.resolve(here, '../results/survey.json');
const log = (line: string) => console.log(line);
const YEAR = new Date().getFullYear();

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function firePost(
  origin: string,
  url: string,
  connections: number,
  duration: number,
  workers: number,
): Promise<Measured> {
  const result = await autocannon({
    url: `${origin}${url}`,
    connections,
    duration,
    workers,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'kiosk-bench' },
    requests: [{ method: 'POST', setupRequest: path.join(here, 'survey-request.cjs') }],
    timeout: 30,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function startBareInsert(db: Database, agencyId: string, serviceUnitId: string): Promise<Running> {
  const app = Fastify({ logger: false });
  app.post('/bare/responses', async (request, reply) => {
    const body = request.body as { clientId: string; answers: Record<string, number>; channel: string };
    const a = body.answers;
    await db.execute(sql`insert into skm_responses (agency_id, id, service_unit_id, responded_on, u1, u2, u3, u4, u5,
        u6, u7, u8, u9, channel) values (${agencyId}, ${body.clientId}, ${serviceUnitId}, current_date,
        ${a.U1}, ${a.U2}, ${a.U3}, ${a.U4}, ${a.U5}, ${a.U6}, ${a.U7}, ${a.U8}, ${a.U9}, ${body.channel})`);
    return reply.status(201).send({ id: body.clientId });
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { app, origin: `http://127.0.0.1:${address.port}` };
}

/** BENCH_SURVEY_RESPONSES answers spread over the year for one unit, generated in the database. */
async function seedResponses(db: Database, agencyId: string, serviceUnitId: string, count: number) {
  await db.execute(sql`insert into skm_responses (agency_id, id, service_unit_id, responded_on, u1, u2, u3, u4, u5,
      u6, u7, u8, u9, sex, age, education, occupation, channel, comment)
    select ${agencyId}::uuid, gen_random_uuid(), ${serviceUnitId}::uuid,
      make_date(${YEAR}, 1, 1) + (i % 365),
      1 + (i * 7) % 4, 1 + (i * 11) % 4, 1 + (i * 13) % 4, 2 + (i % 3), 1 + (i * 17) % 4,
      3 + (i % 2), 2 + (i % 3), 1 + (i * 19) % 4, 1 + (i * 23) % 4,
      case when i % 2 = 0 then 'L' else 'P' end, 18 + (i % 60),
      (array['SD','SMP','SMA','D1_D3','D4_S1','S2','S3'])[1 + i % 7],
      (array['PNS','TNI_POLRI','SWASTA','WIRAUSAHA','PELAJAR_MAHASISWA','LAINNYA'])[1 + i % 6],
      'LINK', case when i % 5000 = 0 then 'Pelayanan cepat, terima kasih' end
    from generate_series(1, ${count}) as i`);
}

async function main() {
  const settings = loadSettings();
  const connections = Number(process.env.BENCH_SURVEY_CONNECTIONS ?? 100);
  const responses = Number((process.env.BENCH_SURVEY_RESPONSES ?? '1000000').replaceAll('_', ''));
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap survey benchmark: ${settings.driver}, ${connections} connections, ${settings.rounds} × ${settings.duration} s per side`,
  );
  if (busy(loadAverageAtStart, cpus))
    log(`Warning: load average ${loadAverageAtStart.toFixed(2)}: numbers will be noisy.`);
  let database: BenchDatabase | null = null;
  const servers: Running[] = [];
  try {
    database = await openBenchDatabase(settings);
    const { handle } = database;
    const demo = await seedDemo(handle.db, { password: PASSWORD, employeeCount: 300 });
    const [unit] = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from units where agency_id = ${demo.agencyId} and code = 'DINKES'`,
    );
    const measuredUnit = randomUUID();
    const reportUnit = randomUUID();
    for (const [id, name] of [
      [measuredUnit, 'Loket bench'],
      [reportUnit, 'Puskesmas bench'],
    ] as const) {
      await handle.db.execute(sql`insert into service_units (agency_id, id, unit_id, name)
        values (${demo.agencyId}, ${id}, ${unit?.id}, ${name})`);
    }
    const app = await startApp(handle.db, handle.driver);
    servers.push(app);
    const bare = await startBareInsert(handle.db, demo.agencyId, measuredUnit);
    servers.push(bare);
    const apiUrl = `/api/public/service-units/${measuredUnit}/responses`;
    // warm-up
    await firePost(app.origin, apiUrl, connections, 2, settings.loadWorkers);
    await firePost(bare.origin, '/bare/responses', connections, 2, settings.loadWorkers);
    const runs: { app: Measured[]; bare: Measured[] } = { app: [], bare: [] };
    for (let round = 0; round < settings.rounds; round += 1) {
      const order = round % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
      for (const side of order) {
        const r =
          side === 'app'
            ? await firePost(app.origin, apiUrl, connections, settings.duration, settings.loadWorkers)
            : await firePost(
                bare.origin,
                '/bare/responses',
                connections,
                settings.duration,
                settings.loadWorkers,
              );
        if (r.non2xx > 0 || r.errors > 0) throw new Error(`${side}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        runs[side].push(r);
        log(
          `  round ${round + 1}  submit ${side.padEnd(4)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(0)} ms  p99 ${r.p99.toFixed(0)} ms`,
        );
      }
    }
    const rate = (xs: Measured[]) => xs.reduce((a, x) => a + x.requestsPerSecond, 0) / xs.length;
    const worstP99 = (xs: Measured[]) => Math.max(...xs.map((x) => x.p99));
    const ratio = rate(runs.app) / rate(runs.bare);

    let t = performance.now();
    await seedResponses(handle.db, demo.agencyId, reportUnit, responses);
    await handle.db.execute(sql`vacuum analyze skm_responses`);
    log(
      `Seeded ${responses.toLocaleString('en-US')} answers for one unit-year in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const session = await login(app.origin, demo.admin, PASSWORD);
    const reportTimes: number[] = [];
    let ikm: number | null = null;
    for (let i = 0; i < 6; i += 1) {
      t = performance.now();
      const res = await fetch(`${app.origin}/api/service-units/${reportUnit}/skm?period=${YEAR}`, {
        headers: { cookie: session.cookie },
      });
      if (res.status !== 200) throw new Error(`report: HTTP ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { respondents: number; ikm: number | null };
      if (body.respondents !== responses)
        throw new Error(`report counted ${body.respondents}, expected ${responses}`);
      ikm = body.ikm;
      reportTimes.push(performance.now() - t);
    }
    const warm = reportTimes.slice(1);
    const reportMs = warm.reduce((a, b) => a + b, 0) / warm.length;
    log('\n=== Survey submission ===');
    log(
      `API ${rate(runs.app).toFixed(0)} req/s (p99 ${worstP99(runs.app).toFixed(0)} ms) vs bare insert ${rate(runs.bare).toFixed(0)} req/s (p99 ${worstP99(runs.bare).toFixed(0)} ms): ${(ratio * 100).toFixed(0)}%`,
    );
    log(
      `Target ≥ 60% → ${ratio >= 0.6 ? 'PASS' : 'MISS'};  p99 < 100 ms on PostgreSQL → ${settings.driver !== 'postgres' ? 'n/a' : worstP99(runs.app) < 100 ? 'PASS' : 'MISS'}`,
    );
    log(`\n=== IKM report, ${responses.toLocaleString('en-US')} answers in one unit-year ===`);
    log(
      `first ${reportTimes[0]?.toFixed(0)} ms, then mean ${reportMs.toFixed(0)} ms (IKM ${ikm}) → target < 1 s: ${reportMs < 1000 ? 'PASS' : 'MISS'}`,
    );
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), driver: settings.driver, connections, loadAverageAtStart, submit: runs, ratio, report: { responses, times: reportTimes, meanWarmMs: reportMs } }, null, 2)}\n`,
    );
  } finally {
    for (const s of servers) await s.app.close().catch(() => {});
    await database?.dispose();
  }
}

main().catch((error: unknown) => {
  console.error('\nBenchmark failed:', error);
  process.exitCode = 1;
});

/**
 * `npm run bench`: the performance benchmark of Sigap (see bench/README.md).
 *
 * 1. a fresh database (PostgreSQL `sigap_bench_<timestamp>_<pid>`, dropped at the end; or PGlite);
 * 2. the demo city with BENCH_EMPLOYEES people (seedDemo);
 * 3. search: GET /api/employees (the real app) next to a bare Fastify route running the same SQL;
 * 4. import: POST /api/imports/employees/commit of N new people next to a raw COPY of the same rows;
 * 5. a summary with the targets, also written to bench/results/latest.json.
 *
 * Exits 0 whether the targets are met or not (it measures), non-zero when something fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../apps/api/src/demo/seed.ts';
import { type BenchDatabase, openBenchDatabase } from './database.ts';
import { buildImportFixture, checkpoint, copyRows, importThroughApi, prepareCopyTables } from './import.ts';
import { type BenchReport, busy, formatReport, type ImportResult, targetsOf } from './report.ts';
import { runSearchBench, type ScenarioResult } from './search.ts';
import { login, type Running, startApp, startBare } from './servers.ts';
import { loadSettings } from './settings.ts';

const PASSWORD = 'sigap-bench-2026';
const resultsFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results/latest.json');

const log = (line: string) => console.log(line);
const seconds = (since: number) => (performance.now() - since) / 1000;

async function main(): Promise<void> {
  const settings = loadSettings();
  const cpus = os.availableParallelism();
  const loadAverageAtStart = os.loadavg()[0] ?? 0;
  log(
    `Sigap benchmark: ${settings.driver}, ${settings.employees.toLocaleString('en-US')} employees, ` +
      `${settings.connections} connections, ${settings.rounds} × ${settings.duration} s per side`,
  );
  log(
    `Note: ${cpus} CPU(s) here are shared by the load generator (autocannon, ${settings.loadWorkers} worker ` +
      'thread), the API and the database; absolute numbers are lower than on a dedicated server, ' +
      'the ratios are what to compare.',
  );
  if (busy(loadAverageAtStart, cpus)) {
    log(
      `Warning: load average ${loadAverageAtStart.toFixed(2)} before the run: other work on this machine ` +
        'will make the numbers low and noisy. Run it on a quiet machine.',
    );
  }

  let database: BenchDatabase | null = null;
  const servers: Running[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const s of servers.splice(0)) await s.app.close().catch(() => {});
    await database?.dispose();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: cleaning up…`);
    cleanup()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let t = performance.now();
    database = await openBenchDatabase(settings);
    const { handle } = database;
    log(
      `Database: ${database.description} (${database.serverVersion.split(',')[0]}), migrated in ${seconds(t).toFixed(1)} s`,
    );

    t = performance.now();
    const demo = await seedDemo(handle.db, { password: PASSWORD, employeeCount: settings.employees });
    const seedSeconds = seconds(t);
    log(
      `Seed: ${settings.employees.toLocaleString('en-US')} employees in ${seedSeconds.toFixed(1)} s (seedDemo)`,
    );
    if (settings.setupSql) {
      const text = readFileSync(settings.setupSql, 'utf8');
      if (handle.pglite) await handle.pglite.exec(text);
      else await handle.pool?.query(text);
      log(`BENCH_SETUP_SQL: ran ${settings.setupSql}`);
    }
    t = performance.now();
    await handle.db.execute(sql`vacuum analyze`);
    log(`vacuum analyze: ${seconds(t).toFixed(1)} s`);

    const app = await startApp(handle.db, handle.driver);
    servers.push(app);
    const bare = await startBare(handle.db, demo.agencyId);
    servers.push(bare);
    const session = await login(app.origin, demo.admin, PASSWORD);

    let search: ScenarioResult[] | null = null;
    if (!settings.skipSearch) {
      log('\nSearch: API (GET /api/employees) vs bare route (same SQL)');
      search = await runSearchBench(
        handle.db,
        demo.agencyId,
        { app: app.origin, bare: bare.origin },
        session,
        settings,
        log,
      );
    }

    let imported: ImportResult | null = null;
    if (!settings.skipImport) {
      log(`\nImport: ${settings.importRows.toLocaleString('en-US')} new people`);
      t = performance.now();
      const fixture = await buildImportFixture(handle, demo.agencyId, settings.importRows, new Date());
      await prepareCopyTables(handle);
      log(
        `  fixture and COPY tables ready in ${seconds(t).toFixed(1)} s (${(fixture.csv.length / 1048576).toFixed(1)} MiB CSV)`,
      );
      // COPY before and after the import: drift on a shared machine then weighs on both sides.
      const copy = { bench_copy: [] as number[], bench_copy_fk: [] as number[] };
      const copyBoth = async (when: string) => {
        for (const table of ['bench_copy', 'bench_copy_fk'] as const) {
          await checkpoint(handle);
          const s = await copyRows(handle, fixture, table);
          copy[table].push(s);
          log(`  COPY ${table} (${when}): ${s.toFixed(2)} s`);
        }
      };
      await copyBoth('before');
      await checkpoint(handle);
      const api = await importThroughApi(handle, app.origin, session, fixture);
      log(`  API import: ${api.seconds.toFixed(2)} s`);
      await copyBoth('after');
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const copySeconds = mean(copy.bench_copy);
      const copyFkSeconds = mean(copy.bench_copy_fk);
      const copyRate = fixture.rows / copySeconds;
      const apiRate = fixture.rows / api.seconds;
      imported = {
        rows: fixture.rows,
        fileBytes: fixture.csv.length,
        copy: { seconds: copySeconds, rowsPerSecond: copyRate, runs: copy.bench_copy },
        copyWithForeignKeys: {
          seconds: copyFkSeconds,
          rowsPerSecond: fixture.rows / copyFkSeconds,
          runs: copy.bench_copy_fk,
        },
        api: { seconds: api.seconds, rowsPerSecond: apiRate, phases: api.phases },
        ratio: apiRate / copyRate,
      };
    }

    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        cpus,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverageAtStart,
      },
      database: { driver: settings.driver, version: database.serverVersion, where: database.description },
      settings: {
        employees: settings.employees,
        importRows: settings.importRows,
        connections: settings.connections,
        durationSeconds: settings.duration,
        warmupSeconds: settings.warmup,
        rounds: settings.rounds,
        poolSize: settings.poolSize,
        loadWorkers: settings.loadWorkers,
        setupSql: settings.setupSql,
      },
      seedSeconds,
      search,
      import: imported,
      targets: targetsOf(settings.driver, search, imported),
    };
    log(formatReport(report));
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    log(`Written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().catch((error: unknown) => {
  console.error('\nBenchmark failed:', error);
  process.exitCode = 1;
});

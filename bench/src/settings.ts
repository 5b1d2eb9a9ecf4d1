/** Benchmark settings, from the environment (see bench/README.md). */
export interface BenchSettings {
  driver: 'postgres' | 'pglite';
  /** Admin connection: the benchmark creates (and drops) its own database next to this one. */
  adminUrl: string;
  employees: number;
  importRows: number;
  /** Seconds per load run. */
  duration: number;
  warmup: number;
  connections: number;
  /** Each scenario is measured this many times per side, alternating bare/app (ABBA…). */
  rounds: number;
  poolSize: number;
  /** Worker threads that generate the load (0 = on the server's own event loop: do not). */
  loadWorkers: number;
  keepDatabase: boolean;
  /** Only some scenarios (comma-separated names), for quick checks. */
  scenarios: string[] | null;
  skipSearch: boolean;
  skipImport: boolean;
  /** SQL file run after seeding (e.g. to try an index before proposing a migration). */
  setupSql: string | null;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be an integer ≥ ${min} (got "${raw}")`);
  return value;
}

const flag = (env: NodeJS.ProcessEnv, name: string) =>
  ['1', 'true', 'yes'].includes((env[name] ?? '').toLowerCase());

export function loadSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const driverRaw = (env.BENCH_DRIVER ?? 'postgres').toLowerCase();
  if (driverRaw !== 'postgres' && driverRaw !== 'pglite') {
    throw new Error(`BENCH_DRIVER must be "postgres" or "pglite" (got "${driverRaw}")`);
  }
  const driver = driverRaw;
  // PGlite is one single-threaded connection: a smaller city keeps the embedded run short.
  const employees = int(env, 'BENCH_EMPLOYEES', driver === 'pglite' ? 20_000 : 100_000, 100);
  const scenarios = (env.BENCH_SCENARIOS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    driver,
    adminUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    employees,
    importRows: int(env, 'BENCH_IMPORT_ROWS', employees, 1),
    duration: int(env, 'BENCH_DURATION', 10, 1),
    warmup: int(env, 'BENCH_WARMUP', 3, 0),
    connections: int(env, 'BENCH_CONNECTIONS', 50, 1),
    rounds: int(env, 'BENCH_ROUNDS', 2, 1),
    poolSize: int(env, 'BENCH_POOL_SIZE', 10, 1),
    loadWorkers: int(env, 'BENCH_LOAD_WORKERS', 1, 0),
    keepDatabase: flag(env, 'BENCH_KEEP_DATABASE'),
    scenarios: scenarios.length > 0 ? scenarios : null,
    skipSearch: flag(env, 'BENCH_SKIP_SEARCH'),
    skipImport: flag(env, 'BENCH_SKIP_IMPORT'),
    setupSql: env.BENCH_SETUP_SQL || null,
  };
}

import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../apps/api/src/db/client.ts';
import { fire, type LoadResult, type LoadTarget } from './load.ts';
import type { Session } from './servers.ts';
import type { BenchSettings } from './settings.ts';

export interface Scenario {
  name: string;
  description: string;
  /** Rows matching the filter (the `total` of the page); null for a rotation of several queries. */
  matches: number | null;
  app: string[];
  bare: string[];
}

export type Side = 'bare' | 'app';

export interface SideSummary {
  /** All rounds together: requests / seconds. */
  requestsPerSecond: number;
  /** Mean of the rounds' medians. */
  p50: number;
  p90: number;
  /** Worst of the rounds' p99 (conservative). */
  p99: number;
  requests: number;
  runs: LoadResult[];
}

export interface ScenarioResult {
  name: string;
  description: string;
  matches: number | null;
  bare: SideSummary;
  app: SideSummary;
  /** app / bare throughput. */
  ratio: number;
}

const PAGE = 'page=1&pageSize=25';

/** Realistic queries of the people list, built from the seeded data. */
export async function buildScenarios(db: Database, agencyId: string): Promise<Omit<Scenario, 'matches'>[]> {
  const [unit] = await queryRows<{ id: string; path: string; name: string }>(
    db,
    sql`select id, path, name from units where agency_id = ${agencyId} and code = 'DINKES'`,
  );
  if (!unit) throw new Error('seeded unit DINKES not found');
  const [someone] = await queryRows<{ nip: string }>(
    db,
    sql`select nip from employees where agency_id = ${agencyId} order by nip
        offset (select count(*) / 2 from employees where agency_id = ${agencyId}) limit 1`,
  );
  if (!someone) throw new Error('no seeded employee');
  const nipPrefix = someone.nip.slice(0, 8);
  // A surname search: "santoso" (the example) while the demo names have it, else the most
  // common last word of the seeded names.
  const [word] = await queryRows<{ w: string }>(
    db,
    sql`select lower(substring(name from '([^ ]+)$')) as w from employees where agency_id = ${agencyId}
        group by 1 order by (lower(substring(name from '([^ ]+)$')) = 'santoso') desc, count(*) desc, 1 limit 1`,
  );
  const surname = encodeURIComponent(word?.w ?? 'santoso');
  const one = (name: string, description: string, app: string, bare: string) => ({
    name,
    description,
    app: [`/api/employees?${app}${app ? '&' : ''}${PAGE}`],
    bare: [`/bare/employees?${bare}${bare ? '&' : ''}${PAGE}`],
  });
  const scenarios = [
    one('list', 'first page, no filter (opening the list)', '', ''),
    one('name', `name search q=${surname} (substring)`, `q=${surname}`, `q=${surname}`),
    one('nip', `NIP prefix q=${nipPrefix} (birth date)`, `q=${nipPrefix}`, `q=${nipPrefix}`),
    one(
      'unit',
      `unit filter: ${unit.name} and sub-units`,
      `unitId=${unit.id}`,
      `unitPath=${encodeURIComponent(unit.path)}`,
    ),
  ];
  return [
    {
      name: 'mixed',
      description: 'the four queries above in rotation (headline)',
      app: scenarios.flatMap((s) => s.app),
      bare: scenarios.flatMap((s) => s.bare),
    },
    ...scenarios,
  ];
}

/** Both routes must answer 200 with the same rows before anything is measured. */
export async function verifyScenario(
  scenario: Omit<Scenario, 'matches'>,
  origins: Record<Side, string>,
  session: Session,
): Promise<number | null> {
  let matches: number | null = null;
  for (let i = 0; i < scenario.app.length; i += 1) {
    const get = async (url: string, headers: Record<string, string>) => {
      const response = await fetch(url, { headers });
      if (response.status !== 200)
        throw new Error(`GET ${url}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as { total: number; items: { id: string }[] };
    };
    const app = await get(`${origins.app}${scenario.app[i]}`, { cookie: session.cookie });
    const bare = await get(`${origins.bare}${scenario.bare[i]}`, {});
    const ids = (page: { items: { id: string }[] }) => page.items.map((x) => x.id).join(',');
    if (app.total !== bare.total || ids(app) !== ids(bare)) {
      throw new Error(
        `scenario ${scenario.name}: the API and the bare route disagree (${app.total} vs ${bare.total})`,
      );
    }
    matches = scenario.app.length === 1 ? app.total : null;
  }
  return matches;
}

function summarise(runs: LoadResult[]): SideSummary {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const mean = (pick: (r: LoadResult) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return {
    requestsPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: mean((r) => r.p50),
    p90: mean((r) => r.p90),
    p99: Math.max(...runs.map((r) => r.p99)),
    requests,
    runs,
  };
}

const fmt = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(0).padStart(4)} ms  p99 ${r.p99
    .toFixed(0)
    .padStart(5)} ms`;

/**
 * Warm-up on both sides, then every scenario `rounds` times per side, alternating the order
 * (bare→app, app→bare, …) so that drift (caches, autovacuum, heat) does not favour one side.
 */
export async function runSearchBench(
  db: Database,
  agencyId: string,
  origins: Record<Side, string>,
  session: Session,
  settings: BenchSettings,
  log: (line: string) => void,
): Promise<ScenarioResult[]> {
  let scenarios = await buildScenarios(db, agencyId);
  if (settings.scenarios) {
    const wanted = settings.scenarios;
    scenarios = scenarios.filter((s) => wanted.includes(s.name));
    if (scenarios.length === 0)
      throw new Error(`BENCH_SCENARIOS matched none of: mixed, list, name, nip, unit`);
  }
  const verified: Scenario[] = [];
  for (const s of scenarios) verified.push({ ...s, matches: await verifyScenario(s, origins, session) });

  const targetOf = (s: Scenario, side: Side): LoadTarget => ({
    origin: origins[side],
    paths: s[side],
    headers: side === 'app' ? { cookie: session.cookie } : {},
  });
  const load = { connections: settings.connections, workers: settings.loadWorkers };
  const mixed = verified[0] as Scenario;
  if (settings.warmup > 0) {
    log(`  warm-up ${settings.warmup} s per side (${mixed.name})`);
    for (const side of ['bare', 'app'] as const) {
      check(await fire(targetOf(mixed, side), { ...load, duration: settings.warmup }), `warm-up ${side}`);
    }
  }
  const runs = new Map<string, LoadResult[]>();
  for (let round = 0; round < settings.rounds; round += 1) {
    const order: Side[] = round % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
    for (const s of verified) {
      for (const side of order) {
        const result = check(
          await fire(targetOf(s, side), { ...load, duration: settings.duration }),
          `${s.name} ${side}`,
        );
        const key = `${s.name}/${side}`;
        runs.set(key, [...(runs.get(key) ?? []), result]);
        log(`  round ${round + 1}  ${s.name.padEnd(6)} ${side.padEnd(4)}  ${fmt(result)}`);
      }
    }
  }
  return verified.map((s) => {
    const bare = summarise(runs.get(`${s.name}/bare`) ?? []);
    const app = summarise(runs.get(`${s.name}/app`) ?? []);
    return {
      name: s.name,
      description: s.description,
      matches: s.matches,
      bare,
      app,
      ratio: bare.requestsPerSecond > 0 ? app.requestsPerSecond / bare.requestsPerSecond : 0,
    };
  });
}

/** A load run with failed responses measures an error path, not the search: stop there. */
function check(result: LoadResult, what: string): LoadResult {
  if (result.requests === 0 || result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${what}: ${result.requests} responses, ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts)`,
    );
  }
  return result;
}

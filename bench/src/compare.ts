import { fire, type LoadResult } from './load.ts';

/** One read scenario measured through the API and through a bare route doing only the SQL. */
export interface Scenario {
  name: string;
  app: string;
  bare: string;
}

export interface ScenarioSummary {
  name: string;
  app: { p99: number; requestsPerSecond: number };
  bare: { p99: number; requestsPerSecond: number };
}

export const formatLoad = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(0).padStart(4)} ms  p99 ${r.p99
    .toFixed(0)
    .padStart(5)} ms`;

/**
 * Warms every scenario on both sides, then measures `rounds` runs per side alternating which side goes
 * first (ABBA…), and summarises the worst p99 and the overall rate per side. A run with no answer, a
 * non-2xx or an error stops the benchmark rather than report nonsense.
 */
export async function compareScenarios(
  scenarios: Scenario[],
  target: { appOrigin: string; bareOrigin: string; cookie: string },
  load: { connections: number; duration: number; workers: number },
  rounds: number,
  log: (line: string) => void,
): Promise<ScenarioSummary[]> {
  const app = (path: string) => ({
    origin: target.appOrigin,
    paths: [path],
    headers: { cookie: target.cookie },
  });
  const bare = (path: string) => ({ origin: target.bareOrigin, paths: [path] });
  for (const s of scenarios) {
    await fire(app(s.app), { ...load, duration: 2 });
    await fire(bare(s.bare), { ...load, duration: 2 });
  }
  const results: Record<string, { app: LoadResult[]; bare: LoadResult[] }> = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const s of scenarios) {
      const entry = results[s.name] ?? { app: [], bare: [] };
      results[s.name] = entry;
      const order = round % 2 === 0 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
      for (const side of order) {
        const r = await fire(side === 'app' ? app(s.app) : bare(s.bare), load);
        // No answer within the run measures nothing (a 1 s run of a 1 s query): stop rather than report 0 ms.
        if (r.requests === 0 || r.non2xx > 0 || r.errors > 0) {
          throw new Error(
            `${s.name} ${side}: ${r.requests} answers, ${r.non2xx} non-2xx, ${r.errors} errors`,
          );
        }
        entry[side].push(r);
        log(`  round ${round + 1}  ${s.name.padEnd(6)} ${side.padEnd(4)}  ${formatLoad(r)}`);
      }
    }
  }
  const worst = (xs: LoadResult[]) => Math.max(...xs.map((x) => x.p99));
  const rate = (xs: LoadResult[]) =>
    xs.reduce((a, x) => a + x.requests, 0) / xs.reduce((a, x) => a + x.seconds, 0);
  return Object.entries(results).map(([name, r]) => ({
    name,
    app: { p99: worst(r.app), requestsPerSecond: rate(r.app) },
    bare: { p99: worst(r.bare), requestsPerSecond: rate(r.bare) },
  }));
}

/** The summary table: API and raw p99 and throughput per scenario. */
export function logSummary(title: string, summary: ScenarioSummary[], log: (line: string) => void) {
  log(`\n=== ${title} ===`);
  log('scenario   API p99   raw SQL p99   API req/s   raw req/s   API/raw');
  for (const s of summary) {
    log(
      `${s.name.padEnd(8)} ${s.app.p99.toFixed(0).padStart(6)} ms ${s.bare.p99.toFixed(0).padStart(9)} ms ` +
        `${s.app.requestsPerSecond.toFixed(0).padStart(9)} ${s.bare.requestsPerSecond.toFixed(0).padStart(11)} ` +
        `${(100 * (s.app.requestsPerSecond / s.bare.requestsPerSecond)).toFixed(0).padStart(7)}%`,
    );
  }
}

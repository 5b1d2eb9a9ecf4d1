import type { ImportTiming } from './import.ts';
import type { ScenarioResult } from './search.ts';

export interface Target {
  name: string;
  /** Measured value, as a display string. */
  measured: string;
  goal: string;
  /** null = not applicable (e.g. a PostgreSQL target on PGlite, or a phase that was skipped). */
  pass: boolean | null;
}

export interface ImportResult {
  rows: number;
  fileBytes: number;
  /** Mean of a COPY before and one after the import (runs). */
  copy: { seconds: number; rowsPerSecond: number; runs: number[] };
  /** The same into a table that also has the foreign keys of employees (reference, no target). */
  copyWithForeignKeys: { seconds: number; rowsPerSecond: number; runs: number[] };
  api: { seconds: number; rowsPerSecond: number; phases: ImportTiming['phases'] };
  /** import / COPY rows per second. */
  ratio: number;
}

export interface BenchReport {
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    platform: string;
    /** 1-minute load average when the run started: other work on the machine skews every number. */
    loadAverageAtStart: number;
  };
  database: { driver: 'postgres' | 'pglite'; version: string; where: string };
  settings: {
    employees: number;
    importRows: number;
    connections: number;
    durationSeconds: number;
    warmupSeconds: number;
    rounds: number;
    poolSize: number;
    loadWorkers: number;
    setupSql: string | null;
  };
  seedSeconds: number;
  search: ScenarioResult[] | null;
  import: ImportResult | null;
  targets: Target[];
}

export const SEARCH_RATIO_TARGET = 0.6;
export const SEARCH_P99_TARGET_MS = 100;
export const IMPORT_RATIO_TARGET = 0.25;

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const n0 = (x: number) => Math.round(x).toLocaleString('en-US');

export function targetsOf(
  driver: 'postgres' | 'pglite',
  search: ScenarioResult[] | null,
  imported: ImportResult | null,
): Target[] {
  const headline = search?.find((s) => s.name === 'mixed') ?? search?.[0] ?? null;
  const onPostgres = driver === 'postgres';
  const label = headline ? ` (${headline.name})` : '';
  return [
    {
      name: `search throughput, API / bare route${label}`,
      measured: headline ? pct(headline.ratio) : 'not run',
      goal: `≥ ${pct(SEARCH_RATIO_TARGET)}`,
      pass: headline ? headline.ratio >= SEARCH_RATIO_TARGET : null,
    },
    {
      name: `search p99 latency of the API${label}`,
      measured: headline ? `${headline.app.p99.toFixed(0)} ms` : 'not run',
      goal: `< ${SEARCH_P99_TARGET_MS} ms on PostgreSQL`,
      pass: headline && onPostgres ? headline.app.p99 < SEARCH_P99_TARGET_MS : null,
    },
    {
      name: 'import rate, API / COPY',
      measured: imported ? pct(imported.ratio) : 'not run',
      goal: `≥ ${pct(IMPORT_RATIO_TARGET)}`,
      pass: imported ? imported.ratio >= IMPORT_RATIO_TARGET : null,
    },
  ];
}

/** Other processes keep more than a quarter of the CPUs busy. */
export const busy = (loadAverage: number, cpus: number) => loadAverage > cpus / 4;

const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');

function table(header: string[], rows: string[][], alignLeft = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < alignLeft ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  const s = report.settings;
  out.push(
    '',
    '=== Sigap benchmark summary ===',
    `${report.date}  ·  ${report.database.version.split(',')[0]}  ·  ${n0(s.employees)} employees`,
    `${report.machine.cpus} CPU (${report.machine.cpuModel}), shared by the load generator, the API and the database`,
    `load average at start: ${report.machine.loadAverageAtStart.toFixed(2)}${
      busy(report.machine.loadAverageAtStart, report.machine.cpus)
        ? '  (BUSY machine: numbers are low and noisy)'
        : ''
    }`,
    `seed: ${report.seedSeconds.toFixed(1)} s${report.settings.setupSql ? `  ·  BENCH_SETUP_SQL: ${report.settings.setupSql}` : ''}`,
  );
  if (report.search) {
    out.push(
      '',
      `Search: GET /api/employees vs bare Fastify route (same SQL, same ${
        report.database.driver === 'pglite' ? 'PGlite instance' : `pool of ${s.poolSize}`
      })`,
      `${s.connections} connections, ${s.rounds} × ${s.durationSeconds} s per side (alternating), ` +
        'req/s over all rounds, p50 = mean, p99 = worst round',
      ...table(
        ['scenario', 'matches', 'bare req/s', 'p50', 'p99', 'API req/s', 'p50', 'p99', 'API/bare'],
        report.search.map((r) => [
          r.name,
          r.matches === null ? '—' : n0(r.matches),
          n0(r.bare.requestsPerSecond),
          `${r.bare.p50.toFixed(0)} ms`,
          `${r.bare.p99.toFixed(0)} ms`,
          n0(r.app.requestsPerSecond),
          `${r.app.p50.toFixed(0)} ms`,
          `${r.app.p99.toFixed(0)} ms`,
          pct(r.ratio),
        ]),
      ),
    );
  }
  if (report.import) {
    const i = report.import;
    const ph = i.api.phases;
    const span = (from: number | undefined, to: number | undefined) =>
      from !== undefined && to !== undefined ? `${(to - from).toFixed(1)} s` : '?';
    out.push(
      '',
      `Import: ${n0(i.rows)} new people (${(i.fileBytes / 1048576).toFixed(1)} MiB CSV, with NIP Atasan)`,
      ...table(
        ['path', 'seconds', 'rows/s'],
        [
          [
            `raw COPY into bench_copy (mean of ${i.copy.runs.map((r) => r.toFixed(2)).join(' s, ')} s)`,
            i.copy.seconds.toFixed(2),
            n0(i.copy.rowsPerSecond),
          ],
          [
            `COPY into bench_copy_fk, + the 2 FKs of employees (mean of ${i.copyWithForeignKeys.runs
              .map((r) => r.toFixed(2))
              .join(' s, ')} s)`,
            i.copyWithForeignKeys.seconds.toFixed(2),
            n0(i.copyWithForeignKeys.rowsPerSecond),
          ],
          ['API commit → DONE', i.api.seconds.toFixed(2), n0(i.api.rowsPerSecond)],
        ],
      ),
      `API phases: upload+parse ${span(0, ph.VALIDATING)} · validate ${span(ph.VALIDATING, ph.WRITING)} · ` +
        `write ${span(ph.WRITING, ph.DONE)}`,
      `API/COPY: ${pct(i.ratio)}  (API/COPY with foreign keys, for reference: ${pct(
        i.api.rowsPerSecond / i.copyWithForeignKeys.rowsPerSecond,
      )})`,
    );
  }
  out.push(
    '',
    'Targets',
    ...table(
      ['target', 'measured', 'goal', 'result'],
      report.targets.map((t) => [t.name, t.measured, t.goal, verdict(t.pass)]),
      1,
    ),
    '',
  );
  return out.join('\n');
}

import pg from 'pg';
import { type DatabaseHandle, openDatabase, runMigrations } from '../../apps/api/src/db/client.ts';
import type { BenchSettings } from './settings.ts';

export interface BenchDatabase {
  handle: DatabaseHandle;
  /** Where the data lives, for the report (no password). */
  description: string;
  serverVersion: string;
  /** Closes the pool and, on PostgreSQL, drops the scratch database. Safe to call twice. */
  dispose(): Promise<void>;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function scratchDatabaseName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `sigap_bench_${stamp}_${process.pid}`;
}

/** The same server and credentials as `adminUrl`, another database. */
export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    // WITH (FORCE) (PostgreSQL 13+) ends connections that are still open, e.g. after a crash mid-run.
    await client.query(`drop database if exists ${quoteIdent(name)} with (force)`);
  });
}

/**
 * A fresh, migrated database: on PostgreSQL `sigap_bench_<timestamp>_<pid>` next to the admin database
 * (dropped by dispose), on PGlite an in-memory instance.
 */
export async function openBenchDatabase(settings: BenchSettings): Promise<BenchDatabase> {
  if (settings.driver === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite' });
    await runMigrations(handle);
    const version = await handle.pglite?.query<{ v: string }>('select version() as v');
    let closed = false;
    return {
      handle,
      description: 'PGlite (in memory)',
      serverVersion: version?.rows[0]?.v ?? 'PGlite',
      dispose: async () => {
        if (closed) return;
        closed = true;
        await handle.close();
      },
    };
  }

  const name = scratchDatabaseName();
  const serverVersion = await withAdmin(settings.adminUrl, async (client) => {
    await client.query(`create database ${quoteIdent(name)}`);
    const result = await client.query<{ v: string }>('select version() as v');
    return result.rows[0]?.v ?? 'PostgreSQL';
  });
  let disposed = false;
  let handle: DatabaseHandle | null = null;
  const dispose = async () => {
    if (disposed) return;
    disposed = true;
    // Dropping the database ends any connection still closing: that is expected, not a failure.
    handle?.pool?.on('error', () => {});
    try {
      await handle?.close();
    } finally {
      if (settings.keepDatabase) {
        console.log(`BENCH_KEEP_DATABASE: database ${name} kept (drop it by hand when done).`);
      } else {
        await dropDatabase(settings.adminUrl, name);
      }
    }
  };
  try {
    const url = withDatabase(settings.adminUrl, name);
    handle = await openDatabase({ kind: 'postgres', url, poolSize: settings.poolSize });
    await runMigrations(handle);
    return { handle, description: `PostgreSQL ${redact(url)}`, serverVersion, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, runMigrations } from '../src/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    database:
      | { kind: 'pglite'; templateFile: string }
      | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

/**
 * Migrates a template database once; every test file then gets its own copy (PGlite: a loaded data-dir
 * dump; PostgreSQL: CREATE DATABASE … TEMPLATE). TEST_DATABASE_URL switches to PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `sigap_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(`TEST_DATABASE_URL is set but PostgreSQL is not reachable at ${url}: ${String(error)}`);
    }
    await admin.query(`create database ${template}`);
    const target = new URL(url);
    target.pathname = `/${template}`;
    const handle = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 1 });
    await runMigrations(handle);
    await handle.close();
    project.provide('database', { kind: 'postgres', adminUrl: url, template });
    console.log(`[tests] database: PostgreSQL (${target.host}), template ${template}`);
    return async () => {
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-test-'));
  const handle = await openDatabase({ kind: 'pglite' });
  await runMigrations(handle);
  const dump = await handle.pglite?.dumpDataDir('none');
  await handle.close();
  if (!dump) throw new Error('PGlite dump failed');
  const templateFile = path.join(dir, 'template.tar');
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('database', { kind: 'pglite', templateFile });
  console.log('[tests] database: PGlite (embedded); set TEST_DATABASE_URL to run on PostgreSQL');
  return () => rmSync(dir, { recursive: true, force: true });
}

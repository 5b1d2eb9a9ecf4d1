import { mkdirSync } from 'node:fs';
import type { AppConfig } from './config.ts';
import { type DatabaseHandle, openDatabase, runMigrations } from './db/client.ts';
import { seedDemoPlanning } from './demo/planning.ts';
import { type DemoAccounts, seedDemo } from './demo/seed.ts';
import { countAgencies } from './modules/agency/agency.repository.ts';

/** Opens the configured database (PostgreSQL or PGlite under the data dir) and applies migrations. */
export async function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const handle = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
    await runMigrations(handle);
    return handle;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const handle = await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  await runMigrations(handle);
  return handle;
}

/** Seeds the demo agency on the first start only (an empty database), when demo mode is on. */
export async function seedDemoIfEmpty(
  config: AppConfig,
  handle: DatabaseHandle,
): Promise<DemoAccounts | null> {
  if (!config.demo) return null;
  if ((await countAgencies(handle.db)) > 0) return null;
  const demo = await seedDemo(handle.db, {
    password: config.demoPassword,
    employeeCount: config.demoEmployees,
  });
  await seedDemoPlanning(handle.db, demo.agencyId);
  return demo;
}

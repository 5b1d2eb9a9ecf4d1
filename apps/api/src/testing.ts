/** What the browser journeys and the benchmark use to run a real server in-process. */
export { buildApp } from './app.ts';
export { openConfiguredDatabase } from './bootstrap.ts';
export { loadConfig } from './config.ts';
export { openDatabase, queryRows, runMigrations, sql } from './db/client.ts';
export { seedDemo } from './demo/seed.ts';

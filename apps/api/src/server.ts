import { buildApp } from './app.ts';
import { openConfiguredDatabase, seedDemoIfEmpty } from './bootstrap.ts';
import { loadConfig } from './config.ts';
import { startJobs } from './jobs/scheduler.ts';
import { systemClock } from './lib/clock.ts';

/** The only process-level file: configuration, database, listen, graceful shutdown. */
const config = loadConfig();
const handle = await openConfiguredDatabase(config);
const started = Date.now();
const demo = await seedDemoIfEmpty(config, handle);
const app = await buildApp({ config, db: handle.db, driver: handle.driver, serveWeb: true });
await app.listen({ port: config.port, host: config.host });
const jobs = startJobs({ config, db: handle.db, clock: systemClock }, app.log);

const where = handle.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
const lines = [`Sigap berjalan di http://localhost:${config.port}  ·  database: ${where}`];
if (demo) {
  lines.push(
    `Data demo dibuat dalam ${((Date.now() - started) / 1000).toFixed(1)} s (Pemerintah Kota Sukamaju).`,
    `Akun demo (kata sandi: ${config.demoPassword}):`,
    '  admin         — Admin BKPSDM (agency_admin)',
    '  pimpinan      — Wali Kota (leader)',
    '  admin.dinkes  — Admin Dinas Kesehatan (unit_admin)',
    ...demo.sampleEmployees.map((e) => `  ${e.nip}  — ${e.name}, ${e.role}`),
    '  …dan setiap pegawai demo dengan NIP-nya.',
  );
} else if (config.demo) {
  lines.push(`Mode demo: akun admin / pimpinan / NIP pegawai, kata sandi ${config.demoPassword}`);
}
console.log(lines.join('\n'));

let closing = false;
const shutdown = async (signal: string) => {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  await jobs.stop();
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

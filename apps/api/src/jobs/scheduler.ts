import type { AppDeps } from '../deps.ts';
import { createMailer, deliverPendingEmails } from '../lib/mailer.ts';
import { sealAllChains } from '../modules/audit/audit.service.ts';
import { runSkpDeadlineReminders } from './skp-reminders.ts';

/** Pino-style logger (Fastify's `app.log`). */
export interface JobLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const JOB_INTERVAL_MS = 5 * 60_000;
/** How often the audit sealer links new records into their agencies' chains. */
export const SEAL_INTERVAL_MS = 1_000;
const FIRST_RUN_DELAY_MS = 2_000;

/**
 * Background jobs of the API process: SKP deadline reminders, then e-mail of pending notifications
 * (so a reminder made by this run is mailed by it too). Every five minutes and once shortly after start;
 * never two runs at once; a failure is logged and the next run tries again. One API node runs the jobs
 * (the reminders are idempotent, but two nodes could e-mail the same notification twice).
 * Separately, every second, the audit sealer links the records written since into their agencies' hash
 * chains (sealers of several nodes take turns per agency under an advisory lock).
 * Started by server.ts, never by buildApp: tests build many apps.
 */
export function startJobs(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  log: JobLog,
): { stop(): Promise<void> } {
  const mailer = createMailer(deps.config);
  let running: Promise<void> | null = null;
  let stopped = false;

  const runOnce = async () => {
    try {
      const result = await runSkpDeadlineReminders(deps.db, deps.clock.now());
      if (result.notified > 0) log.info(result, 'SKP deadline reminders sent');
    } catch (error) {
      log.error({ err: error }, 'SKP deadline reminders failed');
    }
    if (mailer && !stopped) {
      try {
        const result = await deliverPendingEmails(deps.db, mailer, deps.config, deps.clock.now(), 200, log);
        if (result.sent > 0 || result.failed > 0) log.info(result, 'notification e-mails delivered');
      } catch (error) {
        log.error({ err: error }, 'notification e-mail delivery failed');
      }
    }
  };

  const tick = () => {
    if (stopped || running) return;
    running = runOnce().finally(() => {
      running = null;
    });
  };

  let sealing: Promise<void> | null = null;
  const seal = () => {
    if (stopped || sealing) return;
    sealing = sealAllChains(deps.db)
      .then(() => undefined)
      .catch((error: unknown) => log.error({ err: error }, 'audit sealing failed'))
      .finally(() => {
        sealing = null;
      });
  };
  const sealer = setInterval(seal, SEAL_INTERVAL_MS);
  sealer.unref();

  const first = setTimeout(tick, FIRST_RUN_DELAY_MS);
  first.unref();
  const interval = setInterval(tick, JOB_INTERVAL_MS);
  interval.unref();

  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(interval);
      clearInterval(sealer);
      if (running) await running;
      if (sealing) await sealing;
      // What the last second wrote is sealed before the process goes (the next start would seal it too).
      await sealAllChains(deps.db).catch((error: unknown) =>
        log.error({ err: error }, 'audit sealing failed'),
      );
      mailer?.close();
    },
  };
}

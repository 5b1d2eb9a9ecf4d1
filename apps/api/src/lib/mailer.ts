import { createTransport } from 'nodemailer';
import type { AppConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import * as notifications from '../modules/notifications/notifications.repository.ts';

export interface MailMessage {
  to: { name: string; address: string };
  subject: string;
  text: string;
}

/** Sends e-mail over SMTP (a pooled nodemailer transport). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Where delivery failures go: Fastify's logger (pino) fits. */
export interface MailLog {
  warn(details: object, message: string): void;
}

const consoleLog: MailLog = { warn: (details, message) => console.warn(message, details) };

/** The mailer of the configuration, or null when SMTP_URL is unset (e-mail is off). */
export function createMailer(config: Pick<AppConfig, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = createTransport(
    {
      url: config.smtpUrl,
      // One connection reused across a run; a dead server fails fast instead of hanging the job.
      pool: true,
      maxConnections: 1,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    },
    { from: config.mailFrom },
  );
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close() {
      transport.close();
    },
  };
}

/** An absolute URL for a link stored as an app path (`/skp`); absolute links are kept. */
export function absoluteLink(publicUrl: string, link: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${publicUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

/**
 * E-mails notifications not yet e-mailed (created in the last two days, whose user has an address), one
 * message each, oldest first. Each success is marked `emailed_at` on its own, so a failure halfway
 * loses nothing: the failed ones are logged and retried by the next run (three failures in a row end the
 * run early).
 */
export async function deliverPendingEmails(
  db: Database,
  mailer: Mailer,
  config: Pick<AppConfig, 'publicUrl'>,
  now: Date,
  limit = 200,
  log: MailLog = consoleLog,
): Promise<{ sent: number; failed: number }> {
  const pending = await notifications.listPendingEmails(db, now, limit);
  let sent = 0;
  let failed = 0;
  let failedInARow = 0;
  for (const item of pending) {
    // Three failures in a row: the server is down or refusing us; don't wait out every timeout.
    if (failedInARow >= 3) break;
    const text = item.link
      ? `${item.body}\n\n${absoluteLink(config.publicUrl, item.link)}\n`
      : `${item.body}\n`;
    try {
      await mailer.send({
        to: { name: item.display_name, address: item.email.trim() },
        subject: item.title,
        text,
      });
    } catch (error) {
      failed += 1;
      failedInARow += 1;
      log.warn(
        { err: error, notificationId: item.id, agencyId: item.agency_id },
        'notification e-mail failed; retried on the next run',
      );
      continue;
    }
    failedInARow = 0;
    await notifications.markEmailed(db, item.agency_id, item.id, now);
    sent += 1;
  }
  return { sent, failed };
}

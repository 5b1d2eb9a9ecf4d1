import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, TEST_NOW, type TestContext } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { queryRows, sql } from '../db/client.ts';
import type { DemoAccounts } from '../demo/seed.ts';
import { notifyUsers } from '../modules/notifications/notifications.service.ts';
import { absoluteLink, createMailer, deliverPendingEmails, type MailLog } from './mailer.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server in a child process (test/smtp-sink.ts); messages arrive as JSON lines. */
class SmtpSink {
  readonly received: Received[] = [];
  private waiters: (() => void)[] = [];
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static start(): Promise<SmtpSink> {
    const script = path.resolve(import.meta.dirname, '../../test/smtp-sink.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return new Promise((resolve, reject) => {
      let sink: SmtpSink | null = null;
      child.once('error', reject);
      child.once('exit', (code) => {
        if (!sink) reject(new Error(`smtp sink exited with ${code}`));
      });
      createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const listening = /^LISTENING (\d+)$/.exec(line);
        if (listening) {
          sink = new SmtpSink(child, Number(listening[1]));
          resolve(sink);
        } else if (sink && line.startsWith('{')) {
          sink.received.push(JSON.parse(line) as Received);
          for (const wake of sink.waiters.splice(0)) wake();
        }
      });
    });
  }

  /** Resolves once `count` messages have arrived (they are printed after the server accepted them). */
  async waitFor(count: number, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.received;
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

let t: TestContext;
let demo: DemoAccounts;
let sink: SmtpSink;
let adminUserId: string;
let leaderUserId: string;

const emailedAt = async (title: string) =>
  (
    await queryRows<{ emailed_at: Date | string | null }>(
      t.handle.db,
      sql`select emailed_at from notifications where agency_id = ${demo.agencyId} and title = ${title}`,
    )
  ).map((r) => r.emailed_at);

beforeAll(async () => {
  [t, sink] = await Promise.all([setupTestApp(), SmtpSink.start()]);
  demo = await t.seedAgency({ employees: 60 });
  const users = await queryRows<{ id: string; login: string }>(
    t.handle.db,
    sql`select id, login from users where agency_id = ${demo.agencyId} and login in (${demo.admin}, ${demo.leader})`,
  );
  adminUserId = users.find((u) => u.login === demo.admin)?.id as string;
  leaderUserId = users.find((u) => u.login === demo.leader)?.id as string;
  await t.handle.db.execute(
    sql`update users set email = 'bkpsdm@sukamaju.go.id' where agency_id = ${demo.agencyId} and id = ${adminUserId}`,
  );
});

afterAll(async () => {
  await sink?.kill();
});

describe('e-mail of notifications', () => {
  it('is off without SMTP_URL, and builds absolute links', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Sigap <no-reply@sigap.local>',
      publicUrl: 'http://localhost:3000',
    });
    expect(createMailer(config)).toBeNull();
    expect(absoluteLink('https://sigap.example.go.id', '/skp')).toBe('https://sigap.example.go.id/skp');
    expect(absoluteLink('https://sigap.example.go.id/', 'skp/1')).toBe('https://sigap.example.go.id/skp/1');
    expect(absoluteLink('https://sigap.example.go.id', 'https://x.test/a')).toBe('https://x.test/a');
  });

  it('sends pending notifications over SMTP once, marks them, and leaves failures for the next run', async () => {
    const config = loadConfig({
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      SIGAP_MAIL_FROM: 'Sigap Sukamaju <sigap@sukamaju.go.id>',
      SIGAP_PUBLIC_URL: 'https://sigap.sukamaju.go.id/',
    });
    expect(config.publicUrl).toBe('https://sigap.sukamaju.go.id');
    const mailer = createMailer(config);
    if (!mailer) throw new Error('mailer expected');
    const warnings: object[] = [];
    const log: MailLog = { warn: (details) => warnings.push(details) };
    const db = t.handle.db;
    const now = TEST_NOW;
    await notifyUsers(
      db,
      demo.agencyId,
      [
        {
          userId: adminUserId,
          kind: 'skp.submitted',
          title: 'SKP diajukan untuk persetujuan',
          body: 'Budi Santoso mengajukan SKP 2026.',
          link: '/skp/approvals',
        },
        // No e-mail address: stays in the in-app inbox only.
        { userId: leaderUserId, kind: 'skp.submitted', title: 'Untuk pimpinan', body: 'x' },
      ],
      new Date(now.getTime() - 60_000),
    );
    // Three days old: too late to e-mail.
    await notifyUsers(
      db,
      demo.agencyId,
      [{ userId: adminUserId, kind: 'x', title: 'Lama sekali', body: 'x' }],
      new Date(now.getTime() - 3 * 86_400_000),
    );

    try {
      expect(await deliverPendingEmails(db, mailer, config, now, 200, log)).toEqual({ sent: 1, failed: 0 });
      const [message] = await sink.waitFor(1);
      expect(message?.to).toEqual(['bkpsdm@sukamaju.go.id']);
      expect(message?.from).toBe('sigap@sukamaju.go.id');
      expect(message?.raw).toMatch(/^Subject: SKP diajukan untuk persetujuan\r?$/m);
      expect(message?.raw).toContain('Budi Santoso mengajukan SKP 2026.');
      expect(message?.raw).toContain('https://sigap.sukamaju.go.id/skp/approvals');
      expect(await emailedAt('SKP diajukan untuk persetujuan')).toEqual([expect.anything()]);
      expect(await emailedAt('Untuk pimpinan')).toEqual([null]);
      expect(await emailedAt('Lama sekali')).toEqual([null]);

      // A second run finds nothing left to send.
      expect(await deliverPendingEmails(db, mailer, config, now, 200, log)).toEqual({ sent: 0, failed: 0 });
      expect(sink.received).toHaveLength(1);

      // SMTP down: the run reports the failure and the notification waits for the next run.
      await sink.kill();
      await notifyUsers(
        db,
        demo.agencyId,
        [{ userId: adminUserId, kind: 'skp.returned', title: 'SKP dikembalikan', body: 'Perbaiki.' }],
        now,
      );
      expect(await deliverPendingEmails(db, mailer, config, now, 200, log)).toEqual({ sent: 0, failed: 1 });
      expect(await emailedAt('SKP dikembalikan')).toEqual([null]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ agencyId: demo.agencyId });
    } finally {
      mailer.close();
    }
  });
});

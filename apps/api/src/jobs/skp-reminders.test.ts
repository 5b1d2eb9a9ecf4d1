import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, TEST_NOW, type TestContext } from '../../test/harness.ts';
import { loadConfig } from '../config.ts';
import { queryRows, sql } from '../db/client.ts';
import { employees, planningYears, skps } from '../db/schema/index.ts';
import type { DemoAccounts } from '../demo/seed.ts';
import { newId } from '../lib/ids.ts';
import { startJobs } from './scheduler.ts';
import { formatDateId, runSkpDeadlineReminders } from './skp-reminders.ts';

let t: TestContext;
let demo: DemoAccounts;
let other: DemoAccounts;
type Person = {
  id: string;
  nip: string;
  name: string;
  golongan: string;
  position_id: string;
  unit_id: string;
};
let people: Person[];

// TEST_NOW is Monday 16 March 2026, 10:00 WIB.
const deadlineIn = (days: number) => {
  const d = new Date(`2026-03-16T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function setDeadline(agencyId: string, deadline: string) {
  await t.handle.db
    .insert(planningYears)
    .values({ agencyId, year: 2026, skpDeadline: deadline, monthly: false, quarterly: true, fillingDays: 5 })
    .onConflictDoUpdate({
      target: [planningYears.agencyId, planningYears.year],
      set: { skpDeadline: deadline },
    });
}

async function insertSkp(person: Person, status: string) {
  const snapshot = {
    kind: 'EMPLOYEE' as const,
    employeeId: person.id,
    nip: person.nip,
    name: person.name,
    golongan: person.golongan,
    positionName: 'Pengadministrasi Perkantoran',
    unitName: 'Unit uji',
  };
  await t.handle.db.insert(skps).values({
    agencyId: demo.agencyId,
    id: newId(),
    employeeId: person.id,
    year: 2026,
    status,
    format: 'JA_JF',
    approach: 'KUANTITATIF',
    positionId: person.position_id,
    unitId: person.unit_id,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    employeeSnapshot: snapshot,
    raterSnapshot: { ...snapshot, kind: 'HEAD_OF_REGION', employeeId: null, nip: null, name: 'Wali Kota' },
    submittedAt: status === 'DRAFT' ? null : TEST_NOW,
  });
}

const inbox = (employeeId: string) =>
  queryRows<{ kind: string; title: string; body: string; link: string; dedupe_key: string }>(
    t.handle.db,
    sql`select n.kind, n.title, n.body, n.link, n.dedupe_key from notifications n
        join users u on u.agency_id = n.agency_id and u.id = n.user_id
        where u.employee_id = ${employeeId} order by n.created_at`,
  );

const countDeadline = async (agencyId: string) =>
  (
    await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from notifications where agency_id = ${agencyId} and kind = 'skp.deadline'`,
    )
  )[0]?.n ?? 0;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
  other = await t.seedAgency({ employees: 60 });
  people = await queryRows<Person>(
    t.handle.db,
    sql`select e.id, e.nip, e.name, e.golongan, e.position_id, e.unit_id from employees e
        where e.agency_id = ${demo.agencyId} and e.status = 'ACTIVE' order by e.nip limit 4`,
  );
});

describe('SKP deadline reminders', () => {
  it('formats Indonesian dates', () => {
    expect(formatDateId('2026-01-31')).toBe('31 Januari 2026');
    expect(formatDateId('2026-03-05')).toBe('5 Maret 2026');
  });

  it('does nothing without a planning year or when the deadline is not 7, 3, 1 or 0 days away', async () => {
    expect(await runSkpDeadlineReminders(t.handle.db, t.clock.now())).toEqual({ agencies: 0, notified: 0 });
    await setDeadline(demo.agencyId, deadlineIn(5));
    expect(await runSkpDeadlineReminders(t.handle.db, t.clock.now())).toEqual({ agencies: 0, notified: 0 });
    await setDeadline(demo.agencyId, deadlineIn(-1));
    expect(await runSkpDeadlineReminders(t.handle.db, t.clock.now())).toEqual({ agencies: 0, notified: 0 });
    expect(await countDeadline(demo.agencyId)).toBe(0);
  });

  it('reminds, 3 days ahead, every active employee whose SKP is not submitted or approved, once', async () => {
    const [submitted, approved, draft, inactive] = people as [Person, Person, Person, Person];
    await insertSkp(submitted, 'SUBMITTED');
    await insertSkp(approved, 'APPROVED');
    await insertSkp(draft, 'DRAFT');
    await t.handle.db
      .update(employees)
      .set({ status: 'INACTIVE' })
      .where(and(eq(employees.agencyId, demo.agencyId), eq(employees.id, inactive.id)));
    const [expected] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from users u join employees e
            on e.agency_id = u.agency_id and e.id = u.employee_id
          where u.agency_id = ${demo.agencyId} and u.active and e.status = 'ACTIVE'`,
    );
    await setDeadline(demo.agencyId, deadlineIn(3));

    const first = await runSkpDeadlineReminders(t.handle.db, t.clock.now());
    expect(first).toEqual({ agencies: 1, notified: (expected?.n ?? 0) - 2 });
    expect(await countDeadline(demo.agencyId)).toBe(first.notified);
    expect(await countDeadline(other.agencyId)).toBe(0);

    expect(await inbox(submitted.id)).toEqual([]);
    expect(await inbox(approved.id)).toEqual([]);
    expect(await inbox(inactive.id)).toEqual([]);
    expect(await inbox(draft.id)).toEqual([
      {
        kind: 'skp.deadline',
        title: 'Batas penetapan SKP 19 Maret 2026',
        body: expect.stringContaining('tinggal 3 hari lagi'),
        link: '/skp',
        dedupe_key: 'skp-deadline:2026:3',
      },
    ]);

    // Later the same day (the job runs every five minutes): nothing new.
    t.clock.advance(5 * 60_000);
    expect(await runSkpDeadlineReminders(t.handle.db, t.clock.now())).toEqual({ agencies: 1, notified: 0 });
    expect(await countDeadline(demo.agencyId)).toBe(first.notified);
    expect(await inbox(draft.id)).toHaveLength(1);
  });

  it('reminds again on the deadline day itself, in the agency time zone', async () => {
    // 18 March 2026 23:30 WIB is still the day before 19 March: one day left.
    t.clock.set(new Date('2026-03-18T16:30:00Z'));
    const dayBefore = await runSkpDeadlineReminders(t.handle.db, t.clock.now());
    expect(dayBefore.agencies).toBe(1);
    // 19 March 00:30 WIB: the deadline day.
    t.clock.set(new Date('2026-03-18T17:30:00Z'));
    const onTheDay = await runSkpDeadlineReminders(t.handle.db, t.clock.now());
    expect(onTheDay.notified).toBe(dayBefore.notified);
    const draft = people[2] as Person;
    const mine = await inbox(draft.id);
    expect(mine.map((n) => n.dedupe_key)).toEqual([
      'skp-deadline:2026:3',
      'skp-deadline:2026:1',
      'skp-deadline:2026:0',
    ]);
    expect(mine[2]?.body).toContain('hari ini');
    expect(await inbox((people[0] as Person).id)).toEqual([]);
    t.clock.set(TEST_NOW);
  });
});

describe('job scheduler', () => {
  it('runs the reminders shortly after start, logs instead of throwing, and stops cleanly', async () => {
    await setDeadline(other.agencyId, deadlineIn(7));
    const logged: { level: string; details: object; message: string }[] = [];
    const entry = (level: string) => (details: object, message: string) => {
      logged.push({ level, details, message });
    };
    const jobs = startJobs(
      { db: t.handle.db, config: loadConfig({ LOG_LEVEL: 'silent' }), clock: t.clock },
      { info: entry('info'), warn: entry('warn'), error: entry('error') },
    );
    try {
      const deadline = Date.now() + 15_000;
      while ((await countDeadline(other.agencyId)) === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await jobs.stop();
    }
    expect(await countDeadline(other.agencyId)).toBeGreaterThan(0);
    expect(logged.filter((l) => l.level === 'error')).toEqual([]);
    expect(logged).toContainEqual({
      level: 'info',
      // The first agency is also on a reminder day (3 days left) but was reminded already.
      details: { agencies: 2, notified: await countDeadline(other.agencyId) },
      message: 'SKP deadline reminders sent',
    });
  });
});

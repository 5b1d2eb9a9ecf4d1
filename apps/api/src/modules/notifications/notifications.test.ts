import { beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  findEmployeeByPosition,
  setupTestApp,
  TEST_NOW,
  type TestContext,
} from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';
import { notifyEmployees, notifyRole, notifyUsers } from './notifications.service.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let staff: Client;
let staffEmployeeId: string;
type Item = { id: string; kind: string; title: string; body: string; link: string | null; read: boolean };

const minutes = (n: number) => new Date(TEST_NOW.getTime() + n * 60_000);
const userId = (client: Client) => client.me?.user.id as string;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
  admin = await Client.signIn(t.app, demo.admin);
  const employee = await findEmployeeByPosition(t.handle, demo.agencyId, 'Pengadministrasi');
  staffEmployeeId = employee.id;
  staff = await Client.signIn(t.app, employee.nip);
  const db = t.handle.db;
  await notifyUsers(
    db,
    demo.agencyId,
    [
      { userId: userId(staff), kind: 'skp.returned', title: 'SKP dikembalikan', body: 'Perbaiki RHK 2.' },
      { userId: userId(admin), kind: 'skp.submitted', title: 'Untuk admin', body: 'Bukan milik pegawai.' },
    ],
    minutes(-30),
  );
  await notifyUsers(
    db,
    demo.agencyId,
    [{ userId: userId(staff), kind: 'skp.approved', title: 'SKP disetujui', body: 'Selamat.', link: '/skp' }],
    minutes(-10),
  );
});

describe('notify* (used by other modules inside their transaction)', () => {
  it('skips a second notification with the same dedupe key; null keys never conflict', async () => {
    const db = t.handle.db;
    const item = { userId: userId(admin), kind: 'test', title: 'Sekali', body: 'x', dedupeKey: 'k:1' };
    expect(await notifyUsers(db, demo.agencyId, [item, item], minutes(-5))).toBe(1);
    expect(await notifyUsers(db, demo.agencyId, [item], minutes(-5))).toBe(0);
    const free = { ...item, dedupeKey: null, title: 'Tanpa kunci' };
    expect(await notifyUsers(db, demo.agencyId, [free, free], minutes(-5))).toBe(2);
    expect(await notifyUsers(db, demo.agencyId, [], minutes(-5))).toBe(0);
  });

  it('notifies employees through their accounts (no account: skipped) and every holder of a role', async () => {
    const db = t.handle.db;
    const noAccount = '01a20000-0000-7000-8000-000000000000';
    const item = { kind: 'test.employees', title: 'Via pegawai', body: 'x', dedupeKey: 'emp:1' };
    const n = await notifyEmployees(db, demo.agencyId, [noAccount, staffEmployeeId], item, minutes(-20));
    expect(n).toBe(1);
    expect(await notifyEmployees(db, demo.agencyId, [staffEmployeeId], item, minutes(-20))).toBe(0);
    expect(await notifyEmployees(db, demo.agencyId, [], item, minutes(-20))).toBe(0);
    const leaders = await notifyRole(
      db,
      demo.agencyId,
      'leader',
      { kind: 'test.role', title: 'Untuk pimpinan', body: 'x' },
      minutes(-5),
    );
    expect(leaders).toBe(1);
    const leader = await Client.signIn(t.app, demo.leader);
    const inbox = (await leader.get('/api/notifications')).json();
    expect(inbox.items.map((i: Item) => i.title)).toEqual(['Untuk pimpinan']);
    // The rows carry application-style UUIDv7 ids (version nibble 7).
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`select id from notifications where kind = 'test.role' and agency_id = ${demo.agencyId}`,
    );
    expect(row?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('inbox routes', () => {
  it("lists only the user's own notifications, newest first, with the unread count", async () => {
    const res = await staff.get('/api/notifications');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items.map((i: Item) => i.title)).toEqual([
      'SKP disetujui',
      'Via pegawai',
      'SKP dikembalikan',
    ]);
    expect(page).toMatchObject({ total: 3, unread: 3, page: 1 });
    expect(page.items[0]).toMatchObject({ kind: 'skp.approved', link: '/skp', read: false });
    expect(page.items.some((i: Item) => i.title === 'Untuk admin')).toBe(false);
    const paged = (await staff.get('/api/notifications?pageSize=1&page=2')).json();
    expect(paged.items.map((i: Item) => i.title)).toEqual(['Via pegawai']);
    expect(paged.total).toBe(3);
  });

  it('marks one read (audited), filters unread, and refuses another user’s or a malformed id', async () => {
    const before = (await staff.get('/api/notifications')).json();
    const target = before.items.find((i: Item) => i.title === 'SKP dikembalikan') as Item;
    const read = await staff.post(`/api/notifications/${target.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: target.id, read: true });
    const again = await staff.post(`/api/notifications/${target.id}/read`);
    expect(again.statusCode).toBe(200);

    const after = (await staff.get('/api/notifications')).json();
    expect(after.unread).toBe(2);
    const unread = (await staff.get('/api/notifications?unreadOnly=true')).json();
    expect(unread.items.map((i: Item) => i.title)).toEqual(['SKP disetujui', 'Via pegawai']);
    expect(unread.total).toBe(2);

    const audit = await queryRows<{ action: string; entity_id: string; actor_user_id: string }>(
      t.handle.db,
      sql`select action, entity_id, actor_user_id from audit_log
          where agency_id = ${demo.agencyId} and action like 'notification.%'`,
    );
    // Read twice, audited once: the second call changed nothing.
    expect(audit).toEqual([
      { action: 'notification.read', entity_id: target.id, actor_user_id: userId(staff) },
    ]);

    const adminsOwn = (await admin.get('/api/notifications')).json().items[0] as Item;
    const foreign = await staff.post(`/api/notifications/${adminsOwn.id}/read`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect((await admin.get('/api/notifications')).json().items[0].read).toBe(false);

    const bad = await staff.post('/api/notifications/bukan-uuid/read');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const badQuery = await staff.get('/api/notifications?unreadOnly=mungkin');
    expect(badQuery.statusCode).toBe(400);
  });

  it('marks all read, leaving other users untouched', async () => {
    const adminUnread = (await admin.get('/api/notifications')).json().unread;
    const res = await staff.post('/api/notifications/read-all');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ updated: 2 });
    const page = (await staff.get('/api/notifications')).json();
    expect(page.unread).toBe(0);
    expect(page.items.every((i: Item) => i.read)).toBe(true);
    expect((await staff.get('/api/notifications?unreadOnly=true')).json()).toMatchObject({
      items: [],
      total: 0,
    });
    expect((await staff.post('/api/notifications/read-all')).json()).toEqual({ updated: 0 });
    expect((await admin.get('/api/notifications')).json().unread).toBe(adminUnread);
    const [audit] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from audit_log
          where agency_id = ${demo.agencyId} and action = 'notification.readAll'`,
    );
    expect(audit?.n).toBe(1);
  });

  it('needs the CSRF token to mark read', async () => {
    const res = await staff.request({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: { 'x-csrf-token': 'salah' },
    });
    expect(res.statusCode).toBe(403);
  });
});

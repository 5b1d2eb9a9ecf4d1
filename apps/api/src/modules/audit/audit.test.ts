import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';
import { sealChain, verifyChain } from './audit.service.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
  admin = await Client.signIn(t.app, demo.admin);
});

const causeOf = (error: unknown) => String((error as { cause?: unknown }).cause ?? error);

describe('audit trail', () => {
  it('writes a record with actor, before/after and request id for every mutation', async () => {
    const units = (await admin.get('/api/units')).json().items as {
      id: string;
      code: string;
      name: string;
    }[];
    const unit = units.find((u) => u.code === 'DISDAG.B1');
    const res = await admin.patch(`/api/units/${unit?.id}`, { name: 'Bidang Pasar Rakyat' });
    expect(res.statusCode).toBe(200);
    const page = (await admin.get(`/api/audit?entityId=${unit?.id}`)).json();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      action: 'unit.update',
      entityType: 'unit',
      actorName: 'Admin BKPSDM',
      before: { name: unit?.name },
      after: { name: 'Bidang Pasar Rakyat' },
    });
    expect(page.items[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Reading the log seals what was pending: the record is linked into the chain.
    expect(page.items[0].seq).toBeGreaterThan(0);
    expect(page.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes records unsealed and seals them once, in insertion order, without forking the chain', async () => {
    const other = await t.seedAgency({ name: 'Kota Segel' });
    await sealChain(t.handle.db, other.agencyId);
    const client = await Client.signIn(t.app, other.admin);
    const staff = await findEmployeeByPosition(t.handle, other.agencyId, 'Pengadministrasi');
    // Concurrent writers of one agency: none waits for a chain lock, and none is lost or doubly sealed.
    const results = await Promise.all(
      ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam'].map((n) =>
        client.patch(`/api/employees/${staff.id}`, { name: `Nama ${n} Baru` }),
      ),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const pending = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from audit_log where agency_id = ${other.agencyId} and seq is null`,
    );
    expect(pending[0]?.n).toBeGreaterThanOrEqual(6);
    const [sealedNow, sealedAgain] = await Promise.all([
      sealChain(t.handle.db, other.agencyId),
      sealChain(t.handle.db, other.agencyId),
    ]);
    expect((sealedNow ?? 0) + (sealedAgain ?? 0)).toBe(pending[0]?.n);
    const order = await queryRows<{ seq: number; ord: number }>(
      t.handle.db,
      sql`select seq, ord from audit_log where agency_id = ${other.agencyId} order by seq`,
    );
    expect(order.map((r) => r.seq)).toEqual(order.map((_, i) => i + 1));
    expect(order.map((r) => Number(r.ord))).toEqual(order.map((r) => Number(r.ord)).sort((a, b) => a - b));
    expect((await verifyChain(t.handle.db, other.agencyId)).ok).toBe(true);
  });

  it('lets only the one-time sealing through: no other change of an unsealed or sealed record', async () => {
    const other = await t.seedAgency({ name: 'Kota Kunci' });
    const client = await Client.signIn(t.app, other.admin);
    const staff = await findEmployeeByPosition(t.handle, other.agencyId, 'Pengadministrasi');
    await client.patch(`/api/employees/${staff.id}`, { name: 'Nama Belum Disegel' });
    const [row] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select id from audit_log where agency_id = ${other.agencyId} and seq is null order by ord desc limit 1`,
    );
    // Sealing with another field changed at the same time is refused, and so is a partial seal.
    await expect(
      t.handle.db.execute(sql`update audit_log set seq = 999999, prev_hash = 'x', hash = 'y', action = 'palsu'
        where agency_id = ${other.agencyId} and id = ${row?.id}`),
    ).rejects.toSatisfy((e) => /append-only/.test(causeOf(e)));
    await expect(
      t.handle.db.execute(
        sql`update audit_log set seq = 999999 where agency_id = ${other.agencyId} and id = ${row?.id}`,
      ),
    ).rejects.toSatisfy((e) => /audit_log_sealed_whole/.test(causeOf(e)));
    await sealChain(t.handle.db, other.agencyId);
    // A sealed record cannot be sealed again.
    await expect(
      t.handle.db.execute(sql`update audit_log set seq = 999999, prev_hash = 'x', hash = 'y'
        where agency_id = ${other.agencyId} and id = ${row?.id}`),
    ).rejects.toSatisfy((e) => /append-only/.test(causeOf(e)));
    expect((await verifyChain(t.handle.db, other.agencyId)).ok).toBe(true);
  });

  it('does not write an audit record when the change fails (same transaction)', async () => {
    const before = (await admin.get('/api/audit?pageSize=1')).json().total;
    const units = (await admin.get('/api/units')).json().items as { id: string; code: string }[];
    const dinkes = units.find((u) => u.code === 'DINKES');
    expect((await admin.patch(`/api/units/${dinkes?.id}`, { active: false })).statusCode).toBe(400);
    const after = (await admin.get('/api/audit?pageSize=1')).json().total;
    expect(after).toBe(before);
  });

  it('filters by action, entity type and date, and is for agency admins only', async () => {
    const logins = (await admin.get('/api/audit?action=auth.login')).json();
    expect(logins.total).toBeGreaterThan(0);
    expect(logins.items.every((r: { action: string }) => r.action === 'auth.login')).toBe(true);
    expect((await admin.get('/api/audit?from=2026-03-16&to=2026-03-16')).json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/audit?from=2026-03-17')).json().total).toBe(0);
    expect((await admin.get('/api/audit?from=kemarin')).statusCode).toBe(400);
    const leader = await Client.signIn(t.app, demo.leader);
    expect((await leader.get('/api/audit')).statusCode).toBe(403);
  });

  it('is append-only in the database', async () => {
    await expect(t.handle.db.execute(sql`update audit_log set action = 'x'`)).rejects.toSatisfy((e) =>
      /append-only/.test(causeOf(e)),
    );
    await expect(t.handle.db.execute(sql`delete from audit_log`)).rejects.toSatisfy((e) =>
      /append-only/.test(causeOf(e)),
    );
  });

  it('verifies the chain, and finds the first tampered record', async () => {
    const intact = await verifyChain(t.handle.db, demo.agencyId); // seals what is pending first
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThan(3);
    // An attacker with table-owner rights disables the trigger and edits a record in the middle.
    const [target] = await queryRows<{ seq: number }>(
      t.handle.db,
      sql`select seq from audit_log where agency_id = ${demo.agencyId} and action = 'unit.update' order by seq limit 1`,
    );
    await t.handle.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.handle.db.execute(
      sql`update audit_log set after = '{"name":"Dipalsukan"}' where agency_id = ${demo.agencyId} and seq = ${target?.seq}`,
    );
    await t.handle.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    const tampered = await verifyChain(t.handle.db, demo.agencyId);
    expect(tampered.ok).toBe(false);
    expect(tampered.firstBroken).toMatchObject({ seq: target?.seq, reason: 'HASH_MISMATCH' });
    expect(tampered.checked).toBe((target?.seq ?? 0) - 1);
  });

  it('detects a deleted record as a broken link', async () => {
    const other = await t.seedAgency({ name: 'Kota Hapus' });
    const client = await Client.signIn(t.app, other.admin);
    const staff = await findEmployeeByPosition(t.handle, other.agencyId, 'Pengadministrasi');
    await client.patch(`/api/employees/${staff.id}`, { name: 'Nama Baru Sekali' });
    await client.patch(`/api/employees/${staff.id}`, { name: 'Nama Baru Lagi' });
    await sealChain(t.handle.db, other.agencyId);
    await t.handle.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await t.handle.db.execute(sql`delete from audit_log where agency_id = ${other.agencyId} and seq = 2`);
    await t.handle.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    const report = await verifyChain(t.handle.db, other.agencyId);
    expect(report.firstBroken).toMatchObject({ seq: 3, reason: 'SEQUENCE_GAP' });
  });
});

describe('command-line tools', () => {
  it('admin:create makes a new agency and admin; audit:verify reports the chain', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sigap-cli-'));
    const root = path.resolve(import.meta.dirname, '../../..');
    const env = { ...process.env, SIGAP_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    try {
      const noPassword = (() => {
        try {
          execFileSync(
            'node',
            [
              '--import',
              'tsx',
              'src/cli/admin-create.ts',
              '--agency',
              'Pemerintah Kabupaten Uji',
              '--login',
              'admin@uji.go.id',
              '--name',
              'Admin',
            ],
            { cwd: root, env, stdio: 'pipe' },
          );
          return 0;
        } catch (error) {
          return (error as { status: number }).status;
        }
      })();
      expect(noPassword).toBe(2); // no default password
      const out = execFileSync(
        'node',
        [
          '--import',
          'tsx',
          'src/cli/admin-create.ts',
          '--agency',
          'Pemerintah Kabupaten Uji',
          '--login',
          'admin@uji.go.id',
          '--name',
          'Admin Uji',
          '--head',
          'Bupati',
        ],
        { cwd: root, env: { ...env, SIGAP_ADMIN_PASSWORD: 'RahasiaSekali2026' }, encoding: 'utf8' },
      );
      expect(out).toContain('Created agency');
      const verify = execFileSync('node', ['--import', 'tsx', 'src/cli/audit-verify.ts'], {
        cwd: root,
        env,
        encoding: 'utf8',
      });
      expect(verify).toMatch(/OK\s+agency .*: 2 records, chain intact/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

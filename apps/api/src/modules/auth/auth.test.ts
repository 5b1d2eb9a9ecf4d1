import { LIMITS } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  findEmployeeByPosition,
  setupTestApp,
  TEST_PASSWORD,
  type TestContext,
} from '../../../test/harness.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
});

const login = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: body as object });

describe('sign-in', () => {
  it('signs in with a username, sets an httpOnly SameSite session cookie, and answers /api/me', async () => {
    const res = await login({ login: demo.admin, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'sigap_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy(); // plain HTTP here; Secure behind HTTPS
    expect(res.json().user.roles).toEqual(['agency_admin']);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `sigap_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().agency.name).toBe('Pemerintah Kota Uji 1');
  });

  it('signs an employee in with their NIP, also when typed with spaces', async () => {
    const kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
    const spaced = `${kadis.nip.slice(0, 8)} ${kadis.nip.slice(8, 14)} ${kadis.nip.slice(14, 15)} ${kadis.nip.slice(15)}`;
    const res = await login({ login: spaced, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.employeeId).toBe(kadis.id);
    expect(res.json().user.roles).toContain('employee');
  });

  it('refuses a wrong password or an unknown login with the same answer', async () => {
    const wrong = await login({ login: demo.leader, password: 'salah-sekali-123' });
    const unknown = await login({ login: 'tidak-ada', password: 'salah-sekali-123' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 400 with a code for a malformed body, never 500', async () => {
    for (const body of [{}, { login: '' }, { login: 'a', password: 5 }]) {
      const res = await login(body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(text.statusCode).toBe(400);
  });

  it('locks the account after repeated failures, then unlocks after the lockout', async () => {
    const user = demo.unitAdmin;
    for (let i = 1; i < LIMITS.loginMaxFailures; i += 1) {
      expect((await login({ login: user, password: `salah-${i}-xxxxx` })).statusCode).toBe(401);
    }
    const locked = await login({ login: user, password: 'salah-terakhir-x' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked.
    expect((await login({ login: user, password: TEST_PASSWORD })).statusCode).toBe(423);
    t.clock.advance((LIMITS.lockoutMinutes + 1) * 60_000);
    expect((await login({ login: user, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per address', async () => {
    const { buildApp } = await import('../../app.ts');
    const { loadConfig } = await import('../../config.ts');
    const limited = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', SIGAP_LOGIN_RATE_PER_MINUTE: '3' }),
      db: t.handle.db,
      driver: t.handle.driver,
      clock: t.clock,
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'x', password: 'y' },
      });
      codes.push(res.statusCode);
    }
    await limited.close();
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes[4]).toBe(429);
  });
});

describe('session, CSRF, logout', () => {
  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const { buildApp } = await import('../../app.ts');
    const { loadConfig } = await import('../../config.ts');
    const proxied = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', SIGAP_TRUST_PROXY: 'true' }),
      db: t.handle.db,
      driver: t.handle.driver,
      clock: t.clock,
    });
    const res = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { login: demo.admin, password: TEST_PASSWORD },
    });
    await proxied.close();
    expect(res.statusCode).toBe(200);
    expect(res.cookies.find((c) => c.name === 'sigap_session')?.secure).toBe(true);
  });

  it('requires the CSRF header on signed-in mutations', async () => {
    const client = await Client.signIn(t.app, demo.admin);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
  });

  it('logs out and the session stops working', async () => {
    const client = await Client.signIn(t.app, demo.admin);
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('expires sessions', async () => {
    const client = await Client.signIn(t.app, demo.admin);
    t.clock.advance((LIMITS.sessionDays + 1) * 86_400_000);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changes a password: wrong current, weak new and reuse are refused; other sessions end', async () => {
    const kabid = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Bidang');
    const first = await Client.signIn(t.app, kabid.nip);
    const second = await Client.signIn(t.app, kabid.nip);
    expect(
      (
        await first.post('/api/auth/password', {
          currentPassword: 'salah-salah-1',
          newPassword: 'BaruSekali2026',
        })
      ).json().error.code,
    ).toBe('PASSWORD_WRONG');
    expect(
      (
        await first.post('/api/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'aaaaaaaaaaaa',
        })
      ).json().error.code,
    ).toBe('PASSWORD_TOO_WEAK');
    expect(
      (await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short1' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await first.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD })
      ).json().error.code,
    ).toBe('PASSWORD_REUSED');
    const ok = await first.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'BaruSekali2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await first.get('/api/me')).statusCode).toBe(200);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    expect((await login({ login: kabid.nip, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect((await login({ login: kabid.nip, password: 'BaruSekali2026' })).statusCode).toBe(200);
  });

  it('an admin reset forces a change at the next sign-in; only agency admins may reset', async () => {
    const kasi = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Seksi');
    const leader = await Client.signIn(t.app, demo.leader);
    expect((await leader.post(`/api/employees/${kasi.id}/reset-password`)).statusCode).toBe(403);
    const admin = await Client.signIn(t.app, demo.admin);
    const reset = await admin.post(`/api/employees/${kasi.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;
    expect(temporary).toHaveLength(12);
    expect((await login({ login: kasi.nip, password: TEST_PASSWORD })).statusCode).toBe(401);
    const employee = await Client.signIn(t.app, kasi.nip, temporary);
    expect(employee.me?.user.mustChangePassword).toBe(true);
    const blocked = await employee.get('/api/units');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (
        await employee.post('/api/auth/password', {
          currentPassword: temporary,
          newPassword: 'KataSandiKu2026',
        })
      ).statusCode,
    ).toBe(204);
    expect((await employee.get('/api/units')).statusCode).toBe(200);
  });

  it('stores argon2id hashes, never the password', async () => {
    const { queryRows, sql } = await import('../../db/client.ts');
    const rows = await queryRows<{ password_hash: string }>(
      t.handle.db,
      sql`select password_hash from users limit 5`,
    );
    for (const row of rows) {
      expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    }
  });
});

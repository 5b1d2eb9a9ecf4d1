import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import { type DemoAccounts, seedDemo } from '../src/demo/seed.ts';
import { ManualClock } from '../src/lib/clock.ts';

export const TEST_PASSWORD = 'uji-coba-2026';
/** Tests run on a fixed day (Monday 16 March 2026, 10:00 WIB) unless they move the clock. */
export const TEST_NOW = new Date('2026-03-16T03:00:00Z');

export interface TestContext {
  app: FastifyInstance;
  handle: DatabaseHandle;
  clock: ManualClock;
  /** The temporary folder this file's uploads are stored in. */
  filesDir: string;
  /** Seeds another agency (another seed, login suffix) and returns its accounts. */
  seedAgency(options?: {
    seed?: number;
    suffix?: string;
    employees?: number;
    name?: string;
  }): Promise<DemoAccounts>;
}

/** A fresh database copy and app for one test file; closed after the file. */
export async function setupTestApp(): Promise<TestContext> {
  const database = inject('database');
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | null = null;
  if (database.kind === 'pglite') {
    const blob = new Blob([readFileSync(database.templateFile)]);
    handle = await openDatabase({ kind: 'pglite', loadDataDir: blob });
  } else {
    const name = `sigap_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: database.adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${database.template}`);
    await admin.end();
    const url = new URL(database.adminUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
    drop = async () => {
      const c = new pg.Client({ connectionString: database.adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const clock = new ManualClock(TEST_NOW);
  // uploads of this test file go to a temporary folder, not the repository's data directory
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'sigap-files-'));
  const config = loadConfig({
    SIGAP_FILES_DIR: filesDir,
    LOG_LEVEL: 'silent',
    SIGAP_LOGIN_RATE_PER_MINUTE: '100000',
    SIGAP_DEMO: 'false',
  });
  const app = await buildApp({ config, db: handle.db, driver: handle.driver, clock });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await handle.close();
    if (drop) await drop();
  });
  let count = 0;
  return {
    app,
    handle,
    clock,
    filesDir,
    seedAgency: (options = {}) => {
      count += 1;
      return seedDemo(handle.db, {
        password: TEST_PASSWORD,
        employeeCount: options.employees ?? 400,
        clock,
        seed: options.seed ?? count * 7919,
        loginSuffix: options.suffix ?? (count === 1 ? '' : `.${count}`),
        agencyName: options.name ?? `Pemerintah Kota Uji ${count}`,
      });
    },
  };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on mutations. */
export class Client {
  cookie = '';
  csrf = '';
  me: {
    user: { id: string; employeeId: string | null; roles: string[]; mustChangePassword: boolean };
    agency: { id: string };
    abilities: string[];
  } | null = null;

  constructor(private readonly app: FastifyInstance) {}

  static async signIn(app: FastifyInstance, login: string, password = TEST_PASSWORD): Promise<Client> {
    const client = new Client(app);
    const res = await client.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login, password },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
    return client;
  }

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && options.method && options.method !== 'GET') headers['x-csrf-token'] ??= this.csrf;
    const res = await this.app.inject({ ...options, headers });
    const setCookie = res.cookies.find((c) => c.name === 'sigap_session');
    if (setCookie) this.cookie = setCookie.value ? `sigap_session=${setCookie.value}` : '';
    if (res.statusCode === 200 && String(res.headers['content-type'] ?? '').includes('json')) {
      const body = res.json() as { csrfToken?: string };
      if (body && typeof body === 'object' && 'csrfToken' in body && body.csrfToken) {
        this.csrf = body.csrfToken;
        this.me = body as unknown as Client['me'];
      }
    }
    return res;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) =>
    this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload: payload as object }) });
  patch = (url: string, payload: unknown) =>
    this.request({ method: 'PATCH', url, payload: payload as object });
  put = (url: string, payload: unknown) => this.request({ method: 'PUT', url, payload: payload as object });
}

/** An employee of an agency by position name prefix (for tests that need a particular role). */
export async function findEmployeeByPosition(
  handle: DatabaseHandle,
  agencyId: string,
  positionPrefix: string,
): Promise<{ id: string; nip: string; unit_id: string }> {
  const { queryRows, sql } = await import('../src/db/client.ts');
  const [row] = await queryRows<{ id: string; nip: string; unit_id: string }>(
    handle.db,
    sql`select e.id, e.nip, e.unit_id from employees e join positions p on p.agency_id = e.agency_id
        and p.id = e.position_id where e.agency_id = ${agencyId} and p.name like ${`${positionPrefix}%`}
        order by e.nip limit 1`,
  );
  if (!row) throw new Error(`no employee with position ${positionPrefix}`);
  return row;
}

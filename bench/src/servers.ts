import type { AddressInfo } from 'node:net';
import { LIMITS } from '@sigap/contracts';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import type { Database } from '../../apps/api/src/db/client.ts';
import {
  type EmployeeFilter,
  pageEmployees,
} from '../../apps/api/src/modules/employees/employees.repository.ts';

export interface Running {
  app: FastifyInstance;
  origin: string;
}

async function listen(app: FastifyInstance): Promise<Running> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  return { app, origin: `http://127.0.0.1:${address.port}` };
}

/** The real API (buildApp): zod validation and serialisation, session, policy, presenter. */
export async function startApp(db: Database, driver: 'postgres' | 'pglite'): Promise<Running> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SIGAP_DEMO: 'false',
    SIGAP_LOGIN_RATE_PER_MINUTE: '100000',
    // The survey benchmark fires from one address: the per-address limit would measure the 429 path.
    SIGAP_PUBLIC_RATE_PER_MINUTE: '100000000',
    SIGAP_COOKIE_SECURE: 'false',
  });
  return listen(await buildApp({ config, db, driver, serveWeb: false }));
}

/**
 * The baseline: a bare Fastify route, no plugins, no zod, no session, no policy, no presenter. Its
 * handler runs the very same page + count statements as the API (the repository's `pageEmployees`,
 * with an agency admin's scope `true`) on the same pool, and returns the rows as JSON.
 * `unitPath` is passed resolved (the API looks the unit up first: that lookup is API overhead).
 */
export async function startBare(db: Database, agencyId: string): Promise<Running> {
  const app = Fastify({ logger: false });
  app.get('/bare/employees', async (request) => {
    const query = request.query as Record<string, string | undefined>;
    const page = Number(query.page ?? 1);
    const pageSize = Number(query.pageSize ?? 25);
    const filter: EmployeeFilter = { q: query.q || undefined, unitPath: query.unitPath || undefined };
    const { items, total, totalCapped } = await pageEmployees(
      db,
      agencyId,
      filter,
      { sql: sql`true`, readsUnits: false },
      (page - 1) * pageSize,
      pageSize,
      LIMITS.countCap,
    );
    return { items, total, totalCapped, page, pageSize };
  });
  return listen(app);
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function login(origin: string, login: string, password: string): Promise<Session> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.status !== 200) {
    throw new Error(`login failed: HTTP ${response.status} ${await response.text()}`);
  }
  const body = (await response.json()) as { csrfToken?: string };
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('sigap_session='));
  if (!session || !body.csrfToken) throw new Error('login answered without a session cookie or CSRF token');
  return { cookie: session, csrfToken: body.csrfToken };
}

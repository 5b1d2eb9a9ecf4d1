import { beforeAll, describe, expect, it } from 'vitest';
import { setupTestApp, type TestContext } from '../test/harness.ts';
import { routeGuards } from './app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await setupTestApp();
});

const concrete = (url: string) =>
  url.replace(/:id\b/g, '01a20000-0000-7000-8000-000000000000').replace('*', 'x');

describe('every route declares its policy', () => {
  it('has routes, and each API route is public or names a known policy', () => {
    const api = t.app.routeTable.filter((r) => r.url.startsWith('/api'));
    expect(api.length).toBeGreaterThan(15);
    for (const route of api) {
      const declared = route.public || (route.policy !== null && route.policy in routeGuards);
      expect(declared, `${route.method} ${route.url}`).toBe(true);
    }
  });

  it('answers 401 without a session on every non-public route', async () => {
    const closed = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api') && !r.public && r.method !== 'HEAD',
    );
    for (const route of closed) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it("public routes are exactly health, sign-in, the API documents and the citizens' /api/public/*", () => {
    const citizens = t.app.routeTable.filter((r) => r.url.startsWith('/api/public/'));
    expect(citizens.length).toBeGreaterThan(0);
    expect(citizens.filter((r) => !r.public)).toEqual([]);
    const open = t.app.routeTable
      .filter(
        (r) =>
          r.url.startsWith('/api') &&
          r.public &&
          !r.url.startsWith('/api/docs') &&
          !r.url.startsWith('/api/public/'),
      )
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'HEAD /api/health',
      'HEAD /api/openapi.json',
      'POST /api/auth/login',
    ]);
  });

  it('serves the OpenAPI document and its viewer', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
    expect(Object.keys(doc.json().paths)).toContain('/api/employees/{id}');
    const viewer = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(viewer.statusCode).toBe(200);
    expect(viewer.headers['content-type']).toContain('text/html');
  });

  it('reports health with the database driver', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStaticWeb } from './static-web.ts';

let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'sigap-static-'));
  writeFileSync(path.join(dist, 'index.html'), '<title>staff</title>');
  writeFileSync(path.join(dist, 'public.html'), '<title>public</title>');
  app = Fastify();
  expect(await registerStaticWeb(app, dist)).toBe(true);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

const page = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body };
};

describe('static web', () => {
  it("serves the light public entry on the citizens' paths", async () => {
    for (const url of [
      '/survei/0190e0c0-0000-7000-8000-000000000001',
      '/survei/0190e0c0-0000-7000-8000-000000000001?kode=AB12',
      '/kiosk/0190e0c0-0000-7000-8000-000000000001',
      '/pengaduan/0190e0c0-0000-7000-8000-000000000001',
      '/pengaduan',
      '/lacak',
      '/lacak/ADU-2026-00001',
      '/lacak?kode=x',
      '/nilai-petugas?kode=AB12CD',
      '/transparansi/0190e0c0-0000-7000-8000-000000000001?year=2026',
    ]) {
      expect(await page(url), url).toEqual({ status: 200, body: '<title>public</title>' });
    }
  });

  it('serves the staff SPA everywhere else, and 404 JSON under /api', async () => {
    for (const url of [
      '/',
      '/masuk',
      '/skp/1',
      '/survei',
      '/pengaduanku',
      '/pengaduan-masuk',
      '/lacakan/x',
      '/kiosks/1',
    ]) {
      expect((await page(url)).body, url).toBe('<title>staff</title>');
    }
    const api = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('NOT_FOUND');
  });

  it('falls back to the SPA when a build has no public entry', async () => {
    const old = mkdtempSync(path.join(os.tmpdir(), 'sigap-static-'));
    writeFileSync(path.join(old, 'index.html'), '<title>staff</title>');
    const legacy = Fastify();
    await registerStaticWeb(legacy, old);
    const res = await legacy.inject({ method: 'GET', url: '/survei/x' });
    expect(res.body).toBe('<title>staff</title>');
    await legacy.close();
    rmSync(old, { recursive: true, force: true });
  });
});

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, TEST_NOW, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';
import { newId } from '../../lib/ids.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let puskesmasId: string;
let sekolahId: string;

const allAnswers = (score: number) =>
  Object.fromEntries(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, score]));
const answer = (serviceUnitId: string, score: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/service-units/${serviceUnitId}/responses`,
    payload: { clientId: randomUUID(), answers: allAnswers(score), channel: 'KIOSK' },
  });
const page = (agencyId: string, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/public/agencies/${agencyId}/transparency${query}` });

async function complaint(serviceUnitId: string, receivedOn: string, steps: string[]) {
  const created = await admin.post('/api/complaints', {
    source: 'STAFF',
    category: 'PENGADUAN',
    serviceUnitId,
    title: 'Keluhan rahasia pelapor',
    body: 'Isi pengaduan yang tidak boleh tampil di halaman publik.',
    receivedOn,
    reporterName: 'Nama Pelapor Rahasia',
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id;
  for (const action of steps) {
    const body: Record<string, unknown> = { action };
    if (action === 'answer') body.answer = 'Sudah ditindaklanjuti oleh unit.';
    if (action === 'reject') body.note = 'Di luar kewenangan';
    expect((await admin.post(`/api/complaints/${id}/actions`, body)).statusCode).toBe(200);
  }
}
const FULL = ['verify', 'dispatch', 'answer', 'publish'];

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 200 });
  admin = await Client.signIn(t.app, demo.admin);
  const units: { id: string; code: string }[] = (await admin.get('/api/units')).json().items;
  const unitOf = (code: string) => units.find((u) => u.code === code)?.id;
  puskesmasId = (
    await admin.post('/api/service-units', { unitId: unitOf('DINKES'), name: 'Puskesmas Kota' })
  ).json().id;
  sekolahId = (
    await admin.post('/api/service-units', { unitId: unitOf('DISDIK'), name: 'Layanan Sekolah' })
  ).json().id;
  const closed = (
    await admin.post('/api/service-units', { unitId: unitOf('DISDIK'), name: 'Loket Tutup' })
  ).json().id;
  await admin.patch(`/api/service-units/${closed}`, { active: false });

  // Q1 (today, 16 March): five respondents at the Puskesmas, four at the school.
  for (let i = 0; i < 5; i += 1) expect((await answer(puskesmasId, 3)).statusCode).toBe(201);
  for (let i = 0; i < 4; i += 1) await answer(sekolahId, 4);
  // Q2: one more at the Puskesmas.
  t.clock.set(new Date('2026-05-12T03:00:00Z'));
  await answer(puskesmasId, 4);
  t.clock.set(TEST_NOW);

  // Complaints at the Puskesmas received in 2026 (6) and 2025 (1); two at the school.
  await complaint(puskesmasId, '2026-03-16', FULL); // published on time
  await complaint(puskesmasId, '2026-03-16', FULL); // published on time
  await complaint(puskesmasId, '2026-02-02', FULL); // due 23 Feb, published 16 Mar: late
  await complaint(puskesmasId, '2026-02-02', []); // open past due
  await complaint(puskesmasId, '2026-03-16', ['reject']); // rejected: not a resolution
  await complaint(puskesmasId, '2026-03-16', ['verify']); // open, on time
  await complaint(puskesmasId, '2025-12-30', []);
  await complaint(sekolahId, '2026-03-16', []);
  await complaint(sekolahId, '2026-03-16', FULL);
});

describe('public transparency page', () => {
  it('publishes IKM per quarter and complaint figures per active service unit, without personal data', async () => {
    const res = await page(demo.agencyId, '?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ agencyName: 'Pemerintah Kota Uji 1', year: 2026, minResponses: 5 });
    expect(body.serviceUnits.map((u: { name: string }) => u.name)).toEqual([
      'Layanan Sekolah',
      'Puskesmas Kota',
    ]);
    const puskesmas = body.serviceUnits.find((u: { id: string }) => u.id === puskesmasId);
    expect(puskesmas.quarters).toEqual([
      { quarter: 1, respondents: 5, ikm: 75, grade: 'C', suppressed: false },
      { quarter: 2, respondents: null, ikm: null, grade: null, suppressed: true },
      { quarter: 3, respondents: null, ikm: null, grade: null, suppressed: true },
      { quarter: 4, respondents: null, ikm: null, grade: null, suppressed: true },
    ]);
    // (5 × 3 + 4) / 6 = 3.1667 → 79.17 → B
    expect(puskesmas.annual).toEqual({ respondents: 6, ikm: 79.17, grade: 'B', suppressed: false });
    // 6 received in 2026, 3 published; decided: 2 on time, 1 late, 1 open past due → 50 %.
    expect(puskesmas.complaints).toEqual({ received: 6, published: 3, slaCompliance: 50, suppressed: false });
    const sekolah = body.serviceUnits.find((u: { id: string }) => u.id === sekolahId);
    expect(sekolah.quarters[0]).toEqual({
      quarter: 1,
      respondents: null,
      ikm: null,
      grade: null,
      suppressed: true,
    });
    expect(sekolah.annual.suppressed).toBe(true);
    expect(sekolah.complaints).toEqual({
      received: null,
      published: null,
      slaCompliance: null,
      suppressed: true,
    });
    expect(res.body).not.toContain('Rahasia');
    expect(res.body).not.toContain('rahasia');
    expect(res.body).not.toContain('Sudah ditindaklanjuti');
  });

  it('follows the agency minimum, defaults to the current year and answers 404/400', async () => {
    await admin.patch('/api/voice/settings', { publicMinResponses: 4 });
    const lower = (await page(demo.agencyId)).json();
    expect(lower.year).toBe(2026);
    const sekolah = lower.serviceUnits.find((u: { id: string }) => u.id === sekolahId);
    expect(sekolah.quarters[0]).toEqual({
      quarter: 1,
      respondents: 4,
      ikm: 100,
      grade: 'A',
      suppressed: false,
    });
    await admin.patch('/api/voice/settings', { publicMinResponses: 5 });
    const lastYear = (await page(demo.agencyId, '?year=2025')).json();
    const puskesmas = lastYear.serviceUnits.find((u: { id: string }) => u.id === puskesmasId);
    expect(puskesmas.complaints.suppressed).toBe(true);
    expect(puskesmas.annual.suppressed).toBe(true);
    expect((await page(randomUUID())).statusCode).toBe(404);
    expect((await page('bukan-uuid')).statusCode).toBe(400);
    expect((await page(demo.agencyId, '?year=abc')).statusCode).toBe(400);
    expect((await page(demo.agencyId, '?year=1999')).statusCode).toBe(400);
  });

  it('serves an agency with 150 service units from a few statements', async () => {
    const [unit] = await queryRows<{ unit_id: string }>(
      t.handle.db,
      sql`select unit_id from service_units where agency_id = ${demo.agencyId} and id = ${puskesmasId}`,
    );
    const ids = Array.from({ length: 148 }, () => newId());
    await t.handle.db.execute(sql`insert into service_units (agency_id, id, unit_id, name)
      select ${demo.agencyId}::uuid, id, ${unit?.unit_id}::uuid, 'Unit ' || n
      from unnest(${sql.param(ids)}::uuid[]) with ordinality as x(id, n)`);
    const started = performance.now();
    const res = await page(demo.agencyId);
    expect(res.statusCode).toBe(200);
    expect(res.json().serviceUnits).toHaveLength(150);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

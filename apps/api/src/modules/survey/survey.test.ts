import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let unitAdmin: Client;
let serviceUnitId: string;
let units: { id: string; code: string }[];

const allAnswers = (score: number) =>
  Object.fromEntries(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, score]));

/** A citizen's submission (no session): each call looks like another phone unless told otherwise. */
const submit = (id: string, body: Record<string, unknown>, userAgent = `phone-${randomUUID()}`) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/service-units/${id}/responses`,
    headers: { 'user-agent': userAgent },
    payload: { clientId: randomUUID(), ...body },
  });

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 300 });
  admin = await Client.signIn(t.app, demo.admin);
  unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
  units = (await admin.get('/api/units')).json().items;
});

describe('service catalogue', () => {
  it('lets admins create service units in their scope, with types and populations', async () => {
    const dinkes = units.find((u) => u.code === 'DINKES')?.id;
    const disdik = units.find((u) => u.code === 'DISDIK')?.id;
    expect(
      (await unitAdmin.post('/api/service-units', { unitId: disdik, name: 'Layanan Disdik' })).statusCode,
    ).toBe(404);
    expect((await admin.post('/api/service-units', { unitId: dinkes, name: 'x' })).statusCode).toBe(400);
    const created = await unitAdmin.post('/api/service-units', {
      unitId: dinkes,
      name: 'Puskesmas Sukamaju',
    });
    expect(created.statusCode).toBe(201);
    serviceUnitId = created.json().id;
    expect(created.json().surveyPath).toBe(`/survei/${serviceUnitId}`);
    expect(
      (await admin.post('/api/service-units', { unitId: dinkes, name: 'puskesmas sukamaju' })).statusCode,
    ).toBe(409);
    const typed = await unitAdmin.post(`/api/service-units/${serviceUnitId}/types`, {
      name: 'Rawat jalan',
      resolutionDays: 5,
    });
    expect(typed.json().types).toEqual([expect.objectContaining({ name: 'Rawat jalan', resolutionDays: 5 })]);
    const population = await unitAdmin.request({
      method: 'PUT',
      url: `/api/service-units/${serviceUnitId}/population`,
      payload: { period: '2026-Q1', population: 100 },
    });
    expect(population.statusCode).toBe(200);
    const bad = await unitAdmin.request({
      method: 'PUT',
      url: `/api/service-units/${serviceUnitId}/population`,
      payload: { period: '2026-Q5', population: 100 },
    });
    expect(bad.statusCode).toBe(400);
    const staff = await Client.signIn(t.app, demo.sampleEmployees.at(-1)?.nip ?? '');
    expect((await staff.post('/api/service-units', { unitId: dinkes, name: 'Lain' })).statusCode).toBe(403);
  });
});

describe('public survey', () => {
  it('serves the questionnaire without a session and never exposes staff data', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/service-units/${serviceUnitId}/survey`,
    });
    expect(res.statusCode).toBe(200);
    const survey = res.json();
    expect(survey.questions).toHaveLength(9);
    expect(survey.questions[3]).toMatchObject({
      code: 'U4',
      answers: ['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'],
    });
    expect(Object.keys(survey).sort()).toEqual(
      ['agencyName', 'questions', 'serviceUnitId', 'serviceUnitName', 'types', 'visitCodeRequired'].sort(),
    );
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/public/service-units/${randomUUID()}/survey`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it("uses the agency's own wording of a question, keyed by unsur code", async () => {
    const wording = {
      question: 'Apakah persyaratan layanan jelas?',
      answers: ['Tidak', 'Kurang', 'Jelas', 'Sangat jelas'],
    };
    expect(
      (await admin.patch('/api/voice/settings', { questionnaire: { U1: { ...wording, answers: ['a'] } } }))
        .statusCode,
    ).toBe(400);
    const saved = await admin.patch('/api/voice/settings', { questionnaire: { U1: wording } });
    expect(saved.json().questionnaire).toEqual({ U1: wording });
    const survey = (
      await t.app.inject({ method: 'GET', url: `/api/public/service-units/${serviceUnitId}/survey` })
    ).json();
    expect(survey.questions[0]).toMatchObject({ code: 'U1', ...wording });
    expect(survey.questions[1].answers).toEqual(['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah']);
    expect((await unitAdmin.patch('/api/voice/settings', { questionnaire: {} })).statusCode).toBe(403);
  });

  it('stores an answer once, however often the client retries', async () => {
    const clientId = randomUUID();
    const body = { clientId, answers: allAnswers(3), channel: 'KIOSK' };
    const first = await submit(serviceUnitId, body, 'kiosk');
    expect(first.statusCode).toBe(201);
    const again = await submit(serviceUnitId, body, 'kiosk');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id: clientId, duplicate: true });
    expect((await submit(serviceUnitId, { answers: {} })).json().error.code).toBe('SURVEY_INCOMPLETE');
    expect((await submit(serviceUnitId, { answers: { U1: 5 } })).statusCode).toBe(400);
  });

  it('computes NRR, IKM and grade from the stored answers (rules §7.1)', async () => {
    // Three more respondents: U1..U9 all 4, all 2, and all 3 except U4 = 4 (with the kiosk's one: all 3).
    await submit(serviceUnitId, {
      answers: allAnswers(4),
      sex: 'P',
      age: 34,
      education: 'D4_S1',
      comment: 'Ramah',
    });
    await submit(serviceUnitId, { answers: allAnswers(2), sex: 'L', age: 61 });
    await submit(serviceUnitId, { answers: { ...allAnswers(3), U4: 4 } });
    t.clock.set(new Date('2026-03-16T03:00:00Z'));
    const res = await admin.get(`/api/service-units/${serviceUnitId}/skm?period=2026-Q1`);
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.respondents).toBe(4);
    // U1: (3+4+2+3)/4 = 3; U4: (3+4+2+4)/4 = 3.25; SKM = (8×3 + 3.25)/9 = 3.02778; IKM = 75.69 → C
    expect(r.perUnsur[0]).toMatchObject({ code: 'U1', nrr: 3, ikm: 75, grade: 'C' });
    expect(r.perUnsur[3]).toMatchObject({ code: 'U4', nrr: 3.25, ikm: 81.25, grade: 'B' });
    expect(r.ikm).toBe(75.69);
    expect(r.grade).toBe('C');
    expect(r.weightRule).toBe('EXACT');
    expect(r.minimumSample).toBe(80); // Krejcie–Morgan for a population of 100
    expect(r.sampleReached).toBe(false);
    expect(r.profile.sex).toEqual({ L: 1, P: 1, TIDAK_DIISI: 2 });
    expect(r.profile.ageBand).toMatchObject({ '31_40': 1, GT_60: 1 });
    expect(r.comments).toEqual([{ date: '2026-03-16', text: 'Ramah' }]);
    expect(r.trend.map((p: { period: string }) => p.period)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ]);
    // 0.11 understates the same answers by 1%
    expect((await admin.patch('/api/voice/settings', { skmWeightRule: 'TWO_DECIMALS' })).statusCode).toBe(
      200,
    );
    const old = (await admin.get(`/api/service-units/${serviceUnitId}/skm?period=2026-Q1`)).json();
    expect(old.weightRule).toBe('TWO_DECIMALS');
    expect(old.ikm).toBe(74.94); // 3.02778 × 9 × 0.11 × 25
    await admin.patch('/api/voice/settings', { skmWeightRule: 'EXACT' });
    const pdf = await admin.get(`/api/service-units/${serviceUnitId}/skm/report.pdf?period=2026-Q1`);
    expect(pdf.statusCode).toBe(200);
    const text = (
      await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true })
    ).text.replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT');
    expect(text).toContain('Puskesmas Sukamaju');
    expect(text).toContain('75,69');
    expect(text).toContain('C (Kurang Baik)');
    expect(text).toContain('BELUM TERPENUHI');
    expect(text).toContain('1/9');
    const poster = await unitAdmin.get(`/api/service-units/${serviceUnitId}/poster.pdf`);
    expect(poster.statusCode).toBe(200);
    const posterText = (
      await extractText(await getDocumentProxy(new Uint8Array(poster.rawPayload)), { mergePages: true })
    ).text;
    expect(posterText).toContain(`/survei/${serviceUnitId}`);
    const xlsx = await admin.get(`/api/service-units/${serviceUnitId}/skm/responses.xlsx?period=2026-Q1`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Jawaban SKM')?.rowCount).toBe(5);
  });

  it('flags quick repeats from one phone and leaves them out of the index', async () => {
    await submit(serviceUnitId, { answers: allAnswers(1) }, 'same-phone');
    await submit(serviceUnitId, { answers: allAnswers(1) }, 'same-phone');
    const r = (await admin.get(`/api/service-units/${serviceUnitId}/skm?period=2026-Q1`)).json();
    expect(r.respondents).toBe(5);
    expect(r.flagged).toBe(1);
  });

  it('accepts one answer per visit code', async () => {
    await unitAdmin.patch(`/api/service-units/${serviceUnitId}`, { visitCodeRequired: true });
    expect((await submit(serviceUnitId, { answers: allAnswers(3) })).json().error.code).toBe(
      'VISIT_CODE_REQUIRED',
    );
    const codes = (
      await unitAdmin.post(`/api/service-units/${serviceUnitId}/visit-codes`, { count: 2 })
    ).json().codes;
    expect(codes).toHaveLength(2);
    const code = codes[0].code as string;
    expect(
      (await submit(serviceUnitId, { answers: allAnswers(3), visitCode: code.toLowerCase() })).statusCode,
    ).toBe(201);
    const reused = await submit(serviceUnitId, { answers: allAnswers(3), visitCode: code });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('VISIT_CODE_USED');
    expect(
      (await submit(serviceUnitId, { answers: allAnswers(3), visitCode: 'ZZZZZZZZZZ' })).json().error.code,
    ).toBe('VISIT_CODE_INVALID');
  });

  it('hides results from people outside the unit and rate-limits submissions', async () => {
    const staff = await Client.signIn(t.app, demo.sampleEmployees.at(-1)?.nip ?? '');
    // not a head of this unit's subtree: refused (403 for a non-head, 404 for the head of another unit)
    expect([403, 404]).toContain(
      (await staff.get(`/api/service-units/${serviceUnitId}/skm?period=2026-Q1`)).statusCode,
    );
    let limited = 0;
    for (let i = 0; i < 70 && limited === 0; i += 1) {
      const res = await submit(serviceUnitId, { answers: allAnswers(3) });
      if (res.statusCode === 429) limited += 1;
    }
    expect(limited).toBe(1);
  });
});

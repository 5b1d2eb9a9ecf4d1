import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, TEST_NOW, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let officer: Client;
let rater: Client;
let superior: Client;
let outsider: Client;
let officerId: string;
let officerNip: string;
let officerName: string;
let codes: string[];
let codeWithoutOfficer: string;

const rate = (body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/public/officer-ratings', payload: body });
const lookUp = (code: string) => t.app.inject({ method: 'GET', url: `/api/public/visit-codes/${code}` });

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 300 });
  admin = await Client.signIn(t.app, demo.admin);
  // An officer whose rater and rater's superior are both employees (not the head of region).
  const people = (await admin.get('/api/employees?pageSize=100')).json().items;
  let found: { id: string; nip: string; fullName: string; unitId: string } | undefined;
  let detail:
    | {
        rater: { kind: string; id: string; nip: string };
        raterSuperior: { kind: string; id: string; nip: string };
      }
    | undefined;
  for (const candidate of people) {
    const d = (await admin.get(`/api/employees/${candidate.id}`)).json();
    if (d.rater?.kind === 'EMPLOYEE' && d.raterSuperior?.kind === 'EMPLOYEE') {
      found = candidate;
      detail = d;
      break;
    }
  }
  if (!found || !detail) throw new Error('no officer with an employee rater and superior');
  officerId = found.id;
  officerNip = found.nip;
  officerName = found.fullName;
  officer = await Client.signIn(t.app, officerNip);
  rater = await Client.signIn(t.app, detail.rater.nip);
  superior = await Client.signIn(t.app, detail.raterSuperior.nip);
  const chain = [found.id, detail.rater.id, detail.raterSuperior.id];
  const other = people.find((e: { id: string }) => !chain.includes(e.id));
  outsider = await Client.signIn(t.app, other.nip);
  const units: { id: string; code: string }[] = (await admin.get('/api/units')).json().items;
  const serviceUnit = await admin.post('/api/service-units', {
    unitId: units.find((u) => u.code === 'DINKES')?.id,
    name: 'Loket Terpadu',
  });
  const made = await admin.post(`/api/service-units/${serviceUnit.json().id}/visit-codes`, {
    count: 9,
    officerEmployeeId: officerId,
  });
  codes = made.json().codes.map((c: { code: string }) => c.code);
  codeWithoutOfficer = (
    await admin.post(`/api/service-units/${serviceUnit.json().id}/visit-codes`, { count: 1 })
  ).json().codes[0].code;
});

describe('officer ratings switched off (the default)', () => {
  it('names no officer and refuses ratings with OFFICER_RATINGS_OFF', async () => {
    const page = await lookUp(codes[0] as string);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({
      serviceUnitName: 'Loket Terpadu',
      officerName: null,
      ratingOpen: false,
      surveyOpen: true,
    });
    const res = await rate({ visitCode: codes[0], score: 5 });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('OFFICER_RATINGS_OFF');
    expect((await lookUp('ZZZZZZZZZZ')).statusCode).toBe(404);
    expect((await rate({ visitCode: 'ZZZZZZZZZZ', score: 5 })).json().error.code).toBe('VISIT_CODE_INVALID');
  });
});

describe('officer ratings switched on (rules §7.3)', () => {
  beforeAll(async () => {
    const on = await admin.patch('/api/voice/settings', { officerRatingsEnabled: true });
    expect(on.json().officerRatingsEnabled).toBe(true);
  });

  it('shows whom the citizen rates (name only) and takes one rating per visit code', async () => {
    const page = await lookUp((codes[0] as string).toLowerCase());
    expect(page.json()).toEqual({
      serviceUnitName: 'Loket Terpadu',
      officerName,
      ratingOpen: true,
      surveyOpen: true,
    });
    expect(page.body).not.toContain(officerNip);
    const first = await rate({
      visitCode: (codes[0] as string).toLowerCase(),
      score: 5,
      comment: 'Sangat membantu',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ received: true });
    const again = await rate({ visitCode: codes[0], score: 1 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VISIT_CODE_USED');
    expect((await lookUp(codes[0] as string)).json()).toMatchObject({ ratingOpen: false, surveyOpen: true });
    const noOfficer = await rate({ visitCode: codeWithoutOfficer, score: 4 });
    expect(noOfficer.statusCode).toBe(400);
    expect(noOfficer.json().error.code).toBe('VISIT_CODE_INVALID');
    expect((await rate({ visitCode: codes[1], score: 6 })).statusCode).toBe(400);
    expect((await rate({ visitCode: codes[1], score: 0 })).statusCode).toBe(400);
    expect((await rate({ visitCode: codes[1], score: 3, ip: '1.2.3.4' })).statusCode).toBe(400);
    // Anonymous: the rating row holds the code's officer and unit, nothing about the citizen.
    const [row] = await queryRows<Record<string, unknown>>(
      t.handle.db,
      sql`select * from officer_ratings where officer_employee_id = ${officerId}`,
    );
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'agency_id',
        'comment',
        'created_at',
        'id',
        'officer_employee_id',
        'replied_at',
        'reply',
        'score',
        'service_unit_id',
        'visit_code_id',
      ].sort(),
    );
  });

  it('shows nothing but the count below the minimum of 5', async () => {
    for (const [i, score] of [4, 3, 4].entries()) {
      expect((await rate({ visitCode: codes[i + 1], score, comment: `Komentar ${i}` })).statusCode).toBe(201);
    }
    const mine = await officer.get('/api/officer-ratings/mine');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      employee: { id: officerId, name: officerName },
      enabled: true,
      minResponses: 5,
      summary: { shown: false, count: 4, mean: null, distribution: null },
      ratings: [],
      abilities: [],
    });
    expect(mine.body).not.toContain('Komentar');
    const byRater = await rater.get(`/api/employees/${officerId}/officer-ratings`);
    expect(byRater.json()).toMatchObject({ summary: { shown: false, count: 4 }, ratings: [] });
    const [hidden] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select id from officer_ratings where officer_employee_id = ${officerId} limit 1`,
    );
    expect(
      (await officer.post(`/api/officer-ratings/${hidden?.id}/reply`, { reply: 'Terima kasih' })).statusCode,
    ).toBe(404);
  });

  it('shows the summary and the ratings from the 5th, as evidence without a predikat', async () => {
    expect((await rate({ visitCode: codes[4], score: 2, comment: 'Kurang jelas' })).statusCode).toBe(201);
    const mine = (await officer.get('/api/officer-ratings/mine')).json();
    expect(mine.summary).toEqual({ shown: true, count: 5, mean: 3.6, distribution: [0, 1, 1, 2, 1] });
    expect(mine.ratings).toHaveLength(5);
    expect(mine.ratings[0]).toEqual({
      id: expect.any(String),
      score: 2,
      comment: 'Kurang jelas',
      reply: null,
      repliedAt: null,
      month: '2026-03',
    });
    expect(mine.abilities).toEqual(['reply']);
    expect(JSON.stringify(mine)).not.toMatch(/predikat/i);
    expect((await officer.get('/api/officer-ratings/mine?year=2025')).json().summary).toEqual({
      shown: false,
      count: 0,
      mean: null,
      distribution: null,
    });
    expect((await officer.get('/api/officer-ratings/mine?year=20')).statusCode).toBe(400);

    for (const reader of [rater, superior, admin]) {
      const res = await reader.get(`/api/employees/${officerId}/officer-ratings`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ summary: { shown: true, count: 5, mean: 3.6 }, abilities: [] });
      expect(res.json().ratings).toHaveLength(5);
    }
    expect((await outsider.get(`/api/employees/${officerId}/officer-ratings`)).statusCode).toBe(404);
    expect((await admin.get(`/api/employees/${randomUUID()}/officer-ratings`)).statusCode).toBe(404);
    expect((await admin.get('/api/employees/bukan-uuid/officer-ratings')).statusCode).toBe(400);
    // An account without an employee record has no ratings of its own.
    expect((await admin.get('/api/officer-ratings/mine')).statusCode).toBe(403);
  });

  it('gives the rated officer (only) a right of reply, audited', async () => {
    const ratingId = (await officer.get('/api/officer-ratings/mine')).json().ratings[0].id;
    expect((await officer.post(`/api/officer-ratings/${ratingId}/reply`, { reply: '' })).statusCode).toBe(
      400,
    );
    expect(
      (await rater.post(`/api/officer-ratings/${ratingId}/reply`, { reply: 'Bukan saya' })).statusCode,
    ).toBe(404);
    expect((await admin.post(`/api/officer-ratings/${ratingId}/reply`, { reply: 'Admin' })).statusCode).toBe(
      403,
    );
    const replied = await officer.post(`/api/officer-ratings/${ratingId}/reply`, {
      reply: 'Mohon maaf, akan saya jelaskan lebih rinci.',
    });
    expect(replied.statusCode).toBe(200);
    expect(replied.json()).toMatchObject({
      id: ratingId,
      reply: 'Mohon maaf, akan saya jelaskan lebih rinci.',
    });
    expect(replied.json().repliedAt).toBe(TEST_NOW.toISOString().replace('.000', ''));
    const [audit] = await queryRows<{ action: string }>(
      t.handle.db,
      sql`select action from audit_log where entity_id = ${ratingId}`,
    );
    expect(audit?.action).toBe('officer_rating.reply');
    const seen = (await rater.get(`/api/employees/${officerId}/officer-ratings`)).json();
    expect(seen.ratings[0].reply).toBe('Mohon maaf, akan saya jelaskan lebih rinci.');
  });

  it('follows the agency minimum and refuses expired codes', async () => {
    await admin.patch('/api/voice/settings', { officerRatingMinResponses: 6 });
    expect((await rater.get(`/api/employees/${officerId}/officer-ratings`)).json()).toMatchObject({
      minResponses: 6,
      summary: { shown: false, count: 5 },
      ratings: [],
    });
    await admin.patch('/api/voice/settings', { officerRatingMinResponses: 5 });
    t.clock.set(new Date(TEST_NOW.getTime() + 8 * 86_400_000));
    expect((await lookUp(codes[5] as string)).json()).toMatchObject({ ratingOpen: false, surveyOpen: false });
    const expired = await rate({ visitCode: codes[5], score: 5 });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.code).toBe('VISIT_CODE_INVALID');
    t.clock.set(TEST_NOW);
  });

  it('refuses ratings again once switched off', async () => {
    await admin.patch('/api/voice/settings', { officerRatingsEnabled: false });
    expect((await rate({ visitCode: codes[6], score: 5 })).json().error.code).toBe('OFFICER_RATINGS_OFF');
    expect((await lookUp(codes[6] as string)).json()).toMatchObject({ officerName: null, ratingOpen: false });
    // The officer keeps seeing what was collected.
    expect((await officer.get('/api/officer-ratings/mine')).json()).toMatchObject({
      enabled: false,
      summary: { shown: true, count: 5 },
    });
  });
});

describe('public rate limit', () => {
  it('limits ratings per address', async () => {
    let limited = 0;
    for (let i = 0; i < 70 && limited === 0; i += 1) {
      if ((await rate({ visitCode: 'ZZZZZZZZZZ', score: 9 })).statusCode === 429) limited += 1;
    }
    expect(limited).toBe(1);
  });
});

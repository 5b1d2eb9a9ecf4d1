import { COACHING_STATEMENT_CODES } from '@sigap/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
let unitAdmin: Client;
/** Kepala Dinas Kesehatan (rated by the Wali Kota), a Kepala Bidang under them, two of the Kabid's staff. */
let kadis: { id: string; nip: string };
let kabid: { id: string; nip: string };
let staff: { id: string; nip: string };
let colleague: { id: string; nip: string };
let other: { id: string; nip: string };
let kadisClient: Client;
let kabidClient: Client;
let staffClient: Client;
let colleagueClient: Client;
let otherClient: Client;
let foreignAdmin: Client;
let foreign: DemoAccounts;
const YEAR = 2026;

const allStatements = (score = 4) => Object.fromEntries(COACHING_STATEMENT_CODES.map((c) => [c, score]));

async function reportsOf(raterId: string) {
  return queryRows<{ id: string; nip: string; kind: string }>(
    t.handle.db,
    sql`select e.id, e.nip, p.kind from reporting_lines rl
        join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where rl.agency_id = ${demo.agencyId} and rl.rater_employee_id = ${raterId} and rl.valid_to is null
          and e.status = 'ACTIVE'
        order by p.kind, e.nip`,
  );
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 600 });
  foreign = await t.seedAgency({ employees: 60 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
  foreignAdmin = await Client.signIn(t.app, foreign.admin);
  kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
  const administrator = (await reportsOf(kadis.id)).find((r) => r.kind === 'ADMINISTRATOR');
  if (!administrator) throw new Error('no Administrator under the Kepala Dinas');
  kabid = administrator;
  const staffRows = await reportsOf(kabid.id);
  if (staffRows.length < 2) throw new Error('the Kabid rates fewer than two people');
  staff = staffRows[0] as { id: string; nip: string };
  colleague = staffRows[1] as { id: string; nip: string };
  other = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
  kadisClient = await Client.signIn(t.app, kadis.nip);
  kabidClient = await Client.signIn(t.app, kabid.nip);
  staffClient = await Client.signIn(t.app, staff.nip);
  colleagueClient = await Client.signIn(t.app, colleague.nip);
  otherClient = await Client.signIn(t.app, other.nip);
  expect((await admin.post('/api/planning/years', { year: YEAR, quarterly: true })).statusCode).toBe(201);
});

const schedule = (client: Client, body: Record<string, unknown>) =>
  client.post('/api/coaching/sessions', {
    kind: 'BIMBINGAN',
    scheduledAt: '2026-03-18T02:00:00.000Z',
    topic: 'Capaian triwulan I dan kendala lapangan',
    ...body,
  });

describe('scheduling', () => {
  it('the rater schedules a session with a person they rate; the employee is notified', async () => {
    const periods = (await kabidClient.get('/api/planning/years')).json().items[0].periods;
    const quarter = periods.find((p: { kind: string }) => p.kind === 'QUARTER');
    const res = await schedule(kabidClient, { employeeId: staff.id, periodId: quarter.id });
    expect(res.statusCode).toBe(201);
    const session = res.json();
    expect(session).toMatchObject({
      kind: 'BIMBINGAN',
      status: 'SCHEDULED',
      coachEmployeeId: kabid.id,
      employee: { id: staff.id },
      period: { id: quarter.id, year: YEAR },
      rating: null,
      abilities: ['record', 'cancel'],
    });
    const inbox = (await staffClient.get('/api/notifications')).json();
    expect(inbox.items.some((n: { kind: string }) => n.kind === 'coaching.scheduled')).toBe(true);
    const mine = (await staffClient.get(`/api/coaching/mine?year=${YEAR}`)).json();
    expect(mine.sessions.map((s: { id: string }) => s.id)).toContain(session.id);
    expect(mine.sessions[0].abilities).toEqual([]);
  });

  it('only the rater schedules: others are told nothing (404), non-raters without a post 403', async () => {
    // the employee for their rater, the rater's superior, someone unrelated, a colleague
    expect((await schedule(staffClient, { employeeId: kabid.id })).statusCode).toBe(404);
    expect((await schedule(kadisClient, { employeeId: staff.id })).statusCode).toBe(404);
    expect((await schedule(otherClient, { employeeId: staff.id })).statusCode).toBe(404);
    expect((await schedule(colleagueClient, { employeeId: staff.id })).statusCode).toBe(404);
    // the agency admin has no employee record and is not a leader: the route is not theirs
    expect((await schedule(admin, { employeeId: staff.id })).statusCode).toBe(403);
    expect((await schedule(foreignAdmin, { employeeId: staff.id })).statusCode).toBe(403);
    expect(
      (await schedule(kabidClient, { employeeId: '01900000-0000-7000-8000-000000000000' })).statusCode,
    ).toBe(404);
  });

  it('leaders coach the people the head of region rates', async () => {
    const res = await schedule(leader, { employeeId: kadis.id, kind: 'DIALOG' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      coachEmployeeId: null,
      kind: 'DIALOG',
      abilities: ['record', 'cancel'],
    });
    expect(res.json().coachName).not.toBe('');
    expect(
      (await leader.get(`/api/coaching/team?year=${YEAR}`))
        .json()
        .items.map((i: { employee: { id: string } }) => i.employee.id),
    ).toContain(kadis.id);
  });

  it('refuses bad input with a code', async () => {
    const short = await schedule(kabidClient, { employeeId: staff.id, topic: 'x' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const kind = await schedule(kabidClient, { employeeId: staff.id, kind: 'RAPAT' });
    expect(kind.statusCode).toBe(400);
    const period = await schedule(kabidClient, {
      employeeId: staff.id,
      periodId: '01900000-0000-7000-8000-000000000000',
    });
    expect(period.statusCode).toBe(400);
    expect(period.json().error.code).toBe('VALIDATION_FAILED');
    const when = await schedule(kabidClient, { employeeId: staff.id, scheduledAt: 'besok pagi' });
    expect(when.statusCode).toBe(400);
  });
});

describe('recording, cancelling, rating', () => {
  let sessionId: string;
  let cancelledId: string;

  it('the employee cannot rate a session that has not taken place', async () => {
    const team = (await kabidClient.get(`/api/coaching/team?year=${YEAR}`)).json();
    const item = team.items.find((i: { employee: { id: string } }) => i.employee.id === staff.id);
    sessionId = item.sessions[0].id;
    const res = await staffClient.post(`/api/coaching/sessions/${sessionId}/rating`, {
      scores: allStatements(),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('COACHING_ILLEGAL_ACTION');
  });

  it('only the coach records; the record needs notes and agreed actions', async () => {
    const body = {
      notes: 'Capaian imunisasi 60% dari target triwulan; kendala cold chain di dua puskesmas.',
      agreedActions: 'Koordinasi dengan farmasi; laporan mingguan ke Kabid.',
      followUpDate: '2026-04-01',
    };
    expect((await staffClient.post(`/api/coaching/sessions/${sessionId}/record`, body)).statusCode).toBe(403);
    expect((await kadisClient.post(`/api/coaching/sessions/${sessionId}/record`, body)).statusCode).toBe(403);
    expect((await otherClient.post(`/api/coaching/sessions/${sessionId}/record`, body)).statusCode).toBe(404);
    expect((await colleagueClient.post(`/api/coaching/sessions/${sessionId}/record`, body)).statusCode).toBe(
      404,
    );
    const empty = await kabidClient.post(`/api/coaching/sessions/${sessionId}/record`, { notes: '' });
    expect(empty.statusCode).toBe(400);
    const early = await kabidClient.post(`/api/coaching/sessions/${sessionId}/record`, {
      ...body,
      followUpDate: '2026-03-01',
    });
    expect(early.statusCode).toBe(400);
    const future = await kabidClient.post(`/api/coaching/sessions/${sessionId}/record`, {
      ...body,
      heldAt: '2026-12-01T02:00:00Z',
    });
    expect(future.statusCode).toBe(400);
    const res = await kabidClient.post(`/api/coaching/sessions/${sessionId}/record`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'DONE',
      notes: body.notes,
      agreedActions: body.agreedActions,
      followUpDate: '2026-04-01',
      abilities: [],
    });
    expect(res.json().heldAt).toBe(t.clock.now().toISOString());
    const again = await kabidClient.post(`/api/coaching/sessions/${sessionId}/record`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('COACHING_ILLEGAL_ACTION');
    const cancel = await kabidClient.post(`/api/coaching/sessions/${sessionId}/cancel`, {});
    expect(cancel.statusCode).toBe(409);
  });

  it('the employee rates a held session once, on all nine statements', async () => {
    const mine = (await staffClient.get(`/api/coaching/mine?year=${YEAR}`)).json();
    expect(mine.sessions.find((s: { id: string }) => s.id === sessionId).abilities).toEqual(['rate']);
    // the rater cannot rate their own session
    expect(
      (await kabidClient.post(`/api/coaching/sessions/${sessionId}/rating`, { scores: allStatements() }))
        .statusCode,
    ).toBe(403);
    const { BERMANFAAT: _dropped, ...eight } = allStatements();
    for (const scores of [
      eight,
      { ...allStatements(), BERMANFAAT: 6 },
      { ...allStatements(), LAIN: 3 },
      {},
    ]) {
      const bad = await staffClient.post(`/api/coaching/sessions/${sessionId}/rating`, { scores });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('SCORES_INVALID');
    }
    const half = await staffClient.post(`/api/coaching/sessions/${sessionId}/rating`, {
      scores: { ...allStatements(), DIDENGARKAN: 2.5 },
    });
    expect(half.json().error.code).toBe('SCORES_INVALID');
    const res = await staffClient.post(`/api/coaching/sessions/${sessionId}/rating`, {
      scores: { ...allStatements(5), BERTANYA: 3 },
      comment: 'Sangat membantu',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rating).toMatchObject({
      scores: { DIDENGARKAN: 5, BERTANYA: 3 },
      comment: 'Sangat membantu',
    });
    expect(res.json().abilities).toEqual([]);
    const second = await staffClient.post(`/api/coaching/sessions/${sessionId}/rating`, {
      scores: allStatements(),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('COACHING_ALREADY_RATED');
    // the rater sees the rating
    const team = (await kabidClient.get(`/api/coaching/team?year=${YEAR}`)).json();
    const session = team.items
      .flatMap((i: { sessions: { id: string }[] }) => i.sessions)
      .find((s: { id: string }) => s.id === sessionId);
    expect(session.rating.scores.BERTANYA).toBe(3);
  });

  it('the coach cancels a scheduled session; a cancelled one cannot be recorded or rated', async () => {
    const created = (await schedule(kabidClient, { employeeId: staff.id, kind: 'DIALOG' })).json();
    cancelledId = created.id;
    expect((await staffClient.post(`/api/coaching/sessions/${cancelledId}/cancel`, {})).statusCode).toBe(403);
    const res = await kabidClient.post(`/api/coaching/sessions/${cancelledId}/cancel`, {
      reason: 'Dinas luar',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'CANCELLED', abilities: [] });
    const record = await kabidClient.post(`/api/coaching/sessions/${cancelledId}/record`, {
      notes: 'Catatan',
      agreedActions: 'Tindakan',
    });
    expect(record.json().error.code).toBe('COACHING_ILLEGAL_ACTION');
    const rate = await staffClient.post(`/api/coaching/sessions/${cancelledId}/rating`, {
      scores: allStatements(),
    });
    expect(rate.json().error.code).toBe('COACHING_ILLEGAL_ACTION');
    expect((await kabidClient.post(`/api/coaching/sessions/${cancelledId}/cancel`, {})).statusCode).toBe(409);
  });

  it('every change is audited', async () => {
    for (const action of ['coaching.schedule', 'coaching.record', 'coaching.rate', 'coaching.cancel']) {
      const audit = (await admin.get(`/api/audit?action=${action}`)).json();
      expect(audit.items.length, action).toBeGreaterThan(0);
    }
    const cancel = (await admin.get('/api/audit?action=coaching.cancel')).json();
    expect(cancel.items[0]).toMatchObject({ entityId: cancelledId });
  });

  it('another agency cannot reach a session (404)', async () => {
    const foreignLeader = await Client.signIn(t.app, foreign.leader);
    expect((await foreignLeader.post(`/api/coaching/sessions/${sessionId}/cancel`, {})).statusCode).toBe(404);
  });
});

describe('competency evaluation', () => {
  it('the rater evaluates 1–5 per competency, at least one', async () => {
    const res = await kabidClient.post(`/api/coaching/employees/${staff.id}/competencies`, {
      scores: { INTEGRITAS: 4, KOMUNIKASI: 3 },
      note: 'Perlu pelatihan komunikasi publik',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      employeeId: staff.id,
      raterEmployeeId: kabid.id,
      evaluatedOn: '2026-03-16',
      scores: { INTEGRITAS: 4, KOMUNIKASI: 3 },
    });
    for (const scores of [{}, { INTEGRITAS: 0 }, { INTEGRITAS: 6 }, { KEPEMIMPINAN_X: 3 }]) {
      const bad = await kabidClient.post(`/api/coaching/employees/${staff.id}/competencies`, { scores });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('SCORES_INVALID');
    }
    const future = await kabidClient.post(`/api/coaching/employees/${staff.id}/competencies`, {
      scores: { INTEGRITAS: 4 },
      evaluatedOn: '2026-12-31',
    });
    expect(future.statusCode).toBe(400);
    expect(
      (
        await staffClient.post(`/api/coaching/employees/${kabid.id}/competencies`, {
          scores: { INTEGRITAS: 5 },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await kadisClient.post(`/api/coaching/employees/${staff.id}/competencies`, {
          scores: { INTEGRITAS: 5 },
        })
      ).statusCode,
    ).toBe(404);
    expect((await admin.get('/api/audit?action=coaching.competency.evaluate')).json().items).toHaveLength(1);
  });
});

describe('the coaching record', () => {
  const recordOf = (client: Client, id: string, year = YEAR) =>
    client.get(`/api/coaching/employees/${id}?year=${year}`);

  it('is read by the employee, the rater, the rater superior, agency admins and leaders', async () => {
    for (const client of [staffClient, kabidClient, kadisClient, admin, leader]) {
      const res = await recordOf(client, staff.id);
      expect(res.statusCode).toBe(200);
      const record = res.json();
      expect(record.employee.id).toBe(staff.id);
      expect(record.sessions).toHaveLength(2);
      const done = record.sessions.find((s: { status: string }) => s.status === 'DONE');
      expect(done.rating.scores.DIDENGARKAN).toBe(5);
      expect(done.agreedActions).toContain('farmasi');
      expect(record.competencyEvaluations).toHaveLength(1);
    }
    expect((await recordOf(kabidClient, staff.id)).json().abilities).toEqual([
      'schedule',
      'evaluateCompetency',
    ]);
    expect((await recordOf(staffClient, staff.id)).json().abilities).toEqual([]);
  });

  it('filters by year', async () => {
    const res = await recordOf(staffClient, staff.id, 2025);
    expect(res.json()).toMatchObject({ year: 2025, sessions: [], competencyEvaluations: [] });
  });

  it('is hidden from everyone else (404)', async () => {
    for (const client of [colleagueClient, otherClient, unitAdmin, foreignAdmin]) {
      expect((await recordOf(client, staff.id)).statusCode).toBe(404);
    }
    // a colleague's sessions are not theirs to read either
    expect((await recordOf(staffClient, colleague.id)).statusCode).toBe(404);
    expect((await recordOf(staffClient, kabid.id)).statusCode).toBe(404);
  });
});

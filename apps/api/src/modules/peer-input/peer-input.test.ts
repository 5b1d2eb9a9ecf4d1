import { BERAKHLAK_CODES } from '@sigap/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

interface Person {
  id: string;
  nip: string;
  name: string;
}

let t: TestContext;
let demo: DemoAccounts;
let foreign: DemoAccounts;
let admin: Client;
let leader: Client;
let foreignAdmin: Client;
let kadis: Person;
let kabid: Person;
let subject: Person;
/** Four peers asked; the first three answer. */
let peers: Person[];
let outsider: Person;
let kabidClient: Client;
let kadisClient: Client;
let subjectClient: Client;
let peerClients: Client[];
let outsiderClient: Client;
let periodId: string;
let annualId: string;
let foreignEmployeeId: string;
const YEAR = 2026;

const scores = (values: number[]) => Object.fromEntries(BERAKHLAK_CODES.map((c, i) => [c, values[i] ?? 3]));

async function people(where: ReturnType<typeof sql>, agencyId = demo.agencyId) {
  return queryRows<Person>(
    t.handle.db,
    sql`select e.id, e.nip, e.name from employees e
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE' and ${where} order by e.nip`,
  );
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 600 });
  foreign = await t.seedAgency({ employees: 60 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  foreignAdmin = await Client.signIn(t.app, foreign.admin);
  const kadisRow = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
  const reportsOf = (raterId: string) =>
    people(
      sql`exists (select 1 from reporting_lines rl where rl.agency_id = e.agency_id and rl.employee_id = e.id
          and rl.rater_employee_id = ${raterId} and rl.valid_to is null)`,
    );
  [kadis] = (await people(sql`e.id = ${kadisRow.id}`)) as [Person];
  for (const candidate of await reportsOf(kadis.id)) {
    const staff = await reportsOf(candidate.id);
    if (staff.length === 0) continue;
    kabid = candidate;
    subject = staff[0] as Person;
    break;
  }
  const taken = [kadis, kabid, subject];
  // peers whose names appear nowhere else in the round (so a name check means what it says)
  const candidates = (
    await people(sql`not (e.id = any(${sql.param(taken.map((p) => p.id))}::uuid[]))`)
  ).filter((c) => !taken.some((p) => p.name.includes(c.name) || c.name.includes(p.name)));
  peers = candidates.slice(0, 4);
  outsider = candidates[4] as Person;
  [foreignEmployeeId] = (await people(sql`true`, foreign.agencyId)).map((p) => p.id) as [string];
  kabidClient = await Client.signIn(t.app, kabid.nip);
  kadisClient = await Client.signIn(t.app, kadis.nip);
  subjectClient = await Client.signIn(t.app, subject.nip);
  peerClients = await Promise.all(peers.map((p) => Client.signIn(t.app, p.nip)));
  outsiderClient = await Client.signIn(t.app, outsider.nip);
  const year = await admin.post('/api/planning/years', { year: YEAR, quarterly: true });
  expect(year.statusCode).toBe(201);
  const periods = year.json().periods as { id: string; kind: string }[];
  periodId = (periods.find((p) => p.kind === 'QUARTER') as { id: string }).id;
  annualId = (periods.find((p) => p.kind === 'ANNUAL') as { id: string }).id;
});

/** Every JSON body a peer-input endpoint gave in this file, to check that none names an answering peer. */
const bodies: { url: string; body: string }[] = [];
async function call(client: Client, method: 'GET' | 'POST', url: string, payload?: unknown) {
  const res = method === 'GET' ? await client.get(url) : await client.post(url, payload);
  bodies.push({ url: `${method} ${url}`, body: res.body });
  return res;
}

const createRound = (client: Client, body: Record<string, unknown>) =>
  call(client, 'POST', '/api/peer-rounds', {
    subjectEmployeeId: subject.id,
    periodId,
    peerEmployeeIds: peers.map((p) => p.id),
    ...body,
  });

describe('asking for peer input', () => {
  let roundId: string;

  it('needs at least three distinct peers, active in the agency, neither the subject nor the rater', async () => {
    const two = await createRound(kabidClient, { peerEmployeeIds: peers.slice(0, 2).map((p) => p.id) });
    expect(two.statusCode).toBe(400);
    expect(two.json().error.code).toBe('PEER_TOO_FEW');
    const repeated = await createRound(kabidClient, {
      peerEmployeeIds: [peers[0]?.id, peers[0]?.id, peers[1]?.id],
    });
    expect(repeated.json().error.code).toBe('PEER_TOO_FEW');
    for (const wrong of [subject.id, kabid.id, foreignEmployeeId, '01900000-0000-7000-8000-000000000000']) {
      const res = await createRound(kabidClient, {
        peerEmployeeIds: [...peers.slice(0, 3).map((p) => p.id), wrong],
      });
      expect(res.statusCode, wrong).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const period = await createRound(kabidClient, { periodId: '01900000-0000-7000-8000-000000000000' });
    expect(period.statusCode).toBe(400);
  });

  it('only the rater asks (others 404; without a post 403)', async () => {
    expect((await createRound(outsiderClient, {})).statusCode).toBe(404);
    expect((await createRound(subjectClient, {})).statusCode).toBe(404);
    expect((await createRound(kadisClient, {})).statusCode).toBe(404);
    expect((await createRound(admin, {})).statusCode).toBe(403);
    expect((await createRound(foreignAdmin, {})).statusCode).toBe(403);
  });

  it('the rater opens one round per person and period; the peers are notified', async () => {
    const res = await createRound(kabidClient, { note: 'Mohon masukan yang jujur' });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    roundId = round.id;
    expect(round).toMatchObject({
      subject: { id: subject.id },
      period: { id: periodId, year: YEAR },
      asked: 4,
      answered: 0,
      visible: false,
      averages: null,
      comments: null,
    });
    const again = await createRound(kabidClient, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PEER_ROUND_EXISTS');
    const inbox = (await (peerClients[0] as Client).get('/api/notifications')).json();
    expect(inbox.items.some((n: { kind: string }) => n.kind === 'peer.requested')).toBe(true);
    expect((await admin.get('/api/audit?action=peer.round.create')).json().items).toHaveLength(1);
  });

  it('each peer sees their pending request: the subject name and the period, nothing else', async () => {
    const res = await call(peerClients[0] as Client, 'GET', '/api/peer-requests');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(['period', 'roundId', 'subjectName']);
    expect(items[0]).toMatchObject({ roundId, period: { id: periodId } });
    expect(items[0].subjectName).toContain(subject.name);
    expect((await call(outsiderClient, 'GET', '/api/peer-requests')).json().items).toEqual([]);
    expect((await call(subjectClient, 'GET', '/api/peer-requests')).json().items).toEqual([]);
  });

  it('only an invited peer answers, with a valid score per value', async () => {
    const url = `/api/peer-requests/${roundId}/answer`;
    for (const client of [outsiderClient, subjectClient, kabidClient]) {
      expect((await call(client, 'POST', url, { scores: scores([4]) })).statusCode).toBe(404);
    }
    expect((await call(admin, 'POST', url, { scores: scores([4]) })).statusCode).toBe(403);
    const peer = peerClients[0] as Client;
    const { KOLABORATIF: _dropped, ...six } = scores([4]);
    for (const bad of [six, { ...scores([4]), LOYAL: 6 }, { ...scores([4]), LAIN: 3 }]) {
      const res = await call(peer, 'POST', url, { scores: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('SCORES_INVALID');
    }
  });

  it('with two answers the subject and the rater see counts only', async () => {
    const url = `/api/peer-requests/${roundId}/answer`;
    const first = await call(peerClients[0] as Client, 'POST', url, {
      scores: scores([5, 4, 3, 5, 4, 3, 5]),
      comment: 'Zaman ini butuh pelayanan cepat, dan ia cepat',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ ok: true });
    const twice = await call(peerClients[0] as Client, 'POST', url, { scores: scores([1]) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('PEER_ALREADY_ANSWERED');
    expect((await call(peerClients[0] as Client, 'GET', '/api/peer-requests')).json().items).toEqual([]);
    await call(peerClients[1] as Client, 'POST', url, {
      scores: scores([3, 4, 3, 3, 4, 3, 3]),
      comment: 'Akuntabel dalam pekerjaan',
    });
    const views = [
      (await call(subjectClient, 'GET', `/api/peer-rounds/mine?year=${YEAR}`)).json().items[0],
      (await call(kabidClient, 'GET', `/api/peer-rounds/team?year=${YEAR}`)).json().items[0],
      (await call(subjectClient, 'GET', `/api/peer-rounds/${roundId}`)).json(),
      (await call(kabidClient, 'GET', `/api/peer-rounds/${roundId}`)).json(),
    ];
    for (const view of views) {
      expect(view).toMatchObject({
        id: roundId,
        asked: 4,
        answered: 2,
        visible: false,
        averages: null,
        comments: null,
      });
    }
    // nothing of the two answers reaches anyone: no score, no comment
    for (const { body } of bodies) {
      expect(body).not.toContain('Zaman ini');
      expect(body).not.toContain('Akuntabel dalam');
    }
  });

  it('from three answers they see the mean per value and the comments, not in answer order', async () => {
    const url = `/api/peer-requests/${roundId}/answer`;
    const third = await call(peerClients[2] as Client, 'POST', url, {
      scores: scores([4, 5, 3, 4, 5, 3, 4]),
      comment: 'Beri kesempatan rekan lain berkontribusi',
    });
    expect(third.statusCode).toBe(200);
    for (const view of [
      (await call(subjectClient, 'GET', `/api/peer-rounds/${roundId}`)).json(),
      (await call(kabidClient, 'GET', `/api/peer-rounds/${roundId}`)).json(),
      (await call(subjectClient, 'GET', `/api/peer-rounds/mine?year=${YEAR}`)).json().items[0],
      (await call(kabidClient, 'GET', `/api/peer-rounds/team?year=${YEAR}`)).json().items[0],
    ]) {
      expect(view).toMatchObject({ asked: 4, answered: 3, visible: true });
      expect(view.averages).toEqual({
        BERORIENTASI_PELAYANAN: 4,
        AKUNTABEL: 4.33,
        KOMPETEN: 3,
        HARMONIS: 4,
        LOYAL: 4.33,
        ADAPTIF: 3,
        KOLABORATIF: 4,
      });
      // sorted by text, whatever order they came in
      expect(view.comments).toEqual([
        'Akuntabel dalam pekerjaan',
        'Beri kesempatan rekan lain berkontribusi',
        'Zaman ini butuh pelayanan cepat, dan ia cepat',
      ]);
    }
  });

  it('nobody else reads the round (404)', async () => {
    const foreignLeader = await Client.signIn(t.app, foreign.leader);
    for (const client of [
      outsiderClient,
      kadisClient,
      admin,
      leader,
      foreignAdmin,
      foreignLeader,
      peerClients[3] as Client,
    ]) {
      expect((await call(client, 'GET', `/api/peer-rounds/${roundId}`)).statusCode).toBe(404);
    }
    expect((await call(outsiderClient, 'GET', `/api/peer-rounds/mine?year=${YEAR}`)).json().items).toEqual(
      [],
    );
    expect((await call(outsiderClient, 'GET', `/api/peer-rounds/team?year=${YEAR}`)).json().items).toEqual(
      [],
    );
  });

  it('no endpoint tells who answered', async () => {
    // every view again, by everyone who may read something
    for (const client of [subjectClient, kabidClient, ...peerClients]) {
      await call(client, 'GET', `/api/peer-rounds/mine?year=${YEAR}`);
      await call(client, 'GET', `/api/peer-rounds/team?year=${YEAR}`);
      await call(client, 'GET', `/api/peer-rounds/${roundId}`);
      await call(client, 'GET', '/api/peer-requests');
    }
    const answering = peers.slice(0, 3);
    const creation = bodies.findIndex((b) => b.url === 'POST /api/peer-rounds' && b.body.includes('"asked"'));
    expect(creation).toBeGreaterThanOrEqual(0);
    expect(bodies.length).toBeGreaterThan(40);
    for (const { url, body } of bodies) {
      for (const peer of answering) {
        expect(body, url).not.toContain(peer.id);
        expect(body, url).not.toContain(peer.nip);
        expect(body, url).not.toContain(peer.name);
      }
    }
    // answers are not audited: a dated record beside the peer's own audited steps would name them
    expect((await admin.get('/api/audit?action=peer.answer')).json().items).toEqual([]);
    const audit = (await admin.get('/api/audit?entityType=peer_round')).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual(['peer.round.create']);
    // stored answers carry no peer and a random (v4) id
    const rows = await queryRows<Record<string, unknown>>(
      t.handle.db,
      sql`select * from peer_answers where round_id = ${roundId}`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['agency_id', 'comment', 'id', 'round_id', 'scores']);
      expect(String(row.id)[14]).toBe('4');
    }
  });
});

describe('leaders for the head of region', () => {
  it('ask for input on a Kepala Dinas, for another period', async () => {
    const res = await call(leader, 'POST', '/api/peer-rounds', {
      subjectEmployeeId: kadis.id,
      periodId: annualId,
      peerEmployeeIds: peers.slice(0, 3).map((p) => p.id),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ subject: { id: kadis.id }, asked: 3, answered: 0 });
    const team = (await call(leader, 'GET', `/api/peer-rounds/team?year=${YEAR}`)).json();
    expect(team.items.map((r: { subject: { id: string } }) => r.subject.id)).toContain(kadis.id);
    expect((await call(peerClients[0] as Client, 'GET', '/api/peer-requests')).json().items).toHaveLength(1);
  });
});

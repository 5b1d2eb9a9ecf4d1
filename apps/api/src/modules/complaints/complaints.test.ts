import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, TEST_NOW, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
let liaison: Client;
let staff: Client;
let puskesmasId: string;
let sekolahId: string;
let rawatJalanId: string;
let otherAgencyUnitId: string;

const REPORTER = 'Siti Pelapor Rahasia';
const CONTACT = '0812-9999-0000';

const submit = (agencyId: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/agencies/${agencyId}/complaints`,
    payload: {
      clientId: randomUUID(),
      category: 'PENGADUAN',
      title: 'Antrean terlalu lama',
      body: 'Saya menunggu tiga jam di loket pendaftaran tanpa kejelasan.',
      ...body,
    },
  });
const track = (ticket: string) => t.app.inject({ method: 'GET', url: `/api/public/complaints/${ticket}` });
const act = (client: Client, id: string, body: Record<string, unknown>) =>
  client.post(`/api/complaints/${id}/actions`, body);

async function signInAll() {
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  liaison = await Client.signIn(t.app, demo.unitAdmin);
  staff = await Client.signIn(t.app, demo.sampleEmployees.at(-1)?.nip ?? '');
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 300 });
  const other = await t.seedAgency({ employees: 50 });
  await signInAll();
  const units: { id: string; code: string }[] = (await admin.get('/api/units')).json().items;
  const unitOf = (code: string) => units.find((u) => u.code === code)?.id;
  const created = await admin.post('/api/service-units', {
    unitId: unitOf('DINKES'),
    name: 'Puskesmas Kota',
  });
  puskesmasId = created.json().id;
  const typed = await admin.post(`/api/service-units/${puskesmasId}/types`, {
    name: 'Rawat jalan',
    resolutionDays: 5,
  });
  rawatJalanId = typed.json().types[0].id;
  sekolahId = (
    await admin.post('/api/service-units', { unitId: unitOf('DISDIK'), name: 'Layanan Sekolah' })
  ).json().id;
  const otherAdmin = await Client.signIn(t.app, other.admin);
  const otherUnits: { id: string; code: string }[] = (await otherAdmin.get('/api/units')).json().items;
  otherAgencyUnitId = (
    await otherAdmin.post('/api/service-units', { unitId: otherUnits[0]?.id, name: 'Unit Lain' })
  ).json().id;
});

describe('public complaint form', () => {
  it('issues an unguessable ticket once per client id', async () => {
    const clientId = randomUUID();
    const first = await submit(demo.agencyId, { clientId, reporterName: REPORTER, reporterContact: CONTACT });
    expect(first.statusCode).toBe(201);
    const { ticketCode } = first.json();
    expect(ticketCode).toMatch(/^ADU-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$/);
    const retry = await submit(demo.agencyId, { clientId, reporterName: REPORTER, reporterContact: CONTACT });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual({ ticketCode, duplicate: true });
    const [count] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from complaints where ticket_code = ${ticketCode}`,
    );
    expect(count?.n).toBe(1);
    const another = await submit(demo.agencyId, {});
    expect(another.json().ticketCode).not.toBe(ticketCode);
  });

  it('refuses bad input, foreign service units and unknown agencies', async () => {
    expect((await submit(demo.agencyId, { title: 'x' })).statusCode).toBe(400);
    expect((await submit(demo.agencyId, { category: 'LAINNYA' })).statusCode).toBe(400);
    expect((await submit(demo.agencyId, { extra: 1 })).statusCode).toBe(400);
    const foreign = await submit(demo.agencyId, { serviceUnitId: otherAgencyUnitId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('VALIDATION_FAILED');
    expect((await submit(randomUUID(), {})).statusCode).toBe(404);
    expect((await submit('bukan-uuid', {})).statusCode).toBe(400);
  });

  it('stores no name or contact for an anonymous report', async () => {
    const res = await submit(demo.agencyId, {
      anonymous: true,
      reporterName: REPORTER,
      reporterContact: CONTACT,
      serviceUnitId: puskesmasId,
    });
    const [row] = await queryRows<{ reporter_name: string | null; reporter_contact: string | null }>(
      t.handle.db,
      sql`select reporter_name, reporter_contact from complaints where ticket_code = ${res.json().ticketCode}`,
    );
    expect(row).toEqual({ reporter_name: null, reporter_contact: null });
  });
});

describe('complaint lifecycle (rules §7.2)', () => {
  let id: string;
  let ticket: string;

  it('runs public form → verify → dispatch → answer → publish, with the answer on the tracking page', async () => {
    ticket = (
      await submit(demo.agencyId, {
        serviceUnitId: puskesmasId,
        reporterName: REPORTER,
        reporterContact: CONTACT,
        title: 'Petugas loket tidak ramah',
      })
    ).json().ticketCode;
    const list = (await admin.get(`/api/complaints?q=${ticket.toLowerCase()}`)).json();
    expect(list.total).toBe(1);
    id = list.items[0].id;
    expect(list.items[0]).toMatchObject({
      status: 'RECEIVED',
      source: 'PUBLIC',
      reporterName: REPORTER,
      receivedOn: '2026-03-16',
      abilities: ['verify', 'reject'],
      sla: { stage: 'VERIFICATION', dueOn: '2026-03-23', state: 'ON_TIME' },
    });
    // Before the dispatch the report is the coordinator's: the liaison does not see it.
    expect((await liaison.get(`/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await liaison.get('/api/complaints')).json().items).toEqual([]);

    const verified = await act(admin, id, { action: 'verify', note: 'Cek CCTV loket' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'VERIFIED', verifiedOn: '2026-03-16' });

    const dispatched = await act(admin, id, {
      action: 'dispatch',
      serviceTypeId: rawatJalanId,
      note: 'Mohon ditindaklanjuti',
      notePublic: true,
    });
    expect(dispatched.statusCode).toBe(200);
    expect(dispatched.json()).toMatchObject({
      status: 'DISPATCHED',
      serviceUnitName: 'Puskesmas Kota',
      serviceTypeName: 'Rawat jalan',
      sla: { stage: 'FOLLOW_UP', dueOn: '2026-03-25' },
    });
    const inbox = (await liaison.get('/api/notifications')).json().items;
    expect(inbox).toContainEqual(
      expect.objectContaining({ kind: 'complaint.dispatched', link: `/pengaduan-masuk?id=${id}` }),
    );

    const seen = await liaison.get(`/api/complaints/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual(['answer']);
    const forbidden = await act(liaison, id, { action: 'publish' });
    expect(forbidden.statusCode).toBe(403);
    const answered = await act(liaison, id, {
      action: 'answer',
      answer: 'Petugas telah dibina dan loket ditambah satu.',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'ANSWERED', answeredOn: '2026-03-16' });
    expect((await admin.get('/api/notifications')).json().items).toContainEqual(
      expect.objectContaining({ kind: 'complaint.answered' }),
    );
    // Not public before it is published.
    expect((await track(ticket)).json().answer).toBeNull();

    const published = await act(admin, id, { action: 'publish' });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'PUBLISHED',
      sla: { stage: 'DONE', state: 'MET' },
    });
    expect(published.json().events.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'verify',
      'note',
      'dispatch',
      'answer',
      'publish',
    ]);

    const page = await track(ticket.toLowerCase());
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      ticketCode: ticket,
      status: 'PUBLISHED',
      serviceUnitName: 'Puskesmas Kota',
      publishedOn: '2026-03-16',
      answer: 'Petugas telah dibina dan loket ditambah satu.',
    });
    expect(
      page.json().timeline.map((e: { status: string; note: string | null }) => [e.status, e.note]),
    ).toEqual([
      ['RECEIVED', null],
      ['VERIFIED', null],
      ['DISPATCHED', 'Mohon ditindaklanjuti'],
      ['ANSWERED', null],
      ['PUBLISHED', null],
    ]);
    // Never the reporter's name or contact, never internal notes or staff names.
    expect(page.body).not.toContain(REPORTER);
    expect(page.body).not.toContain(CONTACT);
    expect(page.body).not.toContain('Cek CCTV');
    expect(page.body).not.toContain('Admin BKPSDM');
    expect(Object.keys(page.json()).sort()).toEqual(
      [
        'answer',
        'category',
        'publishedOn',
        'receivedOn',
        'serviceUnitName',
        'status',
        'ticketCode',
        'timeline',
        'title',
      ].sort(),
    );
    expect((await track('ADU-TIDAKADA22')).statusCode).toBe(404);
  });

  it('audits every step in the same transaction', async () => {
    const rows = await queryRows<{ action: string }>(
      t.handle.db,
      sql`select action from audit_log where entity_id = ${id} order by ord`,
    );
    expect(rows.map((r) => r.action)).toEqual([
      'complaint.receive',
      'complaint.verify',
      'complaint.dispatch',
      'complaint.answer',
      'complaint.publish',
    ]);
  });

  it('refuses illegal transitions with COMPLAINT_ILLEGAL_ACTION', async () => {
    for (const action of ['verify', 'dispatch', 'publish']) {
      const res = await act(admin, id, { action });
      expect(res.statusCode, action).toBe(409);
      expect(res.json().error.code).toBe('COMPLAINT_ILLEGAL_ACTION');
    }
    const answer = await act(admin, id, { action: 'answer', answer: 'Jawaban kedua yang tidak boleh.' });
    expect(answer.json().error.code).toBe('COMPLAINT_ILLEGAL_ACTION');
    const fresh = (await submit(demo.agencyId, {})).json().ticketCode;
    const freshId = (await admin.get(`/api/complaints?q=${fresh}`)).json().items[0].id;
    expect((await act(admin, freshId, { action: 'publish' })).json().error.code).toBe(
      'COMPLAINT_ILLEGAL_ACTION',
    );
    expect(
      (await act(admin, freshId, { action: 'answer', answer: 'Belum diteruskan ke unit.' })).statusCode,
    ).toBe(409);
    // Bad input: no reason for a rejection, no answer, no unit to dispatch to, an unknown action.
    expect((await act(admin, freshId, { action: 'reject' })).statusCode).toBe(400);
    expect((await act(admin, freshId, { action: 'reject', note: '   ' })).statusCode).toBe(400);
    expect((await act(admin, freshId, { action: 'answer' })).statusCode).toBe(400);
    expect((await act(admin, freshId, { action: 'close' })).statusCode).toBe(400);
    await act(admin, freshId, { action: 'verify' });
    const noUnit = await act(admin, freshId, { action: 'dispatch' });
    expect(noUnit.statusCode).toBe(400);
    const wrongType = await act(admin, freshId, {
      action: 'dispatch',
      serviceUnitId: sekolahId,
      serviceTypeId: rawatJalanId,
    });
    expect(wrongType.statusCode).toBe(400);
    const rejected = await act(admin, freshId, { action: 'reject', note: 'Bukan kewenangan Pemkot' });
    expect(rejected.json()).toMatchObject({ status: 'REJECTED', sla: { stage: 'DONE', state: 'MET' } });
    expect((await track(fresh)).json().timeline.at(-1)).toMatchObject({
      status: 'REJECTED',
      note: 'Bukan kewenangan Pemkot',
    });
    expect((await act(admin, randomUUID(), { action: 'verify' })).statusCode).toBe(404);
  });

  it('keeps staff routes to their roles', async () => {
    expect((await staff.get('/api/complaints')).statusCode).toBe(403);
    expect((await staff.get('/api/complaints/overdue-summary')).statusCode).toBe(403);
    expect((await liaison.get('/api/complaints/overdue-summary')).statusCode).toBe(403);
    expect((await leader.get(`/api/complaints/${id}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/complaints/${id}`)).json().abilities).toEqual([]);
    expect((await act(leader, id, { action: 'verify' })).statusCode).toBe(403);
    expect(
      (
        await liaison.post('/api/complaints', {
          source: 'STAFF',
          category: 'ASPIRASI',
          title: 'Usulan taman',
          body: 'Mohon dibangun taman bermain anak.',
        })
      ).statusCode,
    ).toBe(403);
    // A liaison only sees complaints dispatched to their subtree (Dinas Kesehatan, not Dinas Pendidikan).
    const school = (await submit(demo.agencyId, { serviceUnitId: sekolahId })).json().ticketCode;
    const schoolId = (await admin.get(`/api/complaints?q=${school}`)).json().items[0].id;
    await act(admin, schoolId, { action: 'verify' });
    await act(admin, schoolId, { action: 'dispatch' });
    expect((await liaison.get(`/api/complaints/${schoolId}`)).statusCode).toBe(404);
    expect(
      (await act(liaison, schoolId, { action: 'answer', answer: 'Bukan unit kami sebenarnya.' })).statusCode,
    ).toBe(404);
    const visible = (await liaison.get('/api/complaints')).json().items.map((c: { id: string }) => c.id);
    expect(visible).toEqual([id]);
  });
});

describe('complaints entered by staff', () => {
  it('records SP4N-LAPOR! reports with their number, once', async () => {
    const body = {
      source: 'LAPOR',
      laporReference: 'LAPOR-2026-0001',
      category: 'PENGADUAN',
      serviceUnitId: puskesmasId,
      title: 'Obat kosong',
      body: 'Stok obat di apotek puskesmas kosong sejak minggu lalu.',
      receivedOn: '2026-03-13',
      reporterName: 'Pelapor LAPOR',
    };
    const created = await admin.post('/api/complaints', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      source: 'LAPOR',
      laporReference: 'LAPOR-2026-0001',
      receivedOn: '2026-03-13',
      status: 'RECEIVED',
      // Friday 13 → Mon 16, Tue 17, Wed 18.
      sla: { stage: 'VERIFICATION', dueOn: '2026-03-18', state: 'ON_TIME', workingDaysLeft: 2 },
    });
    expect((await admin.post('/api/complaints', body)).statusCode).toBe(409);
    expect((await admin.post('/api/complaints', { ...body, laporReference: null })).statusCode).toBe(400);
    expect(
      (await admin.post('/api/complaints', { ...body, laporReference: 'LAPOR-2', receivedOn: '2026-03-17' }))
        .statusCode,
    ).toBe(400);
    const direct = await admin.post('/api/complaints', { ...body, source: 'STAFF', laporReference: null });
    expect(direct.json()).toMatchObject({ source: 'STAFF', laporReference: null });
  });
});

describe('SLA in working days', () => {
  it('skips the weekend and the agency holidays, and filters and counts overdue complaints', async () => {
    // Received Monday 16 March 2026; 19–21 March are holidays, 21–22 the weekend: due Monday 23.
    const ticket = (
      await submit(demo.agencyId, { serviceUnitId: puskesmasId, title: 'Jalan rusak parah' })
    ).json().ticketCode;
    // Sessions last 7 days: sign in again on the later days.
    const slaOn = async (instant: string) => {
      t.clock.set(new Date(instant));
      await signInAll();
      return (await admin.get(`/api/complaints?q=${ticket}`)).json().items[0].sla;
    };
    expect(await slaOn('2026-03-17T03:00:00Z')).toEqual({
      stage: 'VERIFICATION',
      dueOn: '2026-03-23',
      state: 'ON_TIME',
      workingDaysLeft: 2,
    });
    expect(await slaOn('2026-03-20T03:00:00Z')).toMatchObject({ state: 'DUE_SOON', workingDaysLeft: 1 });
    expect(await slaOn('2026-03-23T03:00:00Z')).toMatchObject({ state: 'DUE_SOON', workingDaysLeft: 0 });
    expect(await slaOn('2026-03-24T03:00:00Z')).toMatchObject({ state: 'OVERDUE', workingDaysLeft: -1 });

    const overdue = (await admin.get('/api/complaints?overdue=true&pageSize=100')).json();
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((c: { sla: { state: string } }) => c.sla.state === 'OVERDUE')).toBe(true);
    expect(overdue.items.map((c: { ticketCode: string }) => c.ticketCode)).toContain(ticket);
    const notOverdue = (await admin.get('/api/complaints?overdue=false&pageSize=100')).json();
    expect(notOverdue.items.some((c: { sla: { state: string } }) => c.sla.state === 'OVERDUE')).toBe(false);
    const all = (await admin.get('/api/complaints?pageSize=100')).json();
    expect(overdue.total + notOverdue.total).toBe(all.total);

    const summary = await leader.get('/api/complaints/overdue-summary');
    expect(summary.statusCode).toBe(200);
    const s = summary.json();
    expect(s.today).toBe('2026-03-24');
    expect(s.total.overdue).toBe(overdue.total);
    const dueSoon = all.items.filter((c: { sla: { state: string } }) => c.sla.state === 'DUE_SOON');
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(s.total.dueSoon).toBe(dueSoon.length);
    const stages = Object.fromEntries(
      s.perStage.map((x: { stage: string; overdue: number; dueSoon: number }) => [x.stage, x]),
    );
    const count = (stage: string) =>
      overdue.items.filter((c: { sla: { stage: string } }) => c.sla.stage === stage).length;
    expect(stages.VERIFICATION.overdue).toBe(count('VERIFICATION'));
    expect(stages.RESOLUTION.overdue).toBe(count('RESOLUTION'));
    expect(stages.FOLLOW_UP.overdue).toBe(count('FOLLOW_UP'));
    const puskesmas = s.perServiceUnit.find(
      (u: { serviceUnitId: string }) => u.serviceUnitId === puskesmasId,
    );
    expect(puskesmas.overdue).toBe(
      overdue.items.filter((c: { serviceUnitId: string }) => c.serviceUnitId === puskesmasId).length,
    );
    t.clock.set(TEST_NOW);
    await signInAll();
  });

  it('uses the service type’s resolution days after the unit answers', async () => {
    const ticket = (await submit(demo.agencyId, { serviceUnitId: puskesmasId })).json().ticketCode;
    const cid = (await admin.get(`/api/complaints?q=${ticket}`)).json().items[0].id;
    await act(admin, cid, { action: 'verify' });
    await act(admin, cid, { action: 'dispatch', serviceTypeId: rawatJalanId });
    const answered = await act(liaison, cid, { action: 'answer', answer: 'Sudah kami tindak lanjuti.' });
    // Rawat jalan: 5 working days from Monday 16 → Tue 17, Wed 18, (holidays, weekend) Mon 23, Tue 24, Wed 25.
    expect(answered.json().sla).toMatchObject({ stage: 'RESOLUTION', dueOn: '2026-03-25' });
    expect(answered.json().clocks.map((c: { stage: string }) => c.stage)).toEqual([
      'VERIFICATION',
      'FOLLOW_UP',
      'RESOLUTION',
    ]);
    t.clock.set(new Date('2026-03-26T03:00:00Z'));
    await signInAll();
    const late = await act(admin, cid, { action: 'publish' });
    expect(late.json().sla).toMatchObject({ stage: 'DONE', state: 'MISSED', workingDaysLeft: -1 });
    t.clock.set(TEST_NOW);
    await signInAll();
  });
});

describe('public rate limit', () => {
  it('limits submissions per address', async () => {
    let limited = 0;
    for (let i = 0; i < 70 && limited === 0; i += 1) {
      const res = await submit(demo.agencyId, { title: 'x' });
      if (res.statusCode === 429) limited += 1;
      else expect(res.statusCode).toBe(400);
    }
    expect(limited).toBe(1);
  });
});

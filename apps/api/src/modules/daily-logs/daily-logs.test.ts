import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
/** Kepala Dinas Kesehatan (JPT, rated by the Wali Kota), a Kepala Bidang they rate, an unrelated Kadis. */
let kadis: { id: string; nip: string };
let kabid: { id: string; nip: string };
let kadisClient: Client;
let kabidClient: Client;
let otherClient: Client;
let foreignAdmin: Client;
let foreignEmployee: Client;

const YEAR = 2026;
/** The test clock's today is Monday 16 March 2026; 19 March 2026 (Nyepi) is put on the holiday list. */
const TODAY = '2026-03-16';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const entries = [
  { start: '07:30', end: '09:00', description: 'Rapat koordinasi bidang' },
  { start: '09:00', end: '11:30', description: 'Menyusun laporan kegiatan imunisasi', evidenceUrl: '' },
];
const mine = (date: string) => `/api/daily-logs/mine/${date}`;
const upload = (client: Client, date: string, bytes: Buffer, fileName = 'bukti.pdf') =>
  client.request({
    method: 'POST',
    url: `${mine(date)}/evidence/files?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
const fill = async (client: Client, date: string, submit = true) => {
  const saved = await client.put(mine(date), { entries });
  expect(saved.statusCode, saved.body).toBe(200);
  if (submit) {
    const submitted = await client.post(`${mine(date)}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
  }
  return saved.json().id as string;
};
const statusOf = async (employeeId: string, date: string) => {
  const [row] = await queryRows<{ status: string }>(
    t.handle.db,
    sql`select status from daily_logs where agency_id = ${demo.agencyId} and employee_id = ${employeeId}
        and log_date = ${date}::date`,
  );
  return row?.status ?? 'NOT_STARTED';
};

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 400 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
  const reports = await queryRows<{ id: string; nip: string }>(
    t.handle.db,
    sql`select e.id, e.nip from reporting_lines rl
        join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where rl.agency_id = ${demo.agencyId} and rl.rater_employee_id = ${kadis.id} and rl.valid_to is null
          and p.kind = 'ADMINISTRATOR'
        order by e.nip limit 1`,
  );
  if (!reports[0]) throw new Error('no Administrator under the Kepala Dinas');
  kabid = reports[0];
  const other = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
  kadisClient = await Client.signIn(t.app, kadis.nip);
  kabidClient = await Client.signIn(t.app, kabid.nip);
  otherClient = await Client.signIn(t.app, other.nip);
  await t.handle.db.execute(
    sql`update agencies set holidays = '["2026-03-19"]'::jsonb where id = ${demo.agencyId}`,
  );
  const second = await t.seedAgency({ seed: 11, suffix: '-lain', employees: 40, name: 'Kabupaten Lain' });
  foreignAdmin = await Client.signIn(t.app, second.admin);
  const [foreigner] = await queryRows<{ nip: string }>(
    t.handle.db,
    sql`select nip from employees where agency_id = ${second.agencyId} order by nip limit 1`,
  );
  foreignEmployee = await Client.signIn(t.app, foreigner?.nip ?? '');
});

describe('the employee fills the days of a month', () => {
  it('shows the month with weekends, the agency holidays, future days and what is not started', async () => {
    const res = await kabidClient.get('/api/daily-logs/mine?month=2026-03');
    expect(res.statusCode).toBe(200);
    const cal = res.json();
    expect(cal).toMatchObject({ month: '2026-03', today: TODAY, minutes: 0 });
    expect(cal.days).toHaveLength(31);
    const day = (date: string) => cal.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-03-14')).toMatchObject({ weekend: true, holiday: false, status: 'NOT_STARTED' });
    expect(day('2026-03-19')).toMatchObject({ weekend: false, holiday: true, future: true });
    expect(day('2026-03-16')).toMatchObject({ future: false, status: 'NOT_STARTED' });
    // 2–16 March: 11 working days, none started
    expect(cal.counts).toEqual({ NOT_STARTED: 11, DRAFT: 0, SUBMITTED: 0, APPROVED: 0 });
    expect((await kabidClient.get('/api/daily-logs/mine')).json().month).toBe('2026-03');
    expect((await kabidClient.get('/api/daily-logs/mine?month=2026-13')).statusCode).toBe(400);
  });

  it('saves a draft whole, replaces it on the next save, and audits each save', async () => {
    const first = await kabidClient.put(mine('2026-03-13'), { entries });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      date: '2026-03-13',
      status: 'DRAFT',
      minutes: 240,
      abilities: ['edit', 'submit'],
      rater: null,
    });
    expect(first.json().entries.map((e: { minutes: number }) => e.minutes)).toEqual([90, 150]);
    const second = await kabidClient.put(mine('2026-03-13'), { entries: entries.slice(0, 1) });
    expect(second.json()).toMatchObject({ id: first.json().id, minutes: 90 });
    expect(second.json().entries).toHaveLength(1);
    const read = (await kabidClient.get(mine('2026-03-13'))).json();
    expect(read.entries[0]).toMatchObject({ start: '07:30', end: '09:00', rhkId: null });
    const audit = (await admin.get(`/api/audit?action=dailyLog.save&entityId=${first.json().id}`)).json();
    expect(audit.items).toHaveLength(2);
  });

  it('refuses a future date in the agency zone', async () => {
    const res = await kabidClient.put(mine('2026-03-17'), { entries });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('DAILY_LOG_FUTURE');
    expect((await kabidClient.post(`${mine('2026-03-17')}/submit`)).json().error.code).toBe(
      'DAILY_LOG_FUTURE',
    );
    // 16 March 23:30 WIB is still the 16th; 17 March 00:10 WIB is the 17th
    t.clock.set(new Date('2026-03-16T16:30:00Z'));
    expect((await kabidClient.put(mine('2026-03-17'), { entries })).statusCode).toBe(400);
    t.clock.set(new Date('2026-03-16T17:10:00Z'));
    expect((await kabidClient.put(mine('2026-03-17'), { entries })).statusCode).toBe(200);
    t.clock.set(new Date('2026-03-16T03:00:00Z'));
    await t.handle.db.execute(
      sql`delete from daily_log_entries where agency_id = ${demo.agencyId} and log_id in (select id from daily_logs
          where agency_id = ${demo.agencyId} and log_date = '2026-03-17')`,
    );
    await t.handle.db.execute(
      sql`delete from daily_logs where agency_id = ${demo.agencyId} and log_date = '2026-03-17'`,
    );
  });

  it('answers invalid entries with 400 and every problem in the details', async () => {
    const res = await kabidClient.put(mine('2026-03-12'), {
      entries: [
        { start: '08:00', end: '10:00', description: 'Rapat' },
        { start: '09:30', end: '11:00', description: 'Tumpang tindih' },
        { start: '13:00', end: '12:00', description: 'Terbalik' },
        { start: '25:00', end: '26:00', description: 'Jam salah' },
        { start: '14:00', end: '15:00', description: '   ' },
        {
          start: '15:00',
          end: '16:00',
          description: 'RHK orang lain',
          rhkId: '0190a0b0-0000-7000-8000-000000000000',
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('DAILY_LOG_INVALID');
    expect(error.details.map((p: { index: number; code: string }) => `${p.index}:${p.code}`)).toEqual([
      '1:OVERLAP',
      '2:TIME_ORDER',
      '3:TIME_INVALID',
      '4:DESCRIPTION_REQUIRED',
      '5:RHK_UNKNOWN',
    ]);
    expect(await statusOf(kabid.id, '2026-03-12')).toBe('NOT_STARTED');
    // a link that is not http(s) is a schema error
    const link = await kabidClient.put(mine('2026-03-12'), {
      entries: [{ start: '08:00', end: '09:00', description: 'x', evidenceUrl: 'javascript:alert(1)' }],
    });
    expect(link.statusCode).toBe(400);
    expect(link.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('submits a day with at least one valid entry to the rater in force, then locks it', async () => {
    const empty = await kabidClient.post(`${mine('2026-03-11')}/submit`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'DAILY_LOG_INVALID', details: [{ code: 'EMPTY' }] });
    await kabidClient.put(mine('2026-03-13'), { entries });
    const res = await kabidClient.post(`${mine('2026-03-13')}/submit`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'SUBMITTED',
      abilities: [],
      rater: { employeeId: kadis.id },
      submittedAt: '2026-03-16T03:00:00.000Z',
    });
    const again = await kabidClient.put(mine('2026-03-13'), { entries });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DAILY_LOG_ILLEGAL_ACTION');
    expect((await kabidClient.post(`${mine('2026-03-13')}/submit`)).statusCode).toBe(409);
    const cal = (await kabidClient.get('/api/daily-logs/mine?month=2026-03')).json();
    expect(cal.counts).toEqual({ NOT_STARTED: 10, DRAFT: 0, SUBMITTED: 1, APPROVED: 0 });
    expect(cal.minutes).toBe(240);
    // only employees keep a log of their own
    expect((await admin.get('/api/daily-logs/mine')).statusCode).toBe(403);
  });
});

describe('evidence of a day', () => {
  async function storedFiles() {
    try {
      return await readdir(path.join(t.filesDir, demo.agencyId));
    } catch {
      return [];
    }
  }

  it('refuses an oversized file (413) and a renamed executable (415), keeping nothing', async () => {
    const before = await storedFiles();
    const big = await upload(
      kabidClient,
      '2026-03-12',
      Buffer.concat([PDF, Buffer.alloc(LIMITS.evidenceMaxBytes)]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(typeof big.json().error.message).toBe('string');
    const exe = await upload(
      kabidClient,
      '2026-03-12',
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'),
      'laporan.pdf',
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_REFUSED');
    expect(await storedFiles()).toEqual(before);
    expect(await statusOf(kabid.id, '2026-03-12')).toBe('NOT_STARTED');
  });

  it('stores a PDF by its bytes; the owner and the rater download it, others get 404', async () => {
    const res = await upload(kabidClient, '2026-03-12', PDF, 'notulen rapat.exe.pdf');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'FILE',
      contentType: 'application/pdf',
      size: PDF.length,
      fileName: 'notulen rapat.exe.pdf',
    });
    const id = res.json().id;
    expect(await statusOf(kabid.id, '2026-03-12')).toBe('DRAFT');
    for (const client of [kabidClient, kadisClient, admin, leader]) {
      const file = await client.get(`/api/daily-logs/evidence/${id}`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.equals(PDF)).toBe(true);
    }
    for (const client of [otherClient, foreignAdmin, foreignEmployee]) {
      expect((await client.get(`/api/daily-logs/evidence/${id}`)).statusCode).toBe(404);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/daily-logs/evidence/${id}` });
    expect(anonymous.statusCode).toBe(401);
    const link = await kabidClient.post(`${mine('2026-03-12')}/evidence/links`, {
      url: 'https://drive.example.go.id/notulen',
      label: 'Notulen di Drive',
    });
    expect(link.statusCode).toBe(201);
    const day = (await kabidClient.get(mine('2026-03-12'))).json();
    expect(day.evidence.map((e: { kind: string }) => e.kind)).toEqual(['FILE', 'LINK']);
    // links are not files
    expect((await kabidClient.get(`/api/daily-logs/evidence/${link.json().id}`)).statusCode).toBe(404);
  });

  it('removes evidence while the day is a draft, and the file with it', async () => {
    const added = await upload(kabidClient, '2026-03-12', PDF);
    const before = await storedFiles();
    const res = await kabidClient.request({
      method: 'DELETE',
      url: `${mine('2026-03-12')}/evidence/${added.json().id}`,
    });
    expect(res.statusCode).toBe(204);
    expect((await storedFiles()).length).toBe(before.length - 1);
    expect((await kabidClient.get(`/api/daily-logs/evidence/${added.json().id}`)).statusCode).toBe(404);
    // someone else's evidence id is not found
    const other = await kadisClient.request({
      method: 'DELETE',
      url: `${mine('2026-03-12')}/evidence/${added.json().id}`,
    });
    expect(other.statusCode).toBe(404);
  });

  it('caps the evidence of a day and refuses evidence on a submitted day', async () => {
    const day = (await kabidClient.get(mine('2026-03-12'))).json();
    for (let i = day.evidence.length; i < LIMITS.evidencePerItem; i += 1) {
      const res = await kabidClient.post(`${mine('2026-03-12')}/evidence/links`, {
        url: `https://x.example/${i}`,
      });
      expect(res.statusCode).toBe(201);
    }
    const before = await storedFiles();
    const full = await upload(kabidClient, '2026-03-12', PDF);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('EVIDENCE_FULL');
    expect(await storedFiles()).toEqual(before);
    const submitted = await upload(kabidClient, '2026-03-13', PDF);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.code).toBe('DAILY_LOG_ILLEGAL_ACTION');
    expect(await storedFiles()).toEqual(before);
  });
});

describe('the rater decides many days at once', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {};
    for (const date of ['2026-03-09', '2026-03-10', '2026-03-11']) ids[date] = await fill(kabidClient, date);
    ids['2026-03-13'] = (await kabidClient.get(mine('2026-03-13'))).json().id;
    ids['2026-03-12'] = (await kabidClient.get(mine('2026-03-12'))).json().id; // a draft
  });

  it('shows each direct report × each day; leaders see those the head of region rates', async () => {
    const res = await kadisClient.get('/api/daily-logs/team?from=2026-03-09&to=2026-03-16');
    expect(res.statusCode).toBe(200);
    const grid = res.json();
    expect(grid.days).toHaveLength(8);
    const row = grid.people.find((p: { employee: { id: string } }) => p.employee.id === kabid.id);
    expect(row.days.map((d: { status: string }) => d.status)).toEqual([
      'SUBMITTED',
      'SUBMITTED',
      'SUBMITTED',
      'DRAFT',
      'SUBMITTED',
      'NOT_STARTED',
      'NOT_STARTED',
      'NOT_STARTED',
    ]);
    expect(row.days[0]).toMatchObject({ minutes: 240, canDecide: true, logId: ids['2026-03-09'] });
    expect(row.days[3].canDecide).toBe(false);
    expect(grid.waiting).toBe(4);
    const leaderGrid = (await leader.get('/api/daily-logs/team?from=2026-03-09&to=2026-03-16')).json();
    expect(leaderGrid.people.map((p: { employee: { id: string } }) => p.employee.id)).toContain(kadis.id);
    expect(leaderGrid.people.map((p: { employee: { id: string } }) => p.employee.id)).not.toContain(kabid.id);
    expect((await kadisClient.get('/api/daily-logs/team?from=2026-03-16&to=2026-03-01')).statusCode).toBe(
      400,
    );
    expect((await kadisClient.get('/api/daily-logs/team?from=2026-01-01&to=2026-03-16')).statusCode).toBe(
      400,
    );
    expect((await admin.get('/api/daily-logs/team?from=2026-03-09&to=2026-03-16')).statusCode).toBe(403);
  });

  it('opens a subordinate’s day; others who may not see the person get 404', async () => {
    const res = await kadisClient.get(`/api/daily-logs/employees/${kabid.id}/2026-03-09`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUBMITTED', abilities: ['approve', 'return'] });
    expect(res.json().entries).toHaveLength(2);
    expect((await admin.get(`/api/daily-logs/employees/${kabid.id}/2026-03-09`)).json().abilities).toEqual(
      [],
    );
    expect((await otherClient.get(`/api/daily-logs/employees/${kabid.id}/2026-03-09`)).statusCode).toBe(404);
    expect((await foreignAdmin.get(`/api/daily-logs/employees/${kabid.id}/2026-03-09`)).statusCode).toBe(404);
  });

  it('writes nothing when one day of the batch is not submitted or not theirs', async () => {
    const withDraft = await kadisClient.post('/api/daily-logs/decisions', {
      action: 'approve',
      logIds: [ids['2026-03-09'], ids['2026-03-10'], ids['2026-03-12']],
    });
    expect(withDraft.statusCode).toBe(409);
    expect(withDraft.json().error.code).toBe('DAILY_LOG_ILLEGAL_ACTION');
    expect(withDraft.json().error.details).toEqual([
      { id: ids['2026-03-12'], date: '2026-03-12', status: 'DRAFT' },
    ]);
    expect(await statusOf(kabid.id, '2026-03-09')).toBe('SUBMITTED');
    // the leader may see the days but they were submitted to the Kadis
    const notTheirs = await leader.post('/api/daily-logs/decisions', {
      action: 'approve',
      logIds: [ids['2026-03-09']],
    });
    expect(notTheirs.statusCode).toBe(403);
    // unrelated people and other agencies do not learn that the days exist
    for (const client of [otherClient, foreignEmployee]) {
      const res = await client.post('/api/daily-logs/decisions', {
        action: 'approve',
        logIds: [ids['2026-03-09']],
      });
      expect(res.statusCode).toBe(404);
    }
    const unknown = await kadisClient.post('/api/daily-logs/decisions', {
      action: 'approve',
      logIds: [ids['2026-03-09'], '0190a0b0-0000-7000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(404);
    expect(await statusOf(kabid.id, '2026-03-09')).toBe('SUBMITTED');
    const [audit] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from audit_log where agency_id = ${demo.agencyId} and action like 'dailyLog.approve'`,
    );
    expect(audit?.n).toBe(0);
  });

  it('approves two days in one call', async () => {
    const res = await kadisClient.post('/api/daily-logs/decisions', {
      action: 'approve',
      logIds: [ids['2026-03-09'], ids['2026-03-10']],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ action: 'approve', decided: 2 });
    const day = (await kabidClient.get(mine('2026-03-09'))).json();
    expect(day).toMatchObject({ status: 'APPROVED', decidedByName: expect.any(String), abilities: [] });
    expect((await kabidClient.put(mine('2026-03-09'), { entries })).statusCode).toBe(409);
    const audit = (await admin.get(`/api/audit?action=dailyLog.approve`)).json();
    expect(audit.items).toHaveLength(2);
    // approving again is refused: they are no longer submitted
    expect(
      (
        await kadisClient.post('/api/daily-logs/decisions', {
          action: 'approve',
          logIds: [ids['2026-03-09']],
        })
      ).statusCode,
    ).toBe(409);
  });

  it('returns days only with a note; they go back to draft and the employee is notified', async () => {
    const noNote = await kadisClient.post('/api/daily-logs/decisions', {
      action: 'return',
      logIds: [ids['2026-03-11'], ids['2026-03-13']],
    });
    expect(noNote.statusCode).toBe(400);
    const note = 'Uraian kegiatan terlalu umum; sebutkan hasilnya.';
    const res = await kadisClient.post('/api/daily-logs/decisions', {
      action: 'return',
      logIds: [ids['2026-03-11'], ids['2026-03-13']],
      note,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().decided).toBe(2);
    const day = (await kabidClient.get(mine('2026-03-11'))).json();
    expect(day).toMatchObject({ status: 'DRAFT', returnNote: note, abilities: ['edit', 'submit'] });
    const cal = (await kabidClient.get('/api/daily-logs/mine?month=2026-03')).json();
    expect(cal.days.find((d: { date: string }) => d.date === '2026-03-13').returned).toBe(true);
    // the rater's grid marks the returned days too (until they are submitted again)
    const grid = (await kadisClient.get('/api/daily-logs/team?from=2026-03-09&to=2026-03-16')).json();
    const cells = grid.people.flatMap((p: { days: { date: string; returned: boolean; status: string }[] }) =>
      p.days.filter((d) => d.returned),
    );
    expect(cells.map((c: { date: string; status: string }) => [c.date, c.status]).sort()).toEqual([
      ['2026-03-11', 'DRAFT'],
      ['2026-03-13', 'DRAFT'],
    ]);
    const inbox = (await kabidClient.get('/api/notifications')).json();
    const returned = inbox.items.find((n: { kind: string }) => n.kind === 'dailyLog.returned');
    expect(returned.title).toBe('2 log harian dikembalikan');
    expect(returned.body).toContain(note);
    // fixed and submitted again: the note is gone
    await fill(kabidClient, '2026-03-11');
    expect((await kabidClient.get(mine('2026-03-11'))).json()).toMatchObject({
      status: 'SUBMITTED',
      returnNote: null,
    });
  });
});

describe('the Kepala Dinas links activities to the RHKs of an approved SKP; the leader decides', () => {
  it('lists no RHK before the SKP is approved, then those of the approved SKP', async () => {
    const before = (await kadisClient.get('/api/daily-logs/mine/rhks')).json();
    expect(before).toMatchObject({ year: YEAR, skp: null, rhks: [] });
    expect(before.message).toContain('belum disetujui');
    expect((await admin.post('/api/planning/years', { year: YEAR })).statusCode).toBe(201);
    const skp = (await kadisClient.post('/api/skps', { year: YEAR })).json();
    const content = {
      approach: 'KUANTITATIF',
      rhks: [
        {
          category: 'UTAMA',
          text: 'Meningkatnya derajat kesehatan masyarakat',
          penugasanDari: 'Wali Kota',
          indicators: [
            {
              aspect: 'KUANTITAS',
              text: 'Angka harapan hidup',
              targetValue: 74.5,
              targetUnit: 'tahun',
              perspective: 'PENERIMA_LAYANAN',
            },
          ],
        },
      ],
    };
    expect((await kadisClient.put(`/api/skps/${skp.id}/content`, content)).statusCode).toBe(200);
    // a draft's RHKs are replaced on every save: they cannot be linked
    const draftRhk = (await kadisClient.get(`/api/skps/${skp.id}`)).json().rhks[0].id;
    const early = await kadisClient.put(mine('2026-03-16'), {
      entries: [{ start: '08:00', end: '09:00', description: 'Apel pagi', rhkId: draftRhk }],
    });
    expect(early.json().error.details[0].code).toBe('RHK_UNKNOWN');
    expect((await kadisClient.post(`/api/skps/${skp.id}/submit`)).statusCode).toBe(200);
    expect((await leader.post(`/api/skps/${skp.id}/approve`)).statusCode).toBe(200);
    const after = (await kadisClient.get(`/api/daily-logs/mine/rhks?date=${TODAY}`)).json();
    expect(after.skp.id).toBe(skp.id);
    expect(after.rhks).toEqual([
      { id: draftRhk, category: 'UTAMA', text: 'Meningkatnya derajat kesehatan masyarakat' },
    ]);
    const saved = await kadisClient.put(mine(TODAY), {
      entries: [
        {
          start: '08:00',
          end: '10:00',
          description: 'Memimpin evaluasi program',
          rhkId: draftRhk,
          evidenceUrl: 'https://drive.example.go.id/evaluasi',
        },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().entries[0]).toMatchObject({
      rhkText: 'Meningkatnya derajat kesehatan masyarakat',
      evidenceUrl: 'https://drive.example.go.id/evaluasi',
    });
  });

  it('a JPT’s day goes to the head of region; the leader approves it for them', async () => {
    const submitted = (await kadisClient.post(`${mine(TODAY)}/submit`)).json();
    expect(submitted.rater).toMatchObject({ employeeId: null });
    const grid = (await leader.get(`/api/daily-logs/team?from=${TODAY}&to=${TODAY}`)).json();
    const cell = grid.people.find((p: { employee: { id: string } }) => p.employee.id === kadis.id).days[0];
    expect(cell).toMatchObject({ status: 'SUBMITTED', canDecide: true });
    // the Kadis cannot decide their own day
    expect(
      (await kadisClient.post('/api/daily-logs/decisions', { action: 'approve', logIds: [cell.logId] }))
        .statusCode,
    ).toBe(403);
    const res = await leader.post('/api/daily-logs/decisions', { action: 'approve', logIds: [cell.logId] });
    expect(res.statusCode).toBe(200);
    expect(await statusOf(kadis.id, TODAY)).toBe('APPROVED');
  });
});

describe('the agency setting', () => {
  it('lets only the agency admin turn the log off; then every daily-log route answers 404', async () => {
    expect((await kabidClient.get('/api/daily-logs/settings')).json()).toEqual({
      enabled: true,
      abilities: [],
    });
    expect((await kabidClient.put('/api/daily-logs/settings', { enabled: false })).statusCode).toBe(403);
    const off = await admin.put('/api/daily-logs/settings', { enabled: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ enabled: false, abilities: ['update'] });
    // the navigation hides the log: /api/me leaves its abilities out (the admin keeps the setting)
    const abilities = async (client: Client) => (await client.get('/api/me')).json().abilities as string[];
    expect(await abilities(kabidClient)).not.toContain('dailyLog.mine');
    expect(await abilities(kadisClient)).not.toContain('dailyLog.team');
    expect(await abilities(admin)).toContain('dailyLog.settings');
    for (const res of [
      await kabidClient.get('/api/daily-logs/mine'),
      await kabidClient.get(mine('2026-03-12')),
      await kabidClient.put(mine('2026-03-12'), { entries }),
      await kabidClient.post(`${mine('2026-03-12')}/submit`),
      await upload(kabidClient, '2026-03-12', PDF),
      await kadisClient.get('/api/daily-logs/team?from=2026-03-09&to=2026-03-16'),
      await kadisClient.get(`/api/daily-logs/employees/${kabid.id}/2026-03-09`),
      await kadisClient.post('/api/daily-logs/decisions', { action: 'approve', logIds: [kabid.id] }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('DAILY_LOG_OFF');
    }
    // another agency's setting is its own
    expect((await foreignEmployee.get('/api/daily-logs/mine')).statusCode).toBe(200);
    const audit = (await admin.get('/api/audit?action=agency.dailyLog.update')).json();
    expect(audit.items[0].after).toEqual({ dailyLogEnabled: false });
    expect((await admin.put('/api/daily-logs/settings', { enabled: true })).json().enabled).toBe(true);
    expect((await kabidClient.get('/api/daily-logs/mine')).statusCode).toBe(200);
    expect(await abilities(kabidClient)).toContain('dailyLog.mine');
  });
});

describe('running counts', () => {
  it('daily_log_unit_counts, kept by triggers, matches the rows after every kind of write', async () => {
    const counts = await queryRows<{
      agency_id: string;
      unit_id: string;
      log_date: string;
      status: string;
      n: number;
    }>(
      t.handle.db,
      sql`select agency_id, unit_id, log_date::text as log_date, status, n from daily_log_unit_counts
          where n <> 0 order by 1, 2, 3, 4`,
    );
    const actual = await queryRows<{
      agency_id: string;
      unit_id: string;
      log_date: string;
      status: string;
      n: number;
    }>(
      t.handle.db,
      sql`select agency_id, unit_id, log_date::text as log_date, status, count(*)::int as n from daily_logs
          group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    );
    expect(actual.length).toBeGreaterThan(3);
    expect(counts).toEqual(actual);
    const statuses = new Set(actual.map((r) => r.status));
    expect(statuses).toEqual(new Set(['DRAFT', 'SUBMITTED', 'APPROVED']));
  });
});

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { LIMITS } from '@sigap/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

/*
 * Periodic realisasi with evidence and feedback (issue: monitoring during the year). The test clock is
 * 16 March 2026 10:00 WIB: March is the current monthly period (batas pengisian 5 April), February's
 * batas pengisian (5 March) has passed.
 */

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
let kadis: { id: string; nip: string };
let kabid: { id: string; nip: string; unit_id: string };
let kadisClient: Client;
let kabidClient: Client;
let otherClient: Client;
let kabidSkp: string;
let indicators: { id: string; aspect: string; direction: string }[];
let rhkIds: string[];
let march: string;
let february: string;
const YEAR = 2026;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

const upload = (client: Client, bytes: Buffer, indicatorId: string, period = march, fileName = 'bukti.pdf') =>
  client.request({
    method: 'POST',
    url: `/api/skps/${kabidSkp}/realisation/${period}/evidence?indicatorId=${indicatorId}&fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });

async function storedEvidence() {
  try {
    return await readdir(path.join(t.filesDir, demo.agencyId, 'evidence'));
  } catch {
    return [];
  }
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 400 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
  const [administrator] = await queryRows<{ id: string; nip: string; unit_id: string }>(
    t.handle.db,
    sql`select e.id, e.nip, e.unit_id from reporting_lines rl
        join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where rl.agency_id = ${demo.agencyId} and rl.rater_employee_id = ${kadis.id} and rl.valid_to is null
          and p.kind = 'ADMINISTRATOR' order by e.nip limit 1`,
  );
  if (!administrator) throw new Error('no Administrator under the Kepala Dinas');
  kabid = administrator;
  const other = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
  kadisClient = await Client.signIn(t.app, kadis.nip);
  kabidClient = await Client.signIn(t.app, kabid.nip);
  otherClient = await Client.signIn(t.app, other.nip);

  const year = await admin.post('/api/planning/years', { year: YEAR, monthly: true });
  expect(year.statusCode).toBe(201);
  const periods = year.json().periods as { id: string; kind: string; seq: number }[];
  march = periods.find((p) => p.kind === 'MONTH' && p.seq === 3)?.id as string;
  february = periods.find((p) => p.kind === 'MONTH' && p.seq === 2)?.id as string;

  // The Kadis's SKP, approved by the leader (for the head of region).
  const kadisSkp = (await kadisClient.post('/api/skps', { year: YEAR })).json().id;
  const kadisContent = await kadisClient.put(`/api/skps/${kadisSkp}/content`, {
    approach: 'KUANTITATIF',
    rhks: [
      {
        category: 'UTAMA',
        text: 'Meningkatnya derajat kesehatan masyarakat',
        penugasanDari: 'Wali Kota',
        indicators: [
          {
            aspect: 'KUANTITAS',
            text: 'Cakupan imunisasi',
            targetValue: 95,
            targetUnit: '%',
            perspective: 'PENERIMA_LAYANAN',
          },
        ],
      },
    ],
  });
  expect(kadisContent.statusCode).toBe(200);
  const submitted = await kadisClient.post(`/api/skps/${kadisSkp}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
  expect((await leader.post(`/api/skps/${kadisSkp}/approve`)).statusCode).toBe(200);
  const parent = kadisContent.json().rhks[0].id;

  // The Kabid's SKP: a kuantitas target (at least) and a biaya target (at most), approved by the Kadis.
  kabidSkp = (await kabidClient.post('/api/skps', { year: YEAR })).json().id;
  const content = await kabidClient.put(`/api/skps/${kabidSkp}/content`, {
    approach: 'KUANTITATIF',
    rhks: [
      {
        category: 'UTAMA',
        text: 'Terlaksananya imunisasi dasar lengkap di puskesmas',
        parentRhkId: parent,
        indicators: [
          { aspect: 'KUANTITAS', text: 'Jumlah sesi imunisasi', targetValue: 120, targetUnit: 'sesi' },
          { aspect: 'BIAYA', text: 'Biaya per sesi', targetValue: 2_000_000, targetUnit: 'rupiah' },
        ],
      },
    ],
  });
  expect(content.statusCode).toBe(200);
  indicators = content.json().rhks[0].indicators;
  rhkIds = content.json().rhks.map((r: { id: string }) => r.id);
});

describe('realisasi per period', () => {
  it('is only for an approved SKP', async () => {
    const res = await kabidClient.put(`/api/skps/${kabidSkp}/realisation/${march}`, { values: [] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REALISATION_SKP_NOT_APPROVED');
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/submit`)).statusCode).toBe(200);
    expect((await kadisClient.post(`/api/skps/${kabidSkp}/approve`)).statusCode).toBe(200);
  });

  it('opens on the current monthly period with the target directions per aspek', async () => {
    const res = await kabidClient.get(`/api/skps/${kabidSkp}/realisation`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.period).toMatchObject({ id: march, name: 'Maret 2026', fillDeadline: '2026-04-05' });
    expect(report.periods).toHaveLength(12);
    expect(report).toMatchObject({ status: 'NOT_STARTED', deadlinePassed: false, reportId: null });
    expect(report.abilities).toEqual(expect.arrayContaining(['edit', 'submit', 'reply']));
    expect(indicators.map((i) => i.direction)).toEqual(['AT_LEAST', 'AT_MOST']);
    // a period of another year's scheme is refused
    const bad = await kabidClient.get(`/api/skps/${kabidSkp}/realisation?periodId=${kabidSkp}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('REALISATION_PERIOD_INVALID');
  });

  it('saves rencana aksi and realisasi and computes the achievement with the direction', async () => {
    const [sessions, cost] = indicators as unknown as [{ id: string }, { id: string }];
    const res = await kabidClient.put(`/api/skps/${kabidSkp}/realisation/${march}`, {
      rencanaAksi: { [rhkIds[0] as string]: 'Menjadwalkan sesi imunisasi di 12 puskesmas' },
      values: [
        { indicatorId: sessions.id, value: 30 },
        { indicatorId: cost.id, value: 1_500_000, text: 'Hemat karena vaksin dari provinsi' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.status).toBe('DRAFT');
    expect(report.rhks[0].rencanaAksi).toBe('Menjadwalkan sesi imunisasi di 12 puskesmas');
    const [a, b] = report.rhks[0].indicators;
    expect(a).toMatchObject({ value: 30, achievement: { percent: 25, level: 'BELOW' } });
    expect(b).toMatchObject({ value: 1_500_000, achievement: { percent: 125, level: 'ABOVE' } });
    expect(report.achievement).toBe(75);
    // an indicator of someone else's SKP is refused, nothing written
    const foreign = await kabidClient.put(`/api/skps/${kabidSkp}/realisation/${march}`, {
      values: [{ indicatorId: kabidSkp, value: 1 }],
    });
    expect(foreign.statusCode).toBe(400);
    expect((await kabidClient.get(`/api/skps/${kabidSkp}/realisation`)).json().achievement).toBe(75);
    // only the owner writes; the rater and others do not
    expect(
      (await kadisClient.put(`/api/skps/${kabidSkp}/realisation/${march}`, { values: [] })).statusCode,
    ).toBe(404);
    expect((await otherClient.get(`/api/skps/${kabidSkp}/realisation`)).statusCode).toBe(404);
  });

  it('stores a PDF as evidence, downloadable only by those allowed', async () => {
    const indicatorId = (indicators[0] as { id: string }).id;
    const res = await upload(kabidClient, PDF, indicatorId, march, 'daftar hadir.exe.pdf');
    expect(res.statusCode).toBe(201);
    const saved = res.json();
    expect(saved).toMatchObject({
      kind: 'FILE',
      contentType: 'application/pdf',
      name: 'daftar hadir.exe.pdf',
    });
    for (const client of [kabidClient, kadisClient, admin]) {
      const file = await client.get(saved.url);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(PDF)).toBe(true);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await otherClient.get(saved.url)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: saved.url })).statusCode).toBe(401);
    const report = (await kabidClient.get(`/api/skps/${kabidSkp}/realisation`)).json();
    expect(report.rhks[0].indicators[0].evidence).toHaveLength(1);
  });

  it('refuses a renamed executable and an oversized file, leaving nothing behind', async () => {
    const indicatorId = (indicators[0] as { id: string }).id;
    const before = await storedEvidence();
    const exe = await upload(kabidClient, EXE, indicatorId, march, 'laporan.pdf');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_REFUSED');
    const big = await upload(kabidClient, Buffer.alloc(LIMITS.evidenceMaxBytes + 1, 0x25), indicatorId);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');
    expect(await storedEvidence()).toEqual(before);
  });

  it('a failed recording removes the stored file (the per-indicator limit is checked after storing)', async () => {
    const indicatorId = (indicators[1] as { id: string }).id;
    for (let i = 0; i < LIMITS.evidencePerItem; i++) {
      expect((await upload(kabidClient, PDF, indicatorId)).statusCode).toBe(201);
    }
    const before = await storedEvidence();
    const full = await upload(kabidClient, PDF, indicatorId);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('EVIDENCE_FULL');
    expect((await storedEvidence()).sort()).toEqual(before.sort());
    const [row] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from evidence where agency_id = ${demo.agencyId} and indicator_id = ${indicatorId}`,
    );
    expect(row?.n).toBe(LIMITS.evidencePerItem);
  });

  it('adds and removes links while the report is a draft', async () => {
    const indicatorId = (indicators[0] as { id: string }).id;
    const bad = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/evidence-links`, {
      indicatorId,
      url: 'javascript:alert(1)',
    });
    expect(bad.statusCode).toBe(400);
    const link = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/evidence-links`, {
      indicatorId,
      url: 'https://drive.example.go.id/laporan-maret',
      title: 'Laporan Maret',
    });
    expect(link.statusCode).toBe(201);
    expect(link.json()).toMatchObject({ kind: 'LINK', url: 'https://drive.example.go.id/laporan-maret' });
    const second = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/evidence-links`, {
      indicatorId,
      url: 'https://drive.example.go.id/tambahan',
    });
    expect(
      (await kadisClient.request({ method: 'DELETE', url: `/api/evidence/${second.json().id}` })).statusCode,
    ).toBe(404);
    expect(
      (await kabidClient.request({ method: 'DELETE', url: `/api/evidence/${second.json().id}` })).statusCode,
    ).toBe(204);
    const report = (await kabidClient.get(`/api/skps/${kabidSkp}/realisation`)).json();
    expect(report.rhks[0].indicators[0].evidence.map((e: { kind: string }) => e.kind)).toEqual([
      'FILE',
      'LINK',
    ]);
  });

  it('submits on time, then locks; a submission after the batas pengisian is marked late', async () => {
    const res = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/submit`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUBMITTED', late: false });
    const locked = await kabidClient.put(`/api/skps/${kabidSkp}/realisation/${march}`, { values: [] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('REALISATION_LOCKED');

    const empty = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${february}/submit`);
    expect(empty.statusCode).toBe(400);
    await kabidClient.put(`/api/skps/${kabidSkp}/realisation/${february}`, {
      values: [{ indicatorId: (indicators[0] as { id: string }).id, value: 10 }],
    });
    const late = await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${february}/submit`);
    expect(late.statusCode).toBe(200);
    expect(late.json()).toMatchObject({ status: 'SUBMITTED', late: true, deadlinePassed: true });
    expect(late.json().periods.find((p: { id: string }) => p.id === february)).toMatchObject({
      status: 'SUBMITTED',
      late: true,
    });
    // the rater was told
    const inbox = (await kadisClient.get('/api/notifications')).json();
    expect(JSON.stringify(inbox)).toContain('Realisasi Februari 2026 diajukan');
  });
});

describe('umpan balik berkelanjutan', () => {
  it('the rater writes feedback per IKI and per BerAKHLAK value; the employee replies', async () => {
    const indicatorId = (indicators[0] as { id: string }).id;
    const first = await kadisClient.post(`/api/skps/${kabidSkp}/feedback`, {
      periodId: march,
      indicatorId,
      body: 'Sesi imunisasi baru 25% dari target: percepat jadwal di puskesmas pinggiran.',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ authorRole: 'RATER', indicatorId, parentId: null });
    const behaviour = await kadisClient.post(`/api/skps/${kabidSkp}/feedback`, {
      periodId: march,
      behaviourCode: 'KOLABORATIF',
      body: 'Koordinasi dengan puskesmas sudah baik.',
    });
    expect(behaviour.statusCode).toBe(201);
    // both or neither target is refused
    const neither = await kadisClient.post(`/api/skps/${kabidSkp}/feedback`, { periodId: march, body: 'x' });
    expect(neither.statusCode).toBe(400);
    // the employee does not start threads but replies
    const own = await kabidClient.post(`/api/skps/${kabidSkp}/feedback`, {
      periodId: march,
      indicatorId,
      body: 'Catatan saya',
    });
    expect(own.statusCode).toBe(403);
    const reply = await kabidClient.post(`/api/skps/${kabidSkp}/feedback`, {
      periodId: march,
      parentId: first.json().id,
      body: 'Siap, jadwal April sudah ditambah 20 sesi.',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ authorRole: 'EMPLOYEE', parentId: first.json().id, indicatorId });
    expect(
      (
        await otherClient.post(`/api/skps/${kabidSkp}/feedback`, {
          periodId: march,
          parentId: first.json().id,
          body: 'x',
        })
      ).statusCode,
    ).toBe(404);
    const report = (await kabidClient.get(`/api/skps/${kabidSkp}/realisation?periodId=${march}`)).json();
    expect(report.feedback.map((f: { authorRole: string }) => f.authorRole)).toEqual([
      'RATER',
      'RATER',
      'EMPLOYEE',
    ]);
    const audit = (await admin.get('/api/audit?action=feedback.reply')).json();
    expect(audit.items.length).toBe(1);
  });

  it('the rater reopens a submitted report with a note that joins the feedback', async () => {
    expect(
      (await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/reopen`, { note: 'Lengkapi' }))
        .statusCode,
    ).toBe(404);
    const res = await kadisClient.post(`/api/skps/${kabidSkp}/realisation/${march}/reopen`, {
      note: 'Lampirkan daftar hadir sesi',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('DRAFT');
    expect(res.json().feedback.at(-1).body).toContain('Lampirkan daftar hadir sesi');
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/realisation/${march}/submit`)).statusCode).toBe(
      200,
    );
  });
});

describe('live progress', () => {
  it('the rater’s team page shows achievement per IKI, evidence and lateness', async () => {
    const res = await kadisClient.get('/api/progress/team');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.period.id).toBe(march);
    const item = page.items.find((i: { employee: { id: string } }) => i.employee.id === kabid.id);
    expect(item).toMatchObject({
      reportStatus: 'SUBMITTED',
      late: false,
      achievement: 75,
      missingEvidence: 0,
    });
    expect(item.indicators.map((i: { percent: number | null }) => i.percent)).toEqual([25, 125]);
    expect(item.indicators.map((i: { evidenceCount: number }) => i.evidenceCount)).toEqual([
      2,
      LIMITS.evidencePerItem,
    ]);
    expect(item.dailyLog.workingDays).toBeGreaterThan(0);
    const feb = (await kadisClient.get(`/api/progress/team?periodId=${february}`)).json();
    expect(feb.items.find((i: { employee: { id: string } }) => i.employee.id === kabid.id)).toMatchObject({
      late: true,
      reportStatus: 'SUBMITTED',
    });
    // someone who rates nobody gets an empty page
    const staff = (await kabidClient.get('/api/progress/team')).json();
    expect(staff.items.every((i: { employee: { id: string } }) => i.employee.id !== kadis.id)).toBe(true);
  });

  it('the unit dashboard rolls the running counts up the tree and matches a direct count', async () => {
    const res = await leader.get(`/api/progress/units?periodId=${march}`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.totals.submitted).toBe(1);
    expect(page.totals.achievement).toBe(75);
    const [direct] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from employees where agency_id = ${demo.agencyId} and status = 'ACTIVE'`,
    );
    expect(page.totals.headcount).toBe(direct?.n);
    const withSubmission = page.rows.find((r: { submitted: number }) => r.submitted === 1);
    expect(withSubmission).toBeDefined();
    // drill down to the Kabid's unit: the own-staff row or a child row carries the submission
    const drill = await leader.get(`/api/progress/units?periodId=${march}&unitId=${kabid.unit_id}`);
    expect(drill.statusCode, drill.body).toBe(200);
    const down = drill.json();
    expect(down.scope.unitId).toBe(kabid.unit_id);
    expect(down.totals.submitted).toBe(1);
    expect(down.breadcrumb.at(-1)?.unitId, JSON.stringify(down.breadcrumb)).toBe(kabid.unit_id);
    // the counts kept by triggers equal a count of the reports
    const counts = await queryRows<{ kept: number; actual: number }>(
      t.handle.db,
      sql`select (select coalesce(sum(submitted), 0)::int from realisation_unit_counts where agency_id = ${demo.agencyId}) as kept,
                 (select count(*)::int from realisation_reports where agency_id = ${demo.agencyId} and status = 'SUBMITTED') as actual`,
    );
    expect(counts[0]?.kept).toBe(counts[0]?.actual);
    // a plain employee has no dashboard; a unit outside a unit head's scope is 404
    expect((await otherClient.get(`/api/progress/units?unitId=${kabid.unit_id}`)).statusCode).toBe(404);
  });

  it('another agency sees none of it', async () => {
    const second = await t.seedAgency({ seed: 7, suffix: '-b', employees: 30, name: 'Kabupaten Lain' });
    const foreignAdmin = await Client.signIn(t.app, second.admin);
    expect((await foreignAdmin.get(`/api/skps/${kabidSkp}/realisation`)).statusCode).toBe(404);
    const report = (await kabidClient.get(`/api/skps/${kabidSkp}/realisation`)).json();
    const fileUrl = report.rhks[0].indicators[0].evidence[0].url;
    expect((await foreignAdmin.get(fileUrl)).statusCode).toBe(404);
    expect((await foreignAdmin.get(`/api/progress/units?unitId=${kabid.unit_id}`)).statusCode).toBe(404);
  });
});

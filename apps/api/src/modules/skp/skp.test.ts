import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
/** Kepala Dinas Kesehatan (JPT, rated by the Wali Kota), a Kepala Bidang under them, and a staff member. */
let kadis: { id: string; nip: string };
let kabid: { id: string; nip: string };
let other: { id: string; nip: string };
let kadisClient: Client;
let kabidClient: Client;
let otherClient: Client;
const YEAR = 2026;

const jptContent = {
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
    {
      category: 'UTAMA',
      text: 'Meningkatnya cakupan imunisasi dasar lengkap',
      indicators: [
        {
          aspect: 'KUANTITAS',
          text: 'Cakupan imunisasi',
          targetValue: 95,
          targetUnit: '%',
          perspective: 'PROSES_BISNIS',
        },
      ],
    },
  ],
  behaviourExpectations: { BERORIENTASI_PELAYANAN: 'Responsif terhadap keluhan masyarakat' },
  lampiran: { DUKUNGAN_SUMBER_DAYA: 'Anggaran DAK kesehatan' },
};

const childContent = (parents: string[]) => ({
  approach: 'KUANTITATIF',
  rhks: parents.map((parentRhkId, i) => ({
    category: 'UTAMA',
    text: `Terlaksananya program bidang ${i + 1}`,
    parentRhkId,
    indicators: [
      { aspect: 'KUANTITAS', text: 'Jumlah kegiatan terlaksana', targetValue: 12, targetUnit: 'kegiatan' },
      { aspect: 'WAKTU', text: 'Waktu penyelesaian', targetValue: 12, targetUnit: 'bulan' },
    ],
  })),
});

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 600 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
  const reports = await queryRows<{ id: string; nip: string; kind: string }>(
    t.handle.db,
    sql`select e.id, e.nip, p.kind from reporting_lines rl
        join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where rl.agency_id = ${demo.agencyId} and rl.rater_employee_id = ${kadis.id} and rl.valid_to is null
        order by p.kind, e.nip`,
  );
  const administrator = reports.find((r) => r.kind === 'ADMINISTRATOR');
  if (!administrator) throw new Error('no Administrator under the Kepala Dinas');
  kabid = administrator;
  other = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
  kadisClient = await Client.signIn(t.app, kadis.nip);
  kabidClient = await Client.signIn(t.app, kabid.nip);
  otherClient = await Client.signIn(t.app, other.nip);
});

describe('planning years and periods', () => {
  it('lets only the agency admin open a year; periods follow the scheme', async () => {
    expect((await kabidClient.post('/api/planning/years', { year: YEAR })).statusCode).toBe(403);
    expect((await admin.post('/api/planning/years', { year: 1999 })).statusCode).toBe(400);
    expect(
      (await admin.post('/api/planning/years', { year: YEAR, skpDeadline: '2027-01-31' })).statusCode,
    ).toBe(400);
    const res = await admin.post('/api/planning/years', { year: YEAR, monthly: true, quarterly: true });
    expect(res.statusCode).toBe(201);
    const year = res.json();
    expect(year.skpDeadline).toBe('2026-01-31');
    expect(year.deadlinePassed).toBe(true); // the test clock is 16 March 2026
    expect(year.periods).toHaveLength(17);
    expect(year.periods.filter((p: { final: boolean }) => p.final)).toHaveLength(1);
    expect((await admin.post('/api/planning/years', { year: YEAR })).json().error.code).toBe(
      'PLANNING_YEAR_EXISTS',
    );
    const list = (await kabidClient.get('/api/planning/years')).json();
    expect(list.items.map((y: { year: number }) => y.year)).toContain(YEAR);
    expect(list.abilities).toEqual([]);
  });

  it('moves the SKP deadline (audited)', async () => {
    const res = await admin.patch(`/api/planning/years/${YEAR}`, { skpDeadline: '2026-03-31' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ skpDeadline: '2026-03-31', deadlinePassed: false });
    const audit = (await admin.get('/api/audit?action=planning.year.update')).json();
    expect(audit.items.length).toBeGreaterThan(0);
    expect((await admin.patch('/api/planning/years/2030', { skpDeadline: '2030-01-31' })).statusCode).toBe(
      404,
    );
  });
});

describe('SKP workflow with cascading', () => {
  let kadisSkp: string;
  let kabidSkp: string;

  it('refuses a year nobody opened', async () => {
    const res = await kadisClient.post('/api/skps', { year: 2031 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PLANNING_YEAR_MISSING');
  });

  it('the Kabid cannot link before the Kadis has an approved SKP, and is told who must act', async () => {
    const res = await kabidClient.post('/api/skps', { year: YEAR });
    expect(res.statusCode).toBe(201);
    kabidSkp = res.json().id;
    expect(res.json()).toMatchObject({ status: 'DRAFT', format: 'JA_JF', version: 1 });
    expect(res.json().rater.employeeId).toBe(kadis.id);
    const cascade = (await kabidClient.get(`/api/skps/${kabidSkp}/cascade`)).json();
    expect(cascade.status).toBe('SUPERIOR_NO_APPROVED_SKP');
    expect(cascade.message).toContain(cascade.superior.name);
    expect(cascade.message).toContain('belum dibuat');
    expect((await kabidClient.post('/api/skps', { year: YEAR })).json().error.code).toBe('SKP_EXISTS');
  });

  it('the Kadis drafts, saves and submits a JPT SKP; the leader approves it', async () => {
    const created = await kadisClient.post('/api/skps', { year: YEAR });
    expect(created.statusCode).toBe(201);
    kadisSkp = created.json().id;
    expect(created.json()).toMatchObject({ format: 'JPT', rater: { kind: 'HEAD_OF_REGION' } });
    // incomplete content is saved as a draft but cannot be submitted
    const empty = await kadisClient.put(`/api/skps/${kadisSkp}/content`, {
      approach: 'KUANTITATIF',
      rhks: [],
    });
    expect(empty.statusCode).toBe(200);
    const refused = await kadisClient.post(`/api/skps/${kadisSkp}/submit`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('SKP_INVALID');
    expect(refused.json().error.details[0].code).toBe('SKP_NO_MAIN_RHK');
    const saved = await kadisClient.put(`/api/skps/${kadisSkp}/content`, jptContent);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().rhks).toHaveLength(2);
    expect(saved.json().rhks[0].indicators[0]).toMatchObject({
      targetValue: 74.5,
      perspective: 'PENERIMA_LAYANAN',
    });
    expect(saved.json().behaviourExpectations.BERORIENTASI_PELAYANAN).toContain('Responsif');
    // ids sent back are kept (autosave keeps rows stable)
    const again = await kadisClient.put(`/api/skps/${kadisSkp}/content`, saved.json());
    expect(again.json().rhks.map((r: { id: string }) => r.id)).toEqual(
      saved.json().rhks.map((r: { id: string }) => r.id),
    );
    // the Kabid (a subordinate) may read but not edit the Kadis's draft
    expect((await kabidClient.put(`/api/skps/${kadisSkp}/content`, jptContent)).statusCode).toBe(404);
    const submitted = await kadisClient.post(`/api/skps/${kadisSkp}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('SUBMITTED');
    expect((await kadisClient.put(`/api/skps/${kadisSkp}/content`, jptContent)).json().error.code).toBe(
      'SKP_LOCKED',
    );
    // only the leader (for the head of region) decides
    expect((await kadisClient.post(`/api/skps/${kadisSkp}/approve`)).statusCode).toBe(403);
    const inbox = (await leader.get('/api/notifications')).json();
    expect(inbox.items.some((n: { kind: string }) => n.kind === 'skp.submitted')).toBe(true);
    const approved = await leader.post(`/api/skps/${kadisSkp}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('APPROVED');
    expect(approved.json().events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'approve',
    ]);
    expect((await leader.post(`/api/skps/${kadisSkp}/approve`)).json().error.code).toBe(
      'SKP_ILLEGAL_TRANSITION',
    );
  });

  it('the Kabid links two RHKs, is returned with a note, fixes and is approved', async () => {
    const cascade = (await kabidClient.get(`/api/skps/${kabidSkp}/cascade`)).json();
    expect(cascade.status).toBe('AVAILABLE');
    const parents = cascade.rhks.map((r: { id: string }) => r.id);
    expect(parents).toHaveLength(2);
    // a parent outside the superior's approved SKP is refused
    const foreign = await kabidClient.put(`/api/skps/${kabidSkp}/content`, childContent([kabidSkp]));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('CASCADE_INVALID_PARENT');
    expect((await kabidClient.put(`/api/skps/${kabidSkp}/content`, childContent(parents))).statusCode).toBe(
      200,
    );
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/submit`)).json().status).toBe('SUBMITTED');
    // someone else's SKP does not exist for an unrelated employee
    expect((await otherClient.get(`/api/skps/${kabidSkp}`)).statusCode).toBe(404);
    expect((await otherClient.post(`/api/skps/${kabidSkp}/approve`)).statusCode).toBe(404);
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/approve`)).statusCode).toBe(403);
    expect((await kadisClient.post(`/api/skps/${kabidSkp}/return`, { note: '' })).statusCode).toBe(400);
    const returned = await kadisClient.post(`/api/skps/${kabidSkp}/return`, {
      note: 'Target kuantitas terlalu rendah',
    });
    expect(returned.json().status).toBe('RETURNED');
    const inbox = (await kabidClient.get('/api/notifications?unreadOnly=true')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'skp.returned' });
    expect(inbox.items[0].body).toContain('Target kuantitas terlalu rendah');
    const fixed = childContent(parents);
    const first = fixed.rhks[0]?.indicators[0];
    if (!first) throw new Error('fixture without an indicator');
    first.targetValue = 24;
    expect((await kabidClient.put(`/api/skps/${kabidSkp}/content`, fixed)).statusCode).toBe(200);
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/submit`)).statusCode).toBe(200);
    const approved = (await kadisClient.post(`/api/skps/${kabidSkp}/approve`)).json();
    expect(approved.status).toBe('APPROVED');
    expect(approved.rhks[0].parentRhkText).toBe(jptContent.rhks[0]?.text);
    expect(approved.events.find((e: { action: string }) => e.action === 'return').note).toBe(
      'Target kuantitas terlalu rendah',
    );
  });

  it('a revision makes a new draft version and keeps the approved one readable', async () => {
    const revised = await kabidClient.post(`/api/skps/${kabidSkp}/revise`);
    expect(revised.statusCode).toBe(201);
    expect(revised.json()).toMatchObject({ version: 2, status: 'DRAFT', current: true });
    expect(revised.json().rhks[0].parentRhkId).not.toBeNull();
    expect(revised.json().versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const old = (await kabidClient.get(`/api/skps/${kabidSkp}`)).json();
    expect(old).toMatchObject({ status: 'APPROVED', current: false });
    expect(old.abilities).not.toContain('edit');
    expect((await kabidClient.post(`/api/skps/${kabidSkp}/revise`)).statusCode).toBe(403);
  });

  it('shows the rater their team and the Matriks Peran Hasil with its gaps', async () => {
    const team = (await kadisClient.get(`/api/skps/team?year=${YEAR}`)).json();
    expect(team.items.some((i: { employee: { id: string } }) => i.employee.id === kabid.id)).toBe(true);
    const matrix = (await kadisClient.get(`/api/skps/${kadisSkp}/matrix`)).json();
    expect(matrix.rhks).toHaveLength(2);
    expect(matrix.links.filter((l: { employeeId: string }) => l.employeeId === kabid.id)).toHaveLength(2);
    expect(matrix.gaps.subordinatesWithoutLink).not.toContain(kabid.id);
    expect(matrix.gaps.subordinatesWithoutLink.length).toBeGreaterThan(0);
    expect(matrix.abilities).toEqual(['assign']);
    const target = matrix.gaps.subordinatesWithoutLink[0];
    const assigned = await kadisClient.post(`/api/skps/${kadisSkp}/matrix/assign`, {
      assignments: [{ rhkId: matrix.rhks[1].id, employeeId: target }],
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toEqual({ created: 1, draftsCreated: 1 });
    const after = (await kadisClient.get(`/api/skps/${kadisSkp}/matrix`)).json();
    expect(after.gaps.subordinatesWithoutLink).not.toContain(target);
    // the Kabid's new version is a draft, so its owner can take assignments; someone not rated by the Kadis cannot
    const bad = await kadisClient.post(`/api/skps/${kadisSkp}/matrix/assign`, {
      assignments: [{ rhkId: matrix.rhks[0].id, employeeId: other.id }],
    });
    expect(bad.statusCode).toBe(404);
    expect(
      (await kabidClient.post(`/api/skps/${kadisSkp}/matrix/assign`, { assignments: [] })).statusCode,
    ).toBe(400);
  });

  it('prints the SKP as PDF and XLSX', async () => {
    const pdf = await kabidClient.get(`/api/skps/${kabidSkp}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const document = await getDocumentProxy(new Uint8Array(pdf.rawPayload));
    const text = (await extractText(document, { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(text).toContain('SASARAN KINERJA PEGAWAI');
    expect(text).toContain(kabid.nip);
    expect(text).toContain('Terlaksananya program bidang 1');
    expect(text).toContain(jptContent.rhks[0]?.text);
    const xlsx = await kabidClient.get(`/api/skps/${kabidSkp}/xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect((await otherClient.get(`/api/skps/${kabidSkp}/pdf`)).statusCode).toBe(404);
  });
});

describe('monitoring pengisian', () => {
  it('counts people by SKP status per unit, with drill-down and export', async () => {
    const all = (await admin.get(`/api/skp-monitoring?year=${YEAR}`)).json();
    const t0 = all.totals;
    expect(t0.total).toBeGreaterThan(500);
    expect(t0.APPROVED).toBe(1); // the Kadis; the Kabid's current version is a revision draft
    expect(t0.DRAFT).toBeGreaterThanOrEqual(2);
    expect(t0.NOT_STARTED + t0.DRAFT + t0.SUBMITTED + t0.RETURNED + t0.APPROVED).toBe(t0.total);
    const sumRows = all.rows.reduce((s: number, r: { total: number }) => s + r.total, 0);
    expect(sumRows).toBe(t0.total);
    const dinkes = all.rows.find((r: { code: string }) => r.code === 'DINKES');
    const inDinkes = (await admin.get(`/api/skp-monitoring?year=${YEAR}&unitId=${dinkes.unitId}`)).json();
    expect(inDinkes.totals.total).toBe(dinkes.total);
    expect(inDinkes.totals.APPROVED).toBe(1);
    const approved = (
      await admin.get(`/api/skp-monitoring/employees?year=${YEAR}&unitId=${dinkes.unitId}&status=APPROVED`)
    ).json();
    expect(approved.items.map((i: { employeeId: string }) => i.employeeId)).toEqual([kadis.id]);
    // the "staf langsung" row drills down to the people placed in the unit itself, not its sub-units
    const ownRow = inDinkes.rows.find((r: { ownStaffOnly: boolean }) => r.ownStaffOnly);
    const own = (
      await admin.get(
        `/api/skp-monitoring/employees?year=${YEAR}&unitId=${dinkes.unitId}&ownStaffOnly=true&pageSize=100`,
      )
    ).json();
    expect(own.total).toBe(ownRow.total);
    expect(own.total).toBeLessThan(dinkes.total);
    expect(new Set(own.items.map((i: { unitName: string }) => i.unitName))).toEqual(new Set([dinkes.name]));
    const notStarted = (
      await admin.get(`/api/skp-monitoring/employees?year=${YEAR}&status=NOT_STARTED&pageSize=5`)
    ).json();
    expect(notStarted.items).toHaveLength(5);
    expect(notStarted.total).toBe(t0.NOT_STARTED);
    const xlsx = await admin.get(`/api/skp-monitoring/export.xlsx?year=${YEAR}&unitId=${dinkes.unitId}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Pegawai')?.rowCount).toBe(dinkes.total + 1);
  });

  it('scopes unit heads to their subtree and refuses others', async () => {
    const mine = (await kadisClient.get(`/api/skp-monitoring?year=${YEAR}`)).json();
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0].code).toBe('DINKES');
    const units = (await admin.get('/api/units')).json().items as { id: string; code: string }[];
    const disdik = units.find((u) => u.code === 'DISDIK')?.id;
    expect((await kadisClient.get(`/api/skp-monitoring?year=${YEAR}&unitId=${disdik}`)).statusCode).toBe(404);
    const staff = await queryRows<{ nip: string }>(
      t.handle.db,
      sql`select e.nip from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = ${demo.agencyId} and p.kind = 'PELAKSANA' order by e.nip limit 1`,
    );
    const pelaksana = await Client.signIn(t.app, staff[0]?.nip ?? '');
    expect((await pelaksana.get(`/api/skp-monitoring?year=${YEAR}`)).statusCode).toBe(403);
    expect((await admin.get('/api/skp-monitoring?year=abc')).statusCode).toBe(400);
  });
});

describe('drafting on behalf and mid-year moves', () => {
  it('lets the agency admin draft for someone only after the deadline', async () => {
    const staff = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select e.id from employees e where e.agency_id = ${demo.agencyId}
          and not exists (select 1 from skps s where s.agency_id = e.agency_id and s.employee_id = e.id)
          order by e.nip desc limit 1`,
    );
    const employeeId = staff[0]?.id ?? '';
    const early = await admin.post('/api/skps', { year: YEAR, employeeId });
    expect(early.json().error.code).toBe('SKP_NOT_ALLOWED_YET'); // deadline moved to 31 March above
    t.clock.set(new Date('2026-04-01T03:00:00Z'));
    try {
      const lateAdmin = await Client.signIn(t.app, demo.admin);
      const res = await lateAdmin.post('/api/skps', { year: YEAR, employeeId });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ draftedByAdmin: true, status: 'DRAFT' });
      expect(res.json().abilities).toContain('edit');
      const lateKabid = await Client.signIn(t.app, kabid.nip);
      expect((await lateKabid.post('/api/skps', { year: YEAR, employeeId })).statusCode).toBe(404);
    } finally {
      t.clock.set(new Date('2026-03-16T03:00:00Z'));
    }
  });

  it('a move to another position closes the open SKP and starts a draft for the new post', async () => {
    const mine = (await kabidClient.get(`/api/skps/mine?year=${YEAR}`)).json();
    const open = mine.items.find(
      (s: { current: boolean; status: string }) => s.current && s.status !== 'CLOSED',
    );
    const detail = (await admin.get(`/api/employees/${kabid.id}`)).json();
    const positions = (await admin.get(`/api/positions?unitId=${detail.unitId}`)).json();
    const items = (positions.items ?? positions) as { id: string }[];
    const target = items.find((p) => p.id !== detail.positionId);
    if (!target) throw new Error('no other position in the unit');
    const moved = await admin.patch(`/api/employees/${kabid.id}`, { positionId: target.id });
    expect(moved.statusCode).toBe(200);
    const after = (await kabidClient.get(`/api/skps/mine?year=${YEAR}`)).json();
    const closed = after.items.find((s: { id: string }) => s.id === open.id);
    expect(closed.status).toBe('CLOSED');
    const fresh = after.items.find(
      (s: { current: boolean; status: string }) => s.current && s.status === 'DRAFT',
    );
    expect(fresh.periodStart).toBe('2026-03-16');
    expect(closed.periodEnd).toBe('2026-03-15');
  });
});

describe('running counts of the monitoring', () => {
  it('equal the full aggregate after every kind of change (triggers on skps and employees)', async () => {
    const { countByUnit, runningCounts } = await import('./skp.monitoring.ts');
    const compare = async () => {
      const key = (r: { unit_id: string; status: string; n: number }) => `${r.unit_id}|${r.status}|${r.n}`;
      const full = (await countByUnit(t.handle.db, demo.agencyId, YEAR, sql`true`)).map(key).sort();
      const running = (await runningCounts(t.handle.db, demo.agencyId, YEAR)).map(key).sort();
      expect(running).toEqual(full);
    };
    await compare(); // after drafts, submissions, returns, approvals, a revision, a closed SKP and a move
    // someone leaves (inactive) and comes back, taking their SKP's count along
    expect((await admin.patch(`/api/employees/${kadis.id}`, { status: 'INACTIVE' })).statusCode).toBe(200);
    await compare();
    expect((await admin.patch(`/api/employees/${kadis.id}`, { status: 'ACTIVE' })).statusCode).toBe(200);
    await compare();
    const monitored = (await admin.get(`/api/skp-monitoring?year=${YEAR}`)).json();
    const people = (await admin.get(`/api/skp-monitoring/employees?year=${YEAR}&pageSize=1`)).json();
    expect(monitored.totals.total).toBe(people.total);
  });
});

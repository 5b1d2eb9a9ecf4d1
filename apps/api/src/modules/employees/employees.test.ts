import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import type { DemoAccounts } from '../../demo/seed.ts';
import { pageEmployees } from './employees.repository.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 1200 });
  admin = await Client.signIn(t.app, demo.admin);
});

describe('employee list', () => {
  it('paginates server-side with a total', async () => {
    const page1 = (await admin.get('/api/employees?page=1&pageSize=10')).json();
    const page2 = (await admin.get('/api/employees?page=2&pageSize=10')).json();
    expect(page1.items).toHaveLength(10);
    expect(page1.total).toBeGreaterThan(300);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });

  it('counts up to the cap and says so beyond it', async () => {
    const all = (await admin.get('/api/employees?pageSize=10')).json();
    expect(all.totalCapped).toBe(false);
    const args = [t.handle.db, demo.agencyId, {}, { sql: sql`true`, readsUnits: false }, 0, 10] as const;
    const capped = await pageEmployees(...args, 100);
    expect(capped).toMatchObject({ total: 100, totalCapped: true });
    expect(capped.items).toHaveLength(10);
    const exact = await pageEmployees(...args, all.total);
    expect(exact).toMatchObject({ total: all.total, totalCapped: false });
  });

  it('searches by name and by NIP prefix', async () => {
    const kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Kesehatan');
    const byNip = (await admin.get(`/api/employees?q=${kadis.nip.slice(0, 12)}`)).json();
    expect(byNip.items.map((e: { id: string }) => e.id)).toContain(kadis.id);
    const detail = (await admin.get(`/api/employees/${kadis.id}`)).json();
    const byName = (
      await admin.get(`/api/employees?q=${encodeURIComponent(detail.name.toUpperCase())}`)
    ).json();
    expect(byName.items.map((e: { id: string }) => e.id)).toContain(kadis.id);
    const none = (await admin.get('/api/employees?q=zzzzqqq')).json();
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('filters by unit subtree, position kind, employment type and status', async () => {
    const units = (await admin.get('/api/units')).json().items as { id: string; code: string }[];
    const dinkes = units.find((u) => u.code === 'DINKES')?.id;
    const subtree = (await admin.get(`/api/employees?unitId=${dinkes}&pageSize=200`)).json();
    const direct = (
      await admin.get(`/api/employees?unitId=${dinkes}&includeSubunits=false&pageSize=200`)
    ).json();
    expect(subtree.total).toBeGreaterThan(direct.total);
    const jf = (await admin.get('/api/employees?positionKind=JF&pageSize=200')).json();
    expect(jf.items.every((e: { positionKind: string }) => e.positionKind === 'JF')).toBe(true);
    const pppk = (await admin.get('/api/employees?employmentType=PPPK&pageSize=200')).json();
    expect(pppk.items.every((e: { employmentType: string }) => e.employmentType === 'PPPK')).toBe(true);
    const inactive = (await admin.get('/api/employees?status=INACTIVE')).json();
    expect(inactive.total).toBe(0);
    expect((await admin.get('/api/employees?pageSize=5000')).statusCode).toBe(400);
    expect((await admin.get('/api/employees?positionKind=RAJA')).statusCode).toBe(400);
  });

  it('exports the filtered list as XLSX with NIPs as text', async () => {
    const res = await admin.get('/api/employees/export.xlsx?positionKind=JPT');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).text).toBe('NIP');
    const jpt = (await admin.get('/api/employees?positionKind=JPT')).json();
    expect((sheet?.rowCount ?? 0) - 1).toBe(jpt.total);
    expect(sheet?.getRow(2).getCell(1).text).toMatch(/^\d{18}$/);
  });
});

describe('who sees whom', () => {
  it('an employee sees their own profile and gets 404 for someone else', async () => {
    const staff = await findEmployeeByPosition(t.handle, demo.agencyId, 'Pengadministrasi');
    const other = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
    const employee = await Client.signIn(t.app, staff.nip);
    const own = await employee.get(`/api/employees/${staff.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().rater).not.toBeNull();
    expect(own.json().abilities).toEqual([]);
    const foreign = await employee.get(`/api/employees/${other.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    const list = (await employee.get('/api/employees?pageSize=200')).json();
    expect(list.items.map((e: { id: string }) => e.id)).toEqual([staff.id]);
    expect((await employee.get('/api/employees/export.xlsx')).statusCode).toBe(403);
  });

  it("a rater sees their subordinates and their subordinates' subordinates", async () => {
    const kabid = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Bidang Kesehatan Masyarakat');
    const rater = await Client.signIn(t.app, kabid.nip);
    const visible = (await rater.get('/api/employees?pageSize=200')).json();
    expect(visible.total).toBeGreaterThan(2);
    const kasiRow = visible.items.find((e: { positionName: string }) =>
      e.positionName.startsWith('Kepala Seksi'),
    );
    expect(kasiRow).toBeTruthy();
    const kasi = (await rater.get(`/api/employees/${kasiRow.id}`)).json();
    expect(kasi.rater.id).toBe(kabid.id);
    const staffRow = visible.items.find(
      (e: { positionName: string; unitName: string }) =>
        !e.positionName.startsWith('Kepala') && e.unitName.startsWith('Seksi'),
    );
    const staff = (await rater.get(`/api/employees/${staffRow.id}`)).json();
    expect(staff.raterSuperior.id).toBe(kabid.id);
  });

  it('a unit admin sees their subtree only', async () => {
    const unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
    const list = (await unitAdmin.get('/api/employees?pageSize=200')).json();
    expect(list.total).toBeGreaterThan(10);
    const outside = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
    expect((await unitAdmin.get(`/api/employees/${outside.id}`)).statusCode).toBe(404);
  });

  it('the leader reads everyone but cannot change records', async () => {
    const leader = await Client.signIn(t.app, demo.leader);
    const someone = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Pendidikan');
    expect((await leader.get(`/api/employees/${someone.id}`)).statusCode).toBe(200);
    expect((await leader.patch(`/api/employees/${someone.id}`, { golongan: 'IV/d' })).statusCode).toBe(403);
  });
});

describe('employee records', () => {
  it('creates an employee with a validated NIP and refuses bad ones with a code', async () => {
    const positions = (await admin.get('/api/positions')).json() as { id: string; kind: string }[];
    const pelaksana = positions.find((p) => p.kind === 'PELAKSANA');
    const base = {
      name: 'Sinta Maharani',
      frontTitle: null,
      backTitle: 'S.Kom.',
      employmentType: 'PNS',
      golongan: 'III/a',
      positionId: pelaksana?.id,
    };
    const ok = await admin.post('/api/employees', { ...base, nip: '199505122020122005' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      sex: 'P',
      birthDate: '1995-05-12',
      fullName: 'Sinta Maharani, S.Kom.',
    });
    const cases: [string, string][] = [
      ['12345', 'NIP_FORMAT'],
      ['199502302020122005', 'NIP_BIRTH_DATE_INVALID'],
      ['199505122020132005', 'NIP_APPOINTMENT_INVALID'],
      ['199505122020123005', 'NIP_SEX_INVALID'],
    ];
    for (const [nip, code] of cases) {
      const res = await admin.post('/api/employees', { ...base, nip });
      expect(res.statusCode, nip).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    const dup = await admin.post('/api/employees', { ...base, nip: '199505122020122005' });
    expect(dup.json().error.code).toBe('NIP_TAKEN');
    const golongan = await admin.post('/api/employees', {
      ...base,
      nip: '199505122020122006',
      golongan: 'IX',
    });
    expect(golongan.json().error.code).toBe('GOLONGAN_INVALID');
  });

  it('updates a record and keeps the unit in line with the position', async () => {
    const staff = await findEmployeeByPosition(t.handle, demo.agencyId, 'Operator Layanan');
    const positions = (await admin.get('/api/positions')).json() as {
      id: string;
      unitId: string;
      kind: string;
    }[];
    const elsewhere = positions.find((p) => p.kind === 'PELAKSANA' && p.unitId !== staff.unit_id);
    const res = await admin.patch(`/api/employees/${staff.id}`, {
      employmentType: 'PNS',
      golongan: 'III/b',
      positionId: elsewhere?.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      golongan: 'III/b',
      positionId: elsewhere?.id,
      unitId: elsewhere?.unitId,
    });
  });
});

describe('reporting lines', () => {
  it('changes the rater from a date on; history and the derived rater follow the date', async () => {
    const staff = await findEmployeeByPosition(t.handle, demo.agencyId, 'Penata Layanan');
    const newRater = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Bagian Hukum');
    const before = (await admin.get(`/api/employees/${staff.id}`)).json();
    const oldRaterId = before.rater.id;
    // Effective from next month: today the old rater still rates.
    const future = await admin.post(`/api/employees/${staff.id}/reporting-lines`, {
      raterEmployeeId: newRater.id,
      validFrom: '2026-04-01',
      acting: 'PLT',
    });
    expect(future.statusCode).toBe(200);
    expect(future.json().rater.id).toBe(oldRaterId);
    expect(future.json().reportingLines).toHaveLength(2);
    expect(future.json().reportingLines[1].validTo).toBe('2026-03-31');
    t.clock.set(new Date('2026-04-02T03:00:00Z'));
    admin = await Client.signIn(t.app, demo.admin);
    const later = (await admin.get(`/api/employees/${staff.id}`)).json();
    expect(later.rater.id).toBe(newRater.id);
    expect(later.reportingLines[0].acting).toBe('PLT');
    const kabag = (await admin.get(`/api/employees/${newRater.id}`)).json();
    expect(later.raterSuperior.id).toBe(kabag.rater.id);
    // The new rater now sees their new subordinate.
    const raterClient = await Client.signIn(t.app, newRater.nip);
    expect((await raterClient.get(`/api/employees/${staff.id}`)).statusCode).toBe(200);
    // A date before the latest line's start is refused.
    const back = await admin.post(`/api/employees/${staff.id}/reporting-lines`, {
      raterEmployeeId: oldRaterId,
      validFrom: '2026-02-01',
    });
    expect(back.json().error.code).toBe('REPORTING_DATE_INVALID');
    t.clock.set(new Date('2026-03-16T03:00:00Z'));
    admin = await Client.signIn(t.app, demo.admin);
  });

  it('refuses self-rating and cycles; null means the head of region', async () => {
    const kadis = await findEmployeeByPosition(t.handle, demo.agencyId, 'Kepala Dinas Sosial');
    const sekretaris = await findEmployeeByPosition(t.handle, demo.agencyId, 'Sekretaris Dinas Sosial');
    const self = await admin.post(`/api/employees/${kadis.id}/reporting-lines`, {
      raterEmployeeId: kadis.id,
      validFrom: '2026-03-16',
    });
    expect(self.json().error.code).toBe('REPORTING_SELF');
    const cycle = await admin.post(`/api/employees/${kadis.id}/reporting-lines`, {
      raterEmployeeId: sekretaris.id,
      validFrom: '2026-03-16',
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('REPORTING_CYCLE');
    const detail = (await admin.get(`/api/employees/${kadis.id}`)).json();
    expect(detail.rater).toEqual({
      kind: 'HEAD_OF_REGION',
      fullName: 'Wali Kota H. Rudi Hartanto, S.E., M.M.',
    });
    const bad = await admin.post(`/api/employees/${kadis.id}/reporting-lines`, {
      raterEmployeeId: null,
      validFrom: '16-03-2026',
    });
    expect(bad.statusCode).toBe(400);
  });
});

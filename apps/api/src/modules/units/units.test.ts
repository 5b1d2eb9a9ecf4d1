import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../../../test/harness.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
type UnitItem = {
  id: string;
  code: string;
  parentId: string | null;
  name: string;
  active: boolean;
  employeeCount: number;
};
let units: UnitItem[];
const byCode = (code: string) => units.find((u) => u.code === code) as UnitItem;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
  admin = await Client.signIn(t.app, demo.admin);
  units = (await admin.get('/api/units')).json().items;
});

describe('unit tree', () => {
  it('lists the whole tree with employee counts for any signed-in user', async () => {
    expect(units.length).toBeGreaterThan(250);
    expect(byCode('SETDA').parentId).toBeNull();
    expect(byCode('SETDA.BAG1').parentId).toBe(byCode('SETDA').id);
    expect(byCode('DINKES').employeeCount).toBeGreaterThan(0);
  });

  it('creates, renames and moves a unit, refusing cycles', async () => {
    const created = await admin.post('/api/units', {
      parentId: byCode('DISKOMINFO').id,
      code: 'DISKOMINFO.UPT1',
      name: 'UPT Pusat Data',
      kind: 'UPT',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const renamed = await admin.patch(`/api/units/${id}`, { name: 'UPT Pusat Data dan Jaringan' });
    expect(renamed.json().name).toBe('UPT Pusat Data dan Jaringan');
    const child = await admin.post('/api/units', {
      parentId: id,
      code: 'DISKOMINFO.UPT1.A',
      name: 'Sub Unit Jaringan',
      kind: 'LAINNYA',
    });
    expect(child.statusCode).toBe(201);
    // Moving a unit under its own descendant is a cycle.
    const cycle = await admin.patch(`/api/units/${id}`, { parentId: child.json().id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('UNIT_CYCLE');
    const self = await admin.patch(`/api/units/${id}`, { parentId: id });
    expect(self.json().error.code).toBe('UNIT_CYCLE');
    // A real move carries the subtree along.
    const moved = await admin.patch(`/api/units/${id}`, { parentId: byCode('DISHUB').id });
    expect(moved.statusCode).toBe(200);
    const after = (await admin.get('/api/units')).json().items as UnitItem[];
    expect(after.find((u) => u.id === id)?.parentId).toBe(byCode('DISHUB').id);
    const employees = await admin.get(`/api/employees?unitId=${byCode('DISHUB').id}&pageSize=1`);
    expect(employees.statusCode).toBe(200);
  });

  it('refuses a duplicate code and bad input with codes', async () => {
    const dup = await admin.post('/api/units', {
      parentId: null,
      code: 'setda',
      name: 'Duplikat',
      kind: 'DINAS',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('UNIT_CODE_TAKEN');
    const bad = await admin.post('/api/units', {
      parentId: 'bukan-uuid',
      code: '',
      name: 'x',
      kind: 'PLANET',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const missing = await admin.patch('/api/units/01a20000-0000-7000-8000-000000000000', {
      name: 'Tidak ada',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses to deactivate a unit with active sub-units or employees', async () => {
    const withChildren = await admin.patch(`/api/units/${byCode('DINKES').id}`, { active: false });
    expect(withChildren.json().error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    const withStaff = await admin.patch(`/api/units/${byCode('DINKES.PKM1').id}`, { active: false });
    expect(withStaff.json().error.code).toBe('UNIT_HAS_EMPLOYEES');
    const empty = await admin.post('/api/units', {
      parentId: byCode('DINKES').id,
      code: 'DINKES.PKM99',
      name: 'UPT Puskesmas Baru',
      kind: 'PUSKESMAS',
    });
    const off = await admin.patch(`/api/units/${empty.json().id}`, { active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    const under = await admin.post('/api/units', {
      parentId: empty.json().id,
      code: 'X.Y',
      name: 'Di bawah unit nonaktif',
      kind: 'LAINNYA',
    });
    expect(under.json().error.code).toBe('UNIT_INACTIVE');
  });

  it('lets a unit admin manage only their subtree; other units are 404', async () => {
    const unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
    const inside = await unitAdmin.post('/api/units', {
      parentId: byCode('DINKES').id,
      code: 'DINKES.LAB',
      name: 'UPT Laboratorium Kesehatan',
      kind: 'UPT',
    });
    expect(inside.statusCode).toBe(201);
    const outside = await unitAdmin.patch(`/api/units/${byCode('DISDIK').id}`, { name: 'Diubah' });
    expect(outside.statusCode).toBe(404);
    const root = await unitAdmin.post('/api/units', {
      parentId: null,
      code: 'ROOT2',
      name: 'Unit Teratas',
      kind: 'DINAS',
    });
    expect(root.statusCode).toBe(403);
    const moveOut = await unitAdmin.patch(`/api/units/${inside.json().id}`, {
      parentId: byCode('DISDIK').id,
    });
    expect(moveOut.statusCode).toBe(404);
  });

  it('forbids employees from changing units', async () => {
    const staff = await findEmployeeByPosition(t.handle, demo.agencyId, 'Pengadministrasi');
    const employee = await Client.signIn(t.app, staff.nip);
    const res = await employee.patch(`/api/units/${byCode('SETDA').id}`, { name: 'Diubah' });
    expect(res.statusCode).toBe(403);
  });
});

describe('positions', () => {
  it('creates positions with a valid level and lists them per unit', async () => {
    const unitId = byCode('DISKOMINFO.B1').id;
    const ok = await admin.post('/api/positions', {
      unitId,
      name: 'Pranata Komputer Ahli Muda',
      kind: 'JF',
      level: 'AHLI_MUDA',
    });
    expect(ok.statusCode).toBe(201);
    const bad = await admin.post('/api/positions', {
      unitId,
      name: 'Jabatan Aneh',
      kind: 'JPT',
      level: 'TERAMPIL',
    });
    expect(bad.json().error.code).toBe('POSITION_LEVEL_INVALID');
    const list = (await admin.get(`/api/positions?unitId=${unitId}`)).json() as {
      name: string;
      isUnitHead: boolean;
    }[];
    expect(list.map((p) => p.name)).toContain('Pranata Komputer Ahli Muda');
    expect(list[0]?.isUnitHead).toBe(true);
    const renamed = await admin.patch(`/api/positions/${ok.json().id}`, {
      name: 'Pranata Komputer Ahli Muda (Data)',
    });
    expect(renamed.json().name).toBe('Pranata Komputer Ahli Muda (Data)');
  });
});

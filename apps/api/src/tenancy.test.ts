import { beforeAll, describe, expect, it } from 'vitest';
import { Client, findEmployeeByPosition, setupTestApp, type TestContext } from '../test/harness.ts';
import { queryRows, sql } from './db/client.ts';
import type { DemoAccounts } from './demo/seed.ts';

let t: TestContext;
let a: DemoAccounts;
let b: DemoAccounts;

beforeAll(async () => {
  t = await setupTestApp();
  a = await t.seedAgency({ name: 'Kota A' });
  b = await t.seedAgency({ name: 'Kota B' });
});

/** drizzle wraps the driver's error; the cause carries PostgreSQL's message. */
const isForeignKeyViolation = (error: unknown) =>
  /foreign key/i.test(String((error as { cause?: unknown }).cause ?? error));

describe('tenancy', () => {
  it("a second agency's admin can never read or reference the first's rows", async () => {
    const adminB = await Client.signIn(t.app, b.admin);
    const employeeA = await findEmployeeByPosition(t.handle, a.agencyId, 'Kepala Dinas Kesehatan');
    expect((await adminB.get(`/api/employees/${employeeA.id}`)).statusCode).toBe(404);
    const search = (await adminB.get(`/api/employees?q=${employeeA.nip}`)).json();
    expect(search.total).toBe(0);
    // Referencing A's unit, position or employee from B is "not found".
    const unitA = (
      await queryRows<{ id: string }>(
        t.handle.db,
        sql`select id from units where agency_id = ${a.agencyId} limit 1`,
      )
    )[0];
    const positionA = (
      await queryRows<{ id: string }>(
        t.handle.db,
        sql`select id from positions where agency_id = ${a.agencyId} limit 1`,
      )
    )[0];
    expect(
      (await adminB.post('/api/units', { parentId: unitA?.id, code: 'X', name: 'Unit X', kind: 'LAINNYA' }))
        .statusCode,
    ).toBe(404);
    expect((await adminB.patch(`/api/units/${unitA?.id}`, { name: 'Diretas' })).statusCode).toBe(404);
    expect((await adminB.get(`/api/employees?unitId=${unitA?.id}`)).statusCode).toBe(404);
    expect(
      (
        await adminB.post('/api/employees', {
          nip: '199001012015011001',
          name: 'Penyusup',
          employmentType: 'PNS',
          golongan: 'III/a',
          positionId: positionA?.id,
        })
      ).statusCode,
    ).toBe(404);
    const employeeB = await findEmployeeByPosition(t.handle, b.agencyId, 'Pengadministrasi');
    const cross = await adminB.post(`/api/employees/${employeeB.id}/reporting-lines`, {
      raterEmployeeId: employeeA.id,
      validFrom: '2026-03-16',
    });
    expect(cross.statusCode).toBe(404);
    expect((await adminB.post(`/api/employees/${employeeA.id}/reset-password`)).statusCode).toBe(404);
    const audit = (await adminB.get('/api/audit?pageSize=200')).json();
    expect(audit.items.every((r: { entityId: string | null }) => r.entityId !== a.agencyId)).toBe(true);
  });

  it('the database itself refuses a cross-agency reference', async () => {
    const unitA = (
      await queryRows<{ id: string }>(
        t.handle.db,
        sql`select id from units where agency_id = ${a.agencyId} limit 1`,
      )
    )[0];
    await expect(
      t.handle.db.execute(sql`insert into positions (agency_id, id, unit_id, name, kind, level)
        values (${b.agencyId}, '01a20000-0000-7000-8000-0000000000aa', ${unitA?.id}, 'Jabatan Silang', 'PELAKSANA', 'PELAKSANA')`),
    ).rejects.toSatisfy(isForeignKeyViolation);
    const employeeA = await findEmployeeByPosition(t.handle, a.agencyId, 'Kepala Dinas Kesehatan');
    const employeeB = await findEmployeeByPosition(t.handle, b.agencyId, 'Kepala Dinas Kesehatan');
    await expect(
      t.handle.db.execute(sql`insert into reporting_lines (agency_id, id, employee_id, rater_employee_id, valid_from)
        values (${b.agencyId}, '01a20000-0000-7000-8000-0000000000ab', ${employeeB.id}, ${employeeA.id}, '2026-01-01')`),
    ).rejects.toSatisfy(isForeignKeyViolation);
  });

  it('an employee of one agency cannot see the other agency at all', async () => {
    const staffB = await findEmployeeByPosition(t.handle, b.agencyId, 'Pengadministrasi');
    const client = await Client.signIn(t.app, staffB.nip);
    expect(client.me?.agency.id).toBe(b.agencyId);
    const summary = (await client.get('/api/agency/summary')).json();
    expect(summary.agencyName).toBe('Kota B');
  });
});

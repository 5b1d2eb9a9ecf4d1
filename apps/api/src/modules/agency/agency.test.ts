import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
});

describe('home summary', () => {
  it("gives the agency's counts to agency-wide roles", async () => {
    const leader = await Client.signIn(t.app, demo.leader);
    const summary = (await leader.get('/api/agency/summary')).json();
    const [db] = await queryRows<{ employees: number; units: number }>(
      t.handle.db,
      sql`select (select count(*) from employees where agency_id = ${demo.agencyId})::int as employees,
                 (select count(*) from units where agency_id = ${demo.agencyId})::int as units`,
    );
    expect(summary.employees).toBe(db?.employees);
    expect(summary.units).toBe(db?.units);
    expect(summary.withoutRater).toBe(0);
    const byType = Object.values(summary.byEmploymentType as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(byType).toBe(summary.employees);
    expect(summary.byPositionKind.JPT).toBeGreaterThan(20);
  });

  it("gives a unit admin their subtree's counts", async () => {
    const unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
    const summary = (await unitAdmin.get('/api/agency/summary')).json();
    const list = (await unitAdmin.get('/api/employees?pageSize=1')).json();
    expect(summary.employees).toBe(list.total);
    expect(summary.units).toBeLessThan(50);
  });

  it('counts an employee whose reporting line has ended as without a rater', async () => {
    const [line] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select id from reporting_lines where agency_id = ${demo.agencyId} limit 1`,
    );
    await t.handle.db.execute(sql`update reporting_lines set valid_to = '2026-02-28' where id = ${line?.id}`);
    const admin = await Client.signIn(t.app, demo.admin);
    expect((await admin.get('/api/agency/summary')).json().withoutRater).toBe(1);
  });
});

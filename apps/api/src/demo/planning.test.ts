import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, type TestContext } from '../../test/harness.ts';
import { queryRows, sql } from '../db/client.ts';
import { seedDemoPlanning } from './planning.ts';
import type { DemoAccounts } from './seed.ts';

let t: TestContext;
let demo: DemoAccounts;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 300 });
});

describe('demo planning', () => {
  it('opens the current year and approves every JPT SKP, so their staff can cascade at once', async () => {
    const result = await seedDemoPlanning(t.handle.db, demo.agencyId, t.clock);
    expect(result.year).toBe(2026);
    expect(result.approvedSkps).toBeGreaterThan(5);
    const admin = await Client.signIn(t.app, demo.admin);
    const year = (await admin.get('/api/planning/years/2026')).json();
    expect(year.periods).toHaveLength(13);
    const [staff] = await queryRows<{ nip: string }>(
      t.handle.db,
      sql`select e.nip from reporting_lines rl
          join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
          join employees r on r.agency_id = rl.agency_id and r.id = rl.rater_employee_id
          join positions rp on rp.agency_id = r.agency_id and rp.id = r.position_id and rp.kind = 'JPT'
          where rl.agency_id = ${demo.agencyId} and rl.valid_to is null order by e.nip limit 1`,
    );
    const employee = await Client.signIn(t.app, staff?.nip ?? '');
    const created = (await employee.post('/api/skps', { year: 2026 })).json();
    const cascade = (await employee.get(`/api/skps/${created.id}/cascade`)).json();
    expect(cascade.status).toBe('AVAILABLE');
    expect(cascade.rhks).toHaveLength(3);
  });
});

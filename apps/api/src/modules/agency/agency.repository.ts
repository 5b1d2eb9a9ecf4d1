import { eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { agencies } from '../../db/schema/index.ts';
import { lineInForce } from '../employees/employees.policy.ts';

export type AgencyRow = typeof agencies.$inferSelect;

export async function getAgency(db: Database, agencyId: string): Promise<AgencyRow | null> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId)).limit(1);
  return row ?? null;
}

export async function insertAgency(db: Database, row: typeof agencies.$inferInsert): Promise<void> {
  await db.insert(agencies).values(row);
}

export async function countAgencies(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(agencies);
  return row?.n ?? 0;
}

/** Counts for the home page, limited to a set of unit paths (null = the whole agency). */
export async function summary(
  db: Database,
  agencyId: string,
  unitPathPrefixes: string[] | null,
  today: string,
) {
  const scope =
    unitPathPrefixes === null
      ? sql`true`
      : sql`u.path like any(${sql.param(unitPathPrefixes.map((p) => `${p}%`))}::text[])`;
  const [units] = await queryRows<{ total: number; active: number }>(
    db,
    sql`select count(*)::int as total, (count(*) filter (where u.active))::int as active
        from units u where u.agency_id = ${agencyId} and ${scope}`,
  );
  const groups = await queryRows<{ employment_type: string; kind: string; n: number; without_rater: number }>(
    db,
    sql`select e.employment_type, p.kind, count(*)::int as n,
          (count(*) filter (where not exists (
             select 1 from reporting_lines rl where rl.agency_id = e.agency_id and rl.employee_id = e.id
               and ${lineInForce('rl', today)})))::int
            as without_rater
        from employees e
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE' and ${scope}
        group by e.employment_type, p.kind`,
  );
  const byEmploymentType: Record<string, number> = {};
  const byPositionKind: Record<string, number> = {};
  let employees = 0;
  let withoutRater = 0;
  for (const g of groups) {
    byEmploymentType[g.employment_type] = (byEmploymentType[g.employment_type] ?? 0) + g.n;
    byPositionKind[g.kind] = (byPositionKind[g.kind] ?? 0) + g.n;
    employees += g.n;
    withoutRater += g.without_rater;
  }
  return {
    units: units?.total ?? 0,
    activeUnits: units?.active ?? 0,
    employees,
    byEmploymentType,
    byPositionKind,
    withoutRater,
  };
}

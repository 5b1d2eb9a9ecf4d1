import { and, asc, eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { employees, units } from '../../db/schema/index.ts';

export type UnitRow = typeof units.$inferSelect;

export async function listUnitsWithCounts(db: Database, agencyId: string) {
  return queryRows<{
    id: string;
    parent_id: string | null;
    code: string;
    name: string;
    kind: string;
    active: boolean;
    path: string;
    employee_count: number;
  }>(
    db,
    sql`select u.id, u.parent_id, u.code, u.name, u.kind, u.active, u.path,
          coalesce(c.n, 0)::int as employee_count
        from units u
        left join (select unit_id, count(*) as n from employees
                   where agency_id = ${agencyId} and status = 'ACTIVE' group by unit_id) c on c.unit_id = u.id
        where u.agency_id = ${agencyId}
        order by u.path`,
  );
}

export async function findUnit(db: Database, agencyId: string, id: string): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findUnitByCode(db: Database, agencyId: string, code: string): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.agencyId, agencyId), sql`lower(${units.code}) = lower(${code})`))
    .limit(1);
  return row ?? null;
}

export async function listAllUnits(db: Database, agencyId: string): Promise<UnitRow[]> {
  return db.select().from(units).where(eq(units.agencyId, agencyId)).orderBy(asc(units.path));
}

export async function insertUnit(db: Database, row: typeof units.$inferInsert): Promise<void> {
  await db.insert(units).values(row);
}

export async function updateUnit(
  db: Database,
  agencyId: string,
  id: string,
  patch: Partial<Pick<UnitRow, 'code' | 'name' | 'kind' | 'active' | 'parentId' | 'updatedAt'>>,
): Promise<void> {
  await db
    .update(units)
    .set(patch)
    .where(and(eq(units.agencyId, agencyId), eq(units.id, id)));
}

/** Rewrites the materialised path of a subtree after a move. */
export async function rewriteSubtreePaths(
  db: Database,
  agencyId: string,
  oldPrefix: string,
  newPrefix: string,
) {
  await db.execute(
    sql`update units set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1})
        where agency_id = ${agencyId} and path like ${`${oldPrefix}%`}`,
  );
}

export async function countActiveChildren(db: Database, agencyId: string, id: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), eq(units.parentId, id), eq(units.active, true)));
  return row?.n ?? 0;
}

export async function countActiveEmployees(db: Database, agencyId: string, unitId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(employees)
    .where(
      and(eq(employees.agencyId, agencyId), eq(employees.unitId, unitId), eq(employees.status, 'ACTIVE')),
    );
  return row?.n ?? 0;
}

import { and, eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { positions } from '../../db/schema/index.ts';

export type PositionRow = typeof positions.$inferSelect;

export async function listPositions(db: Database, agencyId: string, unitId: string | undefined) {
  return queryRows<{
    id: string;
    unit_id: string;
    name: string;
    kind: string;
    level: string;
    is_unit_head: boolean;
    employee_count: number;
  }>(
    db,
    sql`select p.id, p.unit_id, p.name, p.kind, p.level, p.is_unit_head,
          (select count(*) from employees e where e.agency_id = p.agency_id and e.position_id = p.id
             and e.status = 'ACTIVE')::int as employee_count
        from positions p
        where p.agency_id = ${agencyId} ${unitId ? sql`and p.unit_id = ${unitId}` : sql``}
        order by p.is_unit_head desc, p.name
        limit 2000`,
  );
}

export async function findPosition(db: Database, agencyId: string, id: string): Promise<PositionRow | null> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.agencyId, agencyId), eq(positions.id, id)))
    .limit(1);
  return row ?? null;
}

export async function findPositionByName(db: Database, agencyId: string, unitId: string, name: string) {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.agencyId, agencyId), eq(positions.unitId, unitId), eq(positions.name, name)))
    .limit(1);
  return row ?? null;
}

export async function insertPosition(db: Database, row: typeof positions.$inferInsert): Promise<void> {
  await db.insert(positions).values(row);
}

export async function updatePosition(
  db: Database,
  agencyId: string,
  id: string,
  patch: Partial<Pick<PositionRow, 'name' | 'level' | 'isUnitHead' | 'updatedAt'>>,
) {
  await db
    .update(positions)
    .set(patch)
    .where(and(eq(positions.agencyId, agencyId), eq(positions.id, id)));
}

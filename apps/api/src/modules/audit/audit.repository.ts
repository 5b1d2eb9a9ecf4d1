import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export async function lockAgencyChain(db: Database, agencyId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${agencyId}, 0))`);
}

export async function findChainHead(db: Database, agencyId: string) {
  const [row] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(eq(auditLog.agencyId, agencyId))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

export async function insertAuditRows(db: Database, rows: AuditRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(auditLog).values(rows);
}

export async function listChain(db: Database, agencyId: string, afterSeq: number, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, agencyId), gte(auditLog.seq, afterSeq + 1)))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export interface AuditFilter {
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorUserId?: string | undefined;
  fromInstant?: Date | undefined;
  toInstant?: Date | undefined;
}

function filterWhere(agencyId: string, f: AuditFilter) {
  return and(
    eq(auditLog.agencyId, agencyId),
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actorUserId ? eq(auditLog.actorUserId, f.actorUserId) : undefined,
    f.fromInstant ? gte(auditLog.at, f.fromInstant) : undefined,
    f.toInstant ? lt(auditLog.at, f.toInstant) : undefined,
  );
}

export async function pageAudit(
  db: Database,
  agencyId: string,
  f: AuditFilter,
  offset: number,
  limit: number,
) {
  const where = filterWhere(agencyId, f);
  const [items, [count]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit).offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: count?.total ?? 0 };
}

export async function listAgencyIds(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ agencyId: auditLog.agencyId }).from(auditLog);
  return rows.map((r) => r.agencyId);
}

import { and, asc, desc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { type Database, queryRows, sql, sqlArray } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;
export interface ChainLink {
  id: string;
  seq: number;
  prevHash: string;
  hash: string;
}

export async function lockAgencyChain(db: Database, agencyId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${agencyId}, 0))`);
}

export async function findChainHead(db: Database, agencyId: string) {
  const [row] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, agencyId), isNotNull(auditLog.seq)))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

export async function insertAuditRows(db: Database, rows: NewAuditRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(auditLog).values(rows);
}

/** The agency's unsealed records, oldest first (the partial index audit_log_unsealed_idx). */
export async function listUnsealed(db: Database, agencyId: string, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.agencyId, agencyId), isNull(auditLog.seq)))
    .orderBy(asc(auditLog.ord))
    .limit(limit);
}

/** Seals records in one statement (the trigger lets exactly this change through, once). */
export async function sealRows(db: Database, agencyId: string, links: ChainLink[]): Promise<void> {
  if (links.length === 0) return;
  await db.execute(sql`update audit_log a set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
    from unnest(${sqlArray(
      links.map((l) => l.id),
      'uuid',
    )}, ${sql.param(links.map((l) => l.seq))}::bigint[], ${sqlArray(
      links.map((l) => l.prevHash),
      'text',
    )}, ${sqlArray(
      links.map((l) => l.hash),
      'text',
    )}) as v(id, seq, prev_hash, hash)
    where a.agency_id = ${agencyId} and a.id = v.id and a.seq is null`);
}

export async function agenciesWithUnsealed(db: Database): Promise<string[]> {
  const rows = await queryRows<{ agency_id: string }>(
    db,
    sql`select distinct agency_id from audit_log where seq is null`,
  );
  return rows.map((r) => r.agency_id);
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
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.ord))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: count?.total ?? 0 };
}

export async function listAgencyIds(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ agencyId: auditLog.agencyId }).from(auditLog);
  return rows.map((r) => r.agencyId);
}

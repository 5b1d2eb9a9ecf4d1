import type { SQL } from 'drizzle-orm';
import { type Database, sql } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../lib/actor.ts';
import { toJsonValue } from '../../lib/canonical-json.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { chainFieldsOf, chainHash, GENESIS_HASH } from './audit.chain.ts';
import * as repository from './audit.repository.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditAuthor {
  agencyId: string;
  actor: Pick<Actor, 'userId' | 'displayName'> | null;
  requestId: string | null;
  clock: Clock;
}

export const authorOf = (ctx: RequestContext): AuditAuthor => ({
  agencyId: ctx.actor.agencyId,
  actor: ctx.actor,
  requestId: ctx.requestId,
  clock: ctx.clock,
});

/**
 * Writes audit records, unsealed, in the transaction of the change they record (one INSERT, no lock: the
 * writers of an agency no longer queue behind one another). `sealChain` links them into the agency's hash
 * chain soon after (the API's sealer runs every second; reading or verifying the log seals first).
 */
export async function recordAudit(tx: Database, author: AuditAuthor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = author.clock.now();
  await repository.insertAuditRows(
    tx,
    entries.map((entry) => ({
      agencyId: author.agencyId,
      id: newId(),
      at,
      actorUserId: author.actor?.userId ?? null,
      actorName: author.actor?.displayName ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      requestId: author.requestId,
    })),
  );
}

/**
 * The audit record of a one-statement change, as the body of a CTE of that same statement: `insert into
 * audit_log … select … from <source>`, where `source` (another CTE) yields the one changed row or none. The
 * change and its record then commit together without a transaction block (one round trip, not four).
 */
export function auditInsertFrom(
  author: AuditAuthor,
  entry: { action: string; entityType: string },
  source: SQL,
  columns: { entityId: SQL; before: SQL; after: SQL },
): SQL {
  return sql`insert into audit_log (agency_id, id, at, actor_user_id, actor_name, action, entity_type,
      entity_id, before, after, request_id)
    select ${author.agencyId}::uuid, ${newId()}::uuid, ${author.clock.now().toISOString()}::timestamptz,
      ${author.actor?.userId ?? null}::uuid, ${author.actor?.displayName ?? null}::text, ${entry.action}::text,
      ${entry.entityType}::text, ${columns.entityId}, ${columns.before}, ${columns.after},
      ${author.requestId}::text
    from ${source}`;
}

/**
 * Links an agency's unsealed records into its chain, in insertion order: each gets the next seq, the
 * previous record's hash and its own hash. The advisory lock serialises sealers (of every API node) per
 * agency so the chain never forks; a record committed while a sealer runs is sealed by the next run.
 * Returns how many records were sealed.
 */
export async function sealChain(db: Database, agencyId: string, batch = 2000): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      await repository.lockAgencyChain(tx, agencyId);
      const rows = await repository.listUnsealed(tx, agencyId, batch);
      if (rows.length === 0) return 0;
      const head = await repository.findChainHead(tx, agencyId);
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const links: repository.ChainLink[] = [];
      for (const row of rows) {
        seq += 1;
        const hash = chainHash(chainFieldsOf(row, seq, prevHash));
        links.push({ id: row.id, seq, prevHash, hash });
        prevHash = hash;
      }
      await repository.sealRows(tx, agencyId, links);
      return rows.length;
    });
    sealed += count;
    if (count < batch) return sealed;
  }
}

/** Seals every agency's pending records (the API's background sealer). */
export async function sealAllChains(db: Database): Promise<number> {
  let sealed = 0;
  for (const agencyId of await repository.agenciesWithUnsealed(db)) sealed += await sealChain(db, agencyId);
  return sealed;
}

export interface ChainReport {
  agencyId: string;
  checked: number;
  ok: boolean;
  firstBroken: { seq: number; id: string; reason: 'HASH_MISMATCH' | 'PREVIOUS_LINK' | 'SEQUENCE_GAP' } | null;
}

/**
 * Seals what is pending, then walks the agency's chain in order and reports the first record whose link
 * does not hold (an unsealed record left behind a broken chain counts as not checked).
 */
export async function verifyChain(db: Database, agencyId: string): Promise<ChainReport> {
  await sealChain(db, agencyId);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const batch = 2000;
  for (;;) {
    const rows = await repository.listChain(db, agencyId, expectedSeq - 1, batch);
    for (const row of rows) {
      const broken = (reason: 'HASH_MISMATCH' | 'PREVIOUS_LINK' | 'SEQUENCE_GAP'): ChainReport => ({
        agencyId,
        checked,
        ok: false,
        firstBroken: { seq: row.seq ?? 0, id: row.id, reason },
      });
      if (row.seq !== expectedSeq) return broken('SEQUENCE_GAP');
      if (row.prevHash !== prevHash) return broken('PREVIOUS_LINK');
      const hash = chainHash(chainFieldsOf(row, expectedSeq, prevHash));
      if (hash !== row.hash) return broken('HASH_MISMATCH');
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batch) break;
  }
  return { agencyId, checked, ok: true, firstBroken: null };
}

import type { Database } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../lib/actor.ts';
import { toJsonValue } from '../../lib/canonical-json.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { chainHash, GENESIS_HASH } from './audit.chain.ts';
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
 * Appends audit records to the agency's hash chain. Must run inside the transaction of the change it
 * records; the advisory lock serialises writers of one agency so the chain never forks.
 */
export async function recordAudit(tx: Database, author: AuditAuthor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await repository.lockAgencyChain(tx, author.agencyId);
  const head = await repository.findChainHead(tx, author.agencyId);
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = author.clock.now();
  const rows: repository.AuditRow[] = [];
  for (const entry of entries) {
    seq += 1;
    const fields = {
      agencyId: author.agencyId,
      id: newId(),
      seq,
      at,
      actorUserId: author.actor?.userId ?? null,
      actorName: author.actor?.displayName ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      requestId: author.requestId,
      prevHash,
    };
    const hash = chainHash(fields);
    rows.push({ ...fields, hash });
    prevHash = hash;
  }
  await repository.insertAuditRows(tx, rows);
}

export interface ChainReport {
  agencyId: string;
  checked: number;
  ok: boolean;
  firstBroken: { seq: number; id: string; reason: 'HASH_MISMATCH' | 'PREVIOUS_LINK' | 'SEQUENCE_GAP' } | null;
}

/** Walks an agency's chain in order and reports the first record whose link does not hold. */
export async function verifyChain(db: Database, agencyId: string): Promise<ChainReport> {
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
        firstBroken: { seq: row.seq, id: row.id, reason },
      });
      if (row.seq !== expectedSeq) return broken('SEQUENCE_GAP');
      if (row.prevHash !== prevHash) return broken('PREVIOUS_LINK');
      const { hash, ...fields } = row;
      if (chainHash(fields) !== hash) return broken('HASH_MISMATCH');
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batch) break;
  }
  return { agencyId, checked, ok: true, firstBroken: null };
}

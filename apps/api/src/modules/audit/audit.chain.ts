import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  agencyId: string;
  id: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

/** SHA-256 over the previous hash and the canonical JSON of the record: the link of the chain. */
export function chainHash(fields: ChainFields): string {
  const { prevHash, ...record } = fields;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson({ ...record, at: record.at.toISOString() }))
    .digest('hex');
}

/** The hashed fields of a stored record, linked at `seq` after `prevHash` (extra columns such as ord are left out). */
export function chainFieldsOf(
  row: Omit<ChainFields, 'seq' | 'prevHash'>,
  seq: number,
  prevHash: string,
): ChainFields {
  return {
    agencyId: row.agencyId,
    id: row.id,
    seq,
    at: row.at,
    actorUserId: row.actorUserId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
    prevHash,
  };
}

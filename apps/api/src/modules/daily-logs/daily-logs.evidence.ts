import { createHash } from 'node:crypto';
import { type DailyLogEvidence, LIMITS } from '@sigap/contracts';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { type FileStorage, sniffFileType } from '../../lib/storage.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import { visibleLogsScope } from './daily-logs.policy.ts';
import * as repository from './daily-logs.repository.ts';
import { enabledFacts, lockDraft, ownFacts, refuseFuture } from './daily-logs.service.ts';

/*
 * Bukti dukung of a day (rules §4): files (type from the bytes, never from the name) and links, added and
 * removed by the owner while the day is a draft. A file is stored first (atomic rename) and recorded
 * second, and removed again if recording fails, so a failed upload leaves nothing behind. Only those who
 * may read the day download it (the owner, their rater(s), those who may see the employee); others 404.
 */

const safeName = (name: string, extension: string) => {
  const base =
    name
      .replace(/[^\p{L}\p{N} ._-]/gu, '_')
      .replace(/\.[^.]*$/, '')
      .slice(0, 150) || 'bukti';
  return `${base}.${extension}`;
};

const evidenceFull = () =>
  new AppError('EVIDENCE_FULL', `Paling banyak ${LIMITS.evidencePerItem} bukti dukung per hari`);

/** Adds a row of evidence to the (draft) day in one transaction: the day is created if not started. */
async function record(
  db: Database,
  ctx: RequestContext,
  date: string,
  row: Omit<Parameters<typeof repository.insertEvidence>[1], 'agencyId' | 'dailyLogId' | 'createdAt'>,
): Promise<DailyLogEvidence> {
  const { staff } = await ownFacts(db, ctx);
  refuseFuture(date, todayOf(ctx));
  const agencyId = ctx.actor.agencyId;
  const now = ctx.clock.now();
  return db.transaction(async (tx) => {
    const { log } = await lockDraft(tx, ctx, staff, date, 'penambahan bukti');
    if ((await repository.countEvidence(tx, agencyId, log.id)) >= LIMITS.evidencePerItem)
      throw evidenceFull();
    await repository.insertEvidence(tx, { ...row, agencyId, dailyLogId: log.id, createdAt: now });
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'dailyLog.evidence.add',
        entityType: 'daily_log',
        entityId: log.id,
        after: {
          evidenceId: row.id,
          kind: row.kind,
          url: row.url ?? null,
          fileName: row.fileName ?? null,
          contentType: row.contentType ?? null,
          size: row.size ?? null,
          sha256: row.sha256 ?? null,
        },
      },
    ]);
    return {
      id: row.id,
      kind: row.kind as 'FILE' | 'LINK',
      url: row.url ?? null,
      fileName: row.fileName ?? null,
      contentType: row.contentType ?? null,
      size: row.size ?? null,
      createdAt: now.toISOString(),
    };
  });
}

export async function uploadFile(
  db: Database,
  storage: FileStorage,
  ctx: RequestContext,
  date: string,
  fileName: string,
  bytes: Buffer,
): Promise<DailyLogEvidence> {
  // The cheap refusals come before the file is written.
  await ownFacts(db, ctx);
  refuseFuture(date, todayOf(ctx));
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', 'Berkas kosong');
  const type = sniffFileType(bytes);
  if (!type) {
    throw new AppError(
      'FILE_TYPE_REFUSED',
      'Hanya PDF, gambar (JPG, PNG, WEBP) dan dokumen Office yang dapat diunggah sebagai bukti',
    );
  }
  const id = newId();
  const key = `${ctx.actor.agencyId}/${id}`;
  await storage.put(key, bytes);
  try {
    return await record(db, ctx, date, {
      id,
      kind: 'FILE',
      fileName: safeName(fileName, type.extension),
      contentType: type.mime,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey: key,
      uploadedByUserId: ctx.actor.userId,
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export function addLink(
  db: Database,
  ctx: RequestContext,
  date: string,
  link: { url: string; label?: string | undefined },
): Promise<DailyLogEvidence> {
  return record(db, ctx, date, {
    id: newId(),
    kind: 'LINK',
    url: link.url,
    fileName: link.label || null,
    uploadedByUserId: ctx.actor.userId,
  });
}

/** Removes evidence from the owner's draft day; a stored file is deleted after the commit. */
export async function removeEvidence(
  db: Database,
  storage: FileStorage,
  ctx: RequestContext,
  date: string,
  evidenceId: string,
): Promise<void> {
  const { staff } = await ownFacts(db, ctx);
  const agencyId = ctx.actor.agencyId;
  const removed = await db.transaction(async (tx) => {
    const log = await repository.findLog(tx, agencyId, staff.id, date, true);
    const row = log ? await repository.findEvidenceOfLog(tx, agencyId, log.id, evidenceId) : null;
    if (!log || !row) throw notFound('Bukti dukung');
    if (log.status !== 'DRAFT') {
      throw new AppError(
        'DAILY_LOG_ILLEGAL_ACTION',
        'Bukti dukung hanya dapat dihapus selama log harian masih draf',
        { status: log.status },
      );
    }
    await repository.deleteEvidence(tx, agencyId, row.id);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'dailyLog.evidence.remove',
        entityType: 'daily_log',
        entityId: log.id,
        before: {
          evidenceId: row.id,
          kind: row.kind,
          url: row.url,
          fileName: row.fileName,
          sha256: row.sha256,
        },
      },
    ]);
    return row;
  });
  if (removed.storageKey) await storage.delete(removed.storageKey);
}

/** A stored file of a day the actor may read; 404 otherwise (and for links, which are not files). */
export async function download(db: Database, storage: FileStorage, ctx: RequestContext, evidenceId: string) {
  await enabledFacts(db, ctx, null);
  const row = await repository.findVisibleEvidence(
    db,
    ctx.actor.agencyId,
    evidenceId,
    visibleLogsScope(ctx.actor, todayOf(ctx)),
  );
  const bytes = row?.kind === 'FILE' && row.storage_key ? await storage.get(row.storage_key) : null;
  if (!row || !bytes) throw notFound('Bukti dukung');
  return {
    bytes,
    contentType: row.content_type ?? 'application/octet-stream',
    fileName: row.file_name ?? 'bukti',
  };
}

import { createHash } from 'node:crypto';
import {
  AttachmentSchema,
  AttachmentUploadQuerySchema,
  IdParamsSchema,
  LIMITS,
  TicketParamsSchema,
} from '@sigap/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Database, queryRows } from '../../db/client.ts';
import { complaintAttachments } from '../../db/schema/index.ts';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { type FileStorage, sniffFileType } from '../../lib/storage.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repository from './complaints.repository.ts';
import { getComplaint } from './complaints.service.ts';

/**
 * Attachments of a complaint (rules §7.2): the citizen uploads them with the ticket while the complaint is
 * still being handled; only staff who may read the complaint download them (they can hold personal data).
 * The type comes from the bytes; the file is stored first (atomic rename) and recorded second, and removed
 * again if recording fails, so a failed upload leaves nothing behind.
 */
export async function listAttachments(db: Database, agencyId: string, complaintId: string) {
  const rows = await db
    .select()
    .from(complaintAttachments)
    .where(
      and(eq(complaintAttachments.agencyId, agencyId), eq(complaintAttachments.complaintId, complaintId)),
    )
    .orderBy(asc(complaintAttachments.createdAt), asc(complaintAttachments.id));
  return rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    contentType: r.contentType,
    size: r.size,
    createdAt: r.createdAt.toISOString(),
  }));
}

const safeName = (name: string, extension: string) => {
  const base =
    name
      .replace(/[^\p{L}\p{N} ._-]/gu, '_')
      .replace(/\.[^.]*$/, '')
      .slice(0, 150) || 'lampiran';
  return `${base}.${extension}`;
};

export async function uploadAttachment(
  db: Database,
  storage: FileStorage,
  clock: { now(): Date },
  ticketCode: string,
  fileName: string,
  bytes: Buffer,
) {
  const complaint = await repository.findByTicket(db, ticketCode);
  if (!complaint) throw notFound('Pengaduan');
  if (!['RECEIVED', 'VERIFIED', 'DISPATCHED'].includes(complaint.status)) {
    throw new AppError(
      'COMPLAINT_ILLEGAL_ACTION',
      'Pengaduan yang sudah dijawab tidak dapat diberi lampiran lagi',
    );
  }
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', 'Berkas kosong');
  const type = sniffFileType(bytes);
  if (!type) {
    throw new AppError(
      'FILE_TYPE_REFUSED',
      'Hanya PDF, gambar (JPG, PNG, WEBP) dan dokumen Office yang dapat dilampirkan',
    );
  }
  const agencyId = complaint.agency_id;
  const id = newId();
  const key = `${agencyId}/${id}`;
  await storage.put(key, bytes);
  try {
    return await db.transaction(async (tx) => {
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from complaint_attachments where agency_id = ${agencyId} and complaint_id = ${complaint.id}`,
      );
      if ((count?.n ?? 0) >= LIMITS.attachmentsPerComplaint) {
        throw new AppError(
          'ATTACHMENTS_FULL',
          `Paling banyak ${LIMITS.attachmentsPerComplaint} lampiran per pengaduan`,
        );
      }
      const row = {
        agencyId,
        id,
        complaintId: complaint.id,
        fileName: safeName(fileName, type.extension),
        contentType: type.mime,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storageKey: key,
        createdAt: clock.now(),
      };
      await tx.insert(complaintAttachments).values(row);
      await recordAudit(tx, { agencyId, actor: null, requestId: null, clock }, [
        {
          action: 'complaint.attachment.add',
          entityType: 'complaint',
          entityId: complaint.id,
          after: {
            attachmentId: id,
            fileName: row.fileName,
            contentType: row.contentType,
            size: row.size,
            sha256: row.sha256,
          },
        },
      ]);
      return {
        id,
        fileName: row.fileName,
        contentType: row.contentType,
        size: row.size,
        createdAt: row.createdAt.toISOString(),
      };
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
}

export function registerComplaintAttachmentRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['citizens'];
  r.post(
    '/api/public/complaints/:ticketCode/attachments',
    {
      config: { public: true, rateLimit: { max: deps.config.publicRatePerMinute, timeWindow: '1 minute' } },
      bodyLimit: LIMITS.attachmentMaxBytes,
      schema: {
        tags,
        description: `Attach a file (raw bytes as the body, content-type application/octet-stream; at most ${LIMITS.attachmentMaxBytes} bytes).`,
        params: TicketParamsSchema,
        querystring: AttachmentUploadQuerySchema,
        response: { 201: AttachmentSchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError('BAD_REQUEST', 'Kirim berkas sebagai isi permintaan');
      const saved = await uploadAttachment(
        deps.db,
        deps.storage,
        deps.clock,
        request.params.ticketCode,
        request.query.fileName,
        request.body,
      );
      return reply.status(201).send(saved);
    },
  );
  r.get(
    '/api/complaints/:id/attachments/:attachmentId',
    {
      config: { policy: 'complaints.read' },
      schema: { tags, params: IdParamsSchema.extend({ attachmentId: z.uuid() }) },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      await getComplaint(deps.db, ctx, request.params.id); // 404 unless the actor may read the complaint
      const [row] = await deps.db
        .select()
        .from(complaintAttachments)
        .where(
          and(
            eq(complaintAttachments.agencyId, ctx.actor.agencyId),
            eq(complaintAttachments.complaintId, request.params.id),
            eq(complaintAttachments.id, request.params.attachmentId),
          ),
        );
      const bytes = row ? await deps.storage.get(row.storageKey) : null;
      if (!row || !bytes) throw notFound('Lampiran');
      return reply
        .header('content-type', row.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(row.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}

import {
  CreateFeedbackBodySchema,
  EvidenceLinkBodySchema,
  EvidenceParamsSchema,
  EvidenceSchema,
  EvidenceUploadQuerySchema,
  FeedbackSchema,
  IdParamsSchema,
  LIMITS,
  RealisationParamsSchema,
  RealisationQuerySchema,
  RealisationReportSchema,
  ReopenRealisationBodySchema,
  SaveRealisationBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import * as service from './realisation.service.ts';

/**
 * Route-level guards: any signed-in user; what they may do with a given SKP (owner, rater, reader) is
 * decided per SKP in the service, and an SKP outside their scope is 404.
 */
export const realisationGuards: Record<string, RouteGuard> = {
  'realisation.read': anySignedIn,
  'realisation.write': anySignedIn,
};

export function registerRealisationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['realisation'];
  r.get(
    '/api/skps/:id/realisation',
    {
      config: { policy: 'realisation.read' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: RealisationQuerySchema,
        response: { 200: RealisationReportSchema },
      },
    },
    async (request) =>
      service.getReport(deps.db, contextOf(deps, request), request.params.id, request.query.periodId),
  );
  r.put(
    '/api/skps/:id/realisation/:periodId',
    {
      config: { policy: 'realisation.write' },
      schema: {
        tags,
        params: RealisationParamsSchema,
        body: SaveRealisationBodySchema,
        response: { 200: RealisationReportSchema },
      },
    },
    async (request) =>
      service.saveReport(
        deps.db,
        contextOf(deps, request),
        request.params.id,
        request.params.periodId,
        request.body,
      ),
  );
  r.post(
    '/api/skps/:id/realisation/:periodId/submit',
    {
      config: { policy: 'realisation.write' },
      schema: { tags, params: RealisationParamsSchema, response: { 200: RealisationReportSchema } },
    },
    async (request) =>
      service.submitReport(deps.db, contextOf(deps, request), request.params.id, request.params.periodId),
  );
  r.post(
    '/api/skps/:id/realisation/:periodId/reopen',
    {
      config: { policy: 'realisation.write' },
      schema: {
        tags,
        params: RealisationParamsSchema,
        body: ReopenRealisationBodySchema,
        response: { 200: RealisationReportSchema },
      },
    },
    async (request) =>
      service.reopenReport(
        deps.db,
        contextOf(deps, request),
        request.params.id,
        request.params.periodId,
        request.body.note,
      ),
  );
  r.post(
    '/api/skps/:id/realisation/:periodId/evidence',
    {
      config: { policy: 'realisation.write' },
      bodyLimit: LIMITS.evidenceMaxBytes,
      schema: {
        tags,
        description: `Upload bukti dukung (raw bytes as the body, content-type application/octet-stream; at most ${LIMITS.evidenceMaxBytes} bytes; PDF, images, Office documents).`,
        params: RealisationParamsSchema,
        querystring: EvidenceUploadQuerySchema,
        response: { 201: EvidenceSchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError('BAD_REQUEST', 'Kirim berkas sebagai isi permintaan');
      const saved = await service.uploadEvidence(deps.db, deps.storage, contextOf(deps, request), {
        skpId: request.params.id,
        periodId: request.params.periodId,
        indicatorId: request.query.indicatorId,
        fileName: request.query.fileName,
        bytes: request.body,
      });
      return reply.status(201).send(saved);
    },
  );
  r.post(
    '/api/skps/:id/realisation/:periodId/evidence-links',
    {
      config: { policy: 'realisation.write' },
      schema: {
        tags,
        params: RealisationParamsSchema,
        body: EvidenceLinkBodySchema,
        response: { 201: EvidenceSchema },
      },
    },
    async (request, reply) => {
      const saved = await service.addEvidenceLink(deps.db, contextOf(deps, request), {
        skpId: request.params.id,
        periodId: request.params.periodId,
        ...request.body,
      });
      return reply.status(201).send(saved);
    },
  );
  r.get(
    '/api/evidence/:evidenceId',
    { config: { policy: 'realisation.read' }, schema: { tags, params: EvidenceParamsSchema } },
    async (request, reply) => {
      const file = await service.downloadEvidence(
        deps.db,
        deps.storage,
        contextOf(deps, request),
        request.params.evidenceId,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );
  r.delete(
    '/api/evidence/:evidenceId',
    { config: { policy: 'realisation.write' }, schema: { tags, params: EvidenceParamsSchema } },
    async (request, reply) => {
      await service.deleteEvidence(
        deps.db,
        deps.storage,
        contextOf(deps, request),
        request.params.evidenceId,
      );
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/skps/:id/feedback',
    {
      config: { policy: 'realisation.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CreateFeedbackBodySchema,
        response: { 201: FeedbackSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addFeedback(deps.db, contextOf(deps, request), request.params.id, request.body)),
  );
}

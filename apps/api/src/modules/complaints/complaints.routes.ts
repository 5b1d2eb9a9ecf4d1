import {
  ComplaintActionBodySchema,
  ComplaintDetailSchema,
  ComplaintOverdueSummarySchema,
  ComplaintPageSchema,
  ComplaintQuerySchema,
  ComplaintTicketSchema,
  IdParamsSchema,
  PublicComplaintBodySchema,
  PublicComplaintStatusSchema,
  StaffComplaintBodySchema,
  TicketParamsSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { registerComplaintAttachmentRoutes } from './complaint-attachments.ts';
import * as service from './complaints.service.ts';

export function registerComplaintRoutes(app: FastifyInstance, deps: AppDeps) {
  registerComplaintAttachmentRoutes(app, deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['citizens'];
  const rateLimit = { max: deps.config.publicRatePerMinute, timeWindow: '1 minute' };

  r.post(
    '/api/public/agencies/:id/complaints',
    {
      config: { public: true, rateLimit },
      schema: {
        tags,
        params: IdParamsSchema,
        body: PublicComplaintBodySchema,
        response: { 201: ComplaintTicketSchema, 200: ComplaintTicketSchema },
      },
    },
    async (request, reply) => {
      const result = await service.submitPublic(
        deps.db,
        deps.clock,
        request.params.id,
        request.body,
        request.id,
      );
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );
  r.get(
    '/api/public/complaints/:ticketCode',
    {
      config: { public: true, rateLimit },
      schema: { tags, params: TicketParamsSchema, response: { 200: PublicComplaintStatusSchema } },
    },
    async (request) => service.publicStatus(deps.db, request.params.ticketCode),
  );

  r.get(
    '/api/complaints',
    {
      config: { policy: 'complaints.read' },
      schema: { tags, querystring: ComplaintQuerySchema, response: { 200: ComplaintPageSchema } },
    },
    async (request) => service.listComplaints(deps.db, contextOf(deps, request), request.query),
  );
  r.get(
    '/api/complaints/overdue-summary',
    {
      config: { policy: 'complaints.summary' },
      schema: { tags, response: { 200: ComplaintOverdueSummarySchema } },
    },
    async (request) => service.overdueSummary(deps.db, contextOf(deps, request)),
  );
  r.get(
    '/api/complaints/:id',
    {
      config: { policy: 'complaints.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: ComplaintDetailSchema } },
    },
    async (request) => service.getComplaint(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/complaints',
    {
      config: { policy: 'complaints.create' },
      schema: { tags, body: StaffComplaintBodySchema, response: { 201: ComplaintDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createComplaint(deps.db, contextOf(deps, request), request.body)),
  );
  r.post(
    '/api/complaints/:id/actions',
    {
      config: { policy: 'complaints.act' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ComplaintActionBodySchema,
        response: { 200: ComplaintDetailSchema },
      },
    },
    async (request) => service.act(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

import {
  IdParamsSchema,
  OfficerRatingBodySchema,
  OfficerRatingQuerySchema,
  OfficerRatingReplyBodySchema,
  OfficerRatingResultSchema,
  OfficerRatingSchema,
  OfficerRatingsSchema,
  PublicVisitCodeSchema,
  VisitCodeParamsSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './officer-ratings.service.ts';

export function registerOfficerRatingRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['citizens'];
  const rateLimit = { max: deps.config.publicRatePerMinute, timeWindow: '1 minute' };

  r.get(
    '/api/public/visit-codes/:code',
    {
      config: { public: true, rateLimit },
      schema: { tags, params: VisitCodeParamsSchema, response: { 200: PublicVisitCodeSchema } },
    },
    async (request) => service.publicVisitCode(deps.db, deps.clock, request.params.code),
  );
  r.post(
    '/api/public/officer-ratings',
    {
      config: { public: true, rateLimit },
      schema: { tags, body: OfficerRatingBodySchema, response: { 201: OfficerRatingResultSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.submitRating(deps.db, deps.clock, request.body)),
  );

  r.get(
    '/api/officer-ratings/mine',
    {
      config: { policy: 'officerRatings.mine' },
      schema: { tags, querystring: OfficerRatingQuerySchema, response: { 200: OfficerRatingsSchema } },
    },
    async (request) => service.mine(deps.db, contextOf(deps, request), request.query.year ?? null),
  );
  r.post(
    '/api/officer-ratings/:id/reply',
    {
      config: { policy: 'officerRatings.mine' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: OfficerRatingReplyBodySchema,
        response: { 200: OfficerRatingSchema },
      },
    },
    async (request) =>
      service.reply(deps.db, contextOf(deps, request), request.params.id, request.body.reply),
  );
  r.get(
    '/api/employees/:id/officer-ratings',
    {
      config: { policy: 'officerRatings.read' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: OfficerRatingQuerySchema,
        response: { 200: OfficerRatingsSchema },
      },
    },
    async (request) =>
      service.ofEmployee(deps.db, contextOf(deps, request), request.params.id, request.query.year ?? null),
  );
}

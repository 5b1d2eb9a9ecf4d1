import {
  CreatePositionBodySchema,
  IdParamsSchema,
  PositionQuerySchema,
  PositionSchema,
  UpdatePositionBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './positions.service.ts';

export function registerPositionRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/positions',
    {
      config: { policy: 'positions.list' },
      schema: {
        tags: ['positions'],
        querystring: PositionQuerySchema,
        response: { 200: z.array(PositionSchema) },
      },
    },
    async (request) => service.listPositions(deps.db, contextOf(deps, request), request.query.unitId),
  );
  r.post(
    '/api/positions',
    {
      config: { policy: 'positions.manage' },
      schema: { tags: ['positions'], body: CreatePositionBodySchema, response: { 201: PositionSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPosition(deps.db, contextOf(deps, request), request.body)),
  );
  r.patch(
    '/api/positions/:id',
    {
      config: { policy: 'positions.manage' },
      schema: {
        tags: ['positions'],
        params: IdParamsSchema,
        body: UpdatePositionBodySchema,
        response: { 200: PositionSchema },
      },
    },
    async (request) =>
      service.updatePosition(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

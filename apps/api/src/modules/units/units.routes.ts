import {
  CreateUnitBodySchema,
  IdParamsSchema,
  UnitListSchema,
  UnitSchema,
  UpdateUnitBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './units.service.ts';

export function registerUnitRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/units',
    {
      config: { policy: 'units.list' },
      schema: {
        tags: ['units'],
        response: {
          200: UnitListSchema.extend({
            items: z.array(UnitSchema.extend({ abilities: z.array(z.string()) })),
          }),
        },
      },
    },
    async (request) => service.listUnits(deps.db, contextOf(deps, request)),
  );
  r.post(
    '/api/units',
    {
      config: { policy: 'units.manage' },
      schema: { tags: ['units'], body: CreateUnitBodySchema, response: { 201: UnitSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createUnit(deps.db, contextOf(deps, request), request.body)),
  );
  r.patch(
    '/api/units/:id',
    {
      config: { policy: 'units.manage' },
      schema: {
        tags: ['units'],
        params: IdParamsSchema,
        body: UpdateUnitBodySchema,
        response: { 200: UnitSchema },
      },
    },
    async (request) => service.updateUnit(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

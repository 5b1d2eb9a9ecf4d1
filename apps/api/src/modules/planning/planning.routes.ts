import {
  CreatePlanningYearBodySchema,
  PlanningYearListSchema,
  PlanningYearSchema,
  UpdatePlanningYearBodySchema,
  YearParamsSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './planning.service.ts';

export function registerPlanningRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/planning/years',
    {
      config: { policy: 'planning.read' },
      schema: { tags: ['planning'], response: { 200: PlanningYearListSchema } },
    },
    async (request) => service.listPlanningYears(deps.db, contextOf(deps, request)),
  );
  r.get(
    '/api/planning/years/:year',
    {
      config: { policy: 'planning.read' },
      schema: { tags: ['planning'], params: YearParamsSchema, response: { 200: PlanningYearSchema } },
    },
    async (request) => service.getPlanningYear(deps.db, contextOf(deps, request), request.params.year),
  );
  r.post(
    '/api/planning/years',
    {
      config: { policy: 'planning.manage' },
      schema: {
        tags: ['planning'],
        body: CreatePlanningYearBodySchema,
        response: { 201: PlanningYearSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createPlanningYear(deps.db, contextOf(deps, request), request.body)),
  );
  r.patch(
    '/api/planning/years/:year',
    {
      config: { policy: 'planning.manage' },
      schema: {
        tags: ['planning'],
        params: YearParamsSchema,
        body: UpdatePlanningYearBodySchema,
        response: { 200: PlanningYearSchema },
      },
    },
    async (request) =>
      service.updatePlanningYear(deps.db, contextOf(deps, request), request.params.year, request.body),
  );
}

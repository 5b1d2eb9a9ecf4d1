import {
  ProgressQuerySchema,
  TeamProgressSchema,
  UnitProgressQuerySchema,
  UnitProgressSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import type { RouteGuard } from '../../lib/policy.ts';
import { skpGuards } from '../skp/skp.policy.ts';
import * as service from './progress.service.ts';

export const progressGuards: Record<string, RouteGuard> = {
  /** Anyone who may rate people (the list is empty otherwise); leaders act for the head of region. */
  'progress.team': skpGuards['skp.team'] as RouteGuard,
  /** Unit heads, unit admins (their subtree), agency admins and leaders (everything). */
  'progress.units': skpGuards['skp.monitor'] as RouteGuard,
};

export function registerProgressRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['progress'];
  r.get(
    '/api/progress/team',
    {
      config: { policy: 'progress.team' },
      schema: { tags, querystring: ProgressQuerySchema, response: { 200: TeamProgressSchema } },
    },
    async (request) => service.teamProgress(deps.db, contextOf(deps, request), request.query.periodId),
  );
  r.get(
    '/api/progress/units',
    {
      config: { policy: 'progress.units' },
      schema: { tags, querystring: UnitProgressQuerySchema, response: { 200: UnitProgressSchema } },
    },
    async (request) => service.unitProgress(deps.db, contextOf(deps, request), request.query),
  );
}

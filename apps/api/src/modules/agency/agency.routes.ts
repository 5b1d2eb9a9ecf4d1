import { AgencySummarySchema, HealthSchema } from '@sigap/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { dateInZone } from '../../lib/clock.ts';
import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import { managedPaths } from '../units/units.policy.ts';
import { getAgency, summary } from './agency.repository.ts';

export const agencyGuards: Record<string, RouteGuard> = { 'agency.summary': anySignedIn };

export function registerAgencyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: HealthSchema } } },
    async () => {
      try {
        await deps.db.execute(sql`select 1`);
      } catch {
        throw new AppError('INTERNAL', 'Database tidak dapat dihubungi');
      }
      return { status: 'ok' as const, database: deps.driver, time: deps.clock.now().toISOString() };
    },
  );
  r.get(
    '/api/agency/summary',
    {
      config: { policy: 'agency.summary' },
      schema: { tags: ['agency'], response: { 200: AgencySummarySchema } },
    },
    async (request) => {
      const { actor } = contextOf(deps, request);
      const agency = await getAgency(deps.db, actor.agencyId);
      if (!agency) throw new AppError('NOT_FOUND');
      // Agency-wide counts are public knowledge (they appear on the transparency page); unit admins
      // get their subtrees' counts.
      const paths = actor.roles.has('agency_admin') || actor.roles.has('leader') ? null : managedPaths(actor);
      return {
        agencyName: agency.name,
        ...(await summary(
          deps.db,
          actor.agencyId,
          paths && paths.length > 0 ? paths : null,
          dateInZone(deps.clock.now(), actor.agencyTimezone),
        )),
      };
    },
  );
}

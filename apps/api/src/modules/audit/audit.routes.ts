import { AuditPageSchema, AuditQuerySchema } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { agencyAdmin, type RouteGuard } from '../../lib/policy.ts';
import { pageAudit } from './audit.repository.ts';
import { sealChain } from './audit.service.ts';

export const auditGuards: Record<string, RouteGuard> = { 'audit.list': agencyAdmin };

/** Start of a calendar date in the agency's zone, as an instant (WIB +7, WITA +8, WIT +9). */
function startOfDay(date: string, timeZone: string): Date {
  const offsets: Record<string, string> = {
    'Asia/Jakarta': '+07:00',
    'Asia/Makassar': '+08:00',
    'Asia/Jayapura': '+09:00',
  };
  return new Date(`${date}T00:00:00${offsets[timeZone] ?? '+07:00'}`);
}

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      config: { policy: 'audit.list' },
      schema: { tags: ['audit'], querystring: AuditQuerySchema, response: { 200: AuditPageSchema } },
    },
    async (request) => {
      const { actor } = contextOf(deps, request);
      const q = request.query;
      const tz = actor.agencyTimezone;
      const to = q.to ? startOfDay(q.to, tz) : undefined;
      // Link what is pending first, so the page shows the chain up to now (a record committed meanwhile
      // shows as not yet sealed).
      await sealChain(deps.db, actor.agencyId);
      const { items, total } = await pageAudit(
        deps.db,
        actor.agencyId,
        {
          action: q.action,
          entityType: q.entityType,
          entityId: q.entityId,
          actorUserId: q.actorUserId,
          fromInstant: q.from ? startOfDay(q.from, tz) : undefined,
          toInstant: to ? new Date(to.getTime() + 86_400_000) : undefined,
        },
        (q.page - 1) * q.pageSize,
        q.pageSize,
      );
      return {
        items: items.map((row) => ({
          id: row.id,
          seq: row.seq,
          at: row.at.toISOString(),
          actorUserId: row.actorUserId,
          actorName: row.actorName,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          before: row.before,
          after: row.after,
          requestId: row.requestId,
          hash: row.hash,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
}

import {
  IdParamsSchema,
  NotificationPageSchema,
  NotificationQuerySchema,
  NotificationSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './notifications.service.ts';

export function registerNotificationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/notifications',
    {
      config: { policy: 'notifications.own' },
      schema: {
        tags: ['notifications'],
        summary: "The signed-in user's notifications, newest first, with the unread count",
        querystring: NotificationQuerySchema,
        response: { 200: NotificationPageSchema },
      },
    },
    async (request) => service.listOwnNotifications(deps.db, contextOf(deps, request), request.query),
  );
  r.post(
    '/api/notifications/read-all',
    {
      config: { policy: 'notifications.own' },
      schema: {
        tags: ['notifications'],
        summary: "Marks all the signed-in user's notifications read",
        response: { 200: z.object({ updated: z.number().int() }) },
      },
    },
    async (request) => service.markAllRead(deps.db, contextOf(deps, request)),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { policy: 'notifications.own' },
      schema: {
        tags: ['notifications'],
        summary: 'Marks one of your notifications read',
        params: IdParamsSchema,
        response: { 200: NotificationSchema },
      },
    },
    async (request) => service.markRead(deps.db, contextOf(deps, request), request.params.id),
  );
}

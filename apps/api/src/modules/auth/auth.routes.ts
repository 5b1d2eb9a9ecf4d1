import { ChangePasswordBodySchema, LIMITS, LoginBodySchema, MeSchema } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import type { RouteGuard } from '../../lib/policy.ts';
import { clearSessionCookie, hashToken, setSessionCookie } from '../../plugins/session.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { loadActor } from './auth.repository.ts';
import * as service from './auth.service.ts';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps, guards: Record<string, RouteGuard>) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const me = async (request: Parameters<typeof contextOf>[1]) => {
    const { actor } = contextOf(deps, request);
    const agency = await getAgency(deps.db, actor.agencyId);
    if (!agency) throw new AppError('UNAUTHENTICATED');
    return service.presentMe(
      actor,
      { id: agency.id, name: agency.name, timezone: agency.timezone },
      guards,
      agency.dailyLogEnabled,
    );
  };

  r.post(
    '/api/auth/login',
    {
      config: {
        public: true,
        rateLimit: { max: deps.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: { tags: ['auth'], body: LoginBodySchema, response: { 200: MeSchema } },
    },
    async (request, reply) => {
      const result = await service.login(deps.db, deps.clock, {
        ...request.body,
        userAgent: request.headers['user-agent'] ?? null,
        ip: request.ip,
        requestId: request.id,
      });
      setSessionCookie(deps.config, request, reply, result.token, result.expiresAt);
      request.actor = await loadActor(deps.db, hashToken(result.token), deps.clock.now());
      return me(request);
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { policy: 'session.self', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.logout(deps.db, contextOf(deps, request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/me',
    {
      config: { policy: 'session.self', allowDuringPasswordChange: true },
      schema: { tags: ['auth'], response: { 200: MeSchema } },
    },
    async (request) => me(request),
  );

  r.post(
    '/api/auth/password',
    {
      config: { policy: 'session.self', allowDuringPasswordChange: true },
      schema: {
        tags: ['auth'],
        body: ChangePasswordBodySchema,
        response: { 204: z.null() },
        description: `New password: at least ${LIMITS.passwordMinLength} characters`,
      },
    },
    async (request, reply) => {
      await service.changePassword(deps.db, contextOf(deps, request), request.body);
      return reply.status(204).send(null);
    },
  );
}

import { IdParamsSchema, TransparencyQuerySchema, TransparencySchema } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps.ts';
import * as service from './transparency.service.ts';

export function registerTransparencyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/public/agencies/:id/transparency',
    {
      config: {
        public: true,
        rateLimit: { max: deps.config.publicRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['citizens'],
        params: IdParamsSchema,
        querystring: TransparencyQuerySchema,
        response: { 200: TransparencySchema },
      },
    },
    async (request) => service.transparency(deps.db, deps.clock, request.params.id, request.query.year),
  );
}

import {
  CreatePeerRoundBodySchema,
  IdParamsSchema,
  PeerAnswerBodySchema,
  PeerAnswerResultSchema,
  PeerRequestListSchema,
  PeerRoundListSchema,
  PeerRoundQuerySchema,
  PeerRoundSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './peer-input.service.ts';

export function registerPeerInputRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['peer-input'];

  r.get(
    '/api/peer-rounds/team',
    {
      config: { policy: 'peerInput.request' },
      schema: { tags, querystring: PeerRoundQuerySchema, response: { 200: PeerRoundListSchema } },
    },
    async (request) => service.teamRounds(deps.db, contextOf(deps, request), request.query.year),
  );
  r.get(
    '/api/peer-rounds/mine',
    {
      config: { policy: 'peerInput.answer' },
      schema: { tags, querystring: PeerRoundQuerySchema, response: { 200: PeerRoundListSchema } },
    },
    async (request) => service.myRounds(deps.db, contextOf(deps, request), request.query.year),
  );
  r.get(
    '/api/peer-rounds/:id',
    {
      config: { policy: 'peerInput.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: PeerRoundSchema } },
    },
    async (request) => service.getRound(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/peer-rounds',
    {
      config: { policy: 'peerInput.request' },
      schema: { tags, body: CreatePeerRoundBodySchema, response: { 201: PeerRoundSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRound(deps.db, contextOf(deps, request), request.body)),
  );
  r.get(
    '/api/peer-requests',
    {
      config: { policy: 'peerInput.answer' },
      schema: { tags, response: { 200: PeerRequestListSchema } },
    },
    async (request) => service.pendingRequests(deps.db, contextOf(deps, request)),
  );
  r.post(
    '/api/peer-requests/:id/answer',
    {
      config: { policy: 'peerInput.answer' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: PeerAnswerBodySchema,
        response: { 200: PeerAnswerResultSchema },
      },
    },
    async (request) => service.answer(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

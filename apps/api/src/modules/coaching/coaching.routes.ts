import {
  CancelCoachingBodySchema,
  CoachingRecordSchema,
  CoachingSessionSchema,
  CoachingTeamSchema,
  CoachingYearQuerySchema,
  CompetencyEvaluationBodySchema,
  CompetencyEvaluationSchema,
  IdParamsSchema,
  MyCoachingSchema,
  RateCoachingBodySchema,
  RecordCoachingBodySchema,
  ScheduleCoachingBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './coaching.service.ts';

export function registerCoachingRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coaching'];

  r.get(
    '/api/coaching/mine',
    {
      config: { policy: 'coaching.mine' },
      schema: { tags, querystring: CoachingYearQuerySchema, response: { 200: MyCoachingSchema } },
    },
    async (request) => service.mine(deps.db, contextOf(deps, request), request.query.year),
  );
  r.get(
    '/api/coaching/team',
    {
      config: { policy: 'coaching.coach' },
      schema: { tags, querystring: CoachingYearQuerySchema, response: { 200: CoachingTeamSchema } },
    },
    async (request) => service.team(deps.db, contextOf(deps, request), request.query.year),
  );
  r.get(
    '/api/coaching/employees/:id',
    {
      config: { policy: 'coaching.read' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: CoachingYearQuerySchema,
        response: { 200: CoachingRecordSchema },
      },
    },
    async (request) =>
      service.coachingRecord(deps.db, contextOf(deps, request), request.params.id, request.query.year),
  );
  r.post(
    '/api/coaching/employees/:id/competencies',
    {
      config: { policy: 'coaching.coach' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CompetencyEvaluationBodySchema,
        response: { 201: CompetencyEvaluationSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.evaluateCompetency(
            deps.db,
            contextOf(deps, request),
            request.params.id,
            request.body,
          ),
        ),
  );
  r.post(
    '/api/coaching/sessions',
    {
      config: { policy: 'coaching.coach' },
      schema: { tags, body: ScheduleCoachingBodySchema, response: { 201: CoachingSessionSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.schedule(deps.db, contextOf(deps, request), request.body)),
  );
  r.post(
    '/api/coaching/sessions/:id/record',
    {
      config: { policy: 'coaching.coach' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: RecordCoachingBodySchema,
        response: { 200: CoachingSessionSchema },
      },
    },
    async (request) =>
      service.recordSession(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/coaching/sessions/:id/cancel',
    {
      config: { policy: 'coaching.coach' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CancelCoachingBodySchema,
        response: { 200: CoachingSessionSchema },
      },
    },
    async (request) =>
      service.cancelSession(deps.db, contextOf(deps, request), request.params.id, request.body.reason),
  );
  r.post(
    '/api/coaching/sessions/:id/rating',
    {
      config: { policy: 'coaching.mine' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: RateCoachingBodySchema,
        response: { 200: CoachingSessionSchema },
      },
    },
    async (request) =>
      service.rateSession(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

import {
  CalibrateBodySchema,
  DecideObjectionBodySchema,
  EvaluationDetailSchema,
  EvaluationPeriodQuerySchema,
  EvaluationSchema,
  EvaluationSettingsSchema,
  EvaluationTeamSchema,
  EvaluationUnitQuerySchema,
  EvaluationUnitSchema,
  EvaluationUnitsSchema,
  FileObjectionBodySchema,
  FinaliseBodySchema,
  IdParamsSchema,
  MyEvaluationsSchema,
  ObjectionMessageBodySchema,
  RateBodySchema,
  RateParamsSchema,
  SetUnitPredikatBodySchema,
  UnitParamsSchema,
  UpdateEvaluationSettingsBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { agencyAdmin, anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import * as service from './evaluation.service.ts';

/**
 * Route guards: the settings are the agency admin's; everything else is decided per unit and per
 * evaluation in the service (the setter, the unit head, the rater, the employee, the rater's superior),
 * and what an actor may not touch is 404.
 */
export const evaluationGuards: Record<string, RouteGuard> = {
  'evaluation.settings': agencyAdmin,
  'evaluation.read': anySignedIn,
  'evaluation.act': anySignedIn,
  /** Rates someone or sets a unit's predikat: anyone with an employee record, and leaders. */
  'evaluation.rate': (actor) => actor.employeeId !== null || actor.roles.has('leader'),
  /** The agency's recap: agency admins and leaders. */
  'evaluation.agency': (actor) => actor.roles.has('agency_admin') || actor.roles.has('leader'),
  /** The SIASN-style export of a period's results: agency admins. */
  'evaluation.export': agencyAdmin,
  /** Monitoring kurva: as the SKP monitoring (agency-wide, unit admins, unit heads). */
  'evaluation.monitor': (actor) =>
    actor.roles.has('agency_admin') ||
    actor.roles.has('leader') ||
    actor.adminUnits.length > 0 ||
    actor.headOfUnit !== null,
};

export function registerEvaluationRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluation'];
  r.get(
    '/api/evaluation/settings',
    { config: { policy: 'evaluation.read' }, schema: { tags, response: { 200: EvaluationSettingsSchema } } },
    async (request) => service.getSettings(deps.db, contextOf(deps, request).actor.agencyId),
  );
  r.patch(
    '/api/evaluation/settings',
    {
      config: { policy: 'evaluation.settings' },
      schema: { tags, body: UpdateEvaluationSettingsBodySchema, response: { 200: EvaluationSettingsSchema } },
    },
    async (request) => service.updateSettings(deps.db, contextOf(deps, request), request.body),
  );
  r.get(
    '/api/evaluation/units',
    {
      config: { policy: 'evaluation.rate' },
      schema: { tags, querystring: EvaluationPeriodQuerySchema, response: { 200: EvaluationUnitsSchema } },
    },
    async (request) => service.unitsToSet(deps.db, contextOf(deps, request), request.query.periodId),
  );
  r.get(
    '/api/evaluation/units/:unitId',
    {
      config: { policy: 'evaluation.read' },
      schema: {
        tags,
        params: UnitParamsSchema,
        querystring: EvaluationUnitQuerySchema,
        response: { 200: EvaluationUnitSchema },
      },
    },
    async (request) =>
      service.unitDetail(deps.db, contextOf(deps, request), request.params.unitId, request.query),
  );
  r.put(
    '/api/evaluation/units/:unitId/predikat',
    {
      config: { policy: 'evaluation.rate' },
      schema: {
        tags,
        params: UnitParamsSchema,
        body: SetUnitPredikatBodySchema,
        response: { 200: EvaluationUnitSchema },
      },
    },
    async (request) =>
      service.setUnitPredikat(deps.db, contextOf(deps, request), request.params.unitId, request.body),
  );
  r.post(
    '/api/evaluation/units/:unitId/finalise',
    {
      config: { policy: 'evaluation.rate' },
      schema: {
        tags,
        params: UnitParamsSchema,
        body: FinaliseBodySchema,
        response: { 200: EvaluationUnitSchema },
      },
    },
    async (request) =>
      service.finaliseUnit(deps.db, contextOf(deps, request), request.params.unitId, request.body.periodId),
  );
  r.get(
    '/api/evaluation/team',
    {
      config: { policy: 'evaluation.rate' },
      schema: { tags, querystring: EvaluationPeriodQuerySchema, response: { 200: EvaluationTeamSchema } },
    },
    async (request) => service.team(deps.db, contextOf(deps, request), request.query.periodId),
  );
  r.put(
    '/api/evaluation/employees/:employeeId/periods/:periodId',
    {
      config: { policy: 'evaluation.rate' },
      schema: { tags, params: RateParamsSchema, body: RateBodySchema, response: { 200: EvaluationSchema } },
    },
    async (request) =>
      service.rate(
        deps.db,
        contextOf(deps, request),
        request.params.employeeId,
        request.params.periodId,
        request.body,
      ),
  );
  r.post(
    '/api/evaluations/:id/calibrate',
    {
      config: { policy: 'evaluation.rate' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CalibrateBodySchema,
        response: { 200: EvaluationSchema },
      },
    },
    async (request) => service.calibrate(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.get(
    '/api/evaluations/mine',
    { config: { policy: 'evaluation.read' }, schema: { tags, response: { 200: MyEvaluationsSchema } } },
    async (request) => service.mine(deps.db, contextOf(deps, request)),
  );
  r.get(
    '/api/evaluations/:id',
    {
      config: { policy: 'evaluation.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: EvaluationDetailSchema } },
    },
    async (request) => service.getEvaluation(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/evaluations/:id/acknowledge',
    {
      config: { policy: 'evaluation.act' },
      schema: { tags, params: IdParamsSchema, response: { 200: EvaluationDetailSchema } },
    },
    async (request) => service.acknowledge(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/evaluations/:id/objection',
    {
      config: { policy: 'evaluation.act' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: FileObjectionBodySchema,
        response: { 200: EvaluationDetailSchema },
      },
    },
    async (request) =>
      service.fileObjection(deps.db, contextOf(deps, request), request.params.id, request.body.reasons),
  );
  r.post(
    '/api/evaluations/:id/objection/messages',
    {
      config: { policy: 'evaluation.act' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ObjectionMessageBodySchema,
        response: { 200: EvaluationDetailSchema },
      },
    },
    async (request) =>
      service.postObjectionMessage(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/evaluations/:id/objection/decide',
    {
      config: { policy: 'evaluation.act' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: DecideObjectionBodySchema,
        response: { 200: EvaluationDetailSchema },
      },
    },
    async (request) =>
      service.decideObjection(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
}

import {
  CreateServiceTypeBodySchema,
  CreateServiceUnitBodySchema,
  IdParamsSchema,
  PopulationBodySchema,
  ServiceUnitListSchema,
  ServiceUnitSchema,
  UpdateServiceUnitBodySchema,
  UpdateVoiceSettingsBodySchema,
  VisitCodesBodySchema,
  VisitCodesSchema,
  VoiceSettingsSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import * as service from './services.service.ts';

export function registerServiceRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['citizens'];
  r.get(
    '/api/service-units',
    {
      config: { policy: 'services.list' },
      schema: {
        tags,
        response: {
          200: ServiceUnitListSchema.extend({
            items: z.array(ServiceUnitSchema.extend({ abilities: z.array(z.string()) })),
          }),
        },
      },
    },
    async (request) => service.listServiceUnits(deps.db, contextOf(deps, request)),
  );
  r.post(
    '/api/service-units',
    {
      config: { policy: 'services.manage' },
      schema: { tags, body: CreateServiceUnitBodySchema, response: { 201: ServiceUnitSchema } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createServiceUnit(deps.db, contextOf(deps, request), request.body)),
  );
  r.patch(
    '/api/service-units/:id',
    {
      config: { policy: 'services.manage' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: UpdateServiceUnitBodySchema,
        response: { 200: ServiceUnitSchema },
      },
    },
    async (request) =>
      service.updateServiceUnit(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/service-units/:id/types',
    {
      config: { policy: 'services.manage' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CreateServiceTypeBodySchema,
        response: { 201: ServiceUnitSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createServiceType(deps.db, contextOf(deps, request), request.params.id, request.body),
        ),
  );
  r.put(
    '/api/service-units/:id/population',
    {
      config: { policy: 'services.manage' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: PopulationBodySchema,
        response: { 200: PopulationBodySchema },
      },
    },
    async (request) =>
      service.setPopulation(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/service-units/:id/visit-codes',
    {
      config: { policy: 'services.manage' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: VisitCodesBodySchema,
        response: { 201: VisitCodesSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createVisitCodes(deps.db, contextOf(deps, request), request.params.id, request.body),
        ),
  );
  r.get(
    '/api/voice/settings',
    { config: { policy: 'voice.read' }, schema: { tags, response: { 200: VoiceSettingsSchema } } },
    async (request) => service.getSettings(deps.db, contextOf(deps, request)),
  );
  r.patch(
    '/api/voice/settings',
    {
      config: { policy: 'voice.settings' },
      schema: { tags, body: UpdateVoiceSettingsBodySchema, response: { 200: VoiceSettingsSchema } },
    },
    async (request) => service.updateSettings(deps.db, contextOf(deps, request), request.body),
  );
}

import {
  CascadeOptionsSchema,
  CreateSkpBodySchema,
  IdParamsSchema,
  MatrixAssignBodySchema,
  MatrixAssignResultSchema,
  MatrixSchema,
  MonitoringEmployeePageSchema,
  MonitoringEmployeesQuerySchema,
  MonitoringExportQuerySchema,
  MonitoringQuerySchema,
  MonitoringSchema,
  MySkpsSchema,
  ReturnSkpBodySchema,
  SkpContentBodySchema,
  SkpDetailSchema,
  TeamQuerySchema,
  TeamSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { todayOf } from '../../lib/actor.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { renderSkpPdf, renderSkpXlsx } from './skp.documents.ts';
import * as monitoring from './skp.monitoring.ts';
import * as service from './skp.service.ts';
import * as team from './skp.team.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerSkpRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['skp'];
  r.get(
    '/api/skps/mine',
    {
      config: { policy: 'skp.read' },
      schema: { tags, querystring: TeamQuerySchema, response: { 200: MySkpsSchema } },
    },
    async (request) => service.mySkps(deps.db, contextOf(deps, request), request.query.year),
  );
  r.get(
    '/api/skps/team',
    {
      config: { policy: 'skp.read' },
      schema: { tags, querystring: TeamQuerySchema, response: { 200: TeamSchema } },
    },
    async (request) => team.team(deps.db, contextOf(deps, request), request.query.year),
  );
  r.post(
    '/api/skps',
    {
      config: { policy: 'skp.author' },
      schema: { tags, body: CreateSkpBodySchema, response: { 201: SkpDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createSkp(deps.db, contextOf(deps, request), request.body)),
  );
  r.get(
    '/api/skps/:id',
    {
      config: { policy: 'skp.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: SkpDetailSchema } },
    },
    async (request) => service.getSkp(deps.db, contextOf(deps, request), request.params.id),
  );
  r.put(
    '/api/skps/:id/content',
    {
      config: { policy: 'skp.author' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: SkpContentBodySchema,
        response: { 200: SkpDetailSchema },
      },
    },
    async (request) =>
      service.saveContent(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.get(
    '/api/skps/:id/cascade',
    {
      config: { policy: 'skp.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: CascadeOptionsSchema } },
    },
    async (request) => service.cascadeOptions(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/skps/:id/submit',
    {
      config: { policy: 'skp.author' },
      schema: { tags, params: IdParamsSchema, response: { 200: SkpDetailSchema } },
    },
    async (request) => service.submitSkp(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/skps/:id/approve',
    {
      config: { policy: 'skp.decide' },
      schema: { tags, params: IdParamsSchema, response: { 200: SkpDetailSchema } },
    },
    async (request) => service.approveSkp(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/skps/:id/return',
    {
      config: { policy: 'skp.decide' },
      schema: { tags, params: IdParamsSchema, body: ReturnSkpBodySchema, response: { 200: SkpDetailSchema } },
    },
    async (request) =>
      service.returnSkp(deps.db, contextOf(deps, request), request.params.id, request.body.note),
  );
  r.post(
    '/api/skps/:id/revise',
    {
      config: { policy: 'skp.author' },
      schema: { tags, params: IdParamsSchema, response: { 201: SkpDetailSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.reviseSkp(deps.db, contextOf(deps, request), request.params.id)),
  );
  r.get(
    '/api/skps/:id/matrix',
    {
      config: { policy: 'skp.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: MatrixSchema } },
    },
    async (request) => team.matrix(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/skps/:id/matrix/assign',
    {
      config: { policy: 'skp.author' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: MatrixAssignBodySchema,
        response: { 200: MatrixAssignResultSchema },
      },
    },
    async (request) =>
      team.assignFromMatrix(deps.db, contextOf(deps, request), request.params.id, request.body.assignments),
  );

  const documentInput = async (request: Parameters<typeof contextOf>[1], id: string) => {
    const ctx = contextOf(deps, request);
    const skp = await service.getSkp(deps.db, ctx, id);
    const agency = await getAgency(deps.db, ctx.actor.agencyId);
    return {
      skp,
      agencyName: agency?.name ?? '',
      headTitle: agency?.headTitle ?? 'Wali Kota',
      place: agency?.shortName ?? '',
      printedOn: todayOf(ctx),
    };
  };
  const fileName = (skp: { year: number; employee: { nip: string | null } }, ext: string) =>
    `SKP-${skp.year}-${skp.employee.nip ?? 'pegawai'}.${ext}`;
  r.get(
    '/api/skps/:id/pdf',
    { config: { policy: 'skp.read' }, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const input = await documentInput(request, request.params.id);
      const pdf = await renderSkpPdf(input);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(input.skp, 'pdf')}"`)
        .send(pdf);
    },
  );
  r.get(
    '/api/skps/:id/xlsx',
    { config: { policy: 'skp.read' }, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const input = await documentInput(request, request.params.id);
      const xlsx = await renderSkpXlsx(input);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${fileName(input.skp, 'xlsx')}"`)
        .send(xlsx);
    },
  );

  r.get(
    '/api/skp-monitoring',
    {
      config: { policy: 'skp.monitor' },
      schema: { tags, querystring: MonitoringQuerySchema, response: { 200: MonitoringSchema } },
    },
    async (request) => monitoring.monitoring(deps.db, contextOf(deps, request), request.query),
  );
  r.get(
    '/api/skp-monitoring/employees',
    {
      config: { policy: 'skp.monitor' },
      schema: {
        tags,
        querystring: MonitoringEmployeesQuerySchema,
        response: { 200: MonitoringEmployeePageSchema },
      },
    },
    async (request) => monitoring.monitoringEmployees(deps.db, contextOf(deps, request), request.query),
  );
  r.get(
    '/api/skp-monitoring/export.xlsx',
    { config: { policy: 'skp.monitor' }, schema: { tags, querystring: MonitoringExportQuerySchema } },
    async (request, reply) => {
      const buffer = await monitoring.monitoringWorkbook(deps.db, contextOf(deps, request), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="monitoring-skp-${request.query.year}.xlsx"`)
        .send(buffer);
    },
  );
}

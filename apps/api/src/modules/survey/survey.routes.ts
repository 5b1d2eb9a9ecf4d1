import {
  IdParamsSchema,
  PublicSurveySchema,
  SkmResultsQuerySchema,
  SkmResultsSchema,
  SurveyResponseBodySchema,
  SurveyResponseResultSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { todayOf } from '../../lib/actor.ts';
import { buildWorkbook } from '../../lib/xlsx.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { visibleServiceUnit } from '../services/services.service.ts';
import { renderQrPosterPdf, renderSkmReportPdf } from './survey.documents.ts';
import * as service from './survey.service.ts';

export function registerSurveyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['citizens'];
  r.get(
    '/api/public/service-units/:id/survey',
    {
      config: { public: true },
      schema: { tags, params: IdParamsSchema, response: { 200: PublicSurveySchema } },
    },
    async (request) => service.publicSurvey(deps.db, request.params.id),
  );
  r.post(
    '/api/public/service-units/:id/responses',
    {
      config: {
        public: true,
        rateLimit: { max: deps.config.publicRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        params: IdParamsSchema,
        body: SurveyResponseBodySchema,
        response: { 201: SurveyResponseResultSchema, 200: SurveyResponseResultSchema },
      },
    },
    async (request, reply) => {
      const result = await service.submitResponse(deps.db, deps.clock, request.params.id, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      return reply.status(result.duplicate ? 200 : 201).send(result);
    },
  );
  r.get(
    '/api/service-units/:id/skm',
    {
      config: { policy: 'voice.read' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: SkmResultsQuerySchema,
        response: { 200: SkmResultsSchema },
      },
    },
    async (request) =>
      service.results(deps.db, contextOf(deps, request), request.params.id, request.query.period),
  );
  r.get(
    '/api/service-units/:id/skm/responses.xlsx',
    {
      config: { policy: 'voice.read' },
      schema: { tags, params: IdParamsSchema, querystring: SkmResultsQuerySchema },
    },
    async (request, reply) => {
      const { rows } = await service.rawData(
        deps.db,
        contextOf(deps, request),
        request.params.id,
        request.query.period,
      );
      const column = (header: string, key: string, width = 10) => ({
        header,
        width,
        value: (row: Record<string, unknown>) => (row[key] ?? null) as string | number | null,
      });
      const buffer = await buildWorkbook(
        'Jawaban SKM',
        [
          column('ID', 'id', 38),
          column('Tanggal', 'responded_on', 12),
          column('Jenis layanan', 'service_type', 30),
          ...['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => column(u, u.toLowerCase(), 5)),
          column('Jenis kelamin', 'sex'),
          column('Umur', 'age', 6),
          column('Pendidikan', 'education', 12),
          column('Pekerjaan', 'occupation', 18),
          column('Kanal', 'channel'),
          {
            header: 'Ditandai',
            width: 9,
            value: (row: Record<string, unknown>) => (row.flagged ? 'Ya' : ''),
          },
          column('Saran', 'comment', 60),
        ],
        rows,
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="skm-${request.query.period}.xlsx"`)
        .send(buffer);
    },
  );
  r.get(
    '/api/service-units/:id/skm/report.pdf',
    {
      config: { policy: 'voice.read' },
      schema: { tags, params: IdParamsSchema, querystring: SkmResultsQuerySchema },
    },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const results = await service.results(deps.db, ctx, request.params.id, request.query.period);
      const agency = await getAgency(deps.db, ctx.actor.agencyId);
      const pdf = await renderSkmReportPdf(results, agency?.name ?? '', todayOf(ctx));
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="laporan-skm-${request.query.period}.pdf"`)
        .send(pdf);
    },
  );
  r.get(
    '/api/service-units/:id/poster.pdf',
    { config: { policy: 'voice.read' }, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const ctx = contextOf(deps, request);
      const unit = await visibleServiceUnit(deps.db, ctx, request.params.id);
      const agency = await getAgency(deps.db, ctx.actor.agencyId);
      const pdf = await renderQrPosterPdf({
        agencyName: agency?.name ?? '',
        serviceUnitName: unit.name,
        url: `${deps.config.publicUrl}/survei/${unit.id}`,
      });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="poster-survei.pdf"')
        .send(pdf);
    },
  );
}

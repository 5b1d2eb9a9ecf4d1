import {
  EmployeeParamsSchema,
  EvaluationAnnualQuerySchema,
  EvaluationAnnualSchema,
  EvaluationExportQuerySchema,
  EvaluationMonitoringEmployeePageSchema,
  EvaluationMonitoringEmployeesQuerySchema,
  EvaluationMonitoringQuerySchema,
  EvaluationMonitoringSchema,
  EvaluationPeriodQuerySchema,
  EvaluationRecapQuerySchema,
  IdParamsSchema,
  UnitParamsSchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import {
  evaluationFormInput,
  penetapanInput,
  renderEvaluationPdf,
  renderPenetapanPdf,
} from './evaluation.documents.ts';
import {
  agencyRecapXlsx,
  annualView,
  exportRecords,
  recordsCsv,
  unitRecapXlsx,
} from './evaluation.exports.ts';
import { evaluationMonitoring, evaluationMonitoringEmployees } from './evaluation.monitoring.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name without characters that would break the header. */
const safe = (value: string) => value.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
const attachment = (name: string) => `attachment; filename="${safe(name)}"`;

/**
 * The evaluation's documents, recaps, exports, annual view and curve monitoring (rules §5.4, §5.7, §8).
 * Who may see what is decided in the services, as for the pages they print (others get 404).
 */
export function registerEvaluationDocumentRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluation'];

  r.get(
    '/api/evaluations/:id/pdf',
    { config: { policy: 'evaluation.read' }, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const input = await evaluationFormInput(deps.db, contextOf(deps, request), request.params.id);
      const pdf = await renderEvaluationPdf(input);
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          attachment(`Evaluasi-Kinerja-${input.period.name}-${input.employee.nip ?? 'pegawai'}.pdf`),
        )
        .send(pdf);
    },
  );
  r.get(
    '/api/evaluation/units/:unitId/penetapan.pdf',
    {
      config: { policy: 'evaluation.read' },
      schema: { tags, params: UnitParamsSchema, querystring: EvaluationPeriodQuerySchema },
    },
    async (request, reply) => {
      const input = await penetapanInput(
        deps.db,
        contextOf(deps, request),
        request.params.unitId,
        request.query.periodId,
      );
      const pdf = await renderPenetapanPdf(input);
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          attachment(`Penetapan-Predikat-Kinerja-${input.unit.code}-${input.period.name}.pdf`),
        )
        .send(pdf);
    },
  );
  r.get(
    '/api/evaluation/units/:unitId/recap.xlsx',
    {
      config: { policy: 'evaluation.read' },
      schema: { tags, params: UnitParamsSchema, querystring: EvaluationRecapQuerySchema },
    },
    async (request, reply) => {
      const { buffer, period, unit } = await unitRecapXlsx(
        deps.db,
        contextOf(deps, request),
        request.params.unitId,
        request.query,
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`Rekap-Evaluasi-${unit.name}-${period.name}.xlsx`))
        .send(buffer);
    },
  );
  r.get(
    '/api/evaluation/recap.xlsx',
    {
      config: { policy: 'evaluation.agency' },
      schema: { tags, querystring: EvaluationPeriodQuerySchema },
    },
    async (request, reply) => {
      const { buffer, period } = await agencyRecapXlsx(
        deps.db,
        contextOf(deps, request),
        request.query.periodId,
      );
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment(`Rekap-Evaluasi-Instansi-${period.name}.xlsx`))
        .send(buffer);
    },
  );
  r.get(
    '/api/evaluation/export',
    {
      config: { policy: 'evaluation.export' },
      schema: { tags, querystring: EvaluationExportQuerySchema },
    },
    async (request, reply) => {
      const result = await exportRecords(deps.db, contextOf(deps, request), request.query);
      const name = `evaluasi-kinerja-${result.period.name}${request.query.includeDraft ? '-dengan-draf' : ''}`;
      if (request.query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', attachment(`${name}.csv`))
          .send(recordsCsv(result.records));
      }
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', attachment(`${name}.json`))
        .send(JSON.stringify(result));
    },
  );
  r.get(
    '/api/evaluation/employees/:employeeId/annual',
    {
      config: { policy: 'evaluation.read' },
      schema: {
        tags,
        params: EmployeeParamsSchema,
        querystring: EvaluationAnnualQuerySchema,
        response: { 200: EvaluationAnnualSchema },
      },
    },
    async (request) =>
      annualView(deps.db, contextOf(deps, request), request.params.employeeId, request.query.year),
  );
  r.get(
    '/api/evaluation/monitoring',
    {
      config: { policy: 'evaluation.monitor' },
      schema: {
        tags,
        querystring: EvaluationMonitoringQuerySchema,
        response: { 200: EvaluationMonitoringSchema },
      },
    },
    async (request) => evaluationMonitoring(deps.db, contextOf(deps, request), request.query),
  );
  r.get(
    '/api/evaluation/monitoring/employees',
    {
      config: { policy: 'evaluation.monitor' },
      schema: {
        tags,
        querystring: EvaluationMonitoringEmployeesQuerySchema,
        response: { 200: EvaluationMonitoringEmployeePageSchema },
      },
    },
    async (request) => evaluationMonitoringEmployees(deps.db, contextOf(deps, request), request.query),
  );
}

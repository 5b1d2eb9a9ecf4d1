import { ImportJobSchema, ImportReportSchema, LIMITS } from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import { parsePeopleFile } from './import-parse.ts';
import { ImportJobs, planImport } from './imports.service.ts';

const UPLOAD_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
  'application/vnd.ms-excel',
];

const ImportQuerySchema = z.object({ fileName: z.string().trim().min(1).max(200).default('berkas') });

declare module 'fastify' {
  interface FastifyInstance {
    importJobs: ImportJobs;
  }
}

/**
 * The people file is uploaded as the raw request body (CSV or XLSX, at most LIMITS.importMaxBytes).
 * `dry-run` answers the full report; `commit` starts a job whose progress is polled.
 */
export function registerImportRoutes(app: FastifyInstance, deps: AppDeps) {
  const jobs = new ImportJobs();
  app.decorate('importJobs', jobs);
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: LIMITS.importMaxBytes },
    (_req, body, done) => done(null, body),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const bodyOf = (body: unknown): Buffer => {
    if (!Buffer.isBuffer(body)) {
      throw new AppError('IMPORT_FILE_INVALID', 'Unggah berkas CSV atau XLSX sebagai isi permintaan');
    }
    return body;
  };

  r.post(
    '/api/imports/employees/dry-run',
    {
      config: { policy: 'employees.import' },
      bodyLimit: LIMITS.importMaxBytes,
      schema: {
        tags: ['imports'],
        description:
          'Checks a people file (the raw CSV or XLSX as the body) and reports every row problem; writes nothing.',
        consumes: UPLOAD_TYPES,
        querystring: ImportQuerySchema,
        response: { 200: ImportReportSchema },
      },
    },
    async (request) => {
      const data = bodyOf(request.body);
      const rows = await parsePeopleFile(data);
      if (rows.length > LIMITS.importMaxRows) throw new AppError('IMPORT_TOO_LARGE', 'Terlalu banyak baris');
      const plan = await planImport(deps.db, contextOf(deps, request), request.query.fileName, rows);
      return plan.report;
    },
  );
  r.post(
    '/api/imports/employees/commit',
    {
      config: { policy: 'employees.import' },
      bodyLimit: LIMITS.importMaxBytes,
      schema: {
        tags: ['imports'],
        description:
          'Starts importing a people file (raw CSV or XLSX body) in one transaction; poll GET /api/imports/{id}.',
        consumes: UPLOAD_TYPES,
        querystring: ImportQuerySchema,
        response: { 202: ImportJobSchema },
      },
    },
    async (request, reply) => {
      const data = bodyOf(request.body);
      return reply
        .status(202)
        .send(jobs.start(deps.db, contextOf(deps, request), request.query.fileName, data));
    },
  );
  r.get(
    '/api/imports/:id',
    {
      config: { policy: 'employees.import' },
      schema: { tags: ['imports'], params: z.object({ id: z.uuid() }), response: { 200: ImportJobSchema } },
    },
    async (request) => jobs.get(contextOf(deps, request), request.params.id),
  );
  app.addHook('onClose', async () => jobs.idle());
}

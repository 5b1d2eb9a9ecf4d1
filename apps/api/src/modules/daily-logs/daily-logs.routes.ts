import {
  DailyLogCalendarSchema,
  DailyLogDateParamsSchema,
  DailyLogDateQuerySchema,
  DailyLogDaySchema,
  DailyLogDecisionBodySchema,
  DailyLogDecisionResultSchema,
  DailyLogEmployeeDayParamsSchema,
  DailyLogEvidenceParamsSchema,
  DailyLogEvidenceSchema,
  DailyLogLinkBodySchema,
  DailyLogMonthQuerySchema,
  DailyLogRhkListSchema,
  DailyLogSettingsSchema,
  DailyLogTeamQuerySchema,
  DailyLogTeamSchema,
  DailyLogUploadQuerySchema,
  IdParamsSchema,
  LIMITS,
  SaveDailyLogBodySchema,
  UpdateDailyLogSettingsBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { AppError } from '../../lib/app-error.ts';
import * as evidence from './daily-logs.evidence.ts';
import * as service from './daily-logs.service.ts';
import * as team from './daily-logs.team.ts';

/**
 * Log harian (rules §4). The employee: `/api/daily-logs/mine…` (calendar, a day, save, submit, evidence,
 * the RHKs to link). The rater: `/team` (grid), `/employees/:employeeId/:date` (a day), `/decisions`
 * (approve or return many days at once). The agency admin: `/settings`. While the agency has the log
 * turned off, every route but the settings answers 404 DAILY_LOG_OFF.
 */
export function registerDailyLogRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['daily-log'];

  r.get(
    '/api/daily-logs/settings',
    { config: { policy: 'dailyLog.read' }, schema: { tags, response: { 200: DailyLogSettingsSchema } } },
    async (request) => service.settings(deps.db, contextOf(deps, request)),
  );
  r.put(
    '/api/daily-logs/settings',
    {
      config: { policy: 'dailyLog.settings' },
      schema: { tags, body: UpdateDailyLogSettingsBodySchema, response: { 200: DailyLogSettingsSchema } },
    },
    async (request) => service.updateSettings(deps.db, contextOf(deps, request), request.body.enabled),
  );

  // ---------- the employee ----------
  r.get(
    '/api/daily-logs/mine',
    {
      config: { policy: 'dailyLog.mine' },
      schema: { tags, querystring: DailyLogMonthQuerySchema, response: { 200: DailyLogCalendarSchema } },
    },
    async (request) => service.calendar(deps.db, contextOf(deps, request), request.query.month),
  );
  r.get(
    '/api/daily-logs/mine/rhks',
    {
      config: { policy: 'dailyLog.mine' },
      schema: { tags, querystring: DailyLogDateQuerySchema, response: { 200: DailyLogRhkListSchema } },
    },
    async (request) => service.linkableRhks(deps.db, contextOf(deps, request), request.query.date),
  );
  r.get(
    '/api/daily-logs/mine/:date',
    {
      config: { policy: 'dailyLog.mine' },
      schema: { tags, params: DailyLogDateParamsSchema, response: { 200: DailyLogDaySchema } },
    },
    async (request) => service.ownDay(deps.db, contextOf(deps, request), request.params.date),
  );
  r.put(
    '/api/daily-logs/mine/:date',
    {
      config: { policy: 'dailyLog.mine' },
      schema: {
        tags,
        params: DailyLogDateParamsSchema,
        body: SaveDailyLogBodySchema,
        response: { 200: DailyLogDaySchema },
      },
    },
    async (request) => service.saveDay(deps.db, contextOf(deps, request), request.params.date, request.body),
  );
  r.post(
    '/api/daily-logs/mine/:date/submit',
    {
      config: { policy: 'dailyLog.mine' },
      schema: { tags, params: DailyLogDateParamsSchema, response: { 200: DailyLogDaySchema } },
    },
    async (request) => service.submitDay(deps.db, contextOf(deps, request), request.params.date),
  );
  r.post(
    '/api/daily-logs/mine/:date/evidence/files',
    {
      config: { policy: 'dailyLog.mine' },
      bodyLimit: LIMITS.evidenceMaxBytes,
      schema: {
        tags,
        description: `Attach a file (raw bytes as the body, content-type application/octet-stream; at most ${LIMITS.evidenceMaxBytes} bytes).`,
        params: DailyLogDateParamsSchema,
        querystring: DailyLogUploadQuerySchema,
        response: { 201: DailyLogEvidenceSchema },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body))
        throw new AppError('BAD_REQUEST', 'Kirim berkas sebagai isi permintaan');
      const saved = await evidence.uploadFile(
        deps.db,
        deps.storage,
        contextOf(deps, request),
        request.params.date,
        request.query.fileName,
        request.body,
      );
      return reply.status(201).send(saved);
    },
  );
  r.post(
    '/api/daily-logs/mine/:date/evidence/links',
    {
      config: { policy: 'dailyLog.mine' },
      schema: {
        tags,
        params: DailyLogDateParamsSchema,
        body: DailyLogLinkBodySchema,
        response: { 201: DailyLogEvidenceSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await evidence.addLink(deps.db, contextOf(deps, request), request.params.date, request.body)),
  );
  r.delete(
    '/api/daily-logs/mine/:date/evidence/:evidenceId',
    { config: { policy: 'dailyLog.mine' }, schema: { tags, params: DailyLogEvidenceParamsSchema } },
    async (request, reply) => {
      await evidence.removeEvidence(
        deps.db,
        deps.storage,
        contextOf(deps, request),
        request.params.date,
        request.params.evidenceId,
      );
      return reply.status(204).send();
    },
  );
  r.get(
    '/api/daily-logs/evidence/:id',
    { config: { policy: 'dailyLog.read' }, schema: { tags, params: IdParamsSchema } },
    async (request, reply) => {
      const file = await evidence.download(
        deps.db,
        deps.storage,
        contextOf(deps, request),
        request.params.id,
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  );

  // ---------- the rater ----------
  r.get(
    '/api/daily-logs/team',
    {
      config: { policy: 'dailyLog.team' },
      schema: { tags, querystring: DailyLogTeamQuerySchema, response: { 200: DailyLogTeamSchema } },
    },
    async (request) => team.team(deps.db, contextOf(deps, request), request.query.from, request.query.to),
  );
  r.get(
    '/api/daily-logs/employees/:employeeId/:date',
    {
      config: { policy: 'dailyLog.read' },
      schema: { tags, params: DailyLogEmployeeDayParamsSchema, response: { 200: DailyLogDaySchema } },
    },
    async (request) =>
      service.dayOf(deps.db, contextOf(deps, request), request.params.employeeId, request.params.date),
  );
  r.post(
    '/api/daily-logs/decisions',
    {
      config: { policy: 'dailyLog.team' },
      schema: { tags, body: DailyLogDecisionBodySchema, response: { 200: DailyLogDecisionResultSchema } },
    },
    async (request) => team.decide(deps.db, contextOf(deps, request), request.body),
  );
}

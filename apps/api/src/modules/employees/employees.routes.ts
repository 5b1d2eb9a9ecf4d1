import {
  ChangeRaterBodySchema,
  CreateEmployeeBodySchema,
  EmployeeDetailSchema,
  EmployeeExportQuerySchema,
  EmployeePageSchema,
  EmployeeQuerySchema,
  IdParamsSchema,
  ResetPasswordResponseSchema,
  UpdateEmployeeBodySchema,
} from '@sigap/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type AppDeps, contextOf } from '../../deps.ts';
import { buildWorkbook } from '../../lib/xlsx.ts';
import { resetEmployeePassword } from '../auth/auth.service.ts';
import { EMPLOYEE_COLUMNS } from '../imports/import-columns.ts';
import { fullName } from './employees.presenter.ts';
import * as service from './employees.service.ts';

export function registerEmployeeRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/employees',
    {
      config: { policy: 'employees.list' },
      schema: {
        tags: ['employees'],
        querystring: EmployeeQuerySchema,
        response: { 200: EmployeePageSchema },
      },
    },
    async (request) => service.listEmployees(deps.db, contextOf(deps, request), request.query),
  );
  r.get(
    '/api/employees/export.xlsx',
    {
      config: { policy: 'employees.export' },
      schema: { tags: ['employees'], querystring: EmployeeExportQuerySchema },
    },
    async (request, reply) => {
      const rows = await service.exportRows(deps.db, contextOf(deps, request), request.query);
      const c = EMPLOYEE_COLUMNS;
      const buffer = await buildWorkbook(
        'Pegawai',
        [
          { header: c.nip, width: 22, value: (e) => e.nip },
          { header: c.name, width: 30, value: (e) => e.name },
          { header: c.frontTitle, width: 12, value: (e) => e.front_title },
          { header: c.backTitle, width: 16, value: (e) => e.back_title },
          { header: c.employmentType, width: 18, value: (e) => e.employment_type },
          { header: c.golongan, width: 10, value: (e) => e.golongan },
          { header: c.position, width: 40, value: (e) => e.position_name },
          { header: c.positionKind, width: 16, value: (e) => e.position_kind },
          { header: c.positionLevel, width: 16, value: (e) => e.position_level },
          { header: c.unit, width: 14, value: (e) => e.unit_code },
          { header: c.raterNip, width: 22, value: (e) => e.rater_nip },
          { header: 'Nama Lengkap', width: 40, value: (e) => fullName(e.name, e.front_title, e.back_title) },
          { header: 'Nama Unit', width: 40, value: (e) => e.unit_name },
          { header: 'Status', width: 10, value: (e) => e.status },
        ],
        rows,
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="pegawai.xlsx"')
        .send(buffer);
    },
  );
  r.get(
    '/api/employees/:id',
    {
      config: { policy: 'employees.read' },
      schema: { tags: ['employees'], params: IdParamsSchema, response: { 200: EmployeeDetailSchema } },
    },
    async (request) => service.getEmployee(deps.db, contextOf(deps, request), request.params.id),
  );
  r.post(
    '/api/employees',
    {
      config: { policy: 'employees.manage' },
      schema: {
        tags: ['employees'],
        body: CreateEmployeeBodySchema,
        response: { 201: EmployeeDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createEmployee(deps.db, contextOf(deps, request), request.body)),
  );
  r.patch(
    '/api/employees/:id',
    {
      config: { policy: 'employees.manage' },
      schema: {
        tags: ['employees'],
        params: IdParamsSchema,
        body: UpdateEmployeeBodySchema,
        response: { 200: EmployeeDetailSchema },
      },
    },
    async (request) =>
      service.updateEmployee(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/employees/:id/reporting-lines',
    {
      config: { policy: 'employees.manage' },
      schema: {
        tags: ['employees'],
        params: IdParamsSchema,
        body: ChangeRaterBodySchema,
        response: { 200: EmployeeDetailSchema },
      },
    },
    async (request) =>
      service.changeRater(deps.db, contextOf(deps, request), request.params.id, request.body),
  );
  r.post(
    '/api/employees/:id/reset-password',
    {
      config: { policy: 'users.resetPassword' },
      schema: { tags: ['employees'], params: IdParamsSchema, response: { 200: ResetPasswordResponseSchema } },
    },
    async (request) => {
      const ctx = contextOf(deps, request);
      const employee = await service.getEmployee(deps.db, ctx, request.params.id);
      return resetEmployeePassword(deps.db, ctx, {
        id: employee.id,
        nip: employee.nip,
        displayName: employee.fullName,
      });
    },
  );
}

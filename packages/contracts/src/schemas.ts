import { EMPLOYMENT_TYPES, POSITION_KINDS, UNIT_KINDS } from '@sigap/rules';
import { z } from 'zod';
import { LIMITS } from './limits.ts';

export const ROLES = ['agency_admin', 'unit_admin', 'leader', 'employee'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UuidSchema = z.uuid();
export const IdParamsSchema = z.object({ id: UuidSchema });
export const DateSchema = z.iso.date();

export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

// ---------- auth ----------
export const LoginBodySchema = z.object({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});
export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(LIMITS.passwordMinLength).max(200),
});
export const ResetPasswordResponseSchema = z.object({ temporaryPassword: z.string() });

export const MeSchema = z.object({
  user: z.object({
    id: UuidSchema,
    login: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    adminUnitIds: z.array(UuidSchema),
    employeeId: UuidSchema.nullable(),
    mustChangePassword: z.boolean(),
  }),
  agency: z.object({ id: UuidSchema, name: z.string(), timezone: z.string() }),
  csrfToken: z.string(),
  abilities: z.array(z.string()),
});
export type Me = z.infer<typeof MeSchema>;

// ---------- units ----------
export const UnitKindSchema = z.enum(UNIT_KINDS);
export const UnitSchema = z.object({
  id: UuidSchema,
  parentId: UuidSchema.nullable(),
  code: z.string(),
  name: z.string(),
  kind: UnitKindSchema,
  active: z.boolean(),
  employeeCount: z.number().int(),
});
export type Unit = z.infer<typeof UnitSchema>;
export const UnitListSchema = z.object({ items: z.array(UnitSchema), abilities: z.array(z.string()) });
export const CreateUnitBodySchema = z.object({
  parentId: UuidSchema.nullable(),
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(2).max(200),
  kind: UnitKindSchema,
});
export const UpdateUnitBodySchema = z
  .object({
    parentId: UuidSchema.nullable().optional(),
    code: z.string().trim().min(1).max(40).optional(),
    name: z.string().trim().min(2).max(200).optional(),
    kind: UnitKindSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'Tidak ada perubahan' });

// ---------- positions ----------
export const PositionKindSchema = z.enum(POSITION_KINDS);
export const PositionSchema = z.object({
  id: UuidSchema,
  unitId: UuidSchema,
  name: z.string(),
  kind: PositionKindSchema,
  level: z.string(),
  isUnitHead: z.boolean(),
  employeeCount: z.number().int(),
});
export type Position = z.infer<typeof PositionSchema>;
export const PositionQuerySchema = z.object({ unitId: UuidSchema.optional() });
export const CreatePositionBodySchema = z.object({
  unitId: UuidSchema,
  name: z.string().trim().min(2).max(200),
  kind: PositionKindSchema,
  level: z.string().min(1).max(40),
  isUnitHead: z.boolean().default(false),
});
export const UpdatePositionBodySchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  level: z.string().min(1).max(40).optional(),
  isUnitHead: z.boolean().optional(),
});

// ---------- employees ----------
export const EmploymentTypeSchema = z.enum(EMPLOYMENT_TYPES);
export const EMPLOYEE_STATUSES = ['ACTIVE', 'INACTIVE'] as const;
export const EmployeeStatusSchema = z.enum(EMPLOYEE_STATUSES);

export const PersonRefSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
});
/** A rater is either an employee or the head of region (Wali Kota/Bupati), who has no NIP. */
export const RaterRefSchema = z.union([
  PersonRefSchema.extend({ kind: z.literal('EMPLOYEE') }),
  z.object({ kind: z.literal('HEAD_OF_REGION'), fullName: z.string() }),
]);

export const EmployeeListItemSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  employmentType: EmploymentTypeSchema,
  golongan: z.string(),
  positionName: z.string(),
  positionKind: PositionKindSchema,
  unitId: UuidSchema,
  unitName: z.string(),
  status: EmployeeStatusSchema,
});
export type EmployeeListItem = z.infer<typeof EmployeeListItemSchema>;
export const EmployeeQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  unitId: UuidSchema.optional(),
  includeSubunits: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  positionKind: PositionKindSchema.optional(),
  employmentType: EmploymentTypeSchema.optional(),
  status: EmployeeStatusSchema.optional(),
});
export const EmployeeExportQuerySchema = EmployeeQuerySchema.omit({ page: true, pageSize: true });
export const EmployeePageSchema = pageOf(EmployeeListItemSchema).extend({
  /** true when more than LIMITS.countCap match: `total` is then the cap, a lower bound. */
  totalCapped: z.boolean(),
});

export const ReportingLineSchema = z.object({
  id: UuidSchema,
  rater: RaterRefSchema,
  validFrom: DateSchema,
  validTo: DateSchema.nullable(),
  acting: z.enum(['DEFINITIF', 'PLT', 'PLH']),
  createdAt: z.string(),
});
export const EmployeeDetailSchema = EmployeeListItemSchema.extend({
  name: z.string(),
  frontTitle: z.string().nullable(),
  backTitle: z.string().nullable(),
  sex: z.enum(['L', 'P']),
  birthDate: DateSchema,
  positionId: UuidSchema,
  positionLevel: z.string(),
  rater: RaterRefSchema.nullable(),
  raterSuperior: RaterRefSchema.nullable(),
  reportingLines: z.array(ReportingLineSchema),
  subordinateCount: z.number().int(),
  abilities: z.array(z.string()),
});
export type EmployeeDetail = z.infer<typeof EmployeeDetailSchema>;

export const CreateEmployeeBodySchema = z.object({
  nip: z.string().trim().min(1).max(30),
  name: z.string().trim().min(2).max(200),
  frontTitle: z.string().trim().max(40).nullable().default(null),
  backTitle: z.string().trim().max(80).nullable().default(null),
  employmentType: EmploymentTypeSchema,
  golongan: z.string().trim().min(1).max(10),
  positionId: UuidSchema,
  raterEmployeeId: UuidSchema.nullable().default(null),
});
export const UpdateEmployeeBodySchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  frontTitle: z.string().trim().max(40).nullable().optional(),
  backTitle: z.string().trim().max(80).nullable().optional(),
  employmentType: EmploymentTypeSchema.optional(),
  golongan: z.string().trim().min(1).max(10).optional(),
  positionId: UuidSchema.optional(),
  status: EmployeeStatusSchema.optional(),
});
export const ChangeRaterBodySchema = z.object({
  /** null = the head of region (Wali Kota/Bupati) rates this employee. */
  raterEmployeeId: UuidSchema.nullable(),
  validFrom: DateSchema,
  acting: z.enum(['DEFINITIF', 'PLT', 'PLH']).default('DEFINITIF'),
});

// ---------- import ----------
export const ImportRowProblemSchema = z.object({
  row: z.number().int(),
  nip: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export const ImportReportSchema = z.object({
  fileName: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  problems: z.array(ImportRowProblemSchema),
  toCreate: z.number().int(),
  toUpdate: z.number().int(),
  unchanged: z.number().int(),
  raterChanges: z.number().int(),
  positionsToCreate: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
export const ImportJobSchema = z.object({
  id: UuidSchema,
  phase: z.enum(['PARSING', 'VALIDATING', 'WRITING', 'DONE', 'FAILED']),
  processed: z.number().int(),
  total: z.number().int(),
  report: ImportReportSchema.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

// ---------- audit ----------
export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: UuidSchema.optional(),
  actorUserId: UuidSchema.optional(),
  from: DateSchema.optional(),
  to: DateSchema.optional(),
});
export const AuditRecordSchema = z.object({
  id: UuidSchema,
  /** Null until the record is sealed into the agency's hash chain (within seconds). */
  seq: z.number().int().nullable(),
  at: z.string(),
  actorUserId: UuidSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string().nullable(),
});
export const AuditPageSchema = pageOf(AuditRecordSchema);

// ---------- home ----------
export const AgencySummarySchema = z.object({
  agencyName: z.string(),
  units: z.number().int(),
  activeUnits: z.number().int(),
  employees: z.number().int(),
  byEmploymentType: z.record(z.string(), z.number().int()),
  byPositionKind: z.record(z.string(), z.number().int()),
  withoutRater: z.number().int(),
});

export const HealthSchema = z.object({ status: z.literal('ok'), database: z.string(), time: z.string() });

import { z } from 'zod';
import {
  CurveSchema,
  EmployeePredikatSchema,
  OrganisationPredikatSchema,
  RatingLevelSchema,
} from './evaluation.ts';
import { PeriodSchema, YearSchema } from './planning.ts';
import { DateSchema, PageQuerySchema, pageOf, UuidSchema } from './schemas.ts';

// ---------- evaluation documents, exports, annual view and curve monitoring (rules §5.4, §5.7, §8) ----------

const booleanFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .default(false);

/** Penetapan PDF and the unit recap: the period (default: the current one). */
export const EvaluationRecapQuerySchema = z.object({
  periodId: UuidSchema.optional(),
  /** The unit recap: also the people placed in its sub-units (needs monitoring scope over the unit). */
  subtree: booleanFlag,
});

// ---------- SIASN-style export (rules §8) ----------

export const EvaluationExportQuerySchema = z.object({
  periodId: UuidSchema,
  format: z.enum(['csv', 'json']).default('json'),
  /** Add the draft (not yet finalised) evaluations, flagged `draft: true`. */
  includeDraft: booleanFlag,
});

/**
 * One record sent upward per evaluated employee and period (rules §8). `id` is the evaluation's id: it
 * never changes, so a re-sent record replaces the earlier one instead of duplicating it.
 */
export const SiasnRecordSchema = z.object({
  id: UuidSchema,
  periodId: UuidSchema,
  periodKind: z.string(),
  periodName: z.string(),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  year: z.number().int(),
  nip: z.string(),
  name: z.string(),
  employmentType: z.string(),
  golongan: z.string(),
  positionName: z.string(),
  positionKind: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  hasilKerja: RatingLevelSchema,
  hasilKerjaLabel: z.string(),
  perilakuKerja: RatingLevelSchema,
  perilakuKerjaLabel: z.string(),
  /** The kuadran's cell: the predikat kinerja pegawai. */
  predikat: EmployeePredikatSchema,
  predikatLabel: z.string(),
  organisationPredikat: OrganisationPredikatSchema.nullable(),
  /** EMPLOYEE, or HEAD_OF_REGION (Wali Kota/Bupati: no NIP, no golongan). */
  raterKind: z.enum(['EMPLOYEE', 'HEAD_OF_REGION']),
  raterNip: z.string().nullable(),
  raterName: z.string(),
  raterGolongan: z.string().nullable(),
  raterPositionName: z.string(),
  raterUnitName: z.string(),
  status: z.enum(['DRAFT', 'FINAL']),
  draft: z.boolean(),
  finalisedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type SiasnRecord = z.infer<typeof SiasnRecordSchema>;

export const EvaluationExportSchema = z.object({
  /** Layout version of the records. */
  schema: z.literal('sigap.evaluasi-kinerja.v1'),
  agency: z.object({ id: UuidSchema, name: z.string() }),
  period: PeriodSchema,
  generatedAt: z.string(),
  includeDraft: z.boolean(),
  count: z.number().int(),
  records: z.array(SiasnRecordSchema),
});
export type EvaluationExport = z.infer<typeof EvaluationExportSchema>;

// ---------- annual view (rules §5.1: the year's periodic evaluations and the annual one) ----------

export const EmployeeParamsSchema = z.object({ employeeId: UuidSchema });
export const EvaluationAnnualQuerySchema = z.object({ year: YearSchema.optional() });

export const AnnualEntrySchema = z.object({
  id: UuidSchema,
  hasilKerja: RatingLevelSchema,
  perilakuKerja: RatingLevelSchema,
  predikat: EmployeePredikatSchema,
  status: z.enum(['DRAFT', 'FINAL']),
  raterName: z.string(),
  finalisedAt: z.string().nullable(),
  objection: z.enum(['OPEN', 'DECIDED']).nullable(),
});

export const EvaluationAnnualSchema = z.object({
  year: z.number().int(),
  employee: z.object({
    id: UuidSchema,
    nip: z.string(),
    fullName: z.string(),
    positionName: z.string(),
    unitName: z.string(),
  }),
  /** The year's periodic evaluations side by side (monthly or quarterly periods, in order). */
  periods: z.array(z.object({ period: PeriodSchema, evaluation: AnnualEntrySchema.nullable() })),
  /** The annual evaluation (null when the year has no annual period). */
  annual: z.object({ period: PeriodSchema, evaluation: AnnualEntrySchema.nullable() }).nullable(),
  /** Over the periodic evaluations shown. */
  summary: z.object({
    rated: z.number().int(),
    final: z.number().int(),
    counts: z.record(EmployeePredikatSchema, z.number().int()),
  }),
});
export type EvaluationAnnual = z.infer<typeof EvaluationAnnualSchema>;

// ---------- monitoring kurva (rules §5.4) ----------

export const EvaluationMonitoringQuerySchema = z.object({
  periodId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
});

/** Counts over a set of units (a subtree, the actor's scope). */
export const EvaluationMonitorCountsSchema = z.object({
  /** Active people placed in the units. */
  headcount: z.number().int(),
  /** Evaluations of the period recorded in the units. */
  rated: z.number().int(),
  unrated: z.number().int(),
  /** Of which finalised (status FINAL). */
  final: z.number().int(),
  /** People per predikat, Sangat Kurang → Sangat Baik. */
  counts: z.record(EmployeePredikatSchema, z.number().int()),
  /** Share of the rated per predikat, percent with one decimal. */
  percents: z.record(EmployeePredikatSchema, z.number()),
  /** Units with staff or evaluations. */
  units: z.number().int(),
  /** Of which the organisation predikat is set. */
  unitsWithPredikat: z.number().int(),
  /** Of which the Penetapan Predikat Kinerja is signed. */
  unitsFinalised: z.number().int(),
  unitsPending: z.number().int(),
  /** Units whose own distribution breaks its pattern, and the broken bounds in all. */
  unitsWithViolations: z.number().int(),
  violations: z.number().int(),
  openObjections: z.number().int(),
});

export const EvaluationMonitoringRowSchema = z.object({
  unitId: UuidSchema,
  name: z.string(),
  code: z.string(),
  /** The row is the unit's own staff (people placed directly in the unit shown), not a child's subtree. */
  ownStaffOnly: z.boolean(),
  hasChildren: z.boolean(),
  /** The row's units together (its subtree; only the unit itself for an own-staff row). */
  totals: EvaluationMonitorCountsSchema,
  /** The unit's own distribution (people placed directly in it) against its pattern. */
  own: z.object({
    predikat: OrganisationPredikatSchema.nullable(),
    finalisedAt: z.string().nullable(),
    curve: CurveSchema,
    openObjections: z.number().int(),
  }),
});

export const EvaluationMonitoringSchema = z.object({
  period: PeriodSchema,
  periods: z.array(PeriodSchema),
  /** The unit drilled into (null: the whole agency, or all of the actor's units). */
  unit: z.object({ id: UuidSchema, name: z.string(), parentId: UuidSchema.nullable() }).nullable(),
  totals: EvaluationMonitorCountsSchema,
  rows: z.array(EvaluationMonitoringRowSchema),
});
export type EvaluationMonitoring = z.infer<typeof EvaluationMonitoringSchema>;

export const EVALUATION_MONITOR_STATUSES = ['NOT_RATED', 'DRAFT', 'FINAL'] as const;
export const EvaluationMonitorStatusSchema = z.enum(EVALUATION_MONITOR_STATUSES);

export const EvaluationMonitoringEmployeesQuerySchema = PageQuerySchema.extend({
  periodId: UuidSchema.optional(),
  unitId: UuidSchema.optional(),
  status: EvaluationMonitorStatusSchema.optional(),
  predikat: EmployeePredikatSchema.optional(),
  /** Only the people of `unitId` itself (the own-staff row), not its sub-units. */
  ownStaffOnly: booleanFlag,
  /** Only evaluations with an open objection. */
  openObjection: booleanFlag,
});

export const EvaluationMonitoringEmployeePageSchema = pageOf(
  z.object({
    employeeId: UuidSchema,
    nip: z.string(),
    fullName: z.string(),
    positionName: z.string(),
    unitId: UuidSchema,
    unitName: z.string(),
    raterName: z.string().nullable(),
    status: EvaluationMonitorStatusSchema,
    evaluationId: UuidSchema.nullable(),
    hasilKerja: RatingLevelSchema.nullable(),
    perilakuKerja: RatingLevelSchema.nullable(),
    predikat: EmployeePredikatSchema.nullable(),
    objection: z.enum(['OPEN', 'DECIDED']).nullable(),
  }),
);
export type EvaluationMonitoringEmployeePage = z.infer<typeof EvaluationMonitoringEmployeePageSchema>;

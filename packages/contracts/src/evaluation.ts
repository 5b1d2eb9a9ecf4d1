import { EMPLOYEE_PREDIKATS, ORGANISATION_PREDIKATS, RATING_LEVELS, ROUNDING_MODES } from '@sigap/rules';
import { z } from 'zod';
import { PeriodSchema } from './planning.ts';
import { UuidSchema } from './schemas.ts';

// ---------- evaluation (rules §5) ----------

export const RatingLevelSchema = z.enum(RATING_LEVELS);
export const EmployeePredikatSchema = z.enum(EMPLOYEE_PREDIKATS);
export const OrganisationPredikatSchema = z.enum(ORGANISATION_PREDIKATS);

export const EvaluationSettingsSchema = z.object({
  violationPolicy: z.enum(['WARN', 'BLOCK']),
  rounding: z.object({ atLeast: z.enum(ROUNDING_MODES), atMost: z.enum(ROUNDING_MODES) }),
  objectionDays: z.number().int().min(1).max(90),
  leaderRatingMap: z.record(OrganisationPredikatSchema, RatingLevelSchema),
});
export type EvaluationSettings = z.infer<typeof EvaluationSettingsSchema>;
export const UpdateEvaluationSettingsBodySchema = EvaluationSettingsSchema.partial().strict();

export const EvaluationPeriodQuerySchema = z.object({ periodId: UuidSchema.optional() });

export const SetUnitPredikatBodySchema = z
  .object({
    periodId: UuidSchema,
    predikat: OrganisationPredikatSchema,
    note: z.string().trim().max(4000).nullable().default(null),
  })
  .strict();

export const ResolvedBoundSchema = z.object({
  bound: z.enum(['AT_MOST', 'AT_LEAST']),
  predikats: z.array(EmployeePredikatSchema),
  percent: z.number().nullable(),
  count: z.number().int().nullable(),
  people: z.number().int(),
  rule: z.string(),
});
export const ViolationSchema = z.object({
  bound: z.enum(['AT_MOST', 'AT_LEAST']),
  predikats: z.array(EmployeePredikatSchema),
  actual: z.number().int(),
  total: z.number().int(),
  actualPercent: z.number(),
  limitPercent: z.number().nullable(),
  limitPeople: z.number().int(),
  message: z.string(),
});

export const CurveSchema = z.object({
  /** People per predikat, Sangat Kurang → Sangat Baik. */
  counts: z.record(EmployeePredikatSchema, z.number().int()),
  total: z.number().int(),
  /** People in the unit still without a rating. */
  unrated: z.number().int(),
  bounds: z.array(ResolvedBoundSchema),
  violations: z.array(ViolationSchema),
});
export type Curve = z.infer<typeof CurveSchema>;

export const UnitPredikatSchema = z.object({
  predikat: OrganisationPredikatSchema,
  note: z.string().nullable(),
  setByName: z.string(),
  setAt: z.string(),
  finalisedAt: z.string().nullable(),
  signature: z.object({ name: z.string(), nip: z.string().nullable(), positionName: z.string() }).nullable(),
});

const PersonSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  positionName: z.string(),
  positionKind: z.string(),
  unitName: z.string(),
});

export const EvaluationSchema = z.object({
  id: UuidSchema,
  employeeId: UuidSchema,
  periodId: UuidSchema,
  unitId: UuidSchema,
  raterName: z.string(),
  hasilKerja: RatingLevelSchema,
  perilakuKerja: RatingLevelSchema,
  predikat: EmployeePredikatSchema,
  suggestedHasilKerja: RatingLevelSchema.nullable(),
  feedback: z.string().nullable(),
  status: z.enum(['DRAFT', 'FINAL']),
  finalisedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const SuggestionSchema = z.object({
  rating: RatingLevelSchema.nullable(),
  reasons: z.array(z.string()),
});

export const EvaluationUnitSchema = z.object({
  unit: z.object({ id: UuidSchema, name: z.string(), code: z.string(), parentId: UuidSchema.nullable() }),
  period: PeriodSchema,
  predikat: UnitPredikatSchema.nullable(),
  curve: CurveSchema,
  policy: z.enum(['WARN', 'BLOCK']),
  items: z.array(
    z.object({
      employee: PersonSchema,
      raterName: z.string().nullable(),
      raterEmployeeId: UuidSchema.nullable(),
      isUnitHead: z.boolean(),
      evaluation: EvaluationSchema.nullable(),
    }),
  ),
  /** setPredikat, finalise, calibrate. */
  abilities: z.array(z.string()),
});
export type EvaluationUnit = z.infer<typeof EvaluationUnitSchema>;
export const EvaluationUnitQuerySchema = z.object({
  periodId: UuidSchema.optional(),
  raterId: UuidSchema.optional(),
  positionKind: z.string().max(40).optional(),
});

export const EvaluationUnitsSchema = z.object({
  period: PeriodSchema,
  periods: z.array(PeriodSchema),
  /** Units whose organisation predikat the actor sets (children of the unit they head; top units for leaders). */
  items: z.array(
    z.object({
      unit: z.object({ id: UuidSchema, name: z.string(), code: z.string() }),
      headcount: z.number().int(),
      rated: z.number().int(),
      predikat: UnitPredikatSchema.nullable(),
      violations: z.number().int(),
    }),
  ),
});

export const EvaluationTeamSchema = z.object({
  period: PeriodSchema,
  periods: z.array(PeriodSchema),
  items: z.array(
    z.object({
      employee: PersonSchema,
      unitId: UuidSchema,
      skpId: UuidSchema.nullable(),
      skpStatus: z.string().nullable(),
      achievement: z.number().nullable(),
      suggestion: SuggestionSchema,
      /** The employee heads their unit: rating hasil kerja follows the unit's predikat. */
      isUnitHead: z.boolean(),
      unitPredikat: OrganisationPredikatSchema.nullable(),
      coachingSessions: z.number().int(),
      evaluation: EvaluationSchema.nullable(),
      locked: z.boolean(),
    }),
  ),
  /** The curves of the units the team belongs to. */
  units: z.array(
    z.object({
      unitId: UuidSchema,
      name: z.string(),
      predikat: OrganisationPredikatSchema.nullable(),
      curve: CurveSchema,
    }),
  ),
});
export type EvaluationTeam = z.infer<typeof EvaluationTeamSchema>;

export const RateBodySchema = z
  .object({
    hasilKerja: RatingLevelSchema,
    perilakuKerja: RatingLevelSchema,
    feedback: z.string().trim().max(4000).nullable().default(null),
  })
  .strict();
export const RateParamsSchema = z.object({ employeeId: UuidSchema, periodId: UuidSchema });

export const CalibrateBodySchema = z
  .object({
    hasilKerja: RatingLevelSchema,
    perilakuKerja: RatingLevelSchema,
    reason: z.string().trim().min(5).max(2000),
  })
  .strict();

export const FinaliseBodySchema = z.object({ periodId: UuidSchema }).strict();
export const UnitParamsSchema = z.object({ unitId: UuidSchema });

export const EvaluationChangeSchema = z.object({
  id: UuidSchema,
  kind: z.enum(['CALIBRATION', 'OBJECTION']),
  before: z.record(z.string(), z.string()),
  after: z.record(z.string(), z.string()),
  reason: z.string(),
  actorName: z.string(),
  at: z.string(),
});

export const ObjectionSchema = z.object({
  id: UuidSchema,
  evaluationId: UuidSchema,
  deciderName: z.string(),
  reasons: z.string(),
  status: z.enum(['OPEN', 'DECIDED']),
  decision: z.enum(['CONFIRMED', 'CHANGED']).nullable(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  messages: z.array(
    z.object({
      id: UuidSchema,
      authorName: z.string(),
      authorRole: z.enum(['DECIDER', 'RATER', 'EMPLOYEE']),
      addressedTo: z.enum(['RATER', 'EMPLOYEE']).nullable(),
      body: z.string(),
      at: z.string(),
    }),
  ),
  /** ask, answer, decide. */
  abilities: z.array(z.string()),
});
export type Objection = z.infer<typeof ObjectionSchema>;

export const EvaluationDetailSchema = z.object({
  evaluation: EvaluationSchema,
  employee: PersonSchema,
  period: PeriodSchema,
  unitPredikat: UnitPredikatSchema.nullable(),
  changes: z.array(EvaluationChangeSchema),
  objection: ObjectionSchema.nullable(),
  /** Last day to object (receipt + the agency's window), once acknowledged. */
  objectionDeadline: z.string().nullable(),
  /** acknowledge, object, calibrate. */
  abilities: z.array(z.string()),
});
export type EvaluationDetail = z.infer<typeof EvaluationDetailSchema>;

export const MyEvaluationsSchema = z.object({ items: z.array(EvaluationDetailSchema) });

export const FileObjectionBodySchema = z.object({ reasons: z.string().trim().min(10).max(8000) }).strict();
export const ObjectionMessageBodySchema = z
  .object({
    body: z.string().trim().min(1).max(4000),
    /** Only for the decider: whom the question is for. */
    addressedTo: z.enum(['RATER', 'EMPLOYEE']).nullable().default(null),
  })
  .strict();
export const DecideObjectionBodySchema = z
  .object({
    decision: z.enum(['CONFIRMED', 'CHANGED']),
    hasilKerja: RatingLevelSchema.optional(),
    perilakuKerja: RatingLevelSchema.optional(),
    note: z.string().trim().min(5).max(4000),
  })
  .strict()
  .refine(
    (b) => b.decision === 'CONFIRMED' || (b.hasilKerja !== undefined && b.perilakuKerja !== undefined),
    {
      message: 'Keputusan mengubah hasil wajib menyertakan rating hasil kerja dan perilaku kerja',
    },
  );

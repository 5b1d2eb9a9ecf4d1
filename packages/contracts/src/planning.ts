import {
  BERAKHLAK_CODES,
  IKI_ASPECTS,
  LAMPIRAN_SECTIONS,
  PERIOD_KINDS,
  RHK_CATEGORIES,
  SKP_APPROACHES,
  SKP_FORMATS,
  SKP_STATUSES,
  TARGET_DIRECTIONS,
} from '@sigap/rules';
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { DateSchema, PageQuerySchema, pageOf, UuidSchema } from './schemas.ts';

// ---------- periods (rules §2) ----------
export const YearSchema = z.coerce.number().int().min(2000).max(2100);
export const YearParamsSchema = z.object({ year: YearSchema });

export const PeriodSchema = z.object({
  id: UuidSchema,
  kind: z.enum(PERIOD_KINDS),
  seq: z.number().int(),
  name: z.string(),
  start: DateSchema,
  end: DateSchema,
  fillDeadline: DateSchema,
  final: z.boolean(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const PlanningYearSchema = z.object({
  year: z.number().int(),
  skpDeadline: DateSchema,
  monthly: z.boolean(),
  quarterly: z.boolean(),
  fillingDays: z.number().int(),
  /** Today, in the agency's time zone, is after the SKP deadline. */
  deadlinePassed: z.boolean(),
  periods: z.array(PeriodSchema),
});
export type PlanningYear = z.infer<typeof PlanningYearSchema>;
export const PlanningYearListSchema = z.object({
  items: z.array(PlanningYearSchema),
  abilities: z.array(z.string()),
});

export const CreatePlanningYearBodySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    skpDeadline: DateSchema.optional(),
    monthly: z.boolean().default(true),
    quarterly: z.boolean().default(false),
    fillingDays: z.number().int().min(0).max(60).default(5),
  })
  .strict();
export const UpdatePlanningYearBodySchema = z.object({ skpDeadline: DateSchema }).strict();

// ---------- SKP (rules §3) ----------
const text = (max: number) => z.string().trim().max(max);

export const SkpIndicatorSchema = z.object({
  id: UuidSchema,
  aspect: z.enum(IKI_ASPECTS),
  text: z.string(),
  targetValue: z.number().nullable(),
  targetUnit: z.string().nullable(),
  targetText: z.string().nullable(),
  perspective: z.string().nullable(),
  direction: z.enum(TARGET_DIRECTIONS),
});
export const SkpRhkSchema = z.object({
  id: UuidSchema,
  category: z.enum(RHK_CATEGORIES),
  text: z.string(),
  parentRhkId: UuidSchema.nullable(),
  /** The superior's RHK text, as linked (for display). */
  parentRhkText: z.string().nullable(),
  klasifikasi: z.string().nullable(),
  penugasanDari: z.string().nullable(),
  indicators: z.array(SkpIndicatorSchema),
});
export type SkpRhk = z.infer<typeof SkpRhkSchema>;

export const PersonSnapshotSchema = z.object({
  kind: z.enum(['EMPLOYEE', 'HEAD_OF_REGION']),
  employeeId: UuidSchema.nullable(),
  nip: z.string().nullable(),
  name: z.string(),
  golongan: z.string().nullable(),
  positionName: z.string(),
  unitName: z.string(),
});
export type PersonSnapshot = z.infer<typeof PersonSnapshotSchema>;

export const SkpStatusSchema = z.enum(SKP_STATUSES);
export const SkpEventSchema = z.object({
  id: UuidSchema,
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});

export const SkpSummarySchema = z.object({
  id: UuidSchema,
  employeeId: UuidSchema,
  year: z.number().int(),
  version: z.number().int(),
  current: z.boolean(),
  status: SkpStatusSchema,
  format: z.enum(SKP_FORMATS),
  approach: z.enum(SKP_APPROACHES),
  employee: PersonSnapshotSchema,
  rater: PersonSnapshotSchema,
  periodStart: DateSchema,
  periodEnd: DateSchema,
  rhkCount: z.number().int(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type SkpSummary = z.infer<typeof SkpSummarySchema>;

export const SkpDetailSchema = SkpSummarySchema.extend({
  rhks: z.array(SkpRhkSchema),
  behaviourExpectations: z.record(z.string(), z.string()),
  lampiran: z.record(z.string(), z.string()),
  draftedByAdmin: z.boolean(),
  events: z.array(SkpEventSchema),
  /** Every version of this SKP (same person, year and post), oldest first. */
  versions: z.array(z.object({ id: UuidSchema, version: z.number().int(), status: SkpStatusSchema })),
  /** e.g. edit, submit, approve, return, revise, pdf. */
  abilities: z.array(z.string()),
});
export type SkpDetail = z.infer<typeof SkpDetailSchema>;

export const CreateSkpBodySchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** Agency admin after the deadline: draft on behalf of this employee. Default: oneself. */
    employeeId: UuidSchema.optional(),
    approach: z.enum(SKP_APPROACHES).default('KUANTITATIF'),
    /** Start from last year's SKP (its RHKs and indicators, without cascading links). */
    copyFromPreviousYear: z.boolean().default(false),
  })
  .strict();

const IndicatorInputSchema = z.object({
  id: UuidSchema.optional(),
  aspect: z.enum(IKI_ASPECTS),
  text: text(LIMITS.skpTextMax),
  targetValue: z.number().finite().min(0).max(1e12).nullable().default(null),
  targetUnit: text(100).nullable().default(null),
  targetText: text(LIMITS.skpTextMax).nullable().default(null),
  perspective: text(100).nullable().default(null),
  /** Omitted: the aspek's usual direction (waktu and biaya "at most"). */
  direction: z.enum(TARGET_DIRECTIONS).optional(),
});
const RhkInputSchema = z.object({
  id: UuidSchema.optional(),
  category: z.enum(RHK_CATEGORIES),
  text: text(LIMITS.skpTextMax),
  parentRhkId: UuidSchema.nullable().default(null),
  klasifikasi: text(200).nullable().default(null),
  penugasanDari: text(200).nullable().default(null),
  indicators: z.array(IndicatorInputSchema).max(LIMITS.skpIndicatorsPerRhkMax),
});
/**
 * The whole editable content of a draft, saved at once (autosave). Order of the arrays is the order.
 * Unknown keys are dropped, so a client may send back the objects it read (with parentRhkText etc.).
 */
export const SkpContentBodySchema = z.object({
  approach: z.enum(SKP_APPROACHES),
  rhks: z.array(RhkInputSchema).max(LIMITS.skpRhksMax),
  behaviourExpectations: z.partialRecord(z.enum(BERAKHLAK_CODES), text(LIMITS.skpTextMax)).default({}),
  lampiran: z.partialRecord(z.enum(LAMPIRAN_SECTIONS), text(LIMITS.skpLampiranMax)).default({}),
});
export type SkpContentBody = z.input<typeof SkpContentBodySchema>;

export const ReturnSkpBodySchema = z.object({ note: z.string().trim().min(3).max(2000) }).strict();

/** The superior's approved SKP this SKP cascades from, or why there is none and who must act. */
export const CascadeOptionsSchema = z.object({
  required: z.boolean(),
  status: z.enum(['AVAILABLE', 'NOT_REQUIRED', 'SUPERIOR_NO_APPROVED_SKP', 'NO_SUPERIOR']),
  superior: PersonSnapshotSchema.nullable(),
  /** The superior's SKP in its current state (when there is one, whatever its status). */
  superiorSkpStatus: SkpStatusSchema.nullable(),
  rhks: z.array(z.object({ id: UuidSchema, category: z.enum(RHK_CATEGORIES), text: z.string() })),
  message: z.string(),
});

export const SkpProblemListSchema = z.array(
  z.object({ path: z.string(), code: z.string(), message: z.string() }),
);

export const MySkpsSchema = z.object({
  year: z.number().int(),
  skpDeadline: DateSchema.nullable(),
  deadlinePassed: z.boolean(),
  items: z.array(SkpSummarySchema),
  abilities: z.array(z.string()),
});

export const TeamQuerySchema = z.object({ year: YearSchema });
export const TeamSchema = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      employee: z.object({
        id: UuidSchema,
        nip: z.string(),
        fullName: z.string(),
        positionName: z.string(),
        unitName: z.string(),
      }),
      skp: SkpSummarySchema.nullable(),
      /** The signed-in user may approve or return it now. */
      canDecide: z.boolean(),
    }),
  ),
});

// ---------- Matriks Peran Hasil ----------
export const MatrixSchema = z.object({
  skpId: UuidSchema,
  status: SkpStatusSchema,
  rhks: z.array(z.object({ id: UuidSchema, category: z.enum(RHK_CATEGORIES), text: z.string() })),
  subordinates: z.array(
    z.object({
      id: UuidSchema,
      nip: z.string(),
      fullName: z.string(),
      positionName: z.string(),
      skpId: UuidSchema.nullable(),
      skpStatus: SkpStatusSchema.nullable(),
    }),
  ),
  /** Subordinate RHKs linked to a leader RHK. */
  links: z.array(
    z.object({ rhkId: UuidSchema, employeeId: UuidSchema, childRhkId: UuidSchema, text: z.string() }),
  ),
  gaps: z.object({
    rhksWithoutContributor: z.array(UuidSchema),
    subordinatesWithoutLink: z.array(UuidSchema),
  }),
  abilities: z.array(z.string()),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export const MatrixAssignBodySchema = z
  .object({
    assignments: z
      .array(
        z
          .object({
            rhkId: UuidSchema,
            employeeId: UuidSchema,
            /** Text of the subordinate's new RHK; default: the leader's RHK text. */
            text: text(LIMITS.skpTextMax).min(1).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(500),
  })
  .strict();
export const MatrixAssignResultSchema = z.object({
  created: z.number().int(),
  draftsCreated: z.number().int(),
});

// ---------- monitoring pengisian ----------
export const SKP_MONITOR_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export const SkpMonitorStatusSchema = z.enum(SKP_MONITOR_STATUSES);
export type SkpMonitorStatus = z.infer<typeof SkpMonitorStatusSchema>;
const CountsSchema = z.object({
  NOT_STARTED: z.number().int(),
  DRAFT: z.number().int(),
  SUBMITTED: z.number().int(),
  RETURNED: z.number().int(),
  APPROVED: z.number().int(),
  total: z.number().int(),
});
export const MonitoringQuerySchema = z.object({ year: YearSchema, unitId: UuidSchema.optional() });
export const MonitoringSchema = z.object({
  year: z.number().int(),
  skpDeadline: DateSchema.nullable(),
  deadlinePassed: z.boolean(),
  /** The unit shown (null: the whole agency, or all of the actor's units). */
  unit: z.object({ id: UuidSchema, name: z.string(), parentId: UuidSchema.nullable() }).nullable(),
  totals: CountsSchema,
  /** One row per child unit (its whole subtree), plus the unit's own staff as a row when it has any. */
  rows: z.array(
    CountsSchema.extend({
      unitId: UuidSchema,
      name: z.string(),
      code: z.string(),
      ownStaffOnly: z.boolean(),
      hasChildren: z.boolean(),
    }),
  ),
});
export type Monitoring = z.infer<typeof MonitoringSchema>;
export const MonitoringEmployeesQuerySchema = PageQuerySchema.extend({
  year: YearSchema,
  unitId: UuidSchema.optional(),
  status: SkpMonitorStatusSchema.optional(),
  /** Only the people placed in `unitId` itself (the "staf langsung" row), not in its sub-units. */
  ownStaffOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export const MonitoringEmployeePageSchema = pageOf(
  z.object({
    employeeId: UuidSchema,
    nip: z.string(),
    fullName: z.string(),
    positionName: z.string(),
    unitName: z.string(),
    status: SkpMonitorStatusSchema,
    skpId: UuidSchema.nullable(),
    overdue: z.boolean(),
  }),
);
export const MonitoringExportQuerySchema = z.object({ year: YearSchema, unitId: UuidSchema.optional() });

// ---------- notifications ----------
export const NotificationSchema = z.object({
  id: UuidSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});
export const NotificationPageSchema = pageOf(NotificationSchema).extend({ unread: z.number().int() });
export const NotificationQuerySchema = PageQuerySchema.extend({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});

import { ACHIEVEMENT_LEVELS, BERAKHLAK_CODES, TARGET_DIRECTIONS } from '@sigap/rules';
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { PeriodSchema, SkpDetailSchema, SkpIndicatorSchema } from './planning.ts';
import { UuidSchema } from './schemas.ts';

// ---------- realisasi per period (rules §4) ----------

export const REPORT_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED'] as const;
export const ReportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

export const AchievementSchema = z.object({
  percent: z.number().nullable(),
  level: z.enum(ACHIEVEMENT_LEVELS).nullable(),
});

export const EvidenceSchema = z.object({
  id: UuidSchema,
  kind: z.enum(['FILE', 'LINK']),
  /** The link (LINK) or the download path of the stored file (FILE). */
  url: z.string(),
  /** File name, or the link's title (defaults to the link). */
  name: z.string(),
  contentType: z.string().nullable(),
  size: z.number().int().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FEEDBACK_ROLES = ['RATER', 'EMPLOYEE'] as const;
export const FeedbackSchema = z.object({
  id: UuidSchema,
  indicatorId: UuidSchema.nullable(),
  behaviourCode: z.enum(BERAKHLAK_CODES).nullable(),
  parentId: UuidSchema.nullable(),
  authorName: z.string(),
  authorRole: z.enum(FEEDBACK_ROLES),
  body: z.string(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

export const RealisationIndicatorSchema = SkpIndicatorSchema.extend({
  value: z.number().nullable(),
  valueText: z.string().nullable(),
  achievement: AchievementSchema,
  evidence: z.array(EvidenceSchema),
});
export const RealisationRhkSchema = z.object({
  id: UuidSchema,
  category: z.string(),
  text: z.string(),
  rencanaAksi: z.string(),
  indicators: z.array(RealisationIndicatorSchema),
});

export const ReportPeriodSchema = PeriodSchema.extend({
  status: ReportStatusSchema,
  late: z.boolean(),
});

export const RealisationReportSchema = z.object({
  skp: SkpDetailSchema.pick({
    id: true,
    year: true,
    status: true,
    employee: true,
    rater: true,
    employeeId: true,
  }),
  period: PeriodSchema,
  /** The periods realisation is reported for in this year (the final period's kind), with their state. */
  periods: z.array(ReportPeriodSchema),
  reportId: UuidSchema.nullable(),
  status: ReportStatusSchema,
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  /** The period's batas pengisian has passed (in the agency's time zone): submitting now is marked late. */
  deadlinePassed: z.boolean(),
  achievement: z.number().nullable(),
  rhks: z.array(RealisationRhkSchema),
  feedback: z.array(FeedbackSchema),
  /** edit, submit, reopen, feedback, reply. */
  abilities: z.array(z.string()),
});
export type RealisationReport = z.infer<typeof RealisationReportSchema>;

export const RealisationParamsSchema = z.object({ id: UuidSchema, periodId: UuidSchema });
export const RealisationQuerySchema = z.object({ periodId: UuidSchema.optional() });

export const SaveRealisationBodySchema = z
  .object({
    /** Rencana aksi per RHK id. */
    rencanaAksi: z.record(UuidSchema, z.string().trim().max(LIMITS.skpTextMax)).default({}),
    values: z
      .array(
        z
          .object({
            indicatorId: UuidSchema,
            value: z.number().finite().min(0).max(1e12).nullable().default(null),
            text: z.string().trim().max(LIMITS.skpTextMax).nullable().default(null),
          })
          .strict(),
      )
      .max(LIMITS.skpRhksMax * LIMITS.skpIndicatorsPerRhkMax)
      .default([]),
  })
  .strict();
export type SaveRealisationBody = z.infer<typeof SaveRealisationBodySchema>;

export const ReopenRealisationBodySchema = z.object({ note: z.string().trim().min(1).max(2000) }).strict();

export const EvidenceUploadQuerySchema = z.object({
  indicatorId: UuidSchema,
  fileName: z.string().trim().min(1).max(200),
});
export const EvidenceLinkBodySchema = z
  .object({
    indicatorId: UuidSchema,
    url: z
      .string()
      .trim()
      .max(2000)
      .refine((u) => /^https?:\/\//i.test(u), 'Tautan harus diawali http:// atau https://'),
    title: z.string().trim().max(200).nullable().default(null),
  })
  .strict();
export const EvidenceParamsSchema = z.object({ evidenceId: UuidSchema });

export const CreateFeedbackBodySchema = z
  .object({
    periodId: UuidSchema,
    indicatorId: UuidSchema.nullable().default(null),
    behaviourCode: z.enum(BERAKHLAK_CODES).nullable().default(null),
    /** A reply in the thread of this feedback. */
    parentId: UuidSchema.nullable().default(null),
    body: z.string().trim().min(1).max(4000),
  })
  .strict()
  .refine((b) => b.parentId !== null || (b.indicatorId === null) !== (b.behaviourCode === null), {
    message: 'Pilih satu indikator atau satu nilai BerAKHLAK',
  });
export type CreateFeedbackBody = z.infer<typeof CreateFeedbackBodySchema>;

// ---------- live progress ----------

export const ProgressQuerySchema = z.object({ periodId: UuidSchema.optional() });

const PersonRefSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
});

export const DailyLogTallySchema = z.object({
  /** Working days of the period up to today (weekends and agency holidays excluded). */
  workingDays: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  notStarted: z.number().int(),
});

export const TeamProgressSchema = z.object({
  period: PeriodSchema,
  periods: z.array(PeriodSchema),
  dailyLogEnabled: z.boolean(),
  deadlinePassed: z.boolean(),
  items: z.array(
    z.object({
      employee: PersonRefSchema,
      skpId: UuidSchema.nullable(),
      skpStatus: z.string().nullable(),
      reportStatus: ReportStatusSchema,
      submittedAt: z.string().nullable(),
      late: z.boolean(),
      /** Not submitted and the batas pengisian has passed. */
      overdue: z.boolean(),
      achievement: z.number().nullable(),
      indicators: z.array(
        z.object({
          id: UuidSchema,
          text: z.string(),
          direction: z.enum(TARGET_DIRECTIONS),
          targetValue: z.number().nullable(),
          targetUnit: z.string().nullable(),
          value: z.number().nullable(),
          percent: z.number().nullable(),
          level: z.enum(ACHIEVEMENT_LEVELS).nullable(),
          evidenceCount: z.number().int(),
        }),
      ),
      /** Indicators with a realisasi but no bukti dukung. */
      missingEvidence: z.number().int(),
      dailyLog: DailyLogTallySchema,
    }),
  ),
  generatedAt: z.string(),
});
export type TeamProgress = z.infer<typeof TeamProgressSchema>;

export const UnitProgressQuerySchema = z.object({
  periodId: UuidSchema.optional(),
  /** Drill down: the children of this unit (default: the actor's top scope). */
  unitId: UuidSchema.optional(),
});

const UnitProgressRowSchema = z.object({
  unitId: UuidSchema,
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  hasChildren: z.boolean(),
  /** Active employees of the unit and its subtree (or only the unit itself for the own-staff row). */
  headcount: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
  /** submitted ÷ headcount, percent (0.1). */
  completion: z.number().nullable(),
  /** Mean achievement of the submitted reports, percent (0.1). */
  achievement: z.number().nullable(),
  dailyLog: z.object({ draft: z.number().int(), submitted: z.number().int(), approved: z.number().int() }),
});

export const UnitProgressSchema = z.object({
  period: PeriodSchema,
  periods: z.array(PeriodSchema),
  scope: z.object({ unitId: UuidSchema.nullable(), name: z.string() }),
  /** Path from the top of the actor's scope to the unit shown, for the breadcrumb. */
  breadcrumb: z.array(z.object({ unitId: UuidSchema, name: z.string() })),
  totals: UnitProgressRowSchema.omit({ unitId: true, code: true, name: true, kind: true, hasChildren: true }),
  /** Staff directly in the unit shown (not in a child unit). */
  ownStaff: UnitProgressRowSchema.nullable(),
  rows: z.array(UnitProgressRowSchema),
  generatedAt: z.string(),
});
export type UnitProgress = z.infer<typeof UnitProgressSchema>;

import { DAILY_LOG_DESCRIPTION_MAX, DAILY_LOG_STATUSES, RHK_CATEGORIES } from '@sigap/rules';
import { z } from 'zod';
import { DateSchema, UuidSchema } from './schemas.ts';

/*
 * Log harian (rules §4): per day, activities with a time span, a description, the RHK they serve and
 * evidence; the rater sees each day's status and approves or returns days in bulk.
 */

export const DailyLogStatusSchema = z.enum(DAILY_LOG_STATUSES);
/** A day's status as shown: NOT_STARTED when the employee has not written anything for it. */
export const DailyLogDayStatusSchema = z.enum(['NOT_STARTED', ...DAILY_LOG_STATUSES]);
export type DailyLogDayStatusValue = z.infer<typeof DailyLogDayStatusSchema>;

export const DailyLogMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berformat YYYY-MM');
export const DailyLogMonthQuerySchema = z.object({ month: DailyLogMonthSchema.optional() });
export const DailyLogDateParamsSchema = z.object({ date: DateSchema });
export const DailyLogEmployeeDayParamsSchema = z.object({ employeeId: UuidSchema, date: DateSchema });
export const DailyLogDateQuerySchema = z.object({ date: DateSchema.optional() });

/** A day of the calendar: weekend and holiday (the agency's list) are shown, not refused. */
export const DailyLogCalendarDaySchema = z.object({
  date: DateSchema,
  status: DailyLogDayStatusSchema,
  minutes: z.number().int(),
  weekend: z.boolean(),
  holiday: z.boolean(),
  /** After today in the agency's time zone: cannot be filled yet. */
  future: z.boolean(),
  /** A draft that the rater returned with a note. */
  returned: z.boolean(),
});
export const DailyLogCalendarSchema = z.object({
  month: DailyLogMonthSchema,
  today: DateSchema,
  days: z.array(DailyLogCalendarDaySchema),
  /** Days per status, over the working days up to today and any other day with a log. */
  counts: z.record(DailyLogDayStatusSchema, z.number().int()),
  minutes: z.number().int(),
});
export type DailyLogCalendar = z.infer<typeof DailyLogCalendarSchema>;

const TimeTextSchema = z.string().trim().max(10);
const LinkSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z.httpUrl().max(2000).nullable(),
);

export const DailyLogEntryInputSchema = z.object({
  /** "HH:MM", 24-hour; malformed times are reported as problems (TIME_INVALID), not as a schema error. */
  start: TimeTextSchema,
  end: TimeTextSchema,
  description: z.string().trim().max(DAILY_LOG_DESCRIPTION_MAX),
  rhkId: UuidSchema.nullable().default(null),
  evidenceUrl: LinkSchema.default(null),
});
/** The day's activities, saved whole (they replace the previous ones). Unknown keys are dropped. */
export const SaveDailyLogBodySchema = z.object({ entries: z.array(DailyLogEntryInputSchema).max(100) });
export type SaveDailyLogBody = z.input<typeof SaveDailyLogBodySchema>;

/** One entry of a 400 DAILY_LOG_INVALID's details: the entry index (or -1 for the day) and why. */
export const DailyLogProblemSchema = z.object({
  index: z.number().int(),
  code: z.string(),
  message: z.string(),
});
export type DailyLogProblemItem = z.infer<typeof DailyLogProblemSchema>;

export const DailyLogEntrySchema = z.object({
  id: UuidSchema,
  start: z.string(),
  end: z.string(),
  description: z.string(),
  rhkId: UuidSchema.nullable(),
  rhkText: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  minutes: z.number().int(),
});
export const DailyLogEvidenceSchema = z.object({
  id: UuidSchema,
  kind: z.enum(['FILE', 'LINK']),
  url: z.string().nullable(),
  /** The stored file's name, or the link's label. */
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  size: z.number().int().nullable(),
  createdAt: z.string(),
});
export type DailyLogEvidence = z.infer<typeof DailyLogEvidenceSchema>;

export const DailyLogPersonSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
});

export const DailyLogDaySchema = z.object({
  /** null while NOT_STARTED. */
  id: UuidSchema.nullable(),
  date: DateSchema,
  status: DailyLogDayStatusSchema,
  minutes: z.number().int(),
  weekend: z.boolean(),
  holiday: z.boolean(),
  future: z.boolean(),
  employee: DailyLogPersonSchema,
  entries: z.array(DailyLogEntrySchema),
  evidence: z.array(DailyLogEvidenceSchema),
  /** Who decides the submitted day (the rater in force at submission; the head of region for JPT). */
  rater: z.object({ employeeId: UuidSchema.nullable(), name: z.string() }).nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** The rater's note when the day was returned (kept until it is submitted again). */
  returnNote: z.string().nullable(),
  /** edit, submit (the owner on a draft); approve, return (its rater on a submitted day). */
  abilities: z.array(z.string()),
});
export type DailyLogDay = z.infer<typeof DailyLogDaySchema>;

/** The RHKs entries may serve: those of the employee's approved SKP of the date's year. */
export const DailyLogRhkListSchema = z.object({
  year: z.number().int(),
  skp: z.object({ id: UuidSchema, version: z.number().int() }).nullable(),
  rhks: z.array(z.object({ id: UuidSchema, category: z.enum(RHK_CATEGORIES), text: z.string() })),
  /** Why the list is empty, for the form. */
  message: z.string().nullable(),
});
export type DailyLogRhkList = z.infer<typeof DailyLogRhkListSchema>;

export const DailyLogLinkBodySchema = z
  .object({ url: z.httpUrl().max(2000), label: z.string().trim().max(200).optional() })
  .strict();
export const DailyLogUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).default('bukti'),
});
export const DailyLogEvidenceParamsSchema = z.object({ date: DateSchema, evidenceId: UuidSchema });

// ---------- the rater ----------
export const DailyLogTeamQuerySchema = z.object({ from: DateSchema, to: DateSchema });
export const DailyLogTeamSchema = z.object({
  from: DateSchema,
  to: DateSchema,
  today: DateSchema,
  days: z.array(
    z.object({ date: DateSchema, weekend: z.boolean(), holiday: z.boolean(), future: z.boolean() }),
  ),
  people: z.array(
    z.object({
      employee: DailyLogPersonSchema,
      /** One cell per day of `days`, in the same order. */
      days: z.array(
        z.object({
          date: DateSchema,
          status: DailyLogDayStatusSchema,
          minutes: z.number().int(),
          logId: UuidSchema.nullable(),
          /** A draft that the rater returned with a note (not yet submitted again). */
          returned: z.boolean(),
          /** Submitted to the signed-in user: may be approved or returned now. */
          canDecide: z.boolean(),
        }),
      ),
    }),
  ),
  /** Submitted days in the range waiting for the signed-in user. */
  waiting: z.number().int(),
});
export type DailyLogTeam = z.infer<typeof DailyLogTeamSchema>;

export const DAILY_LOG_DECISION_MAX = 500;
export const DailyLogDecisionBodySchema = z
  .object({
    action: z.enum(['approve', 'return']),
    logIds: z.array(UuidSchema).min(1).max(DAILY_LOG_DECISION_MAX),
    /** Required to return (the employee reads it). */
    note: z.string().trim().min(3).max(2000).optional(),
  })
  .strict()
  .refine((body) => body.action === 'approve' || body.note !== undefined, {
    message: 'Catatan wajib diisi untuk mengembalikan log harian',
    path: ['note'],
  });
export type DailyLogDecisionBody = z.infer<typeof DailyLogDecisionBodySchema>;
export const DailyLogDecisionResultSchema = z.object({
  action: z.enum(['approve', 'return']),
  decided: z.number().int(),
});

// ---------- the agency setting ----------
export const DailyLogSettingsSchema = z.object({
  enabled: z.boolean(),
  /** update: the agency admin may turn it on or off. */
  abilities: z.array(z.string()),
});
export type DailyLogSettings = z.infer<typeof DailyLogSettingsSchema>;
export const UpdateDailyLogSettingsBodySchema = z.object({ enabled: z.boolean() }).strict();

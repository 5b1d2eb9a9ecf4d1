import { z } from 'zod';
import { DateSchema, PageQuerySchema, pageOf, UuidSchema } from './schemas.ts';

// ---------- service catalogue ----------
export const ServiceTypeSchema = z.object({
  id: UuidSchema,
  name: z.string(),
  resolutionDays: z.number().int(),
  active: z.boolean(),
});
export const ServiceUnitSchema = z.object({
  id: UuidSchema,
  unitId: UuidSchema,
  unitName: z.string(),
  name: z.string(),
  visitCodeRequired: z.boolean(),
  active: z.boolean(),
  types: z.array(ServiceTypeSchema),
  /** The public survey link path (/survei/:id) and kiosk path (/kiosk/:id). */
  surveyPath: z.string(),
  kioskPath: z.string(),
});
export type ServiceUnit = z.infer<typeof ServiceUnitSchema>;
export const ServiceUnitListSchema = z.object({
  items: z.array(ServiceUnitSchema),
  abilities: z.array(z.string()),
});
export const CreateServiceUnitBodySchema = z
  .object({
    unitId: UuidSchema,
    name: z.string().trim().min(3).max(200),
    visitCodeRequired: z.boolean().default(false),
  })
  .strict();
export const UpdateServiceUnitBodySchema = z
  .object({
    name: z.string().trim().min(3).max(200).optional(),
    visitCodeRequired: z.boolean().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const CreateServiceTypeBodySchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    resolutionDays: z.number().int().min(1).max(365).default(14),
  })
  .strict();

/** 2026, 2026-S1/S2 or 2026-Q1..Q4: the survey period. */
export const SurveyPeriodSchema = z
  .string()
  .regex(/^(20\d\d)(-S[12]|-Q[1-4])?$/, 'Periode: 2026, 2026-S1 atau 2026-Q1');
export const PopulationBodySchema = z
  .object({ period: SurveyPeriodSchema, population: z.number().int().min(1).max(100_000_000) })
  .strict();
export const VisitCodesBodySchema = z
  .object({
    count: z.number().int().min(1).max(500),
    officerEmployeeId: UuidSchema.optional(),
    validDays: z.number().int().min(1).max(90).default(7),
  })
  .strict();
export const VisitCodesSchema = z.object({
  codes: z.array(z.object({ code: z.string(), expiresAt: z.string() })),
});

// ---------- public survey ----------
export const UNSUR_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
const Score = z.number().int().min(1).max(4);
export const PublicSurveySchema = z.object({
  serviceUnitId: UuidSchema,
  serviceUnitName: z.string(),
  agencyName: z.string(),
  visitCodeRequired: z.boolean(),
  types: z.array(z.object({ id: UuidSchema, name: z.string() })),
  questions: z.array(
    z.object({
      code: z.enum(UNSUR_CODES),
      name: z.string(),
      question: z.string(),
      answers: z.array(z.string()),
    }),
  ),
});
export const SurveyResponseBodySchema = z
  .object({
    /** Made by the client (UUID): a retried submission stores one response. */
    clientId: UuidSchema,
    answers: z.partialRecord(z.enum(UNSUR_CODES), Score),
    serviceTypeId: UuidSchema.nullable().default(null),
    sex: z.enum(['L', 'P']).nullable().default(null),
    age: z.number().int().min(10).max(110).nullable().default(null),
    education: z.string().max(40).nullable().default(null),
    occupation: z.string().max(60).nullable().default(null),
    comment: z.string().trim().max(2000).nullable().default(null),
    visitCode: z.string().trim().max(20).nullable().default(null),
    channel: z.enum(['LINK', 'KIOSK', 'QR']).default('LINK'),
    /** When the kiosk took the answer (it may send it later); must be within the last 7 days. */
    answeredAt: z.iso.datetime().optional(),
  })
  .strict();
export const SurveyResponseResultSchema = z.object({ id: UuidSchema, duplicate: z.boolean() });

// ---------- results ----------
export const SkmResultsQuerySchema = z.object({ period: SurveyPeriodSchema });
export const SkmResultsSchema = z.object({
  serviceUnitId: UuidSchema,
  serviceUnitName: z.string(),
  period: z.string(),
  from: DateSchema,
  to: DateSchema,
  respondents: z.number().int(),
  flagged: z.number().int(),
  population: z.number().int().nullable(),
  minimumSample: z.number().int().nullable(),
  sampleReached: z.boolean().nullable(),
  weightRule: z.string(),
  weight: z.number(),
  perUnsur: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      respondents: z.number().int(),
      nrr: z.number().nullable(),
      nrrWeighted: z.number().nullable(),
      ikm: z.number().nullable(),
      grade: z.string().nullable(),
    }),
  ),
  skm: z.number().nullable(),
  ikm: z.number().nullable(),
  grade: z.string().nullable(),
  profile: z.object({
    sex: z.record(z.string(), z.number().int()),
    ageBand: z.record(z.string(), z.number().int()),
    education: z.record(z.string(), z.number().int()),
    occupation: z.record(z.string(), z.number().int()),
  }),
  trend: z.array(z.object({ period: z.string(), respondents: z.number().int(), ikm: z.number().nullable() })),
  comments: z.array(z.object({ date: DateSchema, text: z.string() })),
});
export type SkmResults = z.infer<typeof SkmResultsSchema>;

export const VoiceSettingsSchema = z.object({
  skmWeightRule: z.enum(['EXACT', 'THREE_DECIMALS', 'TWO_DECIMALS']),
  officerRatingsEnabled: z.boolean(),
  officerRatingMinResponses: z.number().int().min(1).max(100),
  publicMinResponses: z.number().int().min(1).max(100),
});
export const UpdateVoiceSettingsBodySchema = VoiceSettingsSchema.partial().strict();

// ---------- complaints ----------
export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'VERIFIED',
  'DISPATCHED',
  'ANSWERED',
  'PUBLISHED',
  'REJECTED',
] as const;
export const ComplaintCategorySchema = z.enum(['ASPIRASI', 'PENGADUAN', 'PERMINTAAN_INFORMASI']);
export const PublicComplaintBodySchema = z
  .object({
    clientId: UuidSchema,
    serviceUnitId: UuidSchema.nullable().default(null),
    category: ComplaintCategorySchema,
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(10).max(5000),
    anonymous: z.boolean().default(false),
    reporterName: z.string().trim().max(120).nullable().default(null),
    reporterContact: z.string().trim().max(120).nullable().default(null),
  })
  .strict();
export const ComplaintTicketSchema = z.object({ ticketCode: z.string(), duplicate: z.boolean() });
export const PublicComplaintStatusSchema = z.object({
  ticketCode: z.string(),
  category: ComplaintCategorySchema,
  title: z.string(),
  serviceUnitName: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: DateSchema,
  answer: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), status: z.string(), note: z.string().nullable() })),
});
export const ComplaintQuerySchema = PageQuerySchema.extend({
  status: z.enum(COMPLAINT_STATUSES).optional(),
  serviceUnitId: UuidSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export const ComplaintSchema = z.object({
  id: UuidSchema,
  ticketCode: z.string(),
  source: z.enum(['PUBLIC', 'LAPOR', 'STAFF']),
  laporReference: z.string().nullable(),
  category: ComplaintCategorySchema,
  serviceUnitId: UuidSchema.nullable(),
  serviceUnitName: z.string().nullable(),
  serviceTypeId: UuidSchema.nullable(),
  title: z.string(),
  body: z.string(),
  reporterName: z.string().nullable(),
  reporterContact: z.string().nullable(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: DateSchema,
  answer: z.string().nullable(),
  /** The current SLA clock: what is due next and by when. */
  sla: z.object({
    stage: z.enum(['VERIFICATION', 'FOLLOW_UP', 'RESOLUTION', 'DONE']),
    dueOn: DateSchema.nullable(),
    state: z.enum(['ON_TIME', 'DUE_SOON', 'OVERDUE', 'MET', 'MISSED']),
    workingDaysLeft: z.number().int(),
  }),
  abilities: z.array(z.string()),
});
export const ComplaintPageSchema = pageOf(ComplaintSchema);
export const StaffComplaintBodySchema = z
  .object({
    source: z.enum(['LAPOR', 'STAFF']),
    laporReference: z.string().trim().max(60).nullable().default(null),
    category: ComplaintCategorySchema,
    serviceUnitId: UuidSchema.nullable().default(null),
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(10).max(5000),
    receivedOn: DateSchema.optional(),
    reporterName: z.string().trim().max(120).nullable().default(null),
    reporterContact: z.string().trim().max(120).nullable().default(null),
  })
  .strict();
export const ComplaintActionBodySchema = z
  .object({
    action: z.enum(['verify', 'reject', 'dispatch', 'answer', 'publish']),
    note: z.string().trim().max(2000).nullable().default(null),
    serviceUnitId: UuidSchema.optional(),
    serviceTypeId: UuidSchema.optional(),
    answer: z.string().trim().min(10).max(5000).optional(),
  })
  .strict();

import {
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_SLA_STAGES,
  COMPLAINT_STATUSES as COMPLAINT_STATUS_LIST,
  SLA_STATES,
} from '@sigap/rules';
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

/** The agency's own wording of an unsur's question and its four answers (keyed by unsur code, not position). */
export const QuestionWordingSchema = z.object({
  question: z.string().trim().min(5).max(500),
  answers: z.array(z.string().trim().min(1).max(100)).length(4),
});
export const VoiceSettingsSchema = z.object({
  skmWeightRule: z.enum(['EXACT', 'THREE_DECIMALS', 'TWO_DECIMALS']),
  officerRatingsEnabled: z.boolean(),
  officerRatingMinResponses: z.number().int().min(1).max(100),
  publicMinResponses: z.number().int().min(1).max(100),
  /** Overrides of the default questionnaire; an unsur not listed uses the default wording. */
  questionnaire: z.partialRecord(z.enum(UNSUR_CODES), QuestionWordingSchema),
});
export const UpdateVoiceSettingsBodySchema = VoiceSettingsSchema.partial().strict();

// ---------- complaints (rules §7.2) ----------
export const COMPLAINT_STATUSES = COMPLAINT_STATUS_LIST;
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export const ComplaintCategorySchema = z.enum(COMPLAINT_CATEGORIES);
export const ComplaintSlaStageSchema = z.enum(COMPLAINT_SLA_STAGES);
export const SlaStateSchema = z.enum(SLA_STATES);
export const PublicComplaintBodySchema = z
  .object({
    /** Made by the client (UUID): a retried submission returns the same ticket. */
    clientId: UuidSchema,
    serviceUnitId: UuidSchema.nullable().default(null),
    category: ComplaintCategorySchema,
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(10).max(5000),
    /** Anonymous reports store no name and no contact. */
    anonymous: z.boolean().default(false),
    reporterName: z.string().trim().max(120).nullable().default(null),
    reporterContact: z.string().trim().max(120).nullable().default(null),
  })
  .strict();
export const ComplaintTicketSchema = z.object({ ticketCode: z.string(), duplicate: z.boolean() });
export const TicketParamsSchema = z.object({ ticketCode: z.string().trim().min(1).max(40) });
/** The public tracking page: never the reporter's name or contact, never internal notes. */
export const PublicComplaintStatusSchema = z.object({
  ticketCode: z.string(),
  category: ComplaintCategorySchema,
  title: z.string(),
  serviceUnitName: z.string().nullable(),
  status: ComplaintStatusSchema,
  receivedOn: DateSchema,
  publishedOn: DateSchema.nullable(),
  /** The answer, once published. */
  answer: z.string().nullable(),
  timeline: z.array(z.object({ at: z.string(), status: ComplaintStatusSchema, note: z.string().nullable() })),
});
export const ComplaintQuerySchema = PageQuerySchema.extend({
  status: ComplaintStatusSchema.optional(),
  serviceUnitId: UuidSchema.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export const SlaSchema = z.object({
  dueOn: DateSchema,
  state: SlaStateSchema,
  /** Working days to the due date: negative once past it. */
  workingDaysLeft: z.number().int(),
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
  serviceTypeName: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  reporterName: z.string().nullable(),
  reporterContact: z.string().nullable(),
  status: ComplaintStatusSchema,
  receivedOn: DateSchema,
  verifiedOn: DateSchema.nullable(),
  dispatchedOn: DateSchema.nullable(),
  answeredOn: DateSchema.nullable(),
  publishedOn: DateSchema.nullable(),
  answer: z.string().nullable(),
  /** The current SLA clock: what is due next and by when (DONE: how the resolution went). */
  sla: SlaSchema.extend({ stage: ComplaintSlaStageSchema }),
  /** The actions the user may take now (verify, reject, dispatch, answer, publish). */
  abilities: z.array(z.string()),
});
export type Complaint = z.infer<typeof ComplaintSchema>;
export const ComplaintPageSchema = pageOf(ComplaintSchema);
export const AttachmentSchema = z.object({
  id: UuidSchema,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export const AttachmentUploadQuerySchema = z.object({
  fileName: z.string().trim().min(1).max(200).default('lampiran'),
});
export const ComplaintDetailSchema = ComplaintSchema.extend({
  /** Files the citizen attached (downloadable by staff only). */
  attachments: z.array(AttachmentSchema),
  /** Every clock that has started (verification, follow-up, resolution). */
  clocks: z.array(z.object({ stage: ComplaintSlaStageSchema, sla: SlaSchema })),
  /** The whole timeline; `public` marks what the citizen sees on the tracking page. */
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      status: ComplaintStatusSchema,
      actorName: z.string(),
      note: z.string().nullable(),
      public: z.boolean(),
    }),
  ),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;
export const StaffComplaintBodySchema = z
  .object({
    source: z.enum(['LAPOR', 'STAFF']),
    /** The SP4N-LAPOR! tracking number; required for LAPOR. */
    laporReference: z.string().trim().min(1).max(60).nullable().default(null),
    category: ComplaintCategorySchema,
    serviceUnitId: UuidSchema.nullable().default(null),
    title: z.string().trim().min(5).max(200),
    body: z.string().trim().min(10).max(5000),
    /** The day the report arrived (default today); never in the future. */
    receivedOn: DateSchema.optional(),
    reporterName: z.string().trim().max(120).nullable().default(null),
    reporterContact: z.string().trim().max(120).nullable().default(null),
  })
  .strict()
  .refine((b) => b.source !== 'LAPOR' || b.laporReference !== null, {
    message: 'Nomor laporan SP4N-LAPOR! wajib diisi',
    path: ['laporReference'],
  });
export const ComplaintActionBodySchema = z
  .object({
    action: z.enum(COMPLAINT_ACTIONS),
    /** Required to reject (the reason, shown to the citizen); an empty note counts as none. */
    note: z
      .string()
      .trim()
      .max(2000)
      .nullable()
      .default(null)
      .transform((v) => v || null),
    /** Show the note on the public tracking page (a rejection's reason always is). */
    notePublic: z.boolean().default(false),
    /** dispatch: the service unit (default: the one the citizen chose) and optionally its service type. */
    serviceUnitId: UuidSchema.optional(),
    serviceTypeId: UuidSchema.optional(),
    /** answer: the unit's answer to the citizen (published by the coordinator). */
    answer: z.string().trim().min(10).max(5000).optional(),
  })
  .strict()
  .refine((b) => b.action !== 'reject' || b.note !== null, {
    message: 'Alasan penolakan wajib diisi',
    path: ['note'],
  })
  .refine((b) => b.action !== 'answer' || b.answer !== undefined, {
    message: 'Jawaban wajib diisi',
    path: ['answer'],
  });
const OverdueCountsSchema = z.object({ overdue: z.number().int(), dueSoon: z.number().int() });
export const ComplaintOverdueSummarySchema = z.object({
  today: DateSchema,
  total: OverdueCountsSchema,
  perStage: z.array(OverdueCountsSchema.extend({ stage: ComplaintSlaStageSchema })),
  /** Service units with an overdue or due-soon complaint; null = not assigned to a unit yet. */
  perServiceUnit: z.array(
    OverdueCountsSchema.extend({
      serviceUnitId: UuidSchema.nullable(),
      serviceUnitName: z.string().nullable(),
    }),
  ),
});

// ---------- officer ratings (rules §7.3) ----------
export const OfficerRatingBodySchema = z
  .object({
    visitCode: z.string().trim().min(1).max(20),
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).nullable().default(null),
  })
  .strict();
export const OfficerRatingResultSchema = z.object({ received: z.literal(true) });
export const VisitCodeParamsSchema = z.object({ code: z.string().trim().min(1).max(20) });
/** What the public rating page shows about a visit code: whom the citizen rates (name only). */
export const PublicVisitCodeSchema = z.object({
  serviceUnitName: z.string(),
  /** Null when the code names no officer or the agency has officer ratings off. */
  officerName: z.string().nullable(),
  ratingOpen: z.boolean(),
  surveyOpen: z.boolean(),
});
export const OfficerRatingQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
/** Nothing but the count below the agency's minimum; never a predikat. */
export const OfficerRatingSummarySchema = z.object({
  shown: z.boolean(),
  count: z.number().int(),
  mean: z.number().nullable(),
  /** Number of ratings of 1, 2, 3, 4 and 5. */
  distribution: z.array(z.number().int()).nullable(),
});
export const OfficerRatingSchema = z.object({
  id: UuidSchema,
  score: z.number().int(),
  comment: z.string().nullable(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  /** yyyy-mm only: an exact time could point at the citizen. */
  month: z.string(),
});
export const OfficerRatingsSchema = z.object({
  employee: z.object({ id: UuidSchema, name: z.string() }),
  enabled: z.boolean(),
  minResponses: z.number().int(),
  year: z.number().int().nullable(),
  summary: OfficerRatingSummarySchema,
  /** Empty below the minimum; at most the latest 500. */
  ratings: z.array(OfficerRatingSchema),
  abilities: z.array(z.string()),
});
export const OfficerRatingReplyBodySchema = z.object({ reply: z.string().trim().min(2).max(2000) }).strict();

// ---------- transparency (public) ----------
export const TransparencyQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const IkmFigureSchema = z.object({
  /** Null (with suppressed) below the agency's public minimum of respondents. */
  respondents: z.number().int().nullable(),
  ikm: z.number().nullable(),
  grade: z.string().nullable(),
  suppressed: z.boolean(),
});
export const TransparencySchema = z.object({
  agencyName: z.string(),
  year: z.number().int(),
  minResponses: z.number().int(),
  weightRule: z.string(),
  serviceUnits: z.array(
    z.object({
      id: UuidSchema,
      name: z.string(),
      quarters: z.array(IkmFigureSchema.extend({ quarter: z.number().int() })),
      annual: IkmFigureSchema,
      complaints: z.object({
        /** Received in the year (any outcome); null with suppressed below the public minimum. */
        received: z.number().int().nullable(),
        published: z.number().int().nullable(),
        /** % of complaints whose resolution clock is decided (published, or open past due) that were published in time. */
        slaCompliance: z.number().nullable(),
        suppressed: z.boolean(),
      }),
    }),
  ),
});
export type Transparency = z.infer<typeof TransparencySchema>;

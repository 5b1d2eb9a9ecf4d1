import { BERAKHLAK_CODES, COACHING_KINDS, COACHING_STATUSES } from '@sigap/rules';
import { z } from 'zod';
import { YearSchema } from './planning.ts';
import { DateSchema, UuidSchema } from './schemas.ts';

/*
 * Coaching records (rules §4): dialog kinerja and bimbingan kinerja sessions, the employee's rating of a
 * held session on the nine statements, the rater's competency evaluation; and the optional 360 peer input
 * on the BerAKHLAK values, shown only aggregated and only from PEER_MIN_ANSWERS answers.
 */

const text = (max: number) => z.string().trim().max(max);
/**
 * Code → score. The codes and the 1..5 range are checked by the service (`scoreProblems` of the rules),
 * which answers SCORES_INVALID with every problem listed.
 */
const ScoreMapSchema = z.record(z.string().max(60), z.number());

export const CoachingStaffSchema = z.object({
  id: UuidSchema,
  nip: z.string(),
  fullName: z.string(),
  positionName: z.string(),
  unitName: z.string(),
});
export type CoachingStaff = z.infer<typeof CoachingStaffSchema>;

export const CoachingPeriodSchema = z.object({ id: UuidSchema, name: z.string(), year: z.number().int() });

// ---------- dialog kinerja / bimbingan kinerja ----------
export const CoachingKindSchema = z.enum(COACHING_KINDS);
export const CoachingStatusSchema = z.enum(COACHING_STATUSES);

export const CoachingRatingSchema = z.object({
  /** Statement code → 1..5. */
  scores: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type CoachingRating = z.infer<typeof CoachingRatingSchema>;

export const CoachingSessionSchema = z.object({
  id: UuidSchema,
  employee: CoachingStaffSchema,
  /** The coach (the rater); null: the head of region, acted for by the leader role. */
  coachEmployeeId: UuidSchema.nullable(),
  coachName: z.string(),
  kind: CoachingKindSchema,
  status: CoachingStatusSchema,
  scheduledAt: z.string(),
  period: CoachingPeriodSchema.nullable(),
  topic: z.string(),
  notes: z.string().nullable(),
  agreedActions: z.string().nullable(),
  followUpDate: DateSchema.nullable(),
  heldAt: z.string().nullable(),
  rating: CoachingRatingSchema.nullable(),
  /** What the signed-in user may do now: record, cancel (the coach), rate (the employee). */
  abilities: z.array(z.enum(['record', 'cancel', 'rate'])),
});
export type CoachingSession = z.infer<typeof CoachingSessionSchema>;

export const CompetencyEvaluationSchema = z.object({
  id: UuidSchema,
  employeeId: UuidSchema,
  raterEmployeeId: UuidSchema.nullable(),
  raterName: z.string(),
  evaluatedOn: DateSchema,
  /** Competency code → 1..5. */
  scores: z.record(z.string(), z.number()),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type CompetencyEvaluation = z.infer<typeof CompetencyEvaluationSchema>;

export const CoachingYearQuerySchema = z.object({ year: YearSchema });

export const MyCoachingSchema = z.object({
  year: z.number().int(),
  sessions: z.array(CoachingSessionSchema),
  competencyEvaluations: z.array(CompetencyEvaluationSchema),
});
export type MyCoaching = z.infer<typeof MyCoachingSchema>;

export const CoachingTeamSchema = z.object({
  year: z.number().int(),
  items: z.array(
    z.object({
      employee: CoachingStaffSchema,
      sessions: z.array(CoachingSessionSchema),
      latestEvaluation: CompetencyEvaluationSchema.nullable(),
    }),
  ),
});
export type CoachingTeam = z.infer<typeof CoachingTeamSchema>;

/** An employee's coaching record of a year, as the evaluation reads it later (rules §5). */
export const CoachingRecordSchema = z.object({
  year: z.number().int(),
  employee: CoachingStaffSchema,
  sessions: z.array(CoachingSessionSchema),
  competencyEvaluations: z.array(CompetencyEvaluationSchema),
  /** evaluateCompetency: the signed-in user is the employee's rater today. */
  abilities: z.array(z.string()),
});
export type CoachingRecord = z.infer<typeof CoachingRecordSchema>;

export const ScheduleCoachingBodySchema = z
  .object({
    employeeId: UuidSchema,
    kind: CoachingKindSchema,
    scheduledAt: z.iso.datetime({ offset: true }),
    topic: text(500).min(3),
    periodId: UuidSchema.nullable().default(null),
  })
  .strict();
export type ScheduleCoachingBody = z.input<typeof ScheduleCoachingBodySchema>;

export const RecordCoachingBodySchema = z
  .object({
    notes: text(5000).min(3),
    agreedActions: text(5000).min(3),
    followUpDate: DateSchema.nullable().default(null),
    /** When the session took place; default: now. */
    heldAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type RecordCoachingBody = z.input<typeof RecordCoachingBodySchema>;

export const CancelCoachingBodySchema = z.object({ reason: text(1000).optional() }).strict();

export const RateCoachingBodySchema = z
  .object({ scores: ScoreMapSchema, comment: text(2000).nullable().default(null) })
  .strict();
export type RateCoachingBody = z.input<typeof RateCoachingBodySchema>;

export const CompetencyEvaluationBodySchema = z
  .object({
    scores: ScoreMapSchema,
    note: text(2000).nullable().default(null),
    /** Default: today in the agency's zone; not in the future. */
    evaluatedOn: DateSchema.optional(),
  })
  .strict();
export type CompetencyEvaluationBody = z.input<typeof CompetencyEvaluationBodySchema>;

// ---------- peer input (optional 360) ----------
export const PeerRoundQuerySchema = z.object({ year: YearSchema });

/**
 * A round as the subject or the rater sees it: how many were asked and answered, and only when at least
 * PEER_MIN_ANSWERS answered the mean per BerAKHLAK value and the comments (sorted, not in answer order).
 * Never who answered, and not whom the rater asked either: with the counts, that list would name the
 * answerers as soon as everyone asked had answered.
 */
export const PeerRoundSchema = z.object({
  id: UuidSchema,
  subject: CoachingStaffSchema,
  period: CoachingPeriodSchema,
  requestedByName: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  asked: z.number().int(),
  answered: z.number().int(),
  /** answered >= PEER_MIN_ANSWERS: averages and comments are given. */
  visible: z.boolean(),
  averages: z.partialRecord(z.enum(BERAKHLAK_CODES), z.number()).nullable(),
  comments: z.array(z.string()).nullable(),
});
export type PeerRound = z.infer<typeof PeerRoundSchema>;
export const PeerRoundListSchema = z.object({ year: z.number().int(), items: z.array(PeerRoundSchema) });
export type PeerRoundList = z.infer<typeof PeerRoundListSchema>;

export const CreatePeerRoundBodySchema = z
  .object({
    subjectEmployeeId: UuidSchema,
    periodId: UuidSchema,
    peerEmployeeIds: z.array(UuidSchema).min(1).max(30),
    note: text(1000).nullable().default(null),
  })
  .strict();
export type CreatePeerRoundBody = z.input<typeof CreatePeerRoundBodySchema>;

/** A peer's pending request: whom to give input on and for which period, nothing else. */
export const PeerRequestSchema = z.object({
  roundId: UuidSchema,
  subjectName: z.string(),
  period: CoachingPeriodSchema,
});
export type PeerRequest = z.infer<typeof PeerRequestSchema>;
export const PeerRequestListSchema = z.object({ items: z.array(PeerRequestSchema) });

export const PeerAnswerBodySchema = z
  .object({ scores: ScoreMapSchema, comment: text(2000).nullable().default(null) })
  .strict();
export type PeerAnswerBody = z.input<typeof PeerAnswerBodySchema>;
export const PeerAnswerResultSchema = z.object({ ok: z.literal(true) });

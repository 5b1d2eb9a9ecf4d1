import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns.ts';
import { users } from './identity.ts';
import { employees, units } from './organisation.ts';
import { periods, skpIndicators, skpRhks, skps } from './planning.ts';

/**
 * Realisasi of an SKP for one period (rules §4): rencana aksi per RHK, realisasi per IKI, bukti dukung.
 * Submitting after the period's batas pengisian is allowed and marks the report late. `unit_id` is the
 * employee's unit when the report was started (the live dashboard counts it there).
 */
export const realisationReports = pgTable(
  'realisation_reports',
  {
    ...tenantColumns,
    skpId: uuid('skp_id').notNull(),
    periodId: uuid('period_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull().default('DRAFT'),
    /** Rencana aksi per RHK id. */
    rencanaAksi: jsonb('rencana_aksi').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    /** Mean achievement (percent) of the quantitative IKIs, kept at each save; null when none has one. */
    achievement: doublePrecision('achievement'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.skpId], foreignColumns: [skps.agencyId, skps.id] }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    uniqueIndex('realisation_reports_skp_period_key').on(t.agencyId, t.skpId, t.periodId),
    index('realisation_reports_employee_idx').on(t.agencyId, t.employeeId, t.periodId),
    check('realisation_reports_status', sql`${t.status} in ('DRAFT', 'SUBMITTED')`),
  ],
);

/** Realisasi of one IKI in a report: a number (kuantitatif) and/or a narrative, with its achievement. */
export const realisationValues = pgTable(
  'realisation_values',
  {
    agencyId: uuid('agency_id').notNull(),
    reportId: uuid('report_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    value: doublePrecision('value'),
    text: text('text'),
    achievement: doublePrecision('achievement'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.reportId, t.indicatorId] }),
    foreignKey({
      columns: [t.agencyId, t.reportId],
      foreignColumns: [realisationReports.agencyId, realisationReports.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.agencyId, t.indicatorId],
      foreignColumns: [skpIndicators.agencyId, skpIndicators.id],
    }),
  ],
);

/**
 * A day of the daily activity log (rules §4). No row means "not started"; a returned day is DRAFT again
 * with the rater's note. `rater_employee_id` is the rater in force when the day was submitted (null: the
 * head of region, represented by the leader role).
 */
export const dailyLogs = pgTable(
  'daily_logs',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    logDate: date('log_date').notNull(),
    status: text('status').notNull().default('DRAFT'),
    minutes: integer('minutes').notNull().default(0),
    raterEmployeeId: uuid('rater_employee_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    returnNote: text('return_note'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    foreignKey({
      columns: [t.agencyId, t.raterEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    uniqueIndex('daily_logs_employee_date_key').on(t.agencyId, t.employeeId, t.logDate),
    index('daily_logs_rater_idx').on(t.agencyId, t.raterEmployeeId, t.status, t.logDate),
    check('daily_logs_status', sql`${t.status} in ('DRAFT', 'SUBMITTED', 'APPROVED')`),
  ],
);

/** One activity of a day: time span ("HH:MM"), description, the RHK it serves, an optional link. */
export const dailyLogEntries = pgTable(
  'daily_log_entries',
  {
    ...tenantColumns,
    logId: uuid('log_id').notNull(),
    seq: integer('seq').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    description: text('description').notNull(),
    rhkId: uuid('rhk_id'),
    evidenceUrl: text('evidence_url'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.logId],
      foreignColumns: [dailyLogs.agencyId, dailyLogs.id],
    }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.rhkId], foreignColumns: [skpRhks.agencyId, skpRhks.id] }),
    index('daily_log_entries_log_idx').on(t.agencyId, t.logId, t.seq),
  ],
);

/**
 * Bukti dukung: a stored file (type from the bytes) or a link, attached to an IKI (or a whole RHK) of a
 * realisation report, or to a day of the daily log.
 */
export const evidence = pgTable(
  'evidence',
  {
    ...tenantColumns,
    reportId: uuid('report_id'),
    indicatorId: uuid('indicator_id'),
    dailyLogId: uuid('daily_log_id'),
    kind: text('kind').notNull(),
    url: text('url'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    size: integer('size'),
    sha256: text('sha256'),
    storageKey: text('storage_key'),
    uploadedByUserId: uuid('uploaded_by_user_id'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.reportId],
      foreignColumns: [realisationReports.agencyId, realisationReports.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.indicatorId],
      foreignColumns: [skpIndicators.agencyId, skpIndicators.id],
    }),
    foreignKey({ columns: [t.agencyId, t.dailyLogId], foreignColumns: [dailyLogs.agencyId, dailyLogs.id] }),
    index('evidence_report_idx').on(t.agencyId, t.reportId),
    index('evidence_daily_log_idx').on(t.agencyId, t.dailyLogId),
    check('evidence_kind', sql`${t.kind} in ('FILE', 'LINK')`),
    check('evidence_owner', sql`(${t.reportId} is null) <> (${t.dailyLogId} is null)`),
    check(
      'evidence_content',
      sql`(${t.kind} = 'LINK' and ${t.url} is not null) or (${t.kind} = 'FILE' and ${t.storageKey} is not null)`,
    ),
  ],
);

/**
 * Umpan balik berkelanjutan (rules §4): the rater's feedback per IKI or per BerAKHLAK value, per period;
 * the employee (and the rater) reply in a thread under it (`parent_id`).
 */
export const feedback = pgTable(
  'feedback',
  {
    ...tenantColumns,
    skpId: uuid('skp_id').notNull(),
    periodId: uuid('period_id').notNull(),
    indicatorId: uuid('indicator_id'),
    behaviourCode: text('behaviour_code'),
    parentId: uuid('parent_id'),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    /** RATER or EMPLOYEE: how the author stood to the SKP when writing. */
    authorRole: text('author_role').notNull(),
    body: text('body').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.skpId], foreignColumns: [skps.agencyId, skps.id] }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    foreignKey({
      columns: [t.agencyId, t.indicatorId],
      foreignColumns: [skpIndicators.agencyId, skpIndicators.id],
    }),
    foreignKey({ columns: [t.agencyId, t.parentId], foreignColumns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.authorUserId], foreignColumns: [users.agencyId, users.id] }),
    index('feedback_skp_period_idx').on(t.agencyId, t.skpId, t.periodId, t.createdAt),
    check('feedback_target', sql`${t.indicatorId} is null or ${t.behaviourCode} is null`),
    check('feedback_role', sql`${t.authorRole} in ('RATER', 'EMPLOYEE')`),
  ],
);

/** A request by the rater for peer input (optional 360) on an employee's BerAKHLAK values in a period. */
export const peerRounds = pgTable(
  'peer_rounds',
  {
    ...tenantColumns,
    subjectEmployeeId: uuid('subject_employee_id').notNull(),
    periodId: uuid('period_id').notNull(),
    requestedByUserId: uuid('requested_by_user_id').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.subjectEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    uniqueIndex('peer_rounds_subject_period_key').on(t.agencyId, t.subjectEmployeeId, t.periodId),
  ],
);

/** Who was asked. `answered` is shown only to the peer themselves: no endpoint reveals who answered. */
export const peerInvites = pgTable(
  'peer_invites',
  {
    agencyId: uuid('agency_id').notNull(),
    roundId: uuid('round_id').notNull(),
    peerEmployeeId: uuid('peer_employee_id').notNull(),
    answered: boolean('answered').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.roundId, t.peerEmployeeId] }),
    foreignKey({ columns: [t.agencyId, t.roundId], foreignColumns: [peerRounds.agencyId, peerRounds.id] }),
    foreignKey({
      columns: [t.agencyId, t.peerEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    index('peer_invites_peer_idx').on(t.agencyId, t.peerEmployeeId),
  ],
);

/**
 * Anonymous peer answers: no peer id, no timestamp, a random (not time-ordered) id, so an answer can't
 * be matched to the invite it came from.
 */
export const peerAnswers = pgTable(
  'peer_answers',
  {
    agencyId: uuid('agency_id').notNull(),
    id: uuid('id').notNull(),
    roundId: uuid('round_id').notNull(),
    /** BerAKHLAK code → 1..5. */
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.roundId], foreignColumns: [peerRounds.agencyId, peerRounds.id] }),
    index('peer_answers_round_idx').on(t.agencyId, t.roundId),
  ],
);

/** Dialog kinerja and bimbingan kinerja sessions: scheduled, then recorded (notes, agreed actions). */
export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    /** The coach (the rater); null when the head of region coaches (leader role). */
    coachEmployeeId: uuid('coach_employee_id'),
    coachName: text('coach_name').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('SCHEDULED'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    periodId: uuid('period_id'),
    topic: text('topic').notNull(),
    notes: text('notes'),
    agreedActions: text('agreed_actions'),
    followUpDate: date('follow_up_date'),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({
      columns: [t.agencyId, t.coachEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    index('coaching_sessions_employee_idx').on(t.agencyId, t.employeeId, t.scheduledAt),
    index('coaching_sessions_coach_idx').on(t.agencyId, t.coachEmployeeId, t.scheduledAt),
    check('coaching_sessions_kind', sql`${t.kind} in ('DIALOG', 'BIMBINGAN')`),
    check('coaching_sessions_status', sql`${t.status} in ('SCHEDULED', 'DONE', 'CANCELLED')`),
  ],
);

/** The employee's rating of a held coaching session on the nine statements (rules §4). */
export const coachingRatings = pgTable(
  'coaching_ratings',
  {
    agencyId: uuid('agency_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    comment: text('comment'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.sessionId] }),
    foreignKey({
      columns: [t.agencyId, t.sessionId],
      foreignColumns: [coachingSessions.agencyId, coachingSessions.id],
    }),
  ],
);

/** The rater's evaluation of an employee's competencies, 1–5 per competency (rules §4, follow-up). */
export const competencyEvaluations = pgTable(
  'competency_evaluations',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    raterEmployeeId: uuid('rater_employee_id'),
    raterName: text('rater_name').notNull(),
    evaluatedOn: date('evaluated_on').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    note: text('note'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({
      columns: [t.agencyId, t.raterEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    index('competency_evaluations_employee_idx').on(t.agencyId, t.employeeId, t.evaluatedOn),
  ],
);

/**
 * Running counts behind the live dashboard, kept by triggers (migration 0010): realisation reports per
 * period and unit (submitted, late, sum and count of achievement), and daily logs per unit, day and status.
 */
export const realisationUnitCounts = pgTable(
  'realisation_unit_counts',
  {
    agencyId: uuid('agency_id').notNull(),
    periodId: uuid('period_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    submitted: integer('submitted').notNull().default(0),
    late: integer('late').notNull().default(0),
    achievementSum: doublePrecision('achievement_sum').notNull().default(0),
    achievementN: integer('achievement_n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.periodId, t.unitId] })],
);

export const dailyLogUnitCounts = pgTable(
  'daily_log_unit_counts',
  {
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    logDate: date('log_date').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.logDate, t.unitId, t.status] })],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns.ts';
import { users } from './identity.ts';
import { agencies, employees, units } from './organisation.ts';

/** Citizens' voice settings of an agency (rules §7; the configurable points). */
export const voiceSettings = pgTable(
  'voice_settings',
  {
    agencyId: uuid('agency_id').primaryKey(),
    /** EXACT (1/9), THREE_DECIMALS (0.111) or TWO_DECIMALS (0.11). */
    skmWeightRule: text('skm_weight_rule').notNull().default('EXACT'),
    /** Officer ratings are a local option: off by default (rules §7.3). */
    officerRatingsEnabled: boolean('officer_ratings_enabled').notNull().default(false),
    officerRatingMinResponses: integer('officer_rating_min_responses').notNull().default(5),
    /** Public pages hide counts below this (small numbers identify people). */
    publicMinResponses: integer('public_min_responses').notNull().default(5),
    /** Answer wording per unsur code, overriding the defaults: { U1: { question, answers: [4] } }. */
    questionnaire: jsonb('questionnaire').$type<Record<string, { question: string; answers: string[] }>>(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] })],
);

/** A unit that serves the public (a counter, a Puskesmas, a Kecamatan office), linked to the org unit. */
export const serviceUnits = pgTable(
  'service_units',
  {
    ...tenantColumns,
    unitId: uuid('unit_id').notNull(),
    name: text('name').notNull(),
    /** Visit codes are required to answer the survey (anti-abuse, rules §7). */
    visitCodeRequired: boolean('visit_code_required').notNull().default(false),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    uniqueIndex('service_units_name_key').on(t.agencyId, t.name),
  ],
);

/** A service type with its complaint-resolution SLA in working days. */
export const serviceTypes = pgTable(
  'service_types',
  {
    ...tenantColumns,
    serviceUnitId: uuid('service_unit_id').notNull(),
    name: text('name').notNull(),
    resolutionDays: integer('resolution_days').notNull().default(14),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    uniqueIndex('service_types_name_key').on(t.agencyId, t.serviceUnitId, t.name),
    check('service_types_days', sql`${t.resolutionDays} between 1 and 365`),
  ],
);

/** Number of service users of a unit in a survey period (for the Krejcie–Morgan minimum sample). */
export const servicePopulations = pgTable(
  'service_populations',
  {
    agencyId: uuid('agency_id').notNull(),
    serviceUnitId: uuid('service_unit_id').notNull(),
    /** 2026, 2026-S1, 2026-Q3. */
    period: text('period').notNull(),
    population: integer('population').notNull(),
    updatedAt: timestamps.updatedAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.serviceUnitId, t.period] }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    check('service_populations_positive', sql`${t.population} > 0`),
  ],
);

/** One-time codes printed on a receipt or shown by the officer: one survey answer and one officer rating. */
export const visitCodes = pgTable(
  'visit_codes',
  {
    ...tenantColumns,
    code: text('code').notNull(),
    serviceUnitId: uuid('service_unit_id').notNull(),
    officerEmployeeId: uuid('officer_employee_id'),
    surveyUsedAt: timestamp('survey_used_at', { withTimezone: true }),
    ratingUsedAt: timestamp('rating_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.officerEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    // Codes are typed by citizens without an agency: unique across agencies.
    uniqueIndex('visit_codes_code_key').on(t.code),
  ],
);

/**
 * One SKM questionnaire answer (rules §7.1). The id is made by the client so a retried submission
 * stores one row; answers are keyed by unsur code (u1..u9), 1–4, null when not answered.
 */
export const skmResponses = pgTable(
  'skm_responses',
  {
    ...tenantColumns,
    serviceUnitId: uuid('service_unit_id').notNull(),
    serviceTypeId: uuid('service_type_id'),
    respondedOn: date('responded_on').notNull(),
    u1: smallint('u1'),
    u2: smallint('u2'),
    u3: smallint('u3'),
    u4: smallint('u4'),
    u5: smallint('u5'),
    u6: smallint('u6'),
    u7: smallint('u7'),
    u8: smallint('u8'),
    u9: smallint('u9'),
    sex: text('sex'),
    age: smallint('age'),
    education: text('education'),
    occupation: text('occupation'),
    comment: text('comment'),
    channel: text('channel').notNull(),
    visitCodeId: uuid('visit_code_id'),
    /** sha256 of address + browser, to flag quick repeats from one device; not personal data on its own. */
    deviceHash: text('device_hash'),
    flagged: boolean('flagged').notNull().default(false),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.serviceTypeId],
      foreignColumns: [serviceTypes.agencyId, serviceTypes.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.visitCodeId],
      foreignColumns: [visitCodes.agencyId, visitCodes.id],
    }),
    index('skm_responses_unit_day_idx').on(t.agencyId, t.serviceUnitId, t.respondedOn),
    index('skm_responses_device_idx').on(t.agencyId, t.deviceHash, t.createdAt),
    // The latest suggestions of a unit: a few among a million answers.
    index('skm_responses_comment_idx')
      .on(t.agencyId, t.serviceUnitId, t.createdAt)
      .where(sql`${t.comment} is not null and ${t.comment} <> ''`),
    check(
      'skm_responses_scores',
      sql`coalesce(${t.u1}, 1) between 1 and 4 and coalesce(${t.u2}, 1) between 1 and 4
        and coalesce(${t.u3}, 1) between 1 and 4 and coalesce(${t.u4}, 1) between 1 and 4
        and coalesce(${t.u5}, 1) between 1 and 4 and coalesce(${t.u6}, 1) between 1 and 4
        and coalesce(${t.u7}, 1) between 1 and 4 and coalesce(${t.u8}, 1) between 1 and 4
        and coalesce(${t.u9}, 1) between 1 and 4`,
    ),
  ],
);

/** Complaints, suggestions and information requests (rules §7.2), from the public or SP4N-LAPOR!. */
export const complaints = pgTable(
  'complaints',
  {
    ...tenantColumns,
    /** What the citizen keeps to follow the case (unguessable). */
    ticketCode: text('ticket_code').notNull(),
    source: text('source').notNull(),
    laporReference: text('lapor_reference'),
    category: text('category').notNull(),
    serviceUnitId: uuid('service_unit_id'),
    serviceTypeId: uuid('service_type_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Personal data: never shown on public pages. */
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    status: text('status').notNull(),
    receivedOn: date('received_on').notNull(),
    verifiedOn: date('verified_on'),
    dispatchedOn: date('dispatched_on'),
    answeredOn: date('answered_on'),
    publishedOn: date('published_on'),
    answer: text('answer'),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.serviceTypeId],
      foreignColumns: [serviceTypes.agencyId, serviceTypes.id],
    }),
    uniqueIndex('complaints_ticket_key').on(t.ticketCode),
    index('complaints_status_idx').on(t.agencyId, t.status, t.receivedOn),
  ],
);

export const complaintEvents = pgTable(
  'complaint_events',
  {
    ...tenantColumns,
    complaintId: uuid('complaint_id').notNull(),
    action: text('action').notNull(),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    /** Shown on the public tracking page. */
    public: boolean('public').notNull().default(true),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.complaintId],
      foreignColumns: [complaints.agencyId, complaints.id],
    }),
    foreignKey({ columns: [t.agencyId, t.actorUserId], foreignColumns: [users.agencyId, users.id] }),
    index('complaint_events_complaint_idx').on(t.agencyId, t.complaintId, t.createdAt),
  ],
);

/** A citizen's rating of the officer who served them (rules §7.3: evidence, never a predikat). */
export const officerRatings = pgTable(
  'officer_ratings',
  {
    ...tenantColumns,
    officerEmployeeId: uuid('officer_employee_id').notNull(),
    serviceUnitId: uuid('service_unit_id').notNull(),
    visitCodeId: uuid('visit_code_id').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment'),
    reply: text('reply'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.officerEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.serviceUnitId],
      foreignColumns: [serviceUnits.agencyId, serviceUnits.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.visitCodeId],
      foreignColumns: [visitCodes.agencyId, visitCodes.id],
    }),
    uniqueIndex('officer_ratings_visit_key').on(t.agencyId, t.visitCodeId),
    index('officer_ratings_officer_idx').on(t.agencyId, t.officerEmployeeId, t.createdAt),
    check('officer_ratings_score', sql`${t.score} between 1 and 5`),
  ],
);

/** Files a citizen attaches to a complaint (stored through FileStorage; the type is sniffed from the bytes). */
export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    ...tenantColumns,
    complaintId: uuid('complaint_id').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.complaintId],
      foreignColumns: [complaints.agencyId, complaints.id],
    }),
    index('complaint_attachments_complaint_idx').on(t.agencyId, t.complaintId),
  ],
);

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
import { agencies, employees, positions, units } from './organisation.ts';

/** A performance year of an agency: the SKP deadline and how the year is split into periods (rules §2). */
export const planningYears = pgTable(
  'planning_years',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    /** Batas penetapan SKP (default 31 January), a calendar date in the agency's time zone. */
    skpDeadline: date('skp_deadline').notNull(),
    monthly: boolean('monthly').notNull(),
    quarterly: boolean('quarterly').notNull(),
    fillingDays: integer('filling_days').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.year] }),
    foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] }),
    check('planning_years_year', sql`${t.year} between 2000 and 2100`),
  ],
);

/** Annual, quarterly and monthly periods with their batas pengisian; one is the final period. */
export const periods = pgTable(
  'periods',
  {
    ...tenantColumns,
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    fillDeadline: date('fill_deadline').notNull(),
    isFinal: boolean('is_final').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.year],
      foreignColumns: [planningYears.agencyId, planningYears.year],
    }),
    uniqueIndex('periods_year_kind_seq_key').on(t.agencyId, t.year, t.kind, t.seq),
    check('periods_dates', sql`${t.endDate} >= ${t.startDate} and ${t.fillDeadline} >= ${t.endDate}`),
  ],
);

/** Who a person was when an SKP was set (rules §3: a snapshot, not a join to current data). */
export interface PersonSnapshot {
  kind: 'EMPLOYEE' | 'HEAD_OF_REGION';
  employeeId: string | null;
  nip: string | null;
  name: string;
  golongan: string | null;
  positionName: string;
  unitName: string;
}

/**
 * An SKP (Sasaran Kinerja Pegawai). A revision of an approved SKP is a new row (version + 1,
 * previous_version_id) and the old one stops being `current`; a mid-year move closes the SKP (CLOSED)
 * and starts a new one. At most one open current SKP per person and year.
 */
export const skps = pgTable(
  'skps',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    year: integer('year').notNull(),
    version: integer('version').notNull().default(1),
    previousVersionId: uuid('previous_version_id'),
    current: boolean('current').notNull().default(true),
    status: text('status').notNull(),
    format: text('format').notNull(),
    approach: text('approach').notNull(),
    positionId: uuid('position_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    employeeSnapshot: jsonb('employee_snapshot').$type<PersonSnapshot>().notNull(),
    /** The rater when the SKP was drafted, refreshed at each submission (the approver). */
    raterEmployeeId: uuid('rater_employee_id'),
    raterSnapshot: jsonb('rater_snapshot').$type<PersonSnapshot>().notNull(),
    /** Ekspektasi khusus pimpinan per BerAKHLAK value code. */
    behaviourExpectations: jsonb('behaviour_expectations')
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Lampiran SKP: the three free-text sections by code. */
    lampiran: jsonb('lampiran').$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
    draftedByAdmin: boolean('drafted_by_admin').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({ columns: [t.agencyId, t.positionId], foreignColumns: [positions.agencyId, positions.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    foreignKey({
      columns: [t.agencyId, t.raterEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    foreignKey({ columns: [t.agencyId, t.previousVersionId], foreignColumns: [t.agencyId, t.id] }),
    uniqueIndex('skps_open_key')
      .on(t.agencyId, t.employeeId, t.year)
      .where(sql`${t.current} and ${t.status} <> 'CLOSED'`),
    index('skps_year_employee_idx').on(t.agencyId, t.year, t.employeeId),
    index('skps_rater_idx').on(t.agencyId, t.raterEmployeeId, t.status),
    check('skps_status', sql`${t.status} in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'CLOSED')`),
  ],
);

/** Rencana Hasil Kerja. JA/JF: parent_rhk_id is the superior's RHK it intervenes (cascading). */
export const skpRhks = pgTable(
  'skp_rhks',
  {
    ...tenantColumns,
    skpId: uuid('skp_id').notNull(),
    seq: integer('seq').notNull(),
    category: text('category').notNull(),
    text: text('text').notNull(),
    parentRhkId: uuid('parent_rhk_id'),
    /** Klasifikasi (e.g. hasil kerja organisasi / individu), free text. */
    klasifikasi: text('klasifikasi'),
    /** JPT: who assigned the RHK (penugasan dari), kept as written. */
    penugasanDari: text('penugasan_dari'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.skpId], foreignColumns: [skps.agencyId, skps.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.agencyId, t.parentRhkId], foreignColumns: [t.agencyId, t.id] }),
    index('skp_rhks_skp_idx').on(t.agencyId, t.skpId, t.seq),
    index('skp_rhks_parent_idx').on(t.agencyId, t.parentRhkId),
  ],
);

/** Indikator Kinerja Individu: one per aspek, with a numeric target (kuantitatif) or a narrative. */
export const skpIndicators = pgTable(
  'skp_indicators',
  {
    ...tenantColumns,
    rhkId: uuid('rhk_id').notNull(),
    seq: integer('seq').notNull(),
    aspect: text('aspect').notNull(),
    text: text('text').notNull(),
    targetValue: doublePrecision('target_value'),
    targetUnit: text('target_unit'),
    targetText: text('target_text'),
    perspective: text('perspective'),
    /** AT_LEAST (more is better) or AT_MOST (less is better: waktu, biaya), for the achievement. */
    direction: text('direction').notNull().default('AT_LEAST'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.rhkId], foreignColumns: [skpRhks.agencyId, skpRhks.id] }).onDelete(
      'cascade',
    ),
    index('skp_indicators_rhk_idx').on(t.agencyId, t.rhkId, t.seq),
  ],
);

/** Every transition of an SKP: who, when, from which status to which, and the note. */
export const skpEvents = pgTable(
  'skp_events',
  {
    ...tenantColumns,
    skpId: uuid('skp_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    note: text('note'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.skpId], foreignColumns: [skps.agencyId, skps.id] }),
    index('skp_events_skp_idx').on(t.agencyId, t.skpId, t.createdAt),
  ],
);

/** In-app notifications; `dedupe_key` makes a reminder job safe to run twice. */
export const notifications = pgTable(
  'notifications',
  {
    ...tenantColumns,
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id] }).onDelete(
      'cascade',
    ),
    index('notifications_user_idx').on(t.agencyId, t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.agencyId, t.userId, t.dedupeKey),
    // The mail job looks only at what is not sent yet.
    index('notifications_unsent_idx').on(t.createdAt).where(sql`${t.emailedAt} is null`),
  ],
);

/**
 * Running counts behind the monitoring pengisian, kept by database triggers on `skps` and `employees`
 * (migration 0008), so every write path (API, import, seeding) keeps them right and the monitoring of
 * 100,000 people reads a few hundred rows instead of joining everyone to their SKP. An open SKP (current,
 * not closed) of an active employee counts in the employee's current unit.
 */
export const skpUnitCounts = pgTable(
  'skp_unit_counts',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year, t.unitId, t.status] })],
);

/** Active employees per unit (the "total" of the monitoring; people without an SKP are total − counted). */
export const unitHeadcounts = pgTable(
  'unit_headcounts',
  {
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    n: integer('n').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.unitId] })],
);

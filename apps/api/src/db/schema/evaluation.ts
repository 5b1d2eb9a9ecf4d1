import { sql } from 'drizzle-orm';
import {
  check,
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
import { agencies, employees, units } from './organisation.ts';
import { periods, skps } from './planning.ts';

/**
 * Per agency evaluation policy (rules §5): what a distribution violation does (WARN or BLOCK
 * finalisation), how shares of small units are rounded, the objection window, and the mapping of a unit
 * leader's own rating hasil kerja from the organisation predikat.
 */
export const evaluationSettings = pgTable(
  'evaluation_settings',
  {
    agencyId: uuid('agency_id').notNull().primaryKey(),
    violationPolicy: text('violation_policy').notNull().default('WARN'),
    roundingAtLeast: text('rounding_at_least').notNull().default('CEIL'),
    roundingAtMost: text('rounding_at_most').notNull().default('FLOOR'),
    objectionDays: integer('objection_days').notNull().default(14),
    leaderRatingMap: jsonb('leader_rating_map').$type<Record<string, string>>(),
    ...timestamps,
  },
  (t) => [
    foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] }),
    check('evaluation_settings_policy', sql`${t.violationPolicy} in ('WARN', 'BLOCK')`),
    check('evaluation_settings_days', sql`${t.objectionDays} between 1 and 90`),
  ],
);

/**
 * Step 1: the organisation predikat of a unit for a period, set by the leader of the unit above (the
 * agency leader for top units), and — step 5 — the Penetapan Predikat Kinerja: the setter's electronic
 * sign-off, which locks the unit's evaluations of the period.
 */
export const unitPredikats = pgTable(
  'unit_predikats',
  {
    ...tenantColumns,
    unitId: uuid('unit_id').notNull(),
    periodId: uuid('period_id').notNull(),
    predikat: text('predikat').notNull(),
    note: text('note'),
    setByUserId: uuid('set_by_user_id').notNull(),
    setByName: text('set_by_name').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedByUserId: uuid('finalised_by_user_id'),
    /** Name, NIP and position of the signer as signed (a snapshot). */
    signature: jsonb('signature').$type<{ name: string; nip: string | null; positionName: string }>(),
    /** The curve and the violations at finalisation, kept with the document. */
    finalCounts: jsonb('final_counts').$type<Record<string, number>>(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    foreignKey({ columns: [t.agencyId, t.setByUserId], foreignColumns: [users.agencyId, users.id] }),
    uniqueIndex('unit_predikats_unit_period_key').on(t.agencyId, t.unitId, t.periodId),
    check(
      'unit_predikats_predikat',
      sql`${t.predikat} in ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')`,
    ),
  ],
);

/**
 * Steps 2–3: an employee's evaluation for a period: the two ratings set by the rater and the predikat
 * from the kuadran, the rater's feedback, locked by the unit's finalisation, acknowledged by the
 * employee (the receipt that starts the objection window).
 */
export const evaluations = pgTable(
  'evaluations',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    periodId: uuid('period_id').notNull(),
    skpId: uuid('skp_id'),
    unitId: uuid('unit_id').notNull(),
    raterEmployeeId: uuid('rater_employee_id'),
    raterName: text('rater_name').notNull(),
    hasilKerja: text('hasil_kerja').notNull(),
    perilakuKerja: text('perilaku_kerja').notNull(),
    predikat: text('predikat').notNull(),
    /** The system's suggestion when the rating was set (shown with its reasons; the rater decides). */
    suggestedHasilKerja: text('suggested_hasil_kerja'),
    feedback: text('feedback'),
    status: text('status').notNull().default('DRAFT'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({ columns: [t.agencyId, t.periodId], foreignColumns: [periods.agencyId, periods.id] }),
    foreignKey({ columns: [t.agencyId, t.skpId], foreignColumns: [skps.agencyId, skps.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    foreignKey({
      columns: [t.agencyId, t.raterEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    uniqueIndex('evaluations_employee_period_key').on(t.agencyId, t.employeeId, t.periodId),
    index('evaluations_unit_period_idx').on(t.agencyId, t.periodId, t.unitId),
    index('evaluations_rater_idx').on(t.agencyId, t.raterEmployeeId, t.periodId),
    check('evaluations_status', sql`${t.status} in ('DRAFT', 'FINAL')`),
    check('evaluations_hasil', sql`${t.hasilKerja} in ('DI_ATAS', 'SESUAI', 'DI_BAWAH')`),
    check('evaluations_perilaku', sql`${t.perilakuKerja} in ('DI_ATAS', 'SESUAI', 'DI_BAWAH')`),
  ],
);

/** Every change of a rating after it was first set (calibration, an objection's decision): before/after and why. */
export const evaluationChanges = pgTable(
  'evaluation_changes',
  {
    ...tenantColumns,
    evaluationId: uuid('evaluation_id').notNull(),
    kind: text('kind').notNull(),
    before: jsonb('before').$type<Record<string, string>>().notNull(),
    after: jsonb('after').$type<Record<string, string>>().notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id').notNull(),
    actorName: text('actor_name').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.evaluationId],
      foreignColumns: [evaluations.agencyId, evaluations.id],
    }),
    index('evaluation_changes_evaluation_idx').on(t.agencyId, t.evaluationId, t.createdAt),
    check('evaluation_changes_kind', sql`${t.kind} in ('CALIBRATION', 'OBJECTION')`),
  ],
);

/**
 * Keberatan (rules §5.6): filed by the employee within the window after receipt, decided by the rater's
 * superior (CONFIRMED or CHANGED); the decision is final.
 */
export const objections = pgTable(
  'objections',
  {
    ...tenantColumns,
    evaluationId: uuid('evaluation_id').notNull(),
    /** The rater's superior when filed (null: the head of region, acted for by the leader role). */
    deciderEmployeeId: uuid('decider_employee_id'),
    deciderName: text('decider_name').notNull(),
    reasons: text('reasons').notNull(),
    status: text('status').notNull().default('OPEN'),
    decision: text('decision'),
    decisionNote: text('decision_note'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.evaluationId],
      foreignColumns: [evaluations.agencyId, evaluations.id],
    }),
    foreignKey({
      columns: [t.agencyId, t.deciderEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    uniqueIndex('objections_evaluation_key').on(t.agencyId, t.evaluationId),
    index('objections_decider_idx').on(t.agencyId, t.deciderEmployeeId, t.status),
    check('objections_status', sql`${t.status} in ('OPEN', 'DECIDED')`),
    check('objections_decision', sql`${t.decision} is null or ${t.decision} in ('CONFIRMED', 'CHANGED')`),
  ],
);

/** The objection's thread: the superior asks the rater or the employee; they answer. */
export const objectionMessages = pgTable(
  'objection_messages',
  {
    ...tenantColumns,
    objectionId: uuid('objection_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    authorName: text('author_name').notNull(),
    /** DECIDER, RATER or EMPLOYEE. */
    authorRole: text('author_role').notNull(),
    /** For the decider's questions: whom they ask (RATER or EMPLOYEE). */
    addressedTo: text('addressed_to'),
    body: text('body').notNull(),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({
      columns: [t.agencyId, t.objectionId],
      foreignColumns: [objections.agencyId, objections.id],
    }),
    index('objection_messages_objection_idx').on(t.agencyId, t.objectionId, t.createdAt),
    check('objection_messages_role', sql`${t.authorRole} in ('DECIDER', 'RATER', 'EMPLOYEE')`),
  ],
);

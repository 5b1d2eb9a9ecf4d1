import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
import { agencies, employees, units } from './organisation.ts';

export const users = pgTable(
  'users',
  {
    ...tenantColumns,
    /** NIP for ASN, a username or e-mail for others. Unique nationally so sign-in needs no agency picker. */
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    /** Where notifications are also e-mailed when SMTP is configured (optional). */
    email: text('email'),
    employeeId: uuid('employee_id'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    uniqueIndex('users_login_key').on(sql`lower(${t.login})`),
    uniqueIndex('users_employee_key').on(t.agencyId, t.employeeId),
  ],
);

/** Granted roles. `employee` is implied by a linked employee record; unit_admin carries its unit. */
export const userRoles = pgTable(
  'user_roles',
  {
    ...tenantColumns,
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    index('user_roles_user_idx').on(t.agencyId, t.userId),
  ],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamps.createdAt,
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [
    foreignKey({ columns: [t.agencyId, t.userId], foreignColumns: [users.agencyId, users.id] }).onDelete(
      'cascade',
    ),
    index('sessions_user_idx').on(t.agencyId, t.userId),
  ],
);

/**
 * Append-only, hash-chained per agency. A record is written unsealed (seq, prev_hash and hash null) in the
 * transaction of the change it records; the sealer (audit.service `sealChain`) links it into the chain
 * soon after, in `ord` order. A trigger refuses DELETE and any UPDATE other than that one-time sealing.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    ...tenantColumns,
    /** Insertion order (global); the sealer links unsealed records in this order. */
    ord: bigint('ord', { mode: 'number' }).generatedAlwaysAsIdentity(),
    seq: bigint('seq', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] }),
    uniqueIndex('audit_log_seq_key').on(t.agencyId, t.seq),
    index('audit_log_entity_idx').on(t.agencyId, t.entityType, t.entityId),
    index('audit_log_at_idx').on(t.agencyId, t.at),
    index('audit_log_unsealed_idx').on(t.agencyId, t.ord).where(sql`seq is null`),
  ],
);

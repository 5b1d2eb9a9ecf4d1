import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumns, timestamps } from './columns.ts';

/** The tenant: a Pemerintah Kota/Kabupaten. */
export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  /** IANA zone: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT). */
  timezone: text('timezone').notNull().default('Asia/Jakarta'),
  /** Holidays (yyyy-mm-dd) for working-day arithmetic. */
  holidays: jsonb('holidays').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  /** Title and name of the head of region (Wali Kota/Bupati), who rates JPT and has no NIP. */
  headTitle: text('head_title').notNull().default('Wali Kota'),
  headName: text('head_name').notNull().default(''),
  /** Whether ASN keep a daily activity log (rules §4: configurable per agency). */
  dailyLogEnabled: boolean('daily_log_enabled').notNull().default(true),
  ...timestamps,
});

export const units = pgTable(
  'units',
  {
    ...tenantColumns,
    parentId: uuid('parent_id'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    active: boolean('active').notNull().default(true),
    /** Materialised path of ids from the root, '/a/b/c/': subtree scope is a prefix match. */
    path: text('path').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId], foreignColumns: [agencies.id] }),
    foreignKey({ columns: [t.agencyId, t.parentId], foreignColumns: [t.agencyId, t.id] }),
    uniqueIndex('units_code_key').on(t.agencyId, t.code),
    index('units_path_idx').on(t.agencyId, t.path.op('text_pattern_ops')),
    check('units_not_own_parent', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const positions = pgTable(
  'positions',
  {
    ...tenantColumns,
    unitId: uuid('unit_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    isUnitHead: boolean('is_unit_head').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    uniqueIndex('positions_unit_name_key').on(t.agencyId, t.unitId, t.name),
  ],
);

export const employees = pgTable(
  'employees',
  {
    ...tenantColumns,
    nip: text('nip').notNull(),
    name: text('name').notNull(),
    frontTitle: text('front_title'),
    backTitle: text('back_title'),
    sex: text('sex').notNull(),
    birthDate: date('birth_date').notNull(),
    employmentType: text('employment_type').notNull(),
    golongan: text('golongan').notNull(),
    positionId: uuid('position_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    status: text('status').notNull().default('ACTIVE'),
    /** Lower-cased name + NIP, for search. */
    searchText: text('search_text').notNull(),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.positionId], foreignColumns: [positions.agencyId, positions.id] }),
    foreignKey({ columns: [t.agencyId, t.unitId], foreignColumns: [units.agencyId, units.id] }),
    uniqueIndex('employees_nip_key').on(t.agencyId, t.nip),
    // NIP-prefix search (`nip like '1985%'`) needs pattern ops outside the C collation.
    index('employees_nip_prefix_idx').on(t.agencyId, t.nip.op('text_pattern_ops')),
    index('employees_unit_idx').on(t.agencyId, t.unitId),
    index('employees_name_idx').on(t.agencyId, t.name),
    // Substring search of names (`search_text like '%santoso%'`): a trigram index (pg_trgm).
    index('employees_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('employees_nip_format', sql`${t.nip} ~ '^[0-9]{18}$'`),
  ],
);

/**
 * Effective-dated reporting line: who rates an employee from valid_from up to valid_to (inclusive;
 * null = open). rater_employee_id null means the head of region (Wali Kota/Bupati).
 */
export const reportingLines = pgTable(
  'reporting_lines',
  {
    ...tenantColumns,
    employeeId: uuid('employee_id').notNull(),
    raterEmployeeId: uuid('rater_employee_id'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    acting: text('acting').notNull().default('DEFINITIF'),
    createdAt: timestamps.createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.employeeId], foreignColumns: [employees.agencyId, employees.id] }),
    foreignKey({
      columns: [t.agencyId, t.raterEmployeeId],
      foreignColumns: [employees.agencyId, employees.id],
    }),
    index('reporting_lines_employee_idx').on(t.agencyId, t.employeeId, t.validFrom),
    index('reporting_lines_rater_idx').on(t.agencyId, t.raterEmployeeId),
    check(
      'reporting_lines_not_self',
      sql`${t.raterEmployeeId} is null or ${t.raterEmployeeId} <> ${t.employeeId}`,
    ),
    check('reporting_lines_dates', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every tenant table starts with these: the agency leads every key (structural tenancy). */
export const tenantColumns = {
  agencyId: uuid('agency_id').notNull(),
  id: uuid('id').notNull(),
};

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

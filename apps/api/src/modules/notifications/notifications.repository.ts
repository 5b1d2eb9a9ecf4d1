import { and, count, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { type Database, queryRows, sql, sqlArray } from '../../db/client.ts';
import { notifications } from '../../db/schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;

/** What a notification says; the same for every recipient of one insert. */
export interface NotificationContent {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  dedupeKey?: string | null;
}

/**
 * A UUIDv7 made in SQL (48-bit Unix milliseconds of `now`, then random bits with version 7), for
 * INSERT … SELECT statements that create one row per recipient without shipping the ids from Node.
 * Same layout as the application's `newId()`, so the primary key keeps its time order.
 */
const uuidV7At = (now: Date) => sql`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
  placing substring(int8send(floor(extract(epoch from ${now.toISOString()}::timestamptz) * 1000)::bigint) from 3)
  from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;

/** Rows per user and explicit ids; a (user, dedupe key) already present is skipped. Returns rows inserted. */
export async function insertNotifications(
  db: Database,
  agencyId: string,
  rows: (NotificationContent & { id: string; userId: string })[],
  now: Date,
): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await queryRows<{ n: number }>(
    db,
    sql`with inserted as (
          insert into notifications (agency_id, id, user_id, kind, title, body, link, dedupe_key, created_at)
          select ${agencyId}::uuid, t.id, t.user_id, t.kind, t.title, t.body, t.link, t.dedupe_key,
            ${now.toISOString()}::timestamptz
          from unnest(${sqlArray(
            rows.map((r) => r.id),
            'uuid',
          )}, ${sqlArray(
            rows.map((r) => r.userId),
            'uuid',
          )}, ${sqlArray(
            rows.map((r) => r.kind),
            'text',
          )}, ${sqlArray(
            rows.map((r) => r.title),
            'text',
          )}, ${sqlArray(
            rows.map((r) => r.body),
            'text',
          )}, ${sqlArray(
            rows.map((r) => r.link ?? null),
            'text',
          )}, ${sqlArray(
            rows.map((r) => r.dedupeKey ?? null),
            'text',
          )}) as t(id, user_id, kind, title, body, link, dedupe_key)
          on conflict (agency_id, user_id, dedupe_key) do nothing
          returning 1)
        select count(*)::int as n from inserted`,
  );
  return result?.n ?? 0;
}

/**
 * One notification for every user id the `recipients` query returns (a single-column SELECT of user ids
 * of this agency), in one set-based statement however many recipients there are. Returns rows inserted.
 */
export async function insertForRecipients(
  db: Database,
  agencyId: string,
  recipients: SQL,
  content: NotificationContent,
  now: Date,
): Promise<number> {
  const [result] = await queryRows<{ n: number }>(
    db,
    sql`with inserted as (${notificationsFor(agencyId, recipients, content, now)} returning 1)
        select count(*)::int as n from inserted`,
  );
  return result?.n ?? 0;
}

/**
 * The INSERT of one notification per recipient (`recipients` selects user ids), for use as a CTE of a
 * larger statement; a (user, dedupe key) already present is skipped.
 */
export const notificationsFor = (
  agencyId: string,
  recipients: SQL,
  content: NotificationContent,
  now: Date,
) =>
  sql`insert into notifications (agency_id, id, user_id, kind, title, body, link, dedupe_key, created_at)
      select ${agencyId}::uuid, ${uuidV7At(now)}, r.user_id, ${content.kind}, ${content.title},
        ${content.body}, ${content.link ?? null}::text, ${content.dedupeKey ?? null}::text,
        ${now.toISOString()}::timestamptz
      from (${recipients}) as r(user_id)
      on conflict (agency_id, user_id, dedupe_key) do nothing`;

/** Active user accounts linked to these employees (employees without an account have no row). */
export const usersOfEmployees = (agencyId: string, employeeIds: string[]) =>
  sql`select u.id from users u
      where u.agency_id = ${agencyId} and u.active and u.employee_id = any(${sqlArray(employeeIds, 'uuid')})`;

/** Active user accounts holding a role. */
export const usersWithRole = (agencyId: string, role: string) =>
  sql`select distinct u.id from user_roles r
      join users u on u.agency_id = r.agency_id and u.id = r.user_id
      where r.agency_id = ${agencyId} and r.role = ${role} and u.active`;

export async function pageOwnNotifications(
  db: Database,
  agencyId: string,
  userId: string,
  unreadOnly: boolean,
  offset: number,
  limit: number,
) {
  const own = and(eq(notifications.agencyId, agencyId), eq(notifications.userId, userId));
  const where = unreadOnly ? and(own, isNull(notifications.readAt)) : own;
  const [items, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(own, isNull(notifications.readAt))),
  ]);
  return { items, total: Number(total?.n ?? 0), unread: Number(unread?.n ?? 0) };
}

export async function findOwnNotification(
  db: Database,
  agencyId: string,
  userId: string,
  id: string,
): Promise<NotificationRow | null> {
  const [row] = await db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.agencyId, agencyId), eq(notifications.userId, userId), eq(notifications.id, id)),
    )
    .limit(1);
  return row ?? null;
}

export async function markRead(db: Database, agencyId: string, id: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.agencyId, agencyId), eq(notifications.id, id), isNull(notifications.readAt)));
}

/** Marks every unread notification of a user read; returns how many changed. */
export async function markAllRead(
  db: Database,
  agencyId: string,
  userId: string,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.agencyId, agencyId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export interface PendingEmail {
  agency_id: string;
  id: string;
  title: string;
  body: string;
  link: string | null;
  email: string;
  display_name: string;
}

/**
 * Notifications not yet e-mailed, created in the two days up to `now`, whose (active) user has an
 * e-mail address; oldest first. Older ones are left alone: a reminder mailed days late does more harm
 * than good, and the in-app inbox still has it.
 */
export async function listPendingEmails(db: Database, now: Date, limit: number): Promise<PendingEmail[]> {
  const since = new Date(now.getTime() - 2 * 86_400_000);
  return queryRows<PendingEmail>(
    db,
    sql`select n.agency_id, n.id, n.title, n.body, n.link, u.email, u.display_name
        from notifications n
        join users u on u.agency_id = n.agency_id and u.id = n.user_id
        where n.emailed_at is null
          and n.created_at >= ${since.toISOString()}::timestamptz
          and n.created_at <= ${now.toISOString()}::timestamptz
          and u.active and u.email is not null and btrim(u.email) <> ''
        order by n.created_at, n.id
        limit ${limit}`,
  );
}

export async function markEmailed(db: Database, agencyId: string, id: string, now: Date): Promise<void> {
  await db
    .update(notifications)
    .set({ emailedAt: now })
    .where(and(eq(notifications.agencyId, agencyId), eq(notifications.id, id)));
}

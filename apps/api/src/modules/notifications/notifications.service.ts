import type { NotificationSchema } from '@sigap/contracts';
import type { z } from 'zod';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { notFound } from '../../lib/app-error.ts';
import { newId } from '../../lib/ids.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import * as repository from './notifications.repository.ts';

/*
 * Notifications are a side effect of an audited change (an SKP submitted, returned, approved…), so the
 * notify* functions below write no audit record of their own: the caller's record describes the change,
 * and they run inside the caller's transaction so the notification exists exactly when the change does.
 * Reading one's own inbox is audited (notification.read / notification.readAll).
 */

/** What a notification says. `dedupeKey`: a second notification with the same key for a user is skipped. */
export type NotificationItem = repository.NotificationContent;

type Notification = z.infer<typeof NotificationSchema>;

const present = (row: repository.NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  read: row.readAt !== null,
  createdAt: row.createdAt.toISOString(),
});

/** Notifies users (by user id) inside the caller's transaction; returns the number of rows inserted. */
export async function notifyUsers(
  tx: Database,
  agencyId: string,
  items: {
    userId: string;
    kind: string;
    title: string;
    body: string;
    link?: string | null;
    dedupeKey?: string | null;
  }[],
  now: Date,
): Promise<number> {
  return repository.insertNotifications(
    tx,
    agencyId,
    items.map((item) => ({ ...item, id: newId() })),
    now,
  );
}

/** Notifies the user accounts of these employees; employees without an (active) account are skipped. */
export async function notifyEmployees(
  tx: Database,
  agencyId: string,
  employeeIds: string[],
  item: NotificationItem,
  now: Date,
): Promise<number> {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) return 0;
  return repository.insertForRecipients(tx, agencyId, repository.usersOfEmployees(agencyId, ids), item, now);
}

/** Notifies every (active) user holding the role in the agency. */
export async function notifyRole(
  tx: Database,
  agencyId: string,
  role: 'leader' | 'agency_admin',
  item: NotificationItem,
  now: Date,
): Promise<number> {
  return repository.insertForRecipients(tx, agencyId, repository.usersWithRole(agencyId, role), item, now);
}

export async function listOwnNotifications(
  db: Database,
  ctx: RequestContext,
  query: { page: number; pageSize: number; unreadOnly: boolean },
) {
  const { items, total, unread } = await repository.pageOwnNotifications(
    db,
    ctx.actor.agencyId,
    ctx.actor.userId,
    query.unreadOnly,
    (query.page - 1) * query.pageSize,
    query.pageSize,
  );
  return { items: items.map(present), total, page: query.page, pageSize: query.pageSize, unread };
}

/** Marks one of the actor's notifications read; someone else's (or an unknown id) is 404. */
export async function markRead(db: Database, ctx: RequestContext, id: string): Promise<Notification> {
  return db.transaction(async (tx) => {
    const { agencyId, userId } = ctx.actor;
    const row = await repository.findOwnNotification(tx, agencyId, userId, id);
    if (!row) throw notFound('Notifikasi');
    if (row.readAt !== null) return present(row);
    const now = ctx.clock.now();
    await repository.markRead(tx, agencyId, id, now);
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'notification.read',
        entityType: 'notification',
        entityId: id,
        before: { readAt: null },
        after: { readAt: now.toISOString() },
      },
    ]);
    return present({ ...row, readAt: now });
  });
}

/** Marks all the actor's unread notifications read. */
export async function markAllRead(db: Database, ctx: RequestContext): Promise<{ updated: number }> {
  return db.transaction(async (tx) => {
    const { agencyId, userId } = ctx.actor;
    const updated = await repository.markAllRead(tx, agencyId, userId, ctx.clock.now());
    if (updated > 0) {
      await recordAudit(tx, authorOf(ctx), [
        {
          action: 'notification.readAll',
          entityType: 'notification',
          entityId: null,
          after: { userId, updated },
        },
      ]);
    }
    return { updated };
  });
}

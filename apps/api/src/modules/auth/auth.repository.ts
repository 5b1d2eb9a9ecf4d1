import type { Role } from '@sigap/contracts';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Database, queryPrepared } from '../../db/client.ts';
import { sessions, userRoles, users } from '../../db/schema/index.ts';
import type { Actor } from '../../lib/actor.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByLogin(db: Database, login: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.login}) = lower(${login})`).limit(1);
  return row ?? null;
}

export async function findUserById(db: Database, agencyId: string, userId: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)))
    .limit(1);
  return row ?? null;
}

export async function findUserByEmployee(db: Database, agencyId: string, employeeId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), eq(users.employeeId, employeeId)))
    .limit(1);
  return row ?? null;
}

export async function updateUser(
  db: Database,
  agencyId: string,
  userId: string,
  patch: Partial<
    Pick<UserRow, 'passwordHash' | 'mustChangePassword' | 'failedAttempts' | 'lockedUntil' | 'updatedAt'>
  >,
): Promise<void> {
  await db
    .update(users)
    .set(patch)
    .where(and(eq(users.agencyId, agencyId), eq(users.id, userId)));
}

export async function insertUser(db: Database, row: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(row);
}

export async function insertRole(db: Database, row: typeof userRoles.$inferInsert): Promise<void> {
  await db.insert(userRoles).values(row);
}

export async function insertSession(db: Database, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Database, agencyId: string, userId: string, except?: string) {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.agencyId, agencyId),
        eq(sessions.userId, userId),
        except ? sql`${sessions.tokenHash} <> ${except}` : undefined,
      ),
    );
}

export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

interface ActorRow {
  user_id: string;
  agency_id: string;
  timezone: string;
  login: string;
  display_name: string;
  employee_id: string | null;
  must_change_password: boolean;
  csrf_token: string;
  head_of_unit: { id: string; path: string } | null;
  roles: { role: Role; unit_id: string | null; path: string | null }[];
}

/** One query: the session's user, roles and agency, or null when the session is unknown or expired. */
export async function loadActor(db: Database, tokenHash: string, now: Date): Promise<Actor | null> {
  const [row] = await queryPrepared<ActorRow>(
    db,
    'load_actor',
    sql`select u.id as user_id, u.agency_id, a.timezone, u.login, u.display_name, u.employee_id,
          u.must_change_password, s.csrf_token,
          (select json_build_object('id', hu.id, 'path', hu.path) from employees he
             join positions hp on hp.agency_id = he.agency_id and hp.id = he.position_id and hp.is_unit_head
             join units hu on hu.agency_id = he.agency_id and hu.id = he.unit_id
           where he.agency_id = u.agency_id and he.id = u.employee_id and he.status = 'ACTIVE') as head_of_unit,
          coalesce((select json_agg(json_build_object('role', r.role, 'unit_id', r.unit_id, 'path', un.path))
                    from user_roles r left join units un on un.agency_id = r.agency_id and un.id = r.unit_id
                    where r.agency_id = u.agency_id and r.user_id = u.id), '[]'::json) as roles
        from sessions s
        join users u on u.agency_id = s.agency_id and u.id = s.user_id
        join agencies a on a.id = u.agency_id
        where s.token_hash = ${tokenHash} and s.expires_at > ${now.toISOString()}::timestamptz and u.active`,
  );
  if (!row) return null;
  const roles = new Set<Role>(row.roles.map((r) => r.role));
  if (row.employee_id) roles.add('employee');
  return {
    userId: row.user_id,
    agencyId: row.agency_id,
    agencyTimezone: row.timezone,
    login: row.login,
    displayName: row.display_name,
    roles,
    adminUnits: row.roles
      .filter((r) => r.role === 'unit_admin' && r.unit_id && r.path)
      .map((r) => ({ id: r.unit_id as string, path: r.path as string })),
    employeeId: row.employee_id,
    headOfUnit: row.head_of_unit ?? null,
    mustChangePassword: row.must_change_password,
    csrfToken: row.csrf_token,
    sessionTokenHash: tokenHash,
  };
}

export interface SessionStore {
  loadActor(tokenHash: string): Promise<Actor | null>;
}

import { LIMITS, type Me } from '@sigap/contracts';
import { normalizeNip } from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { Actor, RequestContext } from '../../lib/actor.ts';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { newId } from '../../lib/ids.ts';
import { hashPassword, isStrongEnough, temporaryPassword, verifyPassword } from '../../lib/passwords.ts';
import type { RouteGuard } from '../../lib/policy.ts';
import { hashToken, newToken } from '../../plugins/session.ts';
import { authorOf, recordAudit } from '../audit/audit.service.ts';
import * as repository from './auth.repository.ts';

// A real hash to verify against when the login is unknown, so timing does not reveal which logins exist.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => {
  dummyHash ??= hashPassword('sigap-timing-equaliser');
  return dummyHash;
};

export interface LoginInput {
  login: string;
  password: string;
  userAgent: string | null;
  ip: string;
  requestId: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
}

/** Signs in with NIP (or a username/e-mail): counts failures, locks the account after too many. */
export async function login(db: Database, clock: Clock, input: LoginInput): Promise<LoginResult> {
  const login = /^[\d\s.]+$/.test(input.login) ? normalizeNip(input.login) : input.login.trim();
  const user = await repository.findUserByLogin(db, login);
  const now = clock.now();
  if (!user?.active) {
    await verifyPassword(await getDummyHash(), input.password);
    throw new AppError('INVALID_CREDENTIALS', 'NIP/nama pengguna atau kata sandi salah');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', 'Akun dikunci sementara karena terlalu banyak percobaan gagal', {
      lockedUntil: user.lockedUntil.toISOString(),
    });
  }
  const author = {
    agencyId: user.agencyId,
    actor: { userId: user.id, displayName: user.displayName },
    requestId: input.requestId,
    clock,
  };
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid) {
    const failures = user.failedAttempts + 1;
    const locked = failures >= LIMITS.loginMaxFailures;
    await db.transaction(async (tx) => {
      await repository.updateUser(tx, user.agencyId, user.id, {
        failedAttempts: locked ? 0 : failures,
        lockedUntil: locked ? new Date(now.getTime() + LIMITS.lockoutMinutes * 60_000) : user.lockedUntil,
      });
      await recordAudit(tx, author, [
        {
          action: locked ? 'auth.locked' : 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: { failedAttempts: failures, ip: input.ip },
        },
      ]);
    });
    if (locked) {
      throw new AppError('ACCOUNT_LOCKED', 'Akun dikunci sementara karena terlalu banyak percobaan gagal', {
        minutes: LIMITS.lockoutMinutes,
      });
    }
    throw new AppError('INVALID_CREDENTIALS', 'NIP/nama pengguna atau kata sandi salah');
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LIMITS.sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    await repository.updateUser(tx, user.agencyId, user.id, { failedAttempts: 0, lockedUntil: null });
    await repository.insertSession(tx, {
      tokenHash: hashToken(token),
      agencyId: user.agencyId,
      userId: user.id,
      csrfToken: newToken(),
      expiresAt,
      createdAt: now,
      lastSeenAt: now,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
    });
    await recordAudit(tx, author, [
      { action: 'auth.login', entityType: 'user', entityId: user.id, after: { ip: input.ip } },
    ]);
  });
  return { token, expiresAt };
}

export async function logout(db: Database, ctx: RequestContext): Promise<void> {
  await db.transaction(async (tx) => {
    await repository.deleteSession(tx, ctx.actor.sessionTokenHash);
    await recordAudit(tx, authorOf(ctx), [
      { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId },
    ]);
  });
}

/** Changes one's own password; other sessions of the user are signed out. */
export async function changePassword(
  db: Database,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repository.findUserById(db, ctx.actor.agencyId, ctx.actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('PASSWORD_WRONG', 'Kata sandi saat ini salah');
  }
  if (!isStrongEnough(input.newPassword, LIMITS.passwordMinLength)) {
    throw new AppError(
      'PASSWORD_TOO_WEAK',
      `Kata sandi minimal ${LIMITS.passwordMinLength} karakter dan memuat huruf dan angka/simbol`,
    );
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('PASSWORD_REUSED', 'Kata sandi baru harus berbeda dari yang lama');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await repository.updateUser(tx, user.agencyId, user.id, {
      passwordHash,
      mustChangePassword: false,
      updatedAt: ctx.clock.now(),
    });
    await repository.deleteUserSessions(tx, user.agencyId, user.id, ctx.actor.sessionTokenHash);
    await recordAudit(tx, authorOf(ctx), [
      { action: 'auth.password_changed', entityType: 'user', entityId: user.id },
    ]);
  });
}

/**
 * The daily log's abilities while the agency has it turned off, left out of /api/me so the navigation
 * hides it (its routes answer 404 meanwhile); the setting stays, so the admin can turn it on again.
 */
const DAILY_LOG_ABILITIES = new Set(['dailyLog.mine', 'dailyLog.team']);

/** The signed-in user as the web sees them, with the policies they pass as abilities. */
export function presentMe(
  actor: Actor,
  agency: { id: string; name: string; timezone: string },
  guards: Record<string, RouteGuard>,
  dailyLogEnabled = true,
): Me {
  return {
    user: {
      id: actor.userId,
      login: actor.login,
      displayName: actor.displayName,
      roles: [...actor.roles],
      adminUnitIds: actor.adminUnits.map((u) => u.id),
      employeeId: actor.employeeId,
      mustChangePassword: actor.mustChangePassword,
    },
    agency,
    csrfToken: actor.csrfToken,
    abilities: Object.entries(guards)
      .filter(([name, guard]) => (dailyLogEnabled || !DAILY_LOG_ABILITIES.has(name)) && guard(actor))
      .map(([name]) => name)
      .sort(),
  };
}

/**
 * Agency admin resets an employee's password (creating their account on first use): a temporary
 * password that must be changed at the next sign-in. All their sessions end.
 */
export async function resetEmployeePassword(
  db: Database,
  ctx: RequestContext,
  employee: { id: string; nip: string; displayName: string },
): Promise<{ temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const agencyId = ctx.actor.agencyId;
    const existing = await repository.findUserByEmployee(tx, agencyId, employee.id);
    const now = ctx.clock.now();
    if (existing) {
      await repository.updateUser(tx, agencyId, existing.id, {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        updatedAt: now,
      });
      await repository.deleteUserSessions(tx, agencyId, existing.id);
    } else {
      if (await repository.findUserByLogin(tx, employee.nip)) {
        throw new AppError('LOGIN_TAKEN', 'NIP ini sudah dipakai sebagai nama pengguna akun lain');
      }
      await repository.insertUser(tx, {
        agencyId,
        id: newId(),
        login: employee.nip,
        displayName: employee.displayName,
        employeeId: employee.id,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      });
    }
    await recordAudit(tx, authorOf(ctx), [
      {
        action: 'auth.password_reset',
        entityType: 'employee',
        entityId: employee.id,
        after: { mustChangePassword: true },
      },
    ]);
  });
  return { temporaryPassword: password };
}

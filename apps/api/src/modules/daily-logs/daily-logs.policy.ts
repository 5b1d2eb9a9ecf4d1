import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { agencyAdmin, anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import { visibleEmployeesScope } from '../employees/employees.policy.ts';

export const dailyLogGuards: Record<string, RouteGuard> = {
  /** Reading a day or a file of someone (checked per resource) and the agency setting. */
  'dailyLog.read': anySignedIn,
  /** Keeps a log of their own (every ASN with an employee record). */
  'dailyLog.mine': (actor) => actor.employeeId !== null,
  /** Rates someone: the list is empty otherwise; leaders act for the head of region. */
  'dailyLog.team': (actor) => actor.employeeId !== null || actor.roles.has('leader'),
  'dailyLog.settings': agencyAdmin,
};

/**
 * SQL scope of the daily logs an actor may read (aliases: l = daily_logs, e = employees, u = units): the
 * log of anyone whose record they may see (self, the people they rate and those people's staff, their
 * unit subtree as unit admin, everyone for agency admins and leaders), plus any day submitted to them.
 */
export function visibleLogsScope(actor: Actor, today: string): SQL {
  if (isAgencyWide(actor)) return sql`true`;
  const employees = visibleEmployeesScope(actor, today);
  if (!actor.employeeId) return employees;
  return sql`(${employees} or l.rater_employee_id = ${actor.employeeId})`;
}

/**
 * The rater recorded at submission decides (an acting Plt/Plh included); the head of region (no
 * employee record) is represented by the `leader` role.
 */
export function canDecideLog(
  actor: Actor,
  log: { status: string; raterEmployeeId: string | null } | null,
): boolean {
  if (log?.status !== 'SUBMITTED') return false;
  if (log.raterEmployeeId === null) return actor.roles.has('leader');
  return actor.employeeId !== null && actor.employeeId === log.raterEmployeeId;
}

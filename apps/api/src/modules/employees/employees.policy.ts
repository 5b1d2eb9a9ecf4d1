import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { agencyAdmin, anySignedIn, organisationManager, type RouteGuard } from '../../lib/policy.ts';
import { canManageUnitPath } from '../units/units.policy.ts';

export const employeeGuards: Record<string, RouteGuard> = {
  'employees.list': anySignedIn,
  'employees.read': anySignedIn,
  'employees.export': organisationManager,
  'employees.manage': organisationManager,
  'employees.import': agencyAdmin,
};

/** Reporting line in force on a date (alias `rl`). */
export const lineInForce = (alias: string, today: string): SQL => {
  const a = sql.identifier(alias);
  return sql`${a}.valid_from <= ${today}::date and (${a}.valid_to is null or ${a}.valid_to >= ${today}::date)`;
};

/**
 * SQL scope of the employees an actor may see (aliases: e = employees, u = units):
 * agency admins and leaders see everyone; unit admins their subtrees; every employee themselves, the
 * people they rate, and the people those rate (as the rater's superior).
 */
export function visibleEmployeesScope(actor: Actor, today: string): SQL {
  if (isAgencyWide(actor)) return sql`true`;
  const parts: SQL[] = [];
  if (actor.adminUnits.length > 0) {
    parts.push(sql`u.path like any(${sql.param(actor.adminUnits.map((a) => `${a.path}%`))}::text[])`);
  }
  if (actor.employeeId) {
    const self = actor.employeeId;
    parts.push(sql`e.id = ${self}`);
    parts.push(sql`exists (select 1 from reporting_lines rl where rl.agency_id = e.agency_id
      and rl.employee_id = e.id and rl.rater_employee_id = ${self} and ${lineInForce('rl', today)})`);
    parts.push(sql`exists (select 1 from reporting_lines rl
      join reporting_lines rl2 on rl2.agency_id = rl.agency_id and rl2.employee_id = rl.rater_employee_id
      where rl.agency_id = e.agency_id and rl.employee_id = e.id and ${lineInForce('rl', today)}
        and rl2.rater_employee_id = ${self} and ${lineInForce('rl2', today)})`);
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

/** Does the actor's scope read the unit (alias u), so the count query must join units? */
export const scopeReadsUnits = (actor: Actor): boolean => !isAgencyWide(actor) && actor.adminUnits.length > 0;

/** May the actor change this employee's record and reporting line? */
export function canManageEmployee(actor: Actor, unitPath: string): boolean {
  if (actor.roles.has('agency_admin')) return true;
  return actor.roles.has('unit_admin') && canManageUnitPath(actor, unitPath);
}

export function employeeAbilities(actor: Actor, unitPath: string): string[] {
  const abilities: string[] = [];
  if (canManageEmployee(actor, unitPath)) abilities.push('update', 'changeRater');
  if (actor.roles.has('agency_admin')) abilities.push('resetPassword');
  return abilities;
}

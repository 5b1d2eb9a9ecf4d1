import { isEditable, type SkpStatus } from '@sigap/rules';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import { visibleEmployeesScope } from '../employees/employees.policy.ts';

export const skpGuards: Record<string, RouteGuard> = {
  'skp.read': anySignedIn,
  'skp.author': anySignedIn,
  'skp.decide': anySignedIn,
  /** Has an SKP of their own (every ASN). */
  'skp.mine': (actor) => actor.employeeId !== null,
  /** Rates someone: anyone may, the list is empty otherwise; leaders act for the head of region. */
  'skp.team': (actor) => actor.employeeId !== null || actor.roles.has('leader'),
  'skp.monitor': (actor) => isAgencyWide(actor) || actor.adminUnits.length > 0 || actor.headOfUnit !== null,
};

/**
 * SQL scope of the SKPs an actor may read (aliases: s = skps, e = employees, u = units): the SKP of
 * anyone whose record they may see (self, the people they rate and those people's staff, their unit
 * subtree as unit admin, everyone for agency admins and leaders), plus any SKP they approve or approved.
 */
export function visibleSkpsScope(actor: Actor, today: string): SQL {
  if (isAgencyWide(actor)) return sql`true`;
  const employees = visibleEmployeesScope(actor, today);
  if (!actor.employeeId) return employees;
  return sql`(${employees} or s.rater_employee_id = ${actor.employeeId})`;
}

export interface SkpAccessFacts {
  status: SkpStatus;
  current: boolean;
  employeeId: string;
  raterEmployeeId: string | null;
  deadlinePassed: boolean;
}

/** The owner edits their own draft; after the deadline the agency admin may draft on their behalf. */
export function canEdit(actor: Actor, skp: SkpAccessFacts): boolean {
  if (!skp.current || !isEditable(skp.status)) return false;
  if (actor.employeeId === skp.employeeId) return true;
  return actor.roles.has('agency_admin') && skp.deadlinePassed;
}

/**
 * The approver is the rater recorded at submission (the rater in force that day, acting Plt/Plh
 * included); the head of region (no employee record) is represented by the `leader` role.
 */
export function canDecide(actor: Actor, skp: SkpAccessFacts): boolean {
  if (skp.status !== 'SUBMITTED') return false;
  if (skp.raterEmployeeId === null) return actor.roles.has('leader');
  return actor.employeeId === skp.raterEmployeeId;
}

export function canRevise(actor: Actor, skp: SkpAccessFacts): boolean {
  if (skp.status !== 'APPROVED' || !skp.current) return false;
  return actor.employeeId === skp.employeeId || actor.roles.has('agency_admin');
}

export function skpAbilities(actor: Actor, skp: SkpAccessFacts): string[] {
  const abilities = ['pdf', 'xlsx'];
  if (canEdit(actor, skp)) abilities.push('edit', 'submit');
  if (canDecide(actor, skp)) abilities.push('approve', 'return');
  if (canRevise(actor, skp)) abilities.push('revise');
  return abilities;
}

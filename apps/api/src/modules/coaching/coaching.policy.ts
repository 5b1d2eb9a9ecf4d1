import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';

export const coachingGuards: Record<string, RouteGuard> = {
  /** Reading a coaching record: resource checks in the service (others 404). */
  'coaching.read': anySignedIn,
  /** Has sessions of their own to see and rate (every ASN). */
  'coaching.mine': (actor) => actor.employeeId !== null,
  /** Coaches someone: any rater (the list is empty otherwise); leaders act for the head of region. */
  'coaching.coach': (actor) => actor.employeeId !== null || actor.roles.has('leader'),
};

/**
 * How the actor stands to an employee today, as far as the coaching record goes: the employee themselves,
 * their rater (the head of region's reportees: any leader), the rater's superior, or agency-wide (admins,
 * leaders). `raterId` is the rater in force today (undefined: no line; null: the head of region);
 * `superiorId` that rater's own rater.
 */
export interface RecordRelation {
  employeeId: string;
  raterId: string | null | undefined;
  superiorId: string | null | undefined;
}

/** The employee's rater today (the coach): the rater in force, or a leader for the head of region. */
export function isRaterOf(actor: Actor, rel: RecordRelation): boolean {
  if (rel.raterId === undefined) return false;
  if (rel.raterId === null) return actor.roles.has('leader');
  return actor.employeeId === rel.raterId;
}

/**
 * Who reads an employee's coaching record: the employee, their rater, the rater's superior, agency admins
 * and leaders. Unit admins do not: coaching notes are between the employee and their line.
 */
export function canReadRecord(actor: Actor, rel: RecordRelation): boolean {
  if (isAgencyWide(actor)) return true;
  if (actor.employeeId !== null && actor.employeeId === rel.employeeId) return true;
  if (isRaterOf(actor, rel)) return true;
  return actor.employeeId !== null && rel.superiorId !== undefined && actor.employeeId === rel.superiorId;
}

/** The session's coach acts on it (records, cancels): the coach recorded, or a leader for the head of region. */
export function isCoachOf(actor: Actor, session: { coachEmployeeId: string | null }): boolean {
  if (session.coachEmployeeId === null) return actor.roles.has('leader');
  return actor.employeeId === session.coachEmployeeId;
}

export function sessionAbilities(
  actor: Actor,
  session: { employeeId: string; coachEmployeeId: string | null; status: string; rated: boolean },
): ('record' | 'cancel' | 'rate')[] {
  const abilities: ('record' | 'cancel' | 'rate')[] = [];
  if (session.status === 'SCHEDULED' && isCoachOf(actor, session)) abilities.push('record', 'cancel');
  if (session.status === 'DONE' && !session.rated && actor.employeeId === session.employeeId) {
    abilities.push('rate');
  }
  return abilities;
}

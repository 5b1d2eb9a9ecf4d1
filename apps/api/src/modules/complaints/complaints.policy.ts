import type { ComplaintActor } from '@sigap/rules';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import type { RouteGuard } from '../../lib/policy.ts';

/*
 * Roles (rules §7.2): the coordinator is the agency admin (pengelola pengaduan); a service unit's liaison
 * is a unit admin whose subtree holds the service unit's org unit; leaders read everything.
 */
export const complaintGuards: Record<string, RouteGuard> = {
  'complaints.read': (actor) => isAgencyWide(actor) || actor.roles.has('unit_admin'),
  'complaints.create': (actor) => actor.roles.has('agency_admin'),
  'complaints.act': (actor) => actor.roles.has('agency_admin') || actor.roles.has('unit_admin'),
  'complaints.summary': isAgencyWide,
};

const liaisonPaths = (actor: Actor) =>
  actor.roles.has('unit_admin') ? actor.adminUnits.map((u) => u.path) : [];

/**
 * SQL scope of the complaints an actor sees (aliases c = complaints, u = the service unit's org unit):
 * coordinators and leaders all of them; a liaison those dispatched to a service unit in their subtrees
 * (before the dispatch a report is the coordinator's to verify).
 */
export function visibleComplaintsScope(actor: Actor): SQL {
  if (isAgencyWide(actor)) return sql`true`;
  const paths = liaisonPaths(actor);
  if (paths.length === 0) return sql`false`;
  return sql`(c.dispatched_on is not null and u.path like any(${sql.param(paths.map((p) => `${p}%`))}::text[]))`;
}

/** The actor's role on one complaint (null: may read it at most). */
export function complaintRole(
  actor: Actor,
  complaint: { unit_path: string | null; dispatched_on: string | null },
): ComplaintActor | null {
  if (actor.roles.has('agency_admin')) return 'COORDINATOR';
  const path = complaint.unit_path;
  if (
    path !== null &&
    complaint.dispatched_on !== null &&
    liaisonPaths(actor).some((p) => path.startsWith(p))
  ) {
    return 'LIAISON';
  }
  return null;
}

export function canReadComplaint(
  actor: Actor,
  complaint: { unit_path: string | null; dispatched_on: string | null },
): boolean {
  return isAgencyWide(actor) || complaintRole(actor, complaint) !== null;
}

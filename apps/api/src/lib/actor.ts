import type { Role } from '@sigap/contracts';
import { type Clock, dateInZone } from './clock.ts';

/** The signed-in user as the policies see them. */
export interface Actor {
  userId: string;
  agencyId: string;
  agencyTimezone: string;
  login: string;
  displayName: string;
  roles: Set<Role>;
  /** Units (and their subtrees) a unit_admin manages, with their materialised paths. */
  adminUnits: { id: string; path: string }[];
  employeeId: string | null;
  /** The unit the person heads (their position is the unit's head: Kepala Dinas, Kabid, Kasi…). */
  headOfUnit: { id: string; path: string } | null;
  mustChangePassword: boolean;
  csrfToken: string;
  sessionTokenHash: string;
}

/** What a service needs to know about the request it serves. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
  clock: Clock;
}

export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.has(role);
export const isAgencyWide = (actor: Actor): boolean =>
  actor.roles.has('agency_admin') || actor.roles.has('leader');

/** Today's calendar date in the actor's agency time zone. */
export const todayOf = (ctx: RequestContext): string => dateInZone(ctx.clock.now(), ctx.actor.agencyTimezone);

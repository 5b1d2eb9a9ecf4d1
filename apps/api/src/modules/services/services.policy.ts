import type { Actor } from '../../lib/actor.ts';
import { isAgencyWide } from '../../lib/actor.ts';
import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';
import { canManageUnitPath } from '../units/units.policy.ts';

export const serviceGuards: Record<string, RouteGuard> = {
  'services.list': anySignedIn,
  'services.manage': (actor) => actor.roles.has('agency_admin') || actor.roles.has('unit_admin'),
  /** SKM results and complaints of service units: admins, leaders, unit heads. */
  'voice.read': (actor) => isAgencyWide(actor) || actor.adminUnits.length > 0 || actor.headOfUnit !== null,
  'voice.settings': (actor) => actor.roles.has('agency_admin'),
};

/** May the actor manage (or read the results of) a service unit attached to this org-unit path? */
export function canManageServiceUnit(actor: Actor, unitPath: string): boolean {
  if (actor.roles.has('agency_admin')) return true;
  return actor.roles.has('unit_admin') && canManageUnitPath(actor, unitPath);
}

export function canReadServiceUnit(actor: Actor, unitPath: string): boolean {
  if (isAgencyWide(actor)) return true;
  if (actor.adminUnits.some((u) => unitPath.startsWith(u.path))) return true;
  return actor.headOfUnit !== null && unitPath.startsWith(actor.headOfUnit.path);
}

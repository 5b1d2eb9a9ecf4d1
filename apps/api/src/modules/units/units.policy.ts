import type { Actor } from '../../lib/actor.ts';
import { anySignedIn, organisationManager, type RouteGuard } from '../../lib/policy.ts';

export const unitGuards: Record<string, RouteGuard> = {
  'units.list': anySignedIn,
  'units.manage': organisationManager,
};

/** Unit path prefixes the actor administers; null means the whole agency. */
export function managedPaths(actor: Actor): string[] | null {
  if (actor.roles.has('agency_admin')) return null;
  return actor.adminUnits.map((u) => u.path);
}

/** May the actor change a unit with this path (it lies in a subtree they administer)? */
export function canManageUnitPath(actor: Actor, path: string): boolean {
  const paths = managedPaths(actor);
  return paths === null || paths.some((prefix) => path.startsWith(prefix));
}

export function unitAbilities(actor: Actor, path: string): string[] {
  return canManageUnitPath(actor, path) && (actor.roles.has('agency_admin') || actor.roles.has('unit_admin'))
    ? ['update', 'move', 'deactivate', 'createChild']
    : [];
}

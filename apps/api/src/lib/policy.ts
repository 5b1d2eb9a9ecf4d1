import type { Actor } from './actor.ts';

/** A route-level guard: may this actor call the route at all? Resource checks live in each module. */
export type RouteGuard = (actor: Actor) => boolean;

export const anySignedIn: RouteGuard = () => true;
export const agencyAdmin: RouteGuard = (actor) => actor.roles.has('agency_admin');
export const organisationManager: RouteGuard = (actor) =>
  actor.roles.has('agency_admin') || actor.roles.has('unit_admin');

/** Route config: every route states either `public: true` or the name of its policy. */
export interface RouteAccess {
  public?: true;
  policy?: string;
  /** Allowed while the user must still change their password (sign-out, me, change password). */
  allowDuringPasswordChange?: true;
}

declare module 'fastify' {
  interface FastifyContextConfig extends RouteAccess {}
}

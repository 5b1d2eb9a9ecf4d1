import type { FastifyRequest } from 'fastify';
import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import type { Actor, RequestContext } from './lib/actor.ts';
import { AppError } from './lib/app-error.ts';
import type { Clock } from './lib/clock.ts';
import type { FileStorage } from './lib/storage.ts';

/** What every module gets from buildApp: no globals. */
export interface AppDeps {
  config: AppConfig;
  db: Database;
  driver: 'pglite' | 'postgres';
  clock: Clock;
  storage: FileStorage;
}

/** The request context of a signed-in route (authorize has already refused anonymous calls). */
export function contextOf(deps: AppDeps, request: FastifyRequest): RequestContext {
  const actor: Actor | null = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return { actor, requestId: request.id, clock: deps.clock };
}

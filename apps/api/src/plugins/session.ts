import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config.ts';
import type { Actor } from '../lib/actor.ts';
import type { SessionStore } from '../modules/auth/auth.repository.ts';

export const SESSION_COOKIE = 'sigap_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (): string => randomBytes(32).toString('base64url');

export function cookieIsSecure(config: AppConfig, request: FastifyRequest): boolean {
  if (config.cookieSecure === 'true') return true;
  if (config.cookieSecure === 'false') return false;
  return request.protocol === 'https';
}

export function setSessionCookie(
  config: AppConfig,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expires: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieIsSecure(config, request),
    path: '/',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Reads the session cookie and sets request.actor (or null). */
export function registerSession(app: FastifyInstance, store: SessionStore): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return; // the web app's files need no session
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.actor = await store.loadActor(hashToken(token));
  });
}

import type { FastifyInstance } from 'fastify';
import { AppError } from '../lib/app-error.ts';
import type { RouteGuard } from '../lib/policy.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Enforces each route's declared access: public, or a named policy. Signed-in mutations also need the
 * session's CSRF token in the `x-csrf-token` header (the cookie alone is not enough).
 */
export interface RouteAccessEntry {
  method: string;
  url: string;
  public: boolean;
  policy: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access, for the policy test and the docs. */
    routeTable: RouteAccessEntry[];
  }
}

export function registerAuthorize(app: FastifyInstance, guards: Record<string, RouteGuard>): void {
  const table: RouteAccessEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) {
      // The API viewer's own pages and assets are public, like the OpenAPI document.
      route.config = { ...(route.config as object), public: true };
    }
    const config = route.config as { public?: true; policy?: string } | undefined;
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url, public: Boolean(config?.public), policy: config?.policy ?? null });
    }
    if (!config?.public && !config?.policy && route.url.startsWith('/api')) {
      throw new Error(`Route ${route.method} ${route.url} declares no policy`);
    }
    if (config?.policy && !guards[config.policy]) {
      throw new Error(`Route ${route.method} ${route.url} names unknown policy ${config.policy}`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (config.public || !request.routeOptions.url?.startsWith('/api')) return;
    const actor = request.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Silakan masuk terlebih dahulu');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError('CSRF_INVALID', 'Token keamanan tidak valid; muat ulang halaman');
    }
    if (actor.mustChangePassword && !config.allowDuringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Ganti kata sandi Anda terlebih dahulu');
    }
    const guard = config.policy ? guards[config.policy] : undefined;
    if (!guard?.(actor)) throw new AppError('FORBIDDEN', 'Anda tidak berwenang untuk tindakan ini');
  });
}

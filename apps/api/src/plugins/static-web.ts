import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The citizens' pages: a separate light entry (public.html), not the staff SPA. */
const PUBLIC_PAGES = /^\/(?:(?:survei|kiosk|transparansi)\/|(?:pengaduan|lacak|nilai-petugas)(?:[/?#]|$))/;

/**
 * Serves the built web app; unknown non-API GETs get index.html (client-side routing), the citizens'
 * paths get public.html.
 */
export async function registerStaticWeb(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  const hasPublic = existsSync(path.join(distDir, 'public.html'));
  await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: ['index.html'] });
  app.get('/*', { config: { public: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'Rute tidak ada' } });
    }
    const page = hasPublic && PUBLIC_PAGES.test(request.url) ? 'public.html' : 'index.html';
    return reply.header('cache-control', 'no-cache').sendFile(page);
  });
  return true;
}

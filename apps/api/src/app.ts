import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.ts';
import type { Database } from './db/client.ts';
import type { AppDeps } from './deps.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { newId } from './lib/ids.ts';
import type { RouteGuard } from './lib/policy.ts';
import { DirectoryStorage, type FileStorage } from './lib/storage.ts';
import { agencyGuards, registerAgencyRoutes } from './modules/agency/agency.routes.ts';
import { auditGuards, registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { authGuards } from './modules/auth/auth.policy.ts';
import { loadActor } from './modules/auth/auth.repository.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { coachingGuards } from './modules/coaching/coaching.policy.ts';
import { registerCoachingRoutes } from './modules/coaching/coaching.routes.ts';
import { complaintGuards } from './modules/complaints/complaints.policy.ts';
import { registerComplaintRoutes } from './modules/complaints/complaints.routes.ts';
import { dailyLogGuards } from './modules/daily-logs/daily-logs.policy.ts';
import { registerDailyLogRoutes } from './modules/daily-logs/daily-logs.routes.ts';
import { employeeGuards } from './modules/employees/employees.policy.ts';
import { registerEmployeeRoutes } from './modules/employees/employees.routes.ts';
import { registerEvaluationDocumentRoutes } from './modules/evaluation/evaluation.documents.routes.ts';
import { evaluationGuards, registerEvaluationRoutes } from './modules/evaluation/evaluation.routes.ts';
import { registerImportRoutes } from './modules/imports/imports.routes.ts';
import { notificationGuards } from './modules/notifications/notifications.policy.ts';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.ts';
import { officerRatingGuards } from './modules/officer-ratings/officer-ratings.policy.ts';
import { registerOfficerRatingRoutes } from './modules/officer-ratings/officer-ratings.routes.ts';
import { peerInputGuards } from './modules/peer-input/peer-input.policy.ts';
import { registerPeerInputRoutes } from './modules/peer-input/peer-input.routes.ts';
import { planningGuards } from './modules/planning/planning.policy.ts';
import { registerPlanningRoutes } from './modules/planning/planning.routes.ts';
import { positionGuards } from './modules/positions/positions.policy.ts';
import { registerPositionRoutes } from './modules/positions/positions.routes.ts';
import { progressGuards, registerProgressRoutes } from './modules/progress/progress.routes.ts';
import { realisationGuards, registerRealisationRoutes } from './modules/realisation/realisation.routes.ts';
import { serviceGuards } from './modules/services/services.policy.ts';
import { registerServiceRoutes } from './modules/services/services.routes.ts';
import { skpGuards } from './modules/skp/skp.policy.ts';
import { registerSkpRoutes } from './modules/skp/skp.routes.ts';
import { registerSurveyRoutes } from './modules/survey/survey.routes.ts';
import { registerTransparencyRoutes } from './modules/transparency/transparency.routes.ts';
import { unitGuards } from './modules/units/units.policy.ts';
import { registerUnitRoutes } from './modules/units/units.routes.ts';
import { registerAuthorize } from './plugins/authorize.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerSession } from './plugins/session.ts';
import { registerStaticWeb } from './plugins/static-web.ts';

/** Every route-level policy of the API, by name. */
export const routeGuards: Record<string, RouteGuard> = {
  ...authGuards,
  ...agencyGuards,
  ...auditGuards,
  ...unitGuards,
  ...positionGuards,
  ...employeeGuards,
  ...planningGuards,
  ...skpGuards,
  ...realisationGuards,
  ...progressGuards,
  ...evaluationGuards,
  ...serviceGuards,
  ...complaintGuards,
  ...dailyLogGuards,
  ...officerRatingGuards,
  ...notificationGuards,
  ...coachingGuards,
  ...peerInputGuards,
};

export interface BuildOptions {
  config: AppConfig;
  db: Database;
  driver: 'pglite' | 'postgres';
  clock?: Clock;
  /** Where uploads go (default: files under the data directory). */
  storage?: FileStorage;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
}

export const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const deps: AppDeps = {
    config,
    db: options.db,
    driver: options.driver,
    clock: options.clock ?? systemClock,
    storage: options.storage ?? new DirectoryStorage(config.filesDir),
  };
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: () => newId(),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerSession(app, { loadActor: (tokenHash) => loadActor(deps.db, tokenHash, deps.clock.now()) });
  registerAuthorize(app, routeGuards);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Sigap API', version: '0.1.0', description: 'Manajemen kinerja ASN pemerintah daerah' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAgencyRoutes(app, deps);
  registerAuthRoutes(app, deps, routeGuards);
  registerAuditRoutes(app, deps);
  registerUnitRoutes(app, deps);
  registerPositionRoutes(app, deps);
  registerEmployeeRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerPlanningRoutes(app, deps);
  registerSkpRoutes(app, deps);
  registerRealisationRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerEvaluationRoutes(app, deps);
  registerEvaluationDocumentRoutes(app, deps);
  registerServiceRoutes(app, deps);
  registerSurveyRoutes(app, deps);
  registerComplaintRoutes(app, deps);
  registerDailyLogRoutes(app, deps);
  registerOfficerRatingRoutes(app, deps);
  registerTransparencyRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerCoachingRoutes(app, deps);
  registerPeerInputRoutes(app, deps);

  if (options.serveWeb) await registerStaticWeb(app, config.webDist ?? defaultWebDist);
  return app;
}

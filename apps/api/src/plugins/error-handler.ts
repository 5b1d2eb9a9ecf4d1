import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../lib/app-error.ts';

const CLIENT_ERROR_CODES: Record<string, { status: number; code: 'BAD_REQUEST' | 'IMPORT_TOO_LARGE' }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'BAD_REQUEST' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'IMPORT_TOO_LARGE' },
};

/** One place that turns failures into `{ error: { code, message, details } }`. 5xx bodies are generic. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: { code: error.code, message: error.message, details: error.details },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Data yang dikirim tidak valid',
          details: error.validation.map((v) => ({
            path: v.instancePath,
            message: v.message,
          })),
        },
      });
    }
    const known = error.code ? CLIENT_ERROR_CODES[error.code] : undefined;
    if (known) {
      // An oversized upload is a people file on the import routes, any other file elsewhere.
      const code =
        known.code === 'IMPORT_TOO_LARGE' && !request.url.startsWith('/api/imports/')
          ? 'FILE_TOO_LARGE'
          : known.code;
      return reply.status(known.status).send({ error: { code, message: error.message } });
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'RATE_LIMITED', message: 'Terlalu banyak percobaan. Coba lagi nanti.' } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: 'BAD_REQUEST', message: error.message } });
    }
    request.log.error({ err: error, requestId: request.id }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'INTERNAL', message: `Terjadi kesalahan pada server (ref ${request.id})` },
    });
  });
  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: `Rute ${request.method} ${request.url} tidak ada` } });
  });
}

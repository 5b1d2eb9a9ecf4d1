/**
 * The citizens' pages talk to the public API only (no session, no CSRF). Types come from
 * @sigap/contracts as type-only imports, so neither zod nor the schemas reach the bundle.
 */
import type {
  ComplaintTicketSchema,
  OfficerRatingBodySchema,
  PublicComplaintBodySchema,
  PublicComplaintStatusSchema,
  PublicSurveySchema,
  PublicVisitCodeSchema,
  SurveyResponseBodySchema,
  SurveyResponseResultSchema,
  Transparency,
} from '@sigap/contracts';
import type { z } from 'zod';

export type PublicSurvey = z.infer<typeof PublicSurveySchema>;
export type SurveyQuestion = PublicSurvey['questions'][number];
export type SurveyResponseBody = z.input<typeof SurveyResponseBodySchema>;
export type SurveyResponseResult = z.infer<typeof SurveyResponseResultSchema>;
export type PublicComplaintBody = z.input<typeof PublicComplaintBodySchema>;
export type ComplaintTicket = z.infer<typeof ComplaintTicketSchema>;
export type PublicComplaintStatus = z.infer<typeof PublicComplaintStatusSchema>;
export type PublicVisitCode = z.infer<typeof PublicVisitCodeSchema>;
export type OfficerRatingBody = z.input<typeof OfficerRatingBodySchema>;
export type { Transparency };

/** A failed call: the server's error code, or NETWORK when no answer came (status 0). */
export class PublicApiError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, status: number, message = code) {
    super(message);
    this.name = 'PublicApiError';
    this.code = code;
    this.status = status;
  }
}

export interface ApiResult<T> {
  status: number;
  data: T;
}

/** One call to the API; any non-2xx answer or a network failure throws a PublicApiError. */
export async function call<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new PublicApiError('NETWORK', 0);
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string } } | null)?.error;
    const fallback =
      response.status === 429 ? 'RATE_LIMITED' : response.status >= 500 ? 'INTERNAL' : 'UNKNOWN';
    throw new PublicApiError(error?.code ?? fallback, response.status, error?.message);
  }
  return { status: response.status, data: data as T };
}

export const getJson = async <T>(path: string, signal?: AbortSignal) =>
  (await call<T>('GET', path, undefined, signal)).data;

/** A random UUID v4; `crypto.randomUUID` only exists on HTTPS, a kiosk on a LAN may be plain HTTP. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const surveyPath = (serviceUnitId: string) =>
  `/api/public/service-units/${encodeURIComponent(serviceUnitId)}/survey`;
export const responsesPath = (serviceUnitId: string) =>
  `/api/public/service-units/${encodeURIComponent(serviceUnitId)}/responses`;
export const complaintsPath = (agencyId: string) =>
  `/api/public/agencies/${encodeURIComponent(agencyId)}/complaints`;
export const ticketPath = (ticketCode: string) => `/api/public/complaints/${encodeURIComponent(ticketCode)}`;
export const visitCodePath = (code: string) => `/api/public/visit-codes/${encodeURIComponent(code)}`;
export const transparencyPath = (agencyId: string, year?: number) =>
  `/api/public/agencies/${encodeURIComponent(agencyId)}/transparency${year ? `?year=${year}` : ''}`;

export const attachmentsPath = (ticketCode: string, fileName: string) =>
  `${ticketPath(ticketCode)}/attachments?fileName=${encodeURIComponent(fileName)}`;

/** Uploads one file as the raw body; a non-2xx answer or a network failure throws a PublicApiError. */
export async function uploadAttachment(ticketCode: string, file: File): Promise<void> {
  let response: Response;
  try {
    response = await fetch(attachmentsPath(ticketCode, file.name), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
      body: file,
      credentials: 'omit',
    });
  } catch {
    throw new PublicApiError('NETWORK', 0);
  }
  if (response.ok) return;
  const data: unknown = await response.json().catch(() => null);
  const code = (data as { error?: { code?: string } } | null)?.error?.code;
  const fallback =
    response.status === 413
      ? 'FILE_TOO_LARGE'
      : response.status === 429
        ? 'RATE_LIMITED'
        : response.status >= 500
          ? 'INTERNAL'
          : 'UNKNOWN';
  throw new PublicApiError(code ?? fallback, response.status);
}

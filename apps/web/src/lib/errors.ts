import type { TFunction } from 'i18next';
import { isApiError } from './api.ts';

/** A person-readable message for any failure: `errors.<CODE>` if translated, else the server's message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `errors.${error.code}`;
    const fallback = error.message || t('errors.UNKNOWN');
    return t(key, { defaultValue: fallback });
  }
  if (error instanceof Error && error.message) return error.message;
  return t('errors.UNKNOWN');
}

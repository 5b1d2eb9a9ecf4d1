/**
 * The bukti dukung limits of @sigap/contracts' LIMITS for a day of the daily log, copied so the page does
 * not import the contracts at run time (zod and every schema would join the bundle);
 * apps/web/test/daily-log-limits.test.ts keeps them equal.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_PER_DAY = 10;

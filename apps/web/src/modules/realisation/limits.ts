/**
 * The bukti dukung limits of @sigap/contracts' LIMITS, copied so the page does not import the contracts at
 * run time (that would bring zod and every schema into the bundle); apps/web/test/realisation-limits.test.ts
 * keeps them equal.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_PER_ITEM = 10;

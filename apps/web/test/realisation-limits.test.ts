import { LIMITS } from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, EVIDENCE_PER_ITEM } from '../src/modules/realisation/limits.ts';

describe('realisation page limits', () => {
  it('equal the API’s limits for bukti dukung', () => {
    expect(EVIDENCE_MAX_BYTES).toBe(LIMITS.evidenceMaxBytes);
    expect(EVIDENCE_PER_ITEM).toBe(LIMITS.evidencePerItem);
  });
});

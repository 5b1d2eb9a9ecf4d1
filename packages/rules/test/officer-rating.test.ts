import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICER_RATING_MIN_RESPONSES_DEFAULT, officerRatingSummary } from '../src/officer-rating.ts';

describe('officerRatingSummary (rules §7.3)', () => {
  it('defaults to a minimum of 5 responses', () => {
    expect(OFFICER_RATING_MIN_RESPONSES_DEFAULT).toBe(5);
    expect(officerRatingSummary([5, 5, 5, 5])).toEqual({ shown: false, count: 4 });
    expect(officerRatingSummary([5, 5, 5, 5, 1])).toEqual({
      shown: true,
      count: 5,
      mean: 4.2,
      distribution: [1, 0, 0, 0, 4],
    });
  });

  it('shows nothing but the count below the minimum', () => {
    expect(officerRatingSummary([])).toEqual({ shown: false, count: 0 });
    const hidden = officerRatingSummary([1, 2, 3], 4);
    expect(hidden).toEqual({ shown: false, count: 3 });
    expect(hidden).not.toHaveProperty('mean');
    expect(hidden).not.toHaveProperty('distribution');
  });

  it('honours a configured minimum', () => {
    expect(officerRatingSummary([3], 1)).toEqual({
      shown: true,
      count: 1,
      mean: 3,
      distribution: [0, 0, 1, 0, 0],
    });
    expect(officerRatingSummary([3, 4, 5, 5, 5, 5, 5, 5, 5], 10).shown).toBe(false);
  });

  it('rounds the mean half up to two decimals', () => {
    // 33 / 8 = 4.125 → 4.13; 13 / 3 = 4.333… → 4.33; 14 / 3 = 4.666… → 4.67.
    expect(officerRatingSummary([5, 5, 5, 5, 5, 4, 3, 1], 5)).toMatchObject({ mean: 4.13 });
    expect(officerRatingSummary([5, 4, 4], 1)).toMatchObject({ mean: 4.33 });
    expect(officerRatingSummary([5, 5, 4], 1)).toMatchObject({ mean: 4.67 });
  });

  it.each([0, 6, 2.5, -1, Number.NaN])('rejects the score %s', (score) => {
    expect(() => officerRatingSummary([5, 5, 5, 5, score])).toThrow(RangeError);
    expect(() => officerRatingSummary([score])).toThrow(RangeError); // even when hidden
  });

  it.each([0, -1, 2.5, Number.NaN])('rejects minResponses %s', (min) => {
    expect(() => officerRatingSummary([5, 5, 5, 5, 5], min)).toThrow(RangeError);
  });

  it('counts every score once and keeps the mean within 1..5 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 20 }),
        (scores, min) => {
          const summary = officerRatingSummary(scores, min);
          expect(summary.count).toBe(scores.length);
          expect(summary.shown).toBe(scores.length >= min);
          if (summary.shown) {
            expect(summary.distribution.reduce((a, b) => a + b, 0)).toBe(scores.length);
            summary.distribution.forEach((n, i) => {
              expect(n).toBe(scores.filter((s) => s === i + 1).length);
            });
            const exact = scores.reduce((a, b) => a + b, 0) / scores.length;
            expect(Math.abs(summary.mean - exact)).toBeLessThanOrEqual(0.005 + 1e-12);
            expect(summary.mean).toBeGreaterThanOrEqual(1);
            expect(summary.mean).toBeLessThanOrEqual(5);
          }
        },
      ),
    );
  });
});

/**
 * Citizens rating the officer who served them (rules §7.3). No national regulation defines this: it is a
 * local option, off by default per instansi. Ratings are anonymous for the citizen, limited to one per
 * service ticket or visit token (against ballot-stuffing), and the officer has a right of reply.
 *
 * The summary is shown to the officer and the rater as evidence (bukti dukung / input to umpan balik) and
 * is **never turned into a predikat** or a rating hasil/perilaku kerja automatically. Scores are shown
 * only from a minimum number of responses, so that a few ratings neither expose a citizen nor swing
 * the picture.
 */

/** Rules §7.3: default minimum number of responses before any score is shown (configurable). */
export const OFFICER_RATING_MIN_RESPONSES_DEFAULT = 5;

/** Lowest and highest score a citizen can give. */
export const OFFICER_RATING_MIN_SCORE = 1;
export const OFFICER_RATING_MAX_SCORE = 5;

export type OfficerRatingSummary =
  | { shown: false; count: number }
  | {
      shown: true;
      count: number;
      /** Mean score, rounded half up to two decimals. */
      mean: number;
      /** Number of ratings of 1, 2, 3, 4 and 5, in that order. */
      distribution: [number, number, number, number, number];
    };

/**
 * Rules §7.3: the summary of an officer's citizen ratings (scores 1..5). Hidden (`shown: false`, count
 * only) below `minResponses` ratings; from `minResponses` on, the mean (two decimals) and the count per
 * score. Evidence for the rater only — never an automatic predikat. Throws RangeError on a score that is
 * not an integer 1..5, or unless `minResponses` is a positive integer.
 */
export function officerRatingSummary(
  scores: readonly number[],
  minResponses: number = OFFICER_RATING_MIN_RESPONSES_DEFAULT,
): OfficerRatingSummary {
  if (!Number.isSafeInteger(minResponses) || minResponses < 1) {
    throw new RangeError(`minResponses must be a positive integer: ${minResponses}`);
  }
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const score of scores) {
    if (!Number.isInteger(score) || score < OFFICER_RATING_MIN_SCORE || score > OFFICER_RATING_MAX_SCORE) {
      throw new RangeError(`score must be an integer in 1..5: ${score}`);
    }
    distribution[score - 1] = (distribution[score - 1] ?? 0) + 1;
    sum += score;
  }
  const count = scores.length;
  if (count < minResponses) return { shown: false, count };
  // sum × 100 / count is correctly rounded, so an exact half (e.g. 412.5) is never seen as 412.4999….
  const mean = Math.round((sum * 100) / count) / 100;
  return { shown: true, count, mean, distribution };
}

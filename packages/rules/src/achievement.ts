/**
 * Achievement of an IKI during the year (rules §4): realisasi against the target, with the target's
 * direction. Permenpan-RB 6/2022 uses no formula for the rating itself (rules §5.2): these numbers only
 * show progress and feed the *suggested* rating hasil kerja, which the rater decides.
 */

import { isPastDeadline } from './periods.ts';
import type { IkiAspect } from './skp.ts';

/** "At least" (more is better: kuantitas, kualitas) or "at most" (less is better: waktu, biaya). */
export const TARGET_DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];
export const TARGET_DIRECTION_LABELS: Readonly<Record<TargetDirection, string>> = {
  AT_LEAST: 'Paling sedikit',
  AT_MOST: 'Paling banyak',
};

/** The usual direction of an aspek; the author may change it per indicator. */
export function defaultDirection(aspect: IkiAspect): TargetDirection {
  return aspect === 'WAKTU' || aspect === 'BIAYA' ? 'AT_MOST' : 'AT_LEAST';
}

/** Achievement is capped so one runaway indicator does not hide the others in an average. */
export const ACHIEVEMENT_CAP = 150;

export const ACHIEVEMENT_LEVELS = ['ABOVE', 'MEETS', 'BELOW'] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];
export const ACHIEVEMENT_LEVEL_LABELS: Readonly<Record<AchievementLevel, string>> = {
  ABOVE: 'Di atas target',
  MEETS: 'Sesuai target',
  BELOW: 'Di bawah target',
};

export interface AchievementInput {
  direction: TargetDirection;
  /** Numeric target; null for a narrative (kualitatif) target. */
  target: number | null;
  /** Numeric realisasi; null when not reported (or narrative only). */
  realisation: number | null;
}

export interface Achievement {
  /** Percent of the target reached, 0..ACHIEVEMENT_CAP, rounded to 0.1; null when it cannot be computed. */
  percent: number | null;
  level: AchievementLevel | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(ACHIEVEMENT_CAP, Math.max(0, n));

/**
 * Achievement of one IKI in percent.
 * - AT_LEAST: realisasi ÷ target × 100 (target 0: any realisasi ≥ 0 meets it, i.e. 100).
 * - AT_MOST: the usual SAKIP formula for "less is better", (2 × target − realisasi) ÷ target × 100, so
 *   realisasi equal to the target is 100 and every unit under it counts as much as a unit over it
 *   (target 0: realisasi 0 is 100, anything above is 0).
 * Clamped to 0..ACHIEVEMENT_CAP. Null (no level) when the target or the realisasi is missing, not finite,
 * or negative. The level is ABOVE over 100, MEETS at exactly 100, BELOW under 100.
 */
export function indicatorAchievement(input: AchievementInput): Achievement {
  const { target, realisation, direction } = input;
  if (target === null || realisation === null) return { percent: null, level: null };
  if (!Number.isFinite(target) || !Number.isFinite(realisation) || target < 0 || realisation < 0) {
    return { percent: null, level: null };
  }
  let raw: number;
  if (direction === 'AT_LEAST') raw = target === 0 ? 100 : (realisation / target) * 100;
  else if (target === 0) raw = realisation === 0 ? 100 : 0;
  else raw = ((2 * target - realisation) / target) * 100;
  const percent = round1(clamp(raw));
  return { percent, level: percent > 100 ? 'ABOVE' : percent === 100 ? 'MEETS' : 'BELOW' };
}

/** Mean achievement of the indicators that have one (null when none has), rounded to 0.1. */
export function meanAchievement(achievements: readonly Achievement[]): number | null {
  const values = achievements.map((a) => a.percent).filter((p): p is number => p !== null);
  if (values.length === 0) return null;
  return round1(values.reduce((s, v) => s + v, 0) / values.length);
}

/**
 * Rules §4: realisasi may be submitted after the period's *batas pengisian*, but it is then marked late.
 * The deadline is a calendar day in the agency's time zone and the whole day counts (late from 00:00 of
 * the next day there).
 */
export function isLateSubmission(submittedAt: Date, fillDeadline: string, timeZone: string): boolean {
  return isPastDeadline(submittedAt, fillDeadline, timeZone);
}

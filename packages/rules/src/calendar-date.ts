/**
 * Calendar dates as ISO `yyyy-mm-dd` strings and their day numbers (days since 1970-01-01), with no time
 * and no zone: the rules reason in the agency's local dates (turn an instant into one with `localDate`).
 */

export const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatUtcDate(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Days since the epoch of a valid ISO calendar date; throws RangeError on a malformed or impossible date. */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`Not an ISO calendar date (yyyy-mm-dd): ${date}`);
}

export function toIsoDate(dayNumber: number): string {
  return formatUtcDate(new Date(dayNumber * DAY_MS));
}

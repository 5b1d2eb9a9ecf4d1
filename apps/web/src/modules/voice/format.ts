/** Numbers of the SKM report, Indonesian style (75,69; 3,028). */

const fixed = (digits: number) =>
  new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const two = fixed(2);
const three = fixed(3);
const percent = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** An IKM (25–100) with two decimals, or a dash. */
export const formatIkm = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : two.format(value);

/** An NRR or SKM (1–4) with three decimals, or a dash. */
export const formatNrr = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : three.format(value);

/** A share 0–100 with at most one decimal. */
export const formatShare = (value: number) => percent.format(value);

/** Mantine palette of each mutu pelayanan grade. */
export const GRADE_COLOR: Record<string, string> = {
  A: 'green',
  B: 'blue',
  C: 'orange',
  D: 'red',
};

export const gradeColor = (grade: string | null | undefined) => (grade && GRADE_COLOR[grade]) || 'gray';

/** The weight shown for a rule: 1/9, 0,111 or 0,11. */
export function weightText(rule: string): string {
  if (rule === 'THREE_DECIMALS') return '0,111';
  if (rule === 'TWO_DECIMALS') return '0,11';
  return '1/9';
}

/** An instant as "30 Nov 2026, 21.21" in the agency's zone (no seconds: printed on slips). */
export function formatUntil(instant: string | undefined, timeZone: string): string {
  if (!instant) return '';
  return new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

const size = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** A file size as "820 B", "12,5 KB" or "1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${size.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${size.format(bytes / 1024)} KB`;
  return `${size.format(bytes / (1024 * 1024))} MB`;
}

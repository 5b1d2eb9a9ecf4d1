import type { TFunction } from 'i18next';

/** A survey period as the API names it: 2026 (year), 2026-S1/S2 (semester), 2026-Q1..Q4 (quarter). */
export type PeriodKind = 'YEAR' | 'SEMESTER' | 'QUARTER';

export interface SurveyPeriod {
  year: number;
  kind: PeriodKind;
  /** 1–2 for a semester, 1–4 for a quarter, 0 for a year. */
  part: number;
}

const PATTERN = /^(20\d\d)(?:-(S[12]|Q[1-4]))?$/;
const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'];

export function parsePeriod(value: string | null | undefined): SurveyPeriod | null {
  const match = value ? PATTERN.exec(value) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return { year, kind: 'YEAR', part: 0 };
  return { year, kind: part.startsWith('S') ? 'SEMESTER' : 'QUARTER', part: Number(part.slice(1)) };
}

export function periodKey(period: SurveyPeriod): string {
  if (period.kind === 'YEAR') return String(period.year);
  return `${period.year}-${period.kind === 'SEMESTER' ? 'S' : 'Q'}${period.part}`;
}

/** The quarter of a calendar date `yyyy-mm-dd`. */
export function quarterOf(date: string): SurveyPeriod {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), kind: 'QUARTER', part: Math.ceil(month / 3) };
}

/** The same moment seen as another kind of period (Q3 → S2 → the year; the year → Q1/S1). */
export function convertPeriod(period: SurveyPeriod, kind: PeriodKind, today: string): SurveyPeriod {
  if (kind === period.kind) return period;
  if (kind === 'YEAR') return { year: period.year, kind, part: 0 };
  // From a year: the current quarter/semester when it is this year, else the first one.
  const current = quarterOf(today);
  const quarter =
    period.kind === 'QUARTER'
      ? period.part
      : period.kind === 'SEMESTER'
        ? period.part * 2 - 1
        : period.year === current.year
          ? current.part
          : 1;
  return kind === 'QUARTER'
    ? { year: period.year, kind, part: quarter }
    : { year: period.year, kind, part: quarter <= 2 ? 1 : 2 };
}

/** "Triwulan I 2026", "Semester 2 2026", "Tahun 2026" (or English). */
export function periodLabel(t: TFunction, value: string | SurveyPeriod): string {
  const period = typeof value === 'string' ? parsePeriod(value) : value;
  if (!period) return String(value);
  if (period.kind === 'YEAR') return t('voice.period.yearName', { year: period.year });
  if (period.kind === 'SEMESTER')
    return t('voice.period.semesterName', { part: period.part, year: period.year });
  return t('voice.period.quarterName', {
    numeral: QUARTER_NUMERALS[period.part - 1] ?? period.part,
    year: period.year,
  });
}

/** "Triwulan I" without the year (for a compact list such as the trend). */
export function partLabel(t: TFunction, period: SurveyPeriod): string {
  if (period.kind === 'YEAR') return String(period.year);
  if (period.kind === 'SEMESTER') return t('voice.period.semesterShort', { part: period.part });
  return t('voice.period.quarterShort', { numeral: QUARTER_NUMERALS[period.part - 1] ?? period.part });
}

/** Years to choose from: a few back and the next one. */
export function yearChoices(currentYear: number, selected: number): number[] {
  const years = new Set<number>([selected]);
  for (let y = currentYear + 1; y >= currentYear - 5; y -= 1) years.add(y);
  return [...years].filter((y) => y >= 2000 && y <= 2099).sort((a, b) => b - a);
}

import type { TFunction } from 'i18next';
import type { Period, PlanningYear } from './planning.api.ts';

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'];

/** The period's name in the current language ("Triwulan I 2026", "Januari 2026" / "Quarter I 2026"). */
export function periodName(t: TFunction, language: string, period: Period): string {
  const year = period.start.slice(0, 4);
  if (period.kind === 'ANNUAL') return t('planning.periodName.ANNUAL', { year });
  if (period.kind === 'QUARTER') {
    return t('planning.periodName.QUARTER', {
      numeral: QUARTER_NUMERALS[period.seq - 1] ?? period.seq,
      year,
    });
  }
  const month = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(year), period.seq - 1, 1)));
  return `${month} ${year}`;
}

/** "Bulanan dan triwulanan", "Bulanan", "Triwulanan" or "Tahunan saja". */
export function schemeLabel(t: TFunction, year: Pick<PlanningYear, 'monthly' | 'quarterly'>): string {
  if (year.monthly && year.quarterly) return t('planning.scheme.both');
  if (year.monthly) return t('planning.scheme.monthly');
  if (year.quarterly) return t('planning.scheme.quarterly');
  return t('planning.scheme.annual');
}

/** How many periods a scheme makes: the annual one, 12 months, 4 quarters. */
export const periodCount = (monthly: boolean, quarterly: boolean) =>
  1 + (monthly ? 12 : 0) + (quarterly ? 4 : 0);

import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../auth/session.ts';
import { currentYear } from './labels.tsx';
import { usePlanningYears } from './skp.api.ts';

/** The year in the address (`?tahun=`), defaulting to the current year in the agency's zone. */
export function useYearParam(): [number, (year: number) => void] {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const fallback = currentYear(me.agency.timezone);
  const raw = Number(params.get('tahun'));
  const year = Number.isInteger(raw) && raw >= 2000 && raw <= 2100 ? raw : fallback;
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === fallback) copy.delete('tahun');
        else copy.set('tahun', String(next));
        return copy;
      },
      { replace: true },
    );
  return [year, setYear];
}

/** The opened performance years, the current one and the chosen one, newest first. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const years = usePlanningYears();
  const data = useMemo(() => {
    const set = new Set<number>([currentYear(me.agency.timezone), value]);
    for (const item of years.data?.items ?? []) set.add(item.year);
    return [...set].sort((a, b) => b - a).map((year) => ({ value: String(year), label: String(year) }));
  }, [years.data, value, me.agency.timezone]);
  return (
    <Select
      label={t('skp.year')}
      data={data}
      value={String(value)}
      onChange={(next) => {
        if (next) onChange(Number(next));
      }}
      allowDeselect={false}
      w={140}
    />
  );
}

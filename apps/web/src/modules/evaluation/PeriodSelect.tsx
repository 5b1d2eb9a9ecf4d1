import { Select } from '@mantine/core';
import type { Period } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { periodName } from '../planning/period-format.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID from the address (`?name=`), or null. */
export function useUuidSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = raw && UUID.test(raw) ? raw : null;
  const set = (next: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next) copy.set(name, next);
        else copy.delete(name);
        return copy;
      },
      { replace: true },
    );
  return [value, set];
}

/** The evaluation periods of the year (the report periods and the annual one). */
export function EvaluationPeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: Period[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      label={t('evaluation.period')}
      data={periods.map((p) => ({ value: p.id, label: periodName(t, i18n.language, p) }))}
      value={value}
      onChange={(next) => {
        if (next && next !== value) onChange(next);
      }}
      allowDeselect={false}
      w={{ base: '100%', xs: 240 }}
    />
  );
}

import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { EmployeeListItem } from '@sigap/contracts';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmployeeOption, searchEmptyMessage } from './EmployeeOption.tsx';
import { useEmployeeSearch } from './employees.api.ts';

const labelOf = (item: EmployeeListItem) => `${item.fullName} — ${item.nip}`;

/** The value that stands for the head of region (Wali Kota/Bupati), who has no employee record. */
export const HEAD_OF_REGION = '__head_of_region__';

interface RaterSelectProps {
  value: string | null;
  onChange: (value: string | null) => void;
  /** The person whose rater is chosen (cannot rate themselves); none for a new employee. */
  excludeId?: string;
  error?: string;
  label?: string;
  description?: string;
  placeholder?: string;
  required?: boolean;
  /** Offer the head of region as a choice (default true). */
  withHeadOfRegion?: boolean;
  /** Take the focus when the dialog opens (default true). */
  autoFocus?: boolean;
}

/** "Atasan baru": searches employees by name or NIP on the server; the head of region is an option too. */
export function RaterSelect({
  value,
  onChange,
  excludeId,
  error,
  label,
  description,
  placeholder,
  required = true,
  withHeadOfRegion = true,
  autoFocus = true,
}: RaterSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const known = useRef(new Map<string, EmployeeListItem>());
  const [selectedLabel, setSelectedLabel] = useState<string | null>(null);
  const headLabel = t('rater.headOfRegionOption');
  const searching = debounced.length >= 2 && debounced !== selectedLabel;
  const results = useEmployeeSearch(debounced, searching);

  const data = useMemo(() => {
    const options = withHeadOfRegion ? [{ value: HEAD_OF_REGION, label: headLabel }] : [];
    const seen = new Set<string>([HEAD_OF_REGION]);
    if (value && value !== HEAD_OF_REGION) {
      const item = known.current.get(value);
      if (item) {
        options.push({ value, label: labelOf(item) });
        seen.add(value);
      }
    }
    for (const item of results.data?.items ?? []) {
      known.current.set(item.id, item);
      if (item.id === excludeId || seen.has(item.id)) continue;
      seen.add(item.id);
      options.push({ value: item.id, label: labelOf(item) });
    }
    return options;
  }, [results.data, value, excludeId, headLabel, withHeadOfRegion]);

  const needle = search.trim().toLocaleLowerCase('id-ID');
  return (
    <Select
      label={label ?? t('rater.newRater')}
      description={description ?? t('rater.newRaterHint')}
      placeholder={placeholder ?? t('rater.newRaterPlaceholder')}
      data={data}
      value={value}
      onChange={(next, option) => {
        setSelectedLabel(option?.label ?? null);
        onChange(next);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) =>
        options.filter((option) => {
          if (!('value' in option) || option.value !== HEAD_OF_REGION) return true;
          return !needle || search === selectedLabel || headLabel.toLocaleLowerCase('id-ID').includes(needle);
        })
      }
      nothingFoundMessage={searchEmptyMessage(t, results.isFetching, debounced)}
      rightSection={results.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => (
        <EmployeeOption item={known.current.get(option.value)} label={option.label} />
      )}
      error={error}
      required={required}
      clearable
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-autofocus={autoFocus || undefined}
    />
  );
}

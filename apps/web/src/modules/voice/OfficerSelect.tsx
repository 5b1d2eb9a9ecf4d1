import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { EmployeeListItem } from '@sigap/contracts';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmployeeOption, searchEmptyMessage } from '../employees/EmployeeOption.tsx';
import { useEmployeeSearch } from '../employees/employees.api.ts';

interface OfficerSelectProps {
  value: string | null;
  /** The chosen employee (null when cleared). */
  onChange: (officer: EmployeeListItem | null) => void;
  label: string;
  description?: string;
  placeholder?: string;
}

const labelOf = (item: EmployeeListItem) => `${item.fullName} — ${item.nip}`;

/** An optional officer, found by name or NIP on the server (active employees). */
export function OfficerSelect({ value, onChange, label, description, placeholder }: OfficerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const known = useRef(new Map<string, EmployeeListItem>());
  const [selectedLabel, setSelectedLabel] = useState<string | null>(null);
  const searching = debounced.length >= 2 && debounced !== selectedLabel;
  const results = useEmployeeSearch(debounced, searching);

  const data = useMemo(() => {
    const options: { value: string; label: string }[] = [];
    const seen = new Set<string>();
    const selected = value ? known.current.get(value) : undefined;
    if (value && selected) {
      options.push({ value, label: labelOf(selected) });
      seen.add(value);
    }
    for (const item of results.data?.items ?? []) {
      known.current.set(item.id, item);
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      options.push({ value: item.id, label: labelOf(item) });
    }
    return options;
  }, [results.data, value]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={(next, option) => {
        setSelectedLabel(option?.label ?? null);
        onChange(next ? (known.current.get(next) ?? null) : null);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={searchEmptyMessage(t, results.isFetching, debounced)}
      rightSection={results.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => (
        <EmployeeOption item={known.current.get(option.value)} label={option.label} />
      )}
      clearable
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Loader, MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { CoachingStaff, EmployeeListItem } from '@sigap/contracts';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmployeeOption, searchEmptyMessage } from '../employees/EmployeeOption.tsx';
import { useEmployeeSearch } from '../employees/employees.api.ts';

const labelOf = (p: { fullName: string; positionName: string }) => `${p.fullName} — ${p.positionName}`;

/**
 * Peers to ask: the subject's colleagues under the same rater are offered at once; anyone else is found
 * by name or NIP with the employee search. The subject and the rater are never offered.
 */
export function PeerPicker({
  value,
  onChange,
  suggestions,
  excludeIds,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  suggestions: CoachingStaff[];
  excludeIds: string[];
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useEmployeeSearch(debounced, debounced.length >= 2);
  const found = useRef(new Map<string, EmployeeListItem>());
  const labels = useRef(new Map<string, string>());

  const data = useMemo(() => {
    const excluded = new Set(excludeIds);
    const options: { value: string; label: string }[] = [];
    const seen = new Set<string>();
    const add = (id: string, label: string) => {
      if (excluded.has(id) || seen.has(id)) return;
      seen.add(id);
      labels.current.set(id, label);
      options.push({ value: id, label });
    };
    for (const id of value) {
      const label = labels.current.get(id);
      if (label) add(id, label);
    }
    for (const item of suggestions) add(item.id, labelOf(item));
    for (const item of results.data?.items ?? []) {
      found.current.set(item.id, item);
      add(item.id, labelOf(item));
    }
    return options;
  }, [results.data, suggestions, excludeIds, value]);

  return (
    <MultiSelect
      label={t('peerInput.request.peers')}
      description={t('peerInput.request.peersHint')}
      placeholder={value.length === 0 ? t('peerInput.request.peersPlaceholder') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={searchEmptyMessage(t, results.isFetching, debounced)}
      rightSection={results.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
      renderOption={({ option }) => (
        <EmployeeOption item={found.current.get(option.value)} label={option.label} />
      )}
      required
      error={error}
      hidePickedOptions
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

import { Stack, Text } from '@mantine/core';
import type { EmployeeListItem } from '@sigap/contracts';
import type { TFunction } from 'i18next';
import { groupNip } from '../../lib/format.ts';

/** One person in an employee search dropdown: name, then NIP · jabatan · unit. */
export function EmployeeOption({ item, label }: { item: EmployeeListItem | undefined; label: string }) {
  if (!item) return <Text size="sm">{label}</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {item.fullName}
      </Text>
      <Text size="xs" c="dimmed">
        {groupNip(item.nip)} · {item.positionName} · {item.unitName}
      </Text>
    </Stack>
  );
}

/** What an employee search dropdown says when it lists nobody. */
export function searchEmptyMessage(t: TFunction, fetching: boolean, typed: string): string {
  if (fetching) return t('common.searching');
  return typed.length < 2 ? t('rater.typeToSearch') : t('common.nothingFound');
}

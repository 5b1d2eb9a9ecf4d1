import { Group, Loader, Select, Text } from '@mantine/core';
import type { Period } from '@sigap/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../auth/session.ts';
import { periodName } from '../planning/period-format.ts';
import { formatClock } from './progress.api.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID from the address (`?name=`), or null. */
export function useUuidParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name);
  const value = raw && UUID.test(raw) ? raw : null;
  const set = (next: string | null) =>
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (next) copy.set(name, next);
      else copy.delete(name);
      return copy;
    });
  return [value, set];
}

/** The periods of the year the server offers; the chosen one (or the one the server picked). */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: Period[];
  value: string | null;
  onChange: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Select
      label={t('progress.period')}
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

/** "Diperbarui 14.05.32 · otomatis setiap 15 detik", with a spinner while asking again. */
export function LiveNote({
  updatedAt,
  fetching,
  everySeconds,
}: {
  updatedAt: number;
  fetching: boolean;
  everySeconds: number;
}) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <Group gap={6} wrap="nowrap" c="dimmed">
      {fetching ? <Loader size={14} aria-hidden /> : <IconRefresh size={14} aria-hidden />}
      <Text size="xs" c="dimmed">
        {t('progress.updatedAt', { time: formatClock(updatedAt, me.agency.timezone), seconds: everySeconds })}
      </Text>
    </Group>
  );
}

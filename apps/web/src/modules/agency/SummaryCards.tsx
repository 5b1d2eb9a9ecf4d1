import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EMPLOYMENT_TYPES, POSITION_KINDS } from '@sigap/rules';
import { IconAlertTriangle, IconBuildingCommunity, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { StatCard } from '../../ui/StatCard.tsx';
import type { AgencySummary } from './agency.api.ts';

function Breakdown({
  title,
  headingId,
  entries,
  total,
  hrefOf,
}: {
  title: string;
  headingId: string;
  entries: { key: string; label: string; value: number }[];
  total: number;
  hrefOf: (key: string) => string;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="md">
        {title}
      </Title>
      <Stack gap="sm" component="ul" className="sigap-plain-list">
        {entries.map((entry) => {
          const percent = total > 0 ? (entry.value / total) * 100 : 0;
          return (
            <li key={entry.key}>
              <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
                <Text component={Link} to={hrefOf(entry.key)} size="sm" fw={600} className="sigap-link">
                  {entry.label}
                </Text>
                <Text size="sm" fw={700}>
                  {formatNumber(entry.value)}
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    ({formatNumber(Math.round(percent))}%)
                  </Text>
                </Text>
              </Group>
              <Progress value={percent} size="sm" aria-hidden />
            </li>
          );
        })}
      </Stack>
    </Card>
  );
}

export function SummaryCards({ summary }: { summary: AgencySummary }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <StatCard
          label={t('home.employees')}
          value={formatNumber(summary.employees)}
          icon={<IconUsers size={22} />}
          to="/pegawai"
        />
        <StatCard
          label={t('home.units')}
          value={formatNumber(summary.units)}
          hint={t('home.activeUnits', { formatted: formatNumber(summary.activeUnits) })}
          icon={<IconBuildingCommunity size={22} />}
          to="/unit"
        />
        <StatCard
          label={t('home.withoutRater')}
          value={formatNumber(summary.withoutRater)}
          hint={summary.withoutRater > 0 ? t('home.withoutRaterHint') : t('home.withoutRaterNone')}
          icon={<IconAlertTriangle size={22} />}
          color={summary.withoutRater > 0 ? 'orange' : 'green'}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Breakdown
          title={t('home.byEmploymentType')}
          headingId="menurut-jenis-pegawai"
          total={summary.employees}
          entries={EMPLOYMENT_TYPES.map((type) => ({
            key: type,
            label: t(`employmentType.${type}`),
            value: summary.byEmploymentType[type] ?? 0,
          }))}
          hrefOf={(key) => `/pegawai?employmentType=${key}`}
        />
        <Breakdown
          title={t('home.byPositionKind')}
          headingId="menurut-jenis-jabatan"
          total={summary.employees}
          entries={POSITION_KINDS.map((kind) => ({
            key: kind,
            label: t(`positionKind.${kind}`),
            value: summary.byPositionKind[kind] ?? 0,
          }))}
          hrefOf={(key) => `/pegawai?positionKind=${key}`}
        />
      </SimpleGrid>
    </Stack>
  );
}

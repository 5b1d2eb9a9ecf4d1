import { Anchor, Badge, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { AchievementBadge, formatPercent, levelOf } from '../realisation/labels.tsx';
import type { UnitTotals } from './progress.api.ts';
import type { LabelledRow } from './UnitProgressChart.tsx';

interface UnitProgressTableProps {
  rows: LabelledRow[];
  totals: UnitTotals;
  scopeName: string;
  /** The address that shows a unit's children. */
  hrefFor: (unitId: string) => string;
  busy: boolean;
}

/** The numbers per unit; a unit with sub-units opens its own breakdown. Cards on a phone. */
export function UnitProgressTable(props: UnitProgressTableProps) {
  const isPhone = useIsPhone();
  return isPhone ? <UnitCards {...props} /> : <UnitGrid {...props} />;
}

function UnitName({ row, hrefFor }: { row: LabelledRow; hrefFor: (unitId: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      {row.hasChildren && !row.ownStaff ? (
        <Anchor
          component={Link}
          to={hrefFor(row.unitId)}
          fw={600}
          size="sm"
          aria-label={t('progress.units.drill', { name: row.label })}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 2, overflowWrap: 'anywhere' }}
        >
          {row.label}
          <IconChevronRight size={14} aria-hidden />
        </Anchor>
      ) : (
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {row.label}
        </Text>
      )}
      {row.code ? (
        <Text size="xs" c="dimmed">
          {row.code}
        </Text>
      ) : null}
    </Stack>
  );
}

function Completion({ value, label }: { value: number | null; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 120 }}>
      <Progress
        value={value ?? 0}
        color="blue.7"
        size="md"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={t('progress.units.completionOf', { name: label })}
      />
      <Text size="sm" fw={600} w={52} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value !== null ? `${formatPercent(value)}%` : '—'}
      </Text>
    </Group>
  );
}

const num = (value: number) => (
  <Text span size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
    {formatNumber(value)}
  </Text>
);

function UnitGrid({ rows, totals, scopeName, hrefFor, busy }: UnitProgressTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-busy={busy}
        aria-label={t('progress.units.tableLabel', { scope: scopeName })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={200}>
              {t('progress.units.col.unit')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.units.col.headcount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.units.col.submitted')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('progress.units.col.late')}
            </Table.Th>
            <Table.Th scope="col">{t('progress.units.completion')}</Table.Th>
            <Table.Th scope="col">{t('progress.units.achievement')}</Table.Th>
            <Table.Th scope="col">{t('progress.units.col.dailyLog')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.unitId}-${row.ownStaff}`}>
              <Table.Th scope="row" fw={400}>
                <UnitName row={row} hrefFor={hrefFor} />
              </Table.Th>
              <Table.Td ta="right">{num(row.headcount)}</Table.Td>
              <Table.Td ta="right">{num(row.submitted)}</Table.Td>
              <Table.Td ta="right">
                {row.late > 0 ? (
                  <Badge color="orange" variant="light" radius="sm">
                    {formatNumber(row.late)}
                  </Badge>
                ) : (
                  num(0)
                )}
              </Table.Td>
              <Table.Td>
                <Completion value={row.completion} label={row.label} />
              </Table.Td>
              <Table.Td>
                <AchievementBadge
                  percent={row.achievement}
                  level={levelOf(row.achievement)}
                  size="md"
                  withLabel={false}
                />
              </Table.Td>
              <Table.Td>
                <DailyLog counts={row.dailyLog} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
            <Table.Th scope="row">{t('progress.units.col.sum')}</Table.Th>
            <Table.Td ta="right">{num(totals.headcount)}</Table.Td>
            <Table.Td ta="right">{num(totals.submitted)}</Table.Td>
            <Table.Td ta="right">{num(totals.late)}</Table.Td>
            <Table.Td>
              <Completion value={totals.completion} label={scopeName} />
            </Table.Td>
            <Table.Td>
              <AchievementBadge
                percent={totals.achievement}
                level={levelOf(totals.achievement)}
                size="md"
                withLabel={false}
              />
            </Table.Td>
            <Table.Td>
              <DailyLog counts={totals.dailyLog} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function DailyLog({ counts }: { counts: { draft: number; submitted: number; approved: number } }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
      {t('progress.units.dailyLogCounts', {
        approved: formatNumber(counts.approved),
        submitted: formatNumber(counts.submitted),
        draft: formatNumber(counts.draft),
      })}
    </Text>
  );
}

function UnitCards({ rows, scopeName, hrefFor, busy }: UnitProgressTableProps) {
  const { t } = useTranslation();
  return (
    <ul
      className="sigap-plain-list sigap-card-list"
      aria-label={t('progress.units.tableLabel', { scope: scopeName })}
      aria-busy={busy}
    >
      {rows.map((row) => (
        <li key={`${row.unitId}-${row.ownStaff}`} className="sigap-card-list-item">
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <UnitName row={row} hrefFor={hrefFor} />
              <AchievementBadge
                percent={row.achievement}
                level={levelOf(row.achievement)}
                size="md"
                withLabel={false}
              />
            </Group>
            <Completion value={row.completion} label={row.label} />
            <SimpleGrid cols={3} spacing={6} component="dl" m={0}>
              <Fact label={t('progress.units.col.headcount')} value={row.headcount} />
              <Fact label={t('progress.units.col.submitted')} value={row.submitted} />
              <Fact label={t('progress.units.col.late')} value={row.late} />
            </SimpleGrid>
            <DailyLog counts={row.dailyLog} />
          </Stack>
        </li>
      ))}
    </ul>
  );
}

function Fact({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={700}>
        {formatNumber(value)}
      </Text>
    </Stack>
  );
}

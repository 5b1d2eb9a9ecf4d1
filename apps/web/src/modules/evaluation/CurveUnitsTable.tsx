import { Anchor, Badge, Button, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChartHistogram } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { OrgPredikatBadge } from './labels.tsx';
import {
  type CurveMonitoringCounts,
  type CurveMonitoringRow,
  formatShare,
  shareOf,
} from './monitoring.api.ts';

/** What the drawer shows: a row's curve and people, or the people with an open objection. */
export interface CurveTarget {
  unitId: string | undefined;
  label: string;
  ownStaffOnly: boolean;
  /** The row (its own curve); null for the whole scope. */
  row: CurveMonitoringRow | null;
  openObjection: boolean;
}

interface CurveUnitsTableProps {
  rows: CurveMonitoringRow[];
  totals: CurveMonitoringCounts;
  unitId: string | undefined;
  scopeName: string;
  hrefFor: (unitId: string) => string;
  onOpen: (target: CurveTarget) => void;
  busy: boolean;
}

export const curveRowLabel = (t: TFunction, row: CurveMonitoringRow) =>
  row.ownStaffOnly ? t('evaluationMonitoring.table.ownStaff', { name: row.name }) : row.name;

/**
 * Units with their organisation predikat, how many are rated, the sign-off, violations and open
 * objections (each unit's subtree; the unit's own staff as a separate row). A unit with sub-units links to
 * its own breakdown; "Lihat kurva" opens the unit's own curve and its people. Cards on a phone.
 */
export function CurveUnitsTable(props: CurveUnitsTableProps) {
  const isPhone = useIsPhone();
  return isPhone ? <CurveUnitCards {...props} /> : <CurveUnitGrid {...props} />;
}

function UnitName({ row, hrefFor }: { row: CurveMonitoringRow; hrefFor: (unitId: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {row.hasChildren ? (
          <Anchor component={Link} to={hrefFor(row.unitId)} inherit>
            {row.name}
          </Anchor>
        ) : (
          row.name
        )}
        {row.ownStaffOnly ? (
          <Text span size="sm" c="dimmed" fw={400}>
            {' '}
            {t('evaluationMonitoring.table.ownStaffSuffix')}
          </Text>
        ) : null}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace">
        {row.code}
      </Text>
    </Stack>
  );
}

function RatedProgress({ counts, label }: { counts: CurveMonitoringCounts; label: string }) {
  const { t } = useTranslation();
  const percent = shareOf(counts.rated, counts.headcount);
  return (
    <Stack gap={4} style={{ minWidth: 120 }}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {t('evaluationMonitoring.table.ratedOf', {
            rated: formatNumber(counts.rated),
            people: formatNumber(counts.headcount),
          })}
        </Text>
        <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatShare(percent)}%
        </Text>
      </Group>
      <Progress
        value={percent}
        color="blue"
        size="sm"
        radius="xl"
        aria-label={t('evaluationMonitoring.table.ratedShareOf', { unit: label })}
      />
    </Stack>
  );
}

/** Ditetapkan / Belum for the unit's own Penetapan; a subtree also counts its finalised units. */
function SignOff({ row }: { row: CurveMonitoringRow }) {
  const { t } = useTranslation();
  const finalised = row.own.finalisedAt !== null;
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={finalised ? 'green' : 'gray'} variant="light" radius="sm" tt="none">
        {finalised ? t('evaluationMonitoring.table.finalised') : t('evaluationMonitoring.table.pending')}
      </Badge>
      {!row.ownStaffOnly && row.totals.units > 1 ? (
        <Text size="xs" c="dimmed">
          {t('evaluationMonitoring.table.unitsFinalised', {
            finalised: formatNumber(row.totals.unitsFinalised),
            units: formatNumber(row.totals.units),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

function Violations({ counts }: { counts: CurveMonitoringCounts }) {
  const { t } = useTranslation();
  if (counts.unitsWithPredikat === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('evaluationMonitoring.table.noPattern')}
      </Text>
    );
  }
  return (
    <Badge color={counts.violations > 0 ? 'red' : 'green'} variant="light" radius="sm" tt="none">
      {counts.violations > 0
        ? t('evaluationMonitoring.table.violationCount', {
            count: counts.violations,
            formatted: formatNumber(counts.violations),
          })
        : t('evaluationMonitoring.table.noViolation')}
    </Badge>
  );
}

function Objections({ value, label, onOpen }: { value: number; label: string; onOpen: () => void }) {
  const { t } = useTranslation();
  if (value === 0) {
    return (
      <Text size="sm" c="dimmed" span>
        0
      </Text>
    );
  }
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      fw={700}
      c="red.8"
      onClick={onOpen}
      aria-label={t('evaluationMonitoring.table.openObjectionsOf', {
        unit: label,
        formatted: formatNumber(value),
      })}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatNumber(value)}
    </Anchor>
  );
}

function CurveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconChartHistogram size={16} aria-hidden />}
      onClick={onClick}
      aria-label={t('evaluationMonitoring.table.openCurveOf', { unit: label })}
    >
      {t('evaluationMonitoring.table.openCurve')}
    </Button>
  );
}

const targetOf = (t: TFunction, row: CurveMonitoringRow, openObjection: boolean): CurveTarget => ({
  unitId: row.unitId,
  label: curveRowLabel(t, row),
  ownStaffOnly: row.ownStaffOnly,
  row,
  openObjection,
});

function CurveUnitGrid({ rows, totals, unitId, scopeName, hrefFor, onOpen, busy }: CurveUnitsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-busy={busy}
        aria-label={t('evaluationMonitoring.table.label', { scope: scopeName })}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={200}>
              {t('evaluationMonitoring.table.col.unit')}
            </Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.table.col.predikat')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.table.col.progress')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.table.col.status')}</Table.Th>
            <Table.Th scope="col">{t('evaluationMonitoring.table.col.violations')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('evaluationMonitoring.table.col.objections')}
            </Table.Th>
            <Table.Th scope="col">
              <span className="sigap-visually-hidden">{t('evaluationMonitoring.table.col.action')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = curveRowLabel(t, row);
            return (
              <Table.Tr key={`${row.unitId}-${row.ownStaffOnly}`}>
                <Table.Th scope="row" fw={400}>
                  <UnitName row={row} hrefFor={hrefFor} />
                </Table.Th>
                <Table.Td>
                  <OrgPredikatBadge predikat={row.own.predikat} size="sm" />
                </Table.Td>
                <Table.Td>
                  <RatedProgress counts={row.totals} label={label} />
                </Table.Td>
                <Table.Td>
                  <SignOff row={row} />
                </Table.Td>
                <Table.Td>
                  <Violations counts={row.totals} />
                </Table.Td>
                <Table.Td ta="right">
                  <Objections
                    value={row.totals.openObjections}
                    label={label}
                    onOpen={() => onOpen(targetOf(t, row, true))}
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <CurveButton label={label} onClick={() => onOpen(targetOf(t, row, false))} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
            <Table.Th scope="row">{t('evaluationMonitoring.table.sum')}</Table.Th>
            <Table.Td />
            <Table.Td>
              <RatedProgress counts={totals} label={scopeName} />
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed">
                {t('evaluationMonitoring.table.unitsFinalised', {
                  finalised: formatNumber(totals.unitsFinalised),
                  units: formatNumber(totals.units),
                })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Violations counts={totals} />
            </Table.Td>
            <Table.Td ta="right">
              <Objections
                value={totals.openObjections}
                label={scopeName}
                onOpen={() =>
                  onOpen({ unitId, label: scopeName, ownStaffOnly: false, row: null, openObjection: true })
                }
              />
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function CurveUnitCards({ rows, scopeName, hrefFor, onOpen, busy }: CurveUnitsTableProps) {
  const { t } = useTranslation();
  return (
    <ul
      className="sigap-plain-list"
      aria-label={t('evaluationMonitoring.table.label', { scope: scopeName })}
      aria-busy={busy}
      style={{ opacity: busy ? 0.6 : 1 }}
    >
      {rows.map((row) => {
        const label = curveRowLabel(t, row);
        return (
          <li key={`${row.unitId}-${row.ownStaffOnly}`} className="sigap-card-list-item">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0, flex: 1 }}>
                  <UnitName row={row} hrefFor={hrefFor} />
                </div>
                <OrgPredikatBadge predikat={row.own.predikat} size="sm" />
              </Group>
              <RatedProgress counts={row.totals} label={label} />
              <SimpleGrid cols={3} spacing={6}>
                <Cell label={t('evaluationMonitoring.table.col.status')}>
                  <SignOff row={row} />
                </Cell>
                <Cell label={t('evaluationMonitoring.table.col.violations')}>
                  <Violations counts={row.totals} />
                </Cell>
                <Cell label={t('evaluationMonitoring.table.col.objections')}>
                  <Objections
                    value={row.totals.openObjections}
                    label={label}
                    onOpen={() => onOpen(targetOf(t, row, true))}
                  />
                </Cell>
              </SimpleGrid>
              <Group justify="flex-end">
                <CurveButton label={label} onClick={() => onOpen(targetOf(t, row, false))} />
              </Group>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}

function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed" lh={1.3}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

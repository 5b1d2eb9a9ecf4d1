import {
  Anchor,
  Badge,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import {
  formatPercent,
  MONITOR_STATUSES,
  type MonitoringCounts,
  type MonitoringRow,
  percentOf,
  type SkpMonitorStatus,
  STATUS_COLOR,
} from './monitoring.api.ts';

/** What a count opens: the people of a row (or of the whole scope), optionally of one status. */
export interface CountTarget {
  unitId: string | undefined;
  label: string;
  status: SkpMonitorStatus | undefined;
  ownStaffOnly: boolean;
}

interface MonitoringTableProps {
  rows: MonitoringRow[];
  totals: MonitoringCounts;
  /** The scope's own unit (undefined: all units). */
  unitId: string | undefined;
  scopeName: string;
  deadlinePassed: boolean;
  hrefFor: (unitId: string) => string;
  onOpen: (target: CountTarget) => void;
  busy: boolean;
}

const rowLabel = (t: TFunction, row: MonitoringRow) =>
  row.ownStaffOnly ? t('monitoring.ownStaff', { name: row.name }) : row.name;

/** Not everyone has an approved SKP although the deadline passed. */
const isLate = (counts: MonitoringCounts, deadlinePassed: boolean) =>
  deadlinePassed && counts.APPROVED < counts.total;

/**
 * The counts per unit (each unit's whole subtree; the unit's own staff as a separate row). A unit with
 * sub-units links to its own breakdown; every non-zero count opens the list of those people.
 */
export function MonitoringTable(props: MonitoringTableProps) {
  const isPhone = useIsPhone();
  return isPhone ? <MonitoringCards {...props} /> : <MonitoringGrid {...props} />;
}

function CountButton({
  value,
  status,
  label,
  onClick,
}: {
  value: number;
  status: SkpMonitorStatus | undefined;
  label: string;
  onClick: () => void;
}) {
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
      fw={600}
      onClick={onClick}
      aria-label={t(status ? 'monitoring.openCount' : 'monitoring.openAll', {
        status: status ? t(`monitoring.status.${status}`) : '',
        unit: label,
        formatted: formatNumber(value),
      })}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatNumber(value)}
    </Anchor>
  );
}

function ApprovedProgress({ counts, label }: { counts: MonitoringCounts; label: string }) {
  const { t } = useTranslation();
  const percent = percentOf(counts.APPROVED, counts.total);
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 110 }}>
      <Progress
        value={percent}
        color="green"
        size="md"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={t('monitoring.approvedShareOf', { unit: label })}
      />
      <Text size="sm" fw={600} w={48} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {formatPercent(percent)}%
      </Text>
    </Group>
  );
}

function UnitName({
  row,
  hrefFor,
  late,
}: {
  row: MonitoringRow;
  hrefFor: (id: string) => string;
  late: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
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
            {t('monitoring.ownStaffSuffix')}
          </Text>
        ) : null}
      </Text>
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed" ff="monospace">
          {row.code}
        </Text>
        {late ? (
          <Badge color="red" variant="light" size="sm" radius="sm">
            {t('monitoring.late')}
          </Badge>
        ) : null}
      </Group>
    </Stack>
  );
}

function MonitoringGrid({
  rows,
  totals,
  unitId,
  scopeName,
  deadlinePassed,
  hrefFor,
  onOpen,
  busy,
}: MonitoringTableProps) {
  const { t } = useTranslation();
  const open = (row: MonitoringRow, status: SkpMonitorStatus | undefined) =>
    onOpen({ unitId: row.unitId, label: rowLabel(t, row), status, ownStaffOnly: row.ownStaffOnly });
  const openTotal = (status: SkpMonitorStatus | undefined) =>
    onOpen({ unitId, label: scopeName, status, ownStaffOnly: false });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-busy={busy}
        aria-label={t('monitoring.tableLabel', { scope: scopeName })}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" miw={200}>
              {t('monitoring.col.unit')}
            </Table.Th>
            {MONITOR_STATUSES.map((status) => (
              <Table.Th key={status} scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Group gap={6} wrap="nowrap" justify="flex-end">
                  <span
                    aria-hidden
                    style={{
                      flex: '0 0 auto',
                      width: 8,
                      height: 8,
                      borderRadius: 999,
                      background: `var(--mantine-color-${STATUS_COLOR[status]}-6)`,
                    }}
                  />
                  {t(`monitoring.status.${status}`)}
                </Group>
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('monitoring.col.total')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('monitoring.col.approvedShare')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = rowLabel(t, row);
            const late = isLate(row, deadlinePassed);
            return (
              <Table.Tr key={`${row.unitId}-${row.ownStaffOnly}`}>
                <Table.Th scope="row" fw={400}>
                  <UnitName row={row} hrefFor={hrefFor} late={late} />
                </Table.Th>
                {MONITOR_STATUSES.map((status) => (
                  <Table.Td key={status} ta="right">
                    <CountButton
                      value={row[status]}
                      status={status}
                      label={label}
                      onClick={() => open(row, status)}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <CountButton
                    value={row.total}
                    status={undefined}
                    label={label}
                    onClick={() => open(row, undefined)}
                  />
                </Table.Td>
                <Table.Td>
                  <ApprovedProgress counts={row} label={label} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
            <Table.Th scope="row">{t('monitoring.col.sum')}</Table.Th>
            {MONITOR_STATUSES.map((status) => (
              <Table.Td key={status} ta="right">
                <CountButton
                  value={totals[status]}
                  status={status}
                  label={scopeName}
                  onClick={() => openTotal(status)}
                />
              </Table.Td>
            ))}
            <Table.Td ta="right">
              <CountButton
                value={totals.total}
                status={undefined}
                label={scopeName}
                onClick={() => openTotal(undefined)}
              />
            </Table.Td>
            <Table.Td>
              <ApprovedProgress counts={totals} label={scopeName} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The same on a phone: one card per unit, the counts as a small grid of buttons. */
function MonitoringCards({ rows, deadlinePassed, hrefFor, onOpen, busy, scopeName }: MonitoringTableProps) {
  const { t } = useTranslation();
  return (
    <ul
      className="sigap-plain-list sigap-card-list"
      aria-label={t('monitoring.tableLabel', { scope: scopeName })}
      aria-busy={busy}
      style={{ opacity: busy ? 0.6 : 1 }}
    >
      {rows.map((row) => {
        const label = rowLabel(t, row);
        const late = isLate(row, deadlinePassed);
        const open = (status: SkpMonitorStatus | undefined) =>
          onOpen({ unitId: row.unitId, label, status, ownStaffOnly: row.ownStaffOnly });
        return (
          <li key={`${row.unitId}-${row.ownStaffOnly}`} className="sigap-card-list-item">
            <Stack gap="xs">
              <UnitName row={row} hrefFor={hrefFor} late={late} />
              <ApprovedProgress counts={row} label={label} />
              <SimpleGrid cols={3} spacing={6} verticalSpacing={6}>
                {MONITOR_STATUSES.map((status) => (
                  <PhoneCount
                    key={status}
                    value={row[status]}
                    status={status}
                    label={label}
                    onClick={() => open(status)}
                  />
                ))}
                <PhoneCount
                  value={row.total}
                  status={undefined}
                  label={label}
                  onClick={() => open(undefined)}
                />
              </SimpleGrid>
            </Stack>
          </li>
        );
      })}
    </ul>
  );
}

function PhoneCount({
  value,
  status,
  label,
  onClick,
}: {
  value: number;
  status: SkpMonitorStatus | undefined;
  label: string;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  const name = status ? t(`monitoring.status.${status}`) : t('monitoring.col.total');
  const body = (
    <Stack gap={0} align="flex-start">
      <Text size="xs" c="dimmed" lh={1.3}>
        {name}
      </Text>
      <Text size="md" fw={700} c={value === 0 ? 'dimmed' : undefined}>
        {formatNumber(value)}
      </Text>
    </Stack>
  );
  const style = {
    padding: '4px 8px',
    borderRadius: 'var(--mantine-radius-sm)',
    borderLeft: `3px solid var(--mantine-color-${status ? STATUS_COLOR[status] : 'dark'}-${status ? 6 : 4})`,
    background: 'var(--mantine-color-gray-0)',
    minHeight: 44,
  };
  if (value === 0) return <div style={style}>{body}</div>;
  return (
    <UnstyledButton
      onClick={onClick}
      style={style}
      aria-label={t(status ? 'monitoring.openCount' : 'monitoring.openAll', {
        status: name,
        unit: label,
        formatted: formatNumber(value),
      })}
    >
      {body}
    </UnstyledButton>
  );
}

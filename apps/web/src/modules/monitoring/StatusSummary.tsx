import { Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import {
  formatPercent,
  MONITOR_STATUSES,
  type MonitoringCounts,
  percentOf,
  type SkpMonitorStatus,
  STATUS_COLOR,
} from './monitoring.api.ts';

/** Sections light enough to need dark text. */
const DARK_LABEL = new Set<SkpMonitorStatus>(['NOT_STARTED', 'DRAFT']);

interface StatusSummaryProps {
  totals: MonitoringCounts;
  /** Opens the people with this status (omitted: the cards are not interactive). */
  onOpen?: (status: SkpMonitorStatus) => void;
  busy?: boolean;
}

/**
 * One card per SKP status (count and share of the people), doubling as the legend of the stacked bar
 * below. A card with people opens their list.
 */
export function StatusSummary({ totals, onOpen, busy = false }: StatusSummaryProps) {
  const { t } = useTranslation();
  const summary = MONITOR_STATUSES.map(
    (status) =>
      `${t(`monitoring.status.${status}`)} ${formatNumber(totals[status])} (${formatPercent(
        percentOf(totals[status], totals.total),
      )}%)`,
  ).join(', ');

  return (
    <Stack gap="md" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        {MONITOR_STATUSES.map((status) => {
          const value = totals[status];
          const percent = percentOf(value, totals.total);
          const label = t(`monitoring.status.${status}`);
          const style = { borderTop: `4px solid var(--mantine-color-${STATUS_COLOR[status]}-6)` };
          return onOpen && value > 0 ? (
            <Card
              key={status}
              withBorder
              radius="md"
              padding="sm"
              component="button"
              type="button"
              className="sigap-card-link"
              onClick={() => onOpen(status)}
              aria-label={t('monitoring.openStatus', {
                status: label,
                formatted: formatNumber(value),
              })}
              style={{ ...style, textAlign: 'left', cursor: 'pointer', width: '100%' }}
            >
              <CardBody status={status} value={value} percent={percent} label={label} />
            </Card>
          ) : (
            <Card key={status} withBorder radius="md" padding="sm" style={style}>
              <CardBody status={status} value={value} percent={percent} label={label} />
            </Card>
          );
        })}
      </SimpleGrid>
      <Progress.Root size={22} radius="md" role="img" aria-label={t('monitoring.barLabel', { summary })}>
        {MONITOR_STATUSES.map((status) => {
          const percent = percentOf(totals[status], totals.total);
          if (percent === 0) return null;
          return (
            <Progress.Section
              key={status}
              value={percent}
              color={`var(--mantine-color-${STATUS_COLOR[status]}-6)`}
              withAria={false}
            >
              {percent >= 8 ? (
                <Progress.Label c={DARK_LABEL.has(status) ? 'dark.8' : 'white'}>
                  {formatPercent(percent)}%
                </Progress.Label>
              ) : null}
            </Progress.Section>
          );
        })}
      </Progress.Root>
    </Stack>
  );
}

function CardBody({
  status,
  value,
  percent,
  label,
}: {
  status: SkpMonitorStatus;
  value: number;
  percent: number;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Group gap={6} wrap="nowrap">
        <span
          aria-hidden
          style={{
            width: 10,
            height: 10,
            flex: '0 0 auto',
            borderRadius: 999,
            background: `var(--mantine-color-${STATUS_COLOR[status]}-6)`,
          }}
        />
        <Text size="sm" c="dimmed" fw={600} truncate="end">
          {label}
        </Text>
      </Group>
      <Text fz={26} fw={700} lh={1.2}>
        {formatNumber(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('monitoring.percentOfTotal', { percent: formatPercent(percent) })}
      </Text>
    </Stack>
  );
}

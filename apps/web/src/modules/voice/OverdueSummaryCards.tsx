import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlarm, IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import type { OverdueSummary } from './complaints.api.ts';

interface OverdueSummaryCardsProps {
  summary: OverdueSummary;
  /** Shows only the overdue complaints (optionally of one service unit). */
  onShowOverdue: (serviceUnitId?: string) => void;
}

/** What needs attention now: overdue and due-soon open complaints, per stage and per service unit. */
export function OverdueSummaryCards({ summary, onShowOverdue }: OverdueSummaryCardsProps) {
  const { t } = useTranslation();
  const units = summary.perServiceUnit.filter((u) => u.overdue > 0 || u.dueSoon > 0).slice(0, 6);
  return (
    <Stack gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TotalCard
            color="red"
            icon={<IconAlarm size={20} />}
            label={t('voice.complaints.summary.overdue')}
            value={summary.total.overdue}
            onClick={summary.total.overdue > 0 ? () => onShowOverdue() : undefined}
            actionLabel={t('voice.complaints.summary.showOverdue')}
          />
          <TotalCard
            color="orange"
            icon={<IconClockExclamation size={20} />}
            label={t('voice.complaints.summary.dueSoon')}
            value={summary.total.dueSoon}
          />
        </SimpleGrid>
        <Card withBorder radius="md" padding="sm">
          <Text size="sm" c="dimmed" fw={600} mb={6}>
            {t('voice.complaints.summary.perStage')}
          </Text>
          <SimpleGrid cols={3} spacing="xs">
            {summary.perStage.map((stage) => (
              <Stack key={stage.stage} gap={0}>
                <Text size="xs" c="dimmed" lh={1.3}>
                  {t(`voice.sla.stage.${stage.stage}`)}
                </Text>
                <Text
                  size="lg"
                  fw={700}
                  c={stage.overdue > 0 ? 'red.8' : undefined}
                  className="sigap-voice-tnum"
                >
                  {formatNumber(stage.overdue)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('voice.complaints.summary.stageDueSoon', { formatted: formatNumber(stage.dueSoon) })}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      </SimpleGrid>
      {units.length > 0 ? (
        <Group gap="xs" wrap="wrap" aria-label={t('voice.complaints.summary.perUnit')} role="group">
          <Text size="sm" c="dimmed">
            {t('voice.complaints.summary.perUnit')}:
          </Text>
          {units.map((unit) => (
            <Anchor
              key={unit.serviceUnitId ?? 'none'}
              component="button"
              type="button"
              size="sm"
              onClick={() => onShowOverdue(unit.serviceUnitId ?? undefined)}
              disabled={unit.serviceUnitId === null}
            >
              {unit.serviceUnitName ?? t('voice.complaints.noUnit')} (
              {t('voice.complaints.summary.unitCounts', {
                overdue: formatNumber(unit.overdue),
                dueSoon: formatNumber(unit.dueSoon),
              })}
              )
            </Anchor>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}

function TotalCard({
  color,
  icon,
  label,
  value,
  onClick,
  actionLabel,
}: {
  color: string;
  icon: ReactNode;
  label: string;
  value: number;
  onClick?: (() => void) | undefined;
  actionLabel?: string;
}) {
  const body = (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Stack gap={2}>
        <Text size="sm" c="dimmed" fw={600}>
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} c={value > 0 ? `${color}.8` : undefined} className="sigap-voice-tnum">
          {formatNumber(value)}
        </Text>
        {onClick && actionLabel ? (
          <Text size="xs" c="blue.8">
            {actionLabel}
          </Text>
        ) : null}
      </Stack>
      <Text c={`${color}.7`} aria-hidden>
        {icon}
      </Text>
    </Group>
  );
  const style = { borderTop: `4px solid var(--mantine-color-${color}-6)` };
  if (onClick) {
    return (
      <Card
        withBorder
        radius="md"
        padding="sm"
        component="button"
        type="button"
        onClick={onClick}
        className="sigap-card-link"
        style={{ ...style, textAlign: 'left', cursor: 'pointer', width: '100%' }}
      >
        {body}
      </Card>
    );
  }
  return (
    <Card withBorder radius="md" padding="sm" style={style}>
      {body}
    </Card>
  );
}

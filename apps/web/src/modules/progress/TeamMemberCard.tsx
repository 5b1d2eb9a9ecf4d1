import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconNotebook, IconPaperclip } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, groupNip } from '../../lib/format.ts';
import {
  AchievementBadge,
  formatPercent,
  LateBadge,
  LEVEL_BAR_COLOR,
  levelOf,
  OverdueBadge,
  ReportStatusBadge,
  targetLabel,
} from '../realisation/labels.tsx';
import type { TeamIndicator, TeamMember } from './progress.api.ts';

/** One person the rater rates: report status, mean achievement, per-IKI bars, evidence and daily log. */
export function TeamMemberCard({
  item,
  periodId,
  dailyLogEnabled,
}: {
  item: TeamMember;
  periodId: string;
  dailyLogEnabled: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const approved = item.skpStatus === 'APPROVED';
  return (
    <Card withBorder radius="md" padding="md" h="100%" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Title order={2} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {item.employee.fullName}
            </Title>
            <Text size="xs" c="dimmed" className="sigap-nip">
              {groupNip(item.employee.nip)}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {item.employee.positionName}
            </Text>
          </Stack>
          {approved ? (
            <Stack gap={2} align="flex-start">
              <Text size="xs" c="dimmed">
                {t('progress.team.mean')}
              </Text>
              <AchievementBadge percent={item.achievement} level={levelOf(item.achievement)} size="lg" />
            </Stack>
          ) : null}
        </Group>

        <Group gap={6} wrap="wrap">
          {approved ? (
            <ReportStatusBadge status={item.reportStatus} />
          ) : (
            <Badge variant="outline" color="gray" radius="sm">
              {item.skpId ? t('progress.team.skpNotApproved') : t('progress.team.noSkp')}
            </Badge>
          )}
          {item.late ? <LateBadge /> : null}
          {item.overdue ? <OverdueBadge /> : null}
        </Group>

        {item.indicators.length > 0 ? (
          <ul
            className="sigap-plain-list"
            aria-label={t('progress.team.indicators', { name: item.employee.fullName })}
          >
            {item.indicators.map((indicator) => (
              <li key={indicator.id} className="sigap-progress-iki">
                <IndicatorBar indicator={indicator} />
              </li>
            ))}
          </ul>
        ) : approved ? null : (
          <Text size="sm" c="dimmed">
            {t('progress.team.noIndicators')}
          </Text>
        )}

        <Group gap="md" wrap="wrap">
          {approved ? (
            <Group
              gap={4}
              wrap="nowrap"
              c={item.missingEvidence > 0 ? 'var(--mantine-color-orange-light-color)' : 'dimmed'}
            >
              {item.missingEvidence > 0 ? (
                <IconAlertTriangle size={16} aria-hidden />
              ) : (
                <IconPaperclip size={16} aria-hidden />
              )}
              <Text size="sm">
                {t('progress.team.missingEvidence', {
                  count: item.missingEvidence,
                  formatted: formatNumber(item.missingEvidence),
                })}
              </Text>
            </Group>
          ) : null}
          {dailyLogEnabled ? (
            <Group gap={4} wrap="nowrap" c="dimmed">
              <IconNotebook size={16} aria-hidden />
              <Text size="sm">
                {t('progress.team.dailyLog', {
                  approved: formatNumber(item.dailyLog.approved),
                  submitted: formatNumber(item.dailyLog.submitted),
                  draft: formatNumber(item.dailyLog.draft),
                  missing: formatNumber(item.dailyLog.notStarted),
                  days: formatNumber(item.dailyLog.workingDays),
                })}
              </Text>
            </Group>
          ) : null}
        </Group>

        {item.skpId && approved ? (
          <Group justify="flex-end">
            <Button
              component={Link}
              to={`/skp/${item.skpId}/realisasi?periode=${periodId}`}
              size="xs"
              variant={item.reportStatus === 'SUBMITTED' ? 'filled' : 'default'}
              aria-label={t('progress.team.openNamed', { name: item.employee.fullName })}
            >
              {t('progress.team.open')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function IndicatorBar({ indicator }: { indicator: TeamIndicator }) {
  const { t } = useTranslation();
  const percent = indicator.percent;
  const level = indicator.level ?? levelOf(percent);
  const realised =
    indicator.value !== null
      ? [formatNumber(indicator.value), indicator.targetUnit].filter(Boolean).join(' ')
      : t('progress.team.noValue');
  return (
    <Stack gap={2}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text size="sm" className="sigap-progress-iki-text" title={indicator.text} style={{ minWidth: 0 }}>
          {indicator.text}
        </Text>
        <Text size="sm" fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {percent !== null ? `${formatPercent(percent)}%` : '—'}
        </Text>
      </Group>
      <Progress
        value={percent !== null ? Math.min(percent, 100) : 0}
        color={level ? LEVEL_BAR_COLOR[level] : 'gray'}
        size="md"
        radius="xl"
        aria-label={t('progress.team.barLabel', {
          text: indicator.text,
          percent: percent !== null ? `${formatPercent(percent)}%` : t('realisation.noAchievement'),
        })}
      />
      <Group gap="xs" wrap="wrap">
        <Text size="xs" c="dimmed">
          {t('progress.team.valueOfTarget', { value: realised, target: targetLabel(t, indicator) })}
        </Text>
        {indicator.value !== null && indicator.evidenceCount === 0 ? (
          <Text size="xs" c="var(--mantine-color-orange-light-color)" fw={600}>
            {t('progress.team.noEvidence')}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('progress.team.evidenceCount', {
              count: indicator.evidenceCount,
              formatted: formatNumber(indicator.evidenceCount),
            })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

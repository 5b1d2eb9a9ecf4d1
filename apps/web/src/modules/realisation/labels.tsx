import { Badge, type BadgeProps } from '@mantine/core';
import type { ReportStatus } from '@sigap/contracts';
import type { AchievementLevel, TargetDirection } from '@sigap/rules';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import './realisation.css';

/** Mantine palette per achievement level (no level: grey); light badges keep AA contrast (theme.ts). */
export const LEVEL_COLOR: Record<AchievementLevel, string> = {
  ABOVE: 'green',
  MEETS: 'green',
  BELOW: 'orange',
};
/** Bars (progress pages): shade per level. */
export const LEVEL_BAR_COLOR: Record<AchievementLevel, string> = {
  ABOVE: 'green.8',
  MEETS: 'green.6',
  BELOW: 'orange.6',
};

/** Like the SKP's statuses: not started (outline), draft (grey), submitted (blue). */
const REPORT_STATUS_STYLE: Record<ReportStatus, { color: string; variant: 'outline' | 'light' }> = {
  NOT_STARTED: { color: 'gray', variant: 'outline' },
  DRAFT: { color: 'gray', variant: 'light' },
  SUBMITTED: { color: 'blue', variant: 'light' },
};

/** "104,2" — a percentage with at most one decimal, Indonesian digits. */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value);
}

/** The level a mean achievement would have (same thresholds as an IKI's). */
export function levelOf(percent: number | null): AchievementLevel | null {
  if (percent === null) return null;
  return percent > 100 ? 'ABOVE' : percent === 100 ? 'MEETS' : 'BELOW';
}

/** "Paling sedikit 12 kegiatan" / "Paling banyak 3 hari", or the narrative target. */
export function targetLabel(
  t: TFunction,
  indicator: {
    direction: TargetDirection;
    targetValue: number | null;
    targetUnit: string | null;
    targetText?: string | null;
  },
): string {
  if (indicator.targetValue === null) return indicator.targetText ?? '—';
  const amount = [new Intl.NumberFormat('id-ID').format(indicator.targetValue), indicator.targetUnit]
    .filter(Boolean)
    .join(' ');
  return `${t(`realisation.direction.${indicator.direction}`)} ${amount}`;
}

/** Percent and level in the level's colour ("104,2% · Di atas target"), or "Belum ada capaian". */
export function AchievementBadge({
  percent,
  level,
  size = 'lg',
  withLabel = true,
}: {
  percent: number | null;
  level: AchievementLevel | null;
  size?: BadgeProps['size'];
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  if (percent === null) {
    return (
      <Badge variant="light" color="gray" radius="sm" size={size} tt="none" className="sigap-achievement">
        {t('realisation.noAchievement')}
      </Badge>
    );
  }
  const resolved = level ?? levelOf(percent);
  return (
    <Badge
      variant="light"
      color={resolved ? LEVEL_COLOR[resolved] : 'gray'}
      radius="sm"
      size={size}
      tt="none"
      className="sigap-achievement"
    >
      {formatPercent(percent)}%{withLabel && resolved ? ` · ${t(`realisation.level.${resolved}`)}` : ''}
    </Badge>
  );
}

export function ReportStatusBadge({
  status,
  size = 'md',
}: {
  status: ReportStatus;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={REPORT_STATUS_STYLE[status].variant}
      color={REPORT_STATUS_STYLE[status].color}
      radius="sm"
      size={size}
    >
      {t(`realisation.status.${status}`)}
    </Badge>
  );
}

/** Submitted after the batas pengisian. */
export function LateBadge({ size = 'md' }: { size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="orange" radius="sm" size={size}>
      {t('realisation.late')}
    </Badge>
  );
}

/** Not submitted and the batas pengisian has passed. */
export function OverdueBadge({ size = 'md' }: { size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="red" radius="sm" size={size}>
      {t('realisation.overdue')}
    </Badge>
  );
}

import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { formatPercent } from '../realisation/labels.tsx';
import type { UnitRow } from './progress.api.ts';

/** A unit's row as the chart and table name it ("Staf langsung …" for the own-staff row). */
export interface LabelledRow extends UnitRow {
  label: string;
  ownStaff: boolean;
}

/**
 * Completion and mean achievement per unit as horizontal bars (long unit names read well on a phone).
 * The chart is a picture for sighted people; the same numbers are in the table below it.
 */
export function UnitProgressChart({ rows, scopeName }: { rows: LabelledRow[]; scopeName: string }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  // Names are cut to fit the axis (the table below has them in full).
  const maxChars = isPhone ? 24 : 44;
  const data = rows.map((row) => ({
    label: row.label.length > maxChars ? `${row.label.slice(0, maxChars - 1)}…` : row.label,
    completion: row.completion ?? 0,
    achievement: row.achievement ?? 0,
  }));
  const height = Math.max(180, rows.length * 52 + 80);
  return (
    <div role="img" aria-label={t('progress.units.chartLabel', { scope: scopeName })}>
      <BarChart
        h={height}
        data={data}
        dataKey="label"
        orientation="vertical"
        series={[
          { name: 'completion', label: t('progress.units.completion'), color: 'blue.7' },
          { name: 'achievement', label: t('progress.units.achievement'), color: 'green.7' },
        ]}
        valueFormatter={(value) => `${formatPercent(value)}%`}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 40 }}
        yAxisProps={{ width: isPhone ? 120 : 240, interval: 0 }}
        xAxisProps={{ domain: [0, (max: number) => Math.max(100, Math.ceil(max / 25) * 25)] }}
        gridAxis="y"
        referenceLines={[{ x: 100, color: 'gray.6' }]}
        accessibilityLayer={false}
        tooltipAnimationDuration={0}
        barProps={{ isAnimationActive: false, radius: 2 }}
        maxBarWidth={22}
      />
    </div>
  );
}

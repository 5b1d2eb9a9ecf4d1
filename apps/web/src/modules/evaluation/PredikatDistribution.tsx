import { BarChart } from '@mantine/charts';
import { Grid, Table, Text } from '@mantine/core';
import { CURVE_ORDER, type EmployeePredikat } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { PredikatBadge } from './labels.tsx';
import { type CurveMonitoringCounts, formatShare } from './monitoring.api.ts';

/** One colour per bar, low to high (the badges' palettes, darker for the worse of the two reds). */
const BAR_COLOR: Record<EmployeePredikat, string> = {
  SANGAT_KURANG: 'red.9',
  KURANG: 'red.6',
  BUTUH_PERBAIKAN: 'orange.6',
  BAIK: 'green.7',
  SANGAT_BAIK: 'blue.7',
};

/**
 * The distribution of a scope (Sangat Kurang → Sangat Baik) as bars, with the same numbers in a table
 * beside it. Each bar is its own series (stacked on one bar each) so it can keep its colour.
 */
export function PredikatDistribution({ totals }: { totals: CurveMonitoringCounts }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const label = (p: EmployeePredikat) => t(`evaluation.predikat.${p}`);
  const data = CURVE_ORDER.map((p) => ({
    label: label(p),
    [p]: totals.counts[p] ?? 0,
  }));
  const summary = CURVE_ORDER.map(
    (p) => `${label(p)} ${formatNumber(totals.counts[p] ?? 0)} (${formatShare(totals.percents[p] ?? 0)}%)`,
  ).join(', ');

  return (
    <Grid gap="lg" align="center">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <div role="img" aria-label={t('evaluationMonitoring.distribution.chartLabel', { summary })}>
          <BarChart
            h={isPhone ? 280 : 260}
            data={data}
            dataKey="label"
            type="stacked"
            series={CURVE_ORDER.map((p) => ({ name: p, label: label(p), color: BAR_COLOR[p] }))}
            withTooltip={false}
            withBarValueLabel
            valueFormatter={(value) => (value ? formatNumber(value) : '')}
            gridAxis="y"
            xAxisProps={
              isPhone
                ? { interval: 0, angle: -35, textAnchor: 'end', height: 72, tick: { fontSize: 11 } }
                : { interval: 0, tick: { fontSize: 12 } }
            }
            yAxisProps={{ allowDecimals: false, width: 36 }}
            accessibilityLayer={false}
            barProps={{ isAnimationActive: false, radius: 2 }}
            maxBarWidth={56}
          />
        </div>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Table
          verticalSpacing={6}
          aria-label={t('evaluationMonitoring.distribution.tableLabel')}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluationMonitoring.distribution.col.predikat')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluationMonitoring.distribution.col.count')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('evaluationMonitoring.distribution.col.percent')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...CURVE_ORDER].reverse().map((p) => (
              <Table.Tr key={p}>
                <Table.Th scope="row" fw={400}>
                  <PredikatBadge predikat={p} size="sm" />
                </Table.Th>
                <Table.Td ta="right">{formatNumber(totals.counts[p] ?? 0)}</Table.Td>
                <Table.Td ta="right">{formatShare(totals.percents[p] ?? 0)}%</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
              <Table.Th scope="row">{t('evaluationMonitoring.distribution.rated')}</Table.Th>
              <Table.Td ta="right" fw={700}>
                {formatNumber(totals.rated)}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" c="dimmed" span>
                  {t('evaluationMonitoring.distribution.unrated')}
                </Text>
              </Table.Th>
              <Table.Td ta="right">{formatNumber(totals.unrated)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Grid.Col>
    </Grid>
  );
}

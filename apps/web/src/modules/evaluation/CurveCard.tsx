import { Alert, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Curve } from '@sigap/contracts';
import { CURVE_ORDER, type EmployeePredikat, type OrganisationPredikat } from '@sigap/rules';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { breakAfterSlash, OrgPredikatBadge } from './labels.tsx';
import './evaluation.css';

interface Band {
  min: number;
  max: number;
}

/** The allowed range of each predikat from the pattern's bounds (a group's "at least" binds no single bar). */
export function bandsOf(curve: Curve): Record<EmployeePredikat, Band> {
  const bands = Object.fromEntries(CURVE_ORDER.map((p) => [p, { min: 0, max: curve.total }])) as Record<
    EmployeePredikat,
    Band
  >;
  for (const b of curve.bounds) {
    for (const p of b.predikats) {
      const band = bands[p];
      if (b.bound === 'AT_MOST') band.max = Math.min(band.max, b.people);
      else if (b.predikats.length === 1) band.min = Math.max(band.min, b.people);
    }
  }
  return bands;
}

/**
 * The unit's curve (rules §5.4): people per predikat from Sangat Kurang to Sangat Baik, the band the
 * organisation predikat allows behind each bar, the rules being applied and the violations in words.
 * The picture has a text equivalent: its label, and the lists below it.
 */
export function CurveCard({
  curve,
  predikat,
  unitName,
  headingOrder = 2,
}: {
  curve: Curve;
  predikat: OrganisationPredikat | null;
  unitName: string;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const bands = bandsOf(curve);
  const violated = new Set(curve.violations.flatMap((v) => v.predikats));
  // The scale is the unit's headcount, so bars do not jump as people are rated.
  const top = Math.max(1, curve.total + curve.unrated, ...CURVE_ORDER.map((p) => curve.counts[p] ?? 0));
  const pct = (n: number) => `${(n / top) * 100}%`;
  const summary = CURVE_ORDER.map((p) => `${t(`evaluation.predikat.${p}`)} ${curve.counts[p] ?? 0}`).join(
    ', ',
  );

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Title order={headingOrder} size="h5" id={headingId}>
            {t('evaluation.curve.title', { unit: unitName })}
          </Title>
          <Group gap={6} wrap="wrap">
            <Text size="sm" c="dimmed">
              {t('evaluation.curve.orgPredikat')}
            </Text>
            <OrgPredikatBadge predikat={predikat} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('evaluation.curve.rated', {
              rated: formatNumber(curve.total),
              people: formatNumber(curve.total + curve.unrated),
            })}
          </Text>
        </Stack>

        <div role="img" aria-label={t('evaluation.curve.chartLabel', { summary })}>
          <div className="sigap-curve" aria-hidden>
            {CURVE_ORDER.map((p) => {
              const count = curve.counts[p] ?? 0;
              const band = bands[p];
              return (
                <div key={p}>
                  <div className="sigap-curve-plot" data-testid={`curve-${p}`}>
                    {predikat ? (
                      <div
                        className="sigap-curve-band"
                        style={{ bottom: pct(band.min), height: pct(Math.max(0, band.max - band.min)) }}
                      />
                    ) : null}
                    <div
                      className="sigap-curve-bar"
                      data-violated={violated.has(p) && count > 0 ? '' : undefined}
                      data-empty={count === 0 ? '' : undefined}
                      style={{ height: pct(count) }}
                    />
                    <span className="sigap-curve-count" style={{ bottom: `calc(${pct(count)} + 2px)` }}>
                      {formatNumber(count)}
                    </span>
                  </div>
                  <div className="sigap-curve-label">{breakAfterSlash(t(`evaluation.predikat.${p}`))}</div>
                </div>
              );
            })}
          </div>
        </div>
        {predikat ? (
          <Group gap="md" wrap="wrap">
            <Group gap={6} wrap="nowrap">
              <span
                className="sigap-legend-swatch"
                style={{
                  background: 'var(--mantine-color-green-1)',
                  border: '1px dashed var(--mantine-color-green-7)',
                }}
              />
              <Text size="xs">{t('evaluation.curve.legendBand')}</Text>
            </Group>
            <Group gap={6} wrap="nowrap">
              <span className="sigap-legend-swatch" style={{ background: 'var(--mantine-color-red-7)' }} />
              <Text size="xs">{t('evaluation.curve.legendViolated')}</Text>
            </Group>
          </Group>
        ) : null}

        {predikat ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('evaluation.curve.rules')}
            </Text>
            <List size="sm" spacing={2}>
              {curve.bounds.map((b) => (
                <List.Item key={`${b.bound}-${b.predikats.join('-')}`}>{b.rule}</List.Item>
              ))}
            </List>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('evaluation.curve.noPattern')}
          </Text>
        )}

        <div role="status" aria-live="polite">
          {predikat && curve.violations.length > 0 ? (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('evaluation.curve.violations', { count: curve.violations.length })}
            >
              <List size="sm" spacing={2}>
                {curve.violations.map((v) => (
                  <List.Item key={v.message}>{v.message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {predikat && curve.violations.length === 0 && curve.total > 0 ? (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
              {t('evaluation.curve.fits')}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Card>
  );
}

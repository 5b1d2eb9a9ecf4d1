import { Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import type { OrganisationPredikat } from '@sigap/rules';
import { IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { periodName } from '../planning/period-format.ts';
import { formatInstant } from '../skp/labels.tsx';
import type { EvaluationDetail } from './evaluation.api.ts';
import { OrgPredikatBadge, PredikatBadge, RatingBadge } from './labels.tsx';
import { KuadranGrid } from './RatingControl.tsx';

/** The result of one evaluation: the two ratings, the predikat and where it sits in the kuadran. */
export function EvaluationResult({
  detail,
  headingOrder = 2,
  title,
}: {
  detail: EvaluationDetail;
  headingOrder?: 2 | 3;
  title?: string;
}) {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const headingId = useId();
  const e = detail.evaluation;
  const period = periodName(t, i18n.language, detail.period);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Group gap={8} wrap="wrap" align="center">
              <Title order={headingOrder} size="h4" id={headingId}>
                {title ?? t('evaluation.result.title', { period })}
              </Title>
              {e.status === 'FINAL' ? (
                <Badge
                  color="green"
                  variant="light"
                  radius="sm"
                  tt="none"
                  leftSection={<IconLock size={12} aria-hidden />}
                >
                  {t('evaluation.status.FINAL')}
                </Badge>
              ) : (
                <Badge color="gray" variant="light" radius="sm" tt="none">
                  {t('evaluation.status.DRAFT')}
                </Badge>
              )}
            </Group>
            <Group gap={8} wrap="wrap" align="center">
              <Text size="sm" c="dimmed">
                {t('evaluation.result.predikat')}
              </Text>
              <PredikatBadge predikat={e.predikat} size="xl" />
            </Group>
            <Stack gap={6} component="dl" m={0}>
              <Group gap={8} wrap="wrap">
                <Text component="dt" size="sm" c="dimmed" w={150}>
                  {t('evaluation.hasilKerja')}
                </Text>
                <dd style={{ margin: 0 }}>
                  <RatingBadge rating={e.hasilKerja} />
                </dd>
              </Group>
              <Group gap={8} wrap="wrap">
                <Text component="dt" size="sm" c="dimmed" w={150}>
                  {t('evaluation.perilakuKerja')}
                </Text>
                <dd style={{ margin: 0 }}>
                  <RatingBadge rating={e.perilakuKerja} />
                </dd>
              </Group>
              <Group gap={8} wrap="wrap">
                <Text component="dt" size="sm" c="dimmed" w={150}>
                  {t('evaluation.result.rater')}
                </Text>
                <Text component="dd" size="sm" m={0}>
                  {e.raterName}
                </Text>
              </Group>
              <Group gap={8} wrap="wrap">
                <Text component="dt" size="sm" c="dimmed" w={150}>
                  {t('evaluation.result.unitPredikat')}
                </Text>
                <dd style={{ margin: 0 }}>
                  <OrgPredikatBadge
                    predikat={(detail.unitPredikat?.predikat as OrganisationPredikat | undefined) ?? null}
                  />
                </dd>
              </Group>
              {e.finalisedAt ? (
                <Group gap={8} wrap="wrap">
                  <Text component="dt" size="sm" c="dimmed" w={150}>
                    {t('evaluation.result.finalisedAt')}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {formatInstant(e.finalisedAt, me.agency.timezone)}
                    {detail.unitPredikat?.signature
                      ? ` · ${t('evaluation.result.signedBy', { name: detail.unitPredikat.signature.name })}`
                      : ''}
                  </Text>
                </Group>
              ) : null}
            </Stack>
            {e.feedback ? (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('evaluation.result.feedback')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.feedback}
                </Text>
              </Stack>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('evaluation.kuadran.title')}
            </Text>
            <KuadranGrid hasilKerja={e.hasilKerja} perilakuKerja={e.perilakuKerja} />
            <Text size="xs" c="dimmed">
              {t('evaluation.kuadran.axes')}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}

import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { EmployeePredikat, RatingLevel } from '@sigap/rules';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import type { EvaluationDetail } from './evaluation.api.ts';
import './evaluation.css';

/** Every change after the rater's rating (calibration, objection decision): before, after, why, who. */
export function ChangeHistory({ detail }: { detail: EvaluationDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const headingId = useId();
  if (detail.changes.length === 0) return null;
  const describe = (values: Record<string, string>) =>
    t('evaluation.changes.values', {
      hasil: t(`evaluation.ratingShort.${values.hasilKerja as RatingLevel}`),
      perilaku: t(`evaluation.ratingShort.${values.perilakuKerja as RatingLevel}`),
      predikat: t(`evaluation.predikat.${values.predikat as EmployeePredikat}`),
    });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={headingId}>
          {t('evaluation.changes.title')}
        </Title>
        <ol className="sigap-thread">
          {detail.changes.map((c) => (
            <li key={c.id} data-role={c.kind === 'OBJECTION' ? 'DECIDER' : 'RATER'}>
              <Group gap={6} wrap="wrap">
                <Badge
                  size="xs"
                  variant="light"
                  color={c.kind === 'OBJECTION' ? 'orange' : 'blue'}
                  radius="sm"
                  tt="none"
                >
                  {t(`evaluation.changes.kind.${c.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {c.actorName} · {formatInstant(c.at, me.agency.timezone)}
                </Text>
              </Group>
              <Text size="sm">
                {t('evaluation.changes.fromTo', { before: describe(c.before), after: describe(c.after) })}
              </Text>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                {t('evaluation.changes.reason', { reason: c.reason })}
              </Text>
            </li>
          ))}
        </ol>
      </Stack>
    </Card>
  );
}

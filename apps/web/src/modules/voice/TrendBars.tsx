import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { skmGrade } from '@sigap/rules';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { formatIkm, gradeColor } from './format.ts';
import { periodLabel } from './survey-period.ts';
import type { SkmResults } from './voice.api.ts';

/** Grade of a rounded IKM (rules §7.1), for colouring the trend. */
const gradeOf = (ikm: number | null): string | null =>
  ikm === null || ikm < 25 || ikm > 100 ? null : skmGrade(ikm);

/** The IKM of this period and the three before it, one labelled bar each (oldest first). */
export function TrendBars({ trend, current }: { trend: SkmResults['trend']; current: string }) {
  const { t } = useTranslation();
  return (
    <Stack
      gap="sm"
      component="ol"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('voice.results.trend')}
    >
      {trend.map((point) => {
        const grade = gradeOf(point.ikm);
        const isCurrent = point.period === current;
        const name = periodLabel(t, point.period);
        return (
          <li key={point.period} aria-current={isCurrent ? 'true' : undefined}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={isCurrent ? 700 : 500}>
                {name}
              </Text>
              <Group gap={6} wrap="nowrap">
                {point.ikm !== null ? (
                  <>
                    <Text size="sm" fw={700} className="sigap-voice-tnum">
                      {formatIkm(point.ikm)}
                    </Text>
                    {grade ? (
                      <Badge color={gradeColor(grade)} variant="light" radius="sm" size="sm">
                        {grade}
                      </Badge>
                    ) : null}
                  </>
                ) : null}
              </Group>
            </Group>
            <Progress
              value={point.ikm ?? 0}
              color={gradeColor(grade)}
              size="lg"
              radius="sm"
              mt={4}
              aria-hidden
              style={{
                outline: isCurrent ? '2px solid var(--mantine-color-blue-3)' : undefined,
                outlineOffset: 1,
              }}
            />
            <Text size="xs" c="dimmed" mt={2}>
              {point.respondents > 0
                ? t('voice.results.trendRespondents', {
                    count: point.respondents,
                    formatted: formatNumber(point.respondents),
                  })
                : t('voice.results.trendNone')}
            </Text>
          </li>
        );
      })}
    </Stack>
  );
}

import { Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconScale, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { formatIkm, formatNrr, gradeColor, weightText } from './format.ts';
import type { SkmResults } from './voice.api.ts';

interface IkmSummaryProps {
  results: SkmResults;
  /** Opens the population form (omitted: the user may not set it). */
  onSetPopulation?: () => void;
}

/** The three headline cards: IKM with its grade, respondents against the minimum sample, the weight rule. */
export function IkmSummary({ results, onSetPopulation }: IkmSummaryProps) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <IkmCard results={results} />
      <SampleCard results={results} onSetPopulation={onSetPopulation} />
      <WeightCard results={results} />
    </SimpleGrid>
  );
}

function IkmCard({ results }: { results: SkmResults }) {
  const { t } = useTranslation();
  const color = gradeColor(results.grade);
  const gradeLabel = results.grade ? t(`voice.grade.${results.grade}`) : null;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      style={{ borderTop: `4px solid var(--mantine-color-${color}-6)` }}
      aria-labelledby="ikm-label"
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text id="ikm-label" size="sm" c="dimmed" fw={600}>
            {t('voice.results.ikm')}
          </Text>
          <Text fz={44} fw={800} lh={1.1} className="sigap-voice-tnum" data-testid="ikm-value">
            {formatIkm(results.ikm)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('voice.results.ikmScale', { skm: formatNrr(results.skm) })}
          </Text>
        </Stack>
        {results.grade ? (
          <Stack gap={4} align="center" style={{ flex: '0 0 auto' }}>
            <ThemeIcon
              size={64}
              radius={999}
              color={color}
              variant="filled"
              role="img"
              aria-label={t('voice.results.gradeAria', { grade: results.grade, label: gradeLabel })}
            >
              <Text fz={34} fw={800} c="white" aria-hidden>
                {results.grade}
              </Text>
            </ThemeIcon>
            <Text size="sm" fw={700} c={`${color}.9`} ta="center">
              {gradeLabel}
            </Text>
          </Stack>
        ) : null}
      </Group>
      <Text size="sm" mt="sm">
        {results.grade
          ? t('voice.results.gradeSentence', { grade: results.grade, label: gradeLabel })
          : t('voice.results.noGrade')}
      </Text>
    </Card>
  );
}

function SampleCard({ results, onSetPopulation }: IkmSummaryProps) {
  const { t } = useTranslation();
  const min = results.minimumSample;
  const percent = min ? Math.min(100, (results.respondents / min) * 100) : 0;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c="dimmed" fw={600}>
            {t('voice.results.respondents')}
          </Text>
          <ThemeIcon variant="light" color="blue" size={32} radius="md" aria-hidden>
            <IconUsers size={18} />
          </ThemeIcon>
        </Group>
        <Text fz={30} fw={700} lh={1.1} className="sigap-voice-tnum">
          {formatNumber(results.respondents)}
        </Text>
        {min !== null && results.population !== null ? (
          <>
            <Text size="sm">
              {t('voice.results.minimumSample', {
                minimum: formatNumber(min),
                population: formatNumber(results.population),
              })}
            </Text>
            <Progress
              value={percent}
              color={results.sampleReached ? 'green' : 'orange'}
              size="md"
              radius="xl"
              aria-label={t('voice.results.sampleProgress', {
                respondents: formatNumber(results.respondents),
                minimum: formatNumber(min),
              })}
            />
            <Group gap="xs">
              <Badge color={results.sampleReached ? 'green' : 'orange'} variant="light" radius="sm">
                {results.sampleReached
                  ? t('voice.results.sampleReached')
                  : t('voice.results.sampleNotReached')}
              </Badge>
              {!results.sampleReached ? (
                <Text size="xs" c="dimmed">
                  {t('voice.results.sampleMissing', {
                    formatted: formatNumber(Math.max(0, min - results.respondents)),
                  })}
                </Text>
              ) : null}
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('voice.results.noPopulation')}
          </Text>
        )}
        {onSetPopulation ? (
          <Anchor component="button" type="button" size="sm" ta="left" onClick={onSetPopulation}>
            {results.population === null
              ? t('voice.results.setPopulation')
              : t('voice.results.changePopulation')}
          </Anchor>
        ) : null}
      </Stack>
    </Card>
  );
}

function WeightCard({ results }: { results: SkmResults }) {
  const { t } = useTranslation();
  const rule = results.weightRule;
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c="dimmed" fw={600}>
            {t('voice.results.weight')}
          </Text>
          <ThemeIcon variant="light" color="grape" size={32} radius="md" aria-hidden>
            <IconScale size={18} />
          </ThemeIcon>
        </Group>
        <Text fz={30} fw={700} lh={1.1} className="sigap-voice-tnum">
          {weightText(rule)}
        </Text>
        <Text size="sm">{t(`voice.results.weightNote.${rule}`, { defaultValue: '' })}</Text>
      </Stack>
    </Card>
  );
}

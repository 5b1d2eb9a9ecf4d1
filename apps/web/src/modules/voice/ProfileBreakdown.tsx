import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RESPONDENT_PROFILE } from '@sigap/rules';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { formatShare } from './format.ts';
import type { SkmResults } from './voice.api.ts';

type Dimension = keyof SkmResults['profile'];

/** The known codes of each dimension, in their natural order (others follow by count; "not given" last). */
const ORDER: Record<Dimension, readonly string[]> = {
  sex: RESPONDENT_PROFILE.sexes.map((s) => s.code),
  ageBand: RESPONDENT_PROFILE.ageBands.map((a) => a.code),
  education: RESPONDENT_PROFILE.educationLevels.map((e) => e.code),
  occupation: RESPONDENT_PROFILE.occupations.map((o) => o.code),
};
const NOT_GIVEN = 'TIDAK_DIISI';
const DIMENSIONS: Dimension[] = ['sex', 'ageBand', 'education', 'occupation'];

function ordered(dimension: Dimension, counts: Record<string, number>): [string, number][] {
  const known = ORDER[dimension];
  const rank = (key: string) =>
    key === NOT_GIVEN ? 1e6 : known.indexOf(key) >= 0 ? known.indexOf(key) : 1e3;
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, na], [b, nb]) => rank(a) - rank(b) || nb - na || a.localeCompare(b));
}

/** Who answered: sex, age band, education and occupation, each as counts with a share bar. */
export function ProfileBreakdown({ profile }: { profile: SkmResults['profile'] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg">
      {DIMENSIONS.map((dimension) => (
        <DimensionBlock key={dimension} dimension={dimension} counts={profile[dimension]} />
      ))}
    </SimpleGrid>
  );
}

function DimensionBlock({ dimension, counts }: { dimension: Dimension; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = ordered(dimension, counts);
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const label = (key: string) =>
    key === NOT_GIVEN
      ? t('voice.profile.notGiven')
      : t(`voice.profile.values.${dimension}.${key}`, { defaultValue: key });
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t(`voice.profile.${dimension}`)}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {rows.map(([key, n]) => {
            const share = total > 0 ? (n / total) * 100 : 0;
            return (
              <li key={key}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                    {label(key)}
                  </Text>
                  <Text size="sm" fw={600} className="sigap-voice-tnum" style={{ whiteSpace: 'nowrap' }}>
                    {formatNumber(n)} ({formatShare(share)}%)
                  </Text>
                </Group>
                <Progress
                  value={share}
                  size="sm"
                  radius="xl"
                  color={key === NOT_GIVEN ? 'gray.5' : 'blue'}
                  mt={2}
                  aria-hidden
                />
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

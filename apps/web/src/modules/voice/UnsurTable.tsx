import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { formatIkm, formatNrr, gradeColor } from './format.ts';
import type { SkmResults } from './voice.api.ts';

type Unsur = SkmResults['perUnsur'][number];

/** The unsur's name in the current language (the API gives the Indonesian one). */
function useUnsurName() {
  const { t } = useTranslation();
  return (unsur: Unsur) => t(`voice.unsur.${unsur.code}`, { defaultValue: unsur.name });
}

function GradeBadge({ grade }: { grade: string | null }) {
  const { t } = useTranslation();
  if (!grade)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <Badge color={gradeColor(grade)} variant="light" radius="sm" title={t(`voice.grade.${grade}`)}>
      {grade} · {t(`voice.grade.${grade}`)}
    </Badge>
  );
}

/** A bar on the 0–100 scale, coloured by the unsur's grade. */
function IkmBar({ unsur, name }: { unsur: Unsur; name: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 140 }}>
      <Progress
        value={unsur.ikm ?? 0}
        color={gradeColor(unsur.grade)}
        size="lg"
        radius="sm"
        style={{ flex: 1 }}
        aria-label={t('voice.results.unsurBar', { name, value: formatIkm(unsur.ikm) })}
      />
      <Text size="sm" fw={700} w={52} ta="right" className="sigap-voice-tnum">
        {formatIkm(unsur.ikm)}
      </Text>
    </Group>
  );
}

/** NRR, NRR × weight, IKM and grade of each of the nine unsur, with a bar each (cards on a phone). */
export function UnsurTable({ results }: { results: SkmResults }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const nameOf = useUnsurName();

  if (isPhone) {
    return (
      <ul aria-label={t('voice.results.unsurTable')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {results.perUnsur.map((unsur) => (
          <li key={unsur.code} className="sigap-card-list-item">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Text size="sm" fw={600}>
                  {unsur.code}. {nameOf(unsur)}
                </Text>
                <GradeBadge grade={unsur.grade} />
              </Group>
              <IkmBar unsur={unsur} name={nameOf(unsur)} />
              <Text size="xs" c="dimmed">
                {t('voice.results.unsurLine', {
                  nrr: formatNrr(unsur.nrr),
                  weighted: formatNrr(unsur.nrrWeighted),
                  respondents: formatNumber(unsur.respondents),
                })}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped aria-label={t('voice.results.unsurTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('voice.results.col.unsur')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('voice.results.col.respondents')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('voice.results.col.nrr')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('voice.results.col.weighted')}
            </Table.Th>
            <Table.Th scope="col">{t('voice.results.col.ikm')}</Table.Th>
            <Table.Th scope="col">{t('voice.results.col.grade')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.perUnsur.map((unsur) => (
            <Table.Tr key={unsur.code}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" span c="dimmed" mr={6}>
                  {unsur.code}
                </Text>
                {nameOf(unsur)}
              </Table.Th>
              <Table.Td ta="right" className="sigap-voice-tnum">
                {formatNumber(unsur.respondents)}
              </Table.Td>
              <Table.Td ta="right" className="sigap-voice-tnum">
                {formatNrr(unsur.nrr)}
              </Table.Td>
              <Table.Td ta="right" className="sigap-voice-tnum">
                {formatNrr(unsur.nrrWeighted)}
              </Table.Td>
              <Table.Td>
                <IkmBar unsur={unsur} name={nameOf(unsur)} />
              </Table.Td>
              <Table.Td>
                <GradeBadge grade={unsur.grade} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('voice.results.total')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="right" fw={700} className="sigap-voice-tnum">
              {formatNrr(results.skm)}
            </Table.Td>
            <Table.Td fw={700} className="sigap-voice-tnum">
              {t('voice.results.totalIkm', { value: formatIkm(results.ikm) })}
            </Table.Td>
            <Table.Td>
              <GradeBadge grade={results.grade} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

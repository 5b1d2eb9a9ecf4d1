import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { periodName } from './period-format.ts';
import type { PlanningYear } from './planning.api.ts';

const KIND_COLOR = { ANNUAL: 'blue', QUARTER: 'grape', MONTH: 'teal' } as const;

/**
 * The periods of a year: name, kind, start, end, batas pengisian; the final period is marked and the
 * running one (today inside it) too. On a phone the dates go under the name.
 */
export function PeriodsTable({ year, today }: { year: PlanningYear; today: string }) {
  const { t, i18n } = useTranslation();
  const isPhone = useIsPhone();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const caption = t('planning.periodsOf', { year: year.year });

  return (
    <Table.ScrollContainer minWidth={isPhone ? 0 : 640}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planning.col.name')}</Table.Th>
            {isPhone ? null : (
              <>
                <Table.Th scope="col">{t('planning.col.kind')}</Table.Th>
                <Table.Th scope="col">{t('planning.col.start')}</Table.Th>
                <Table.Th scope="col">{t('planning.col.end')}</Table.Th>
              </>
            )}
            <Table.Th scope="col">{t('planning.col.fillDeadline')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {year.periods.map((period) => {
            const running = period.kind !== 'ANNUAL' && period.start <= today && today <= period.end;
            return (
              <Table.Tr key={period.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap={6} wrap="wrap">
                      <Text size="sm" fw={period.kind === 'ANNUAL' ? 700 : 500}>
                        {periodName(t, language, period)}
                      </Text>
                      {period.final ? (
                        <Badge size="sm" variant="filled" color="indigo" radius="sm">
                          {t('planning.final')}
                        </Badge>
                      ) : null}
                      {running ? (
                        <Badge size="sm" variant="light" color="green" radius="sm">
                          {t('planning.running')}
                        </Badge>
                      ) : null}
                    </Group>
                    {isPhone ? (
                      <Text size="xs" c="dimmed">
                        {t(`planning.kind.${period.kind}`)} · {formatDate(period.start)} –{' '}
                        {formatDate(period.end)}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                {isPhone ? null : (
                  <>
                    <Table.Td>
                      <Badge variant="light" color={KIND_COLOR[period.kind]} radius="sm">
                        {t(`planning.kind.${period.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(period.start)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(period.end)}
                      </Text>
                    </Table.Td>
                  </>
                )}
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(period.fillDeadline)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

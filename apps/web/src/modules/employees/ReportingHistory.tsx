import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import type { EmployeeDetail } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime, todayIn } from '../../lib/format.ts';

export function ReportingHistory({
  lines,
  timeZone,
}: {
  lines: EmployeeDetail['reportingLines'];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const today = todayIn(timeZone);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="riwayat-atasan">
      <Title order={2} size="h4" id="riwayat-atasan" mb="sm">
        {t('rater.history')}
      </Title>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('rater.historyEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rater.historyRater')}</Table.Th>
                <Table.Th scope="col">{t('rater.historyFrom')}</Table.Th>
                <Table.Th scope="col">{t('rater.historyTo')}</Table.Th>
                <Table.Th scope="col">{t('rater.historyActing')}</Table.Th>
                <Table.Th scope="col">{t('rater.historyRecorded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    {line.rater.kind === 'EMPLOYEE' ? (
                      <Anchor component={Link} to={`/pegawai/${line.rater.id}`}>
                        {line.rater.fullName}
                      </Anchor>
                    ) : (
                      <>
                        {line.rater.fullName}{' '}
                        <Text span size="xs" c="dimmed">
                          ({t('rater.headOfRegion')})
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {formatDate(line.validFrom)}
                    {line.validFrom > today ? (
                      <Badge variant="light" color="blue" radius="sm" ml={6}>
                        {t('rater.scheduled')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {line.validTo ? (
                      formatDate(line.validTo)
                    ) : line.validFrom > today ? (
                      '—'
                    ) : (
                      <Badge variant="light" color="green" radius="sm">
                        {t('rater.current')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`acting.${line.acting}`)}</Table.Td>
                  <Table.Td>{formatDateTime(line.createdAt, timeZone)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

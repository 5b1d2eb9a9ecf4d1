import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ImportReport } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';

const PROBLEM_LIMIT = 500;

type Problem = ImportReport['problems'][number];

/** Stable keys for problem rows (one row can have several problems of the same kind). */
function withKeys(problems: Problem[]): (Problem & { key: string })[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const base = `${problem.row}|${problem.code}|${problem.nip ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...problem, key: `${base}|${n}` };
  });
}

/** The dry-run (or final) report: counts and, if any, the problems by row. */
export function ImportReportView({ report, headingId }: { report: ImportReport; headingId: string }) {
  const { t, i18n } = useTranslation();
  const stats: { key: string; value: number }[] = [
    { key: 'totalRows', value: report.totalRows },
    { key: 'validRows', value: report.validRows },
    { key: 'toCreate', value: report.toCreate },
    { key: 'toUpdate', value: report.toUpdate },
    { key: 'unchanged', value: report.unchanged },
    { key: 'raterChanges', value: report.raterChanges },
    { key: 'positionsToCreate', value: report.positionsToCreate },
    { key: 'problems', value: report.problems.length },
  ];
  const problemText = (code: string, message: string) =>
    i18n.language === 'id' ? message : t(`importProblems.${code}`, { defaultValue: message });
  const shown = withKeys(report.problems.slice(0, PROBLEM_LIMIT));
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0} aria-labelledby={headingId}>
        {stats.map((stat) => (
          <Card key={stat.key} withBorder radius="md" padding="sm">
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {t(`import.report.${stat.key}`)}
            </Text>
            <Text
              component="dd"
              m={0}
              fz="xl"
              fw={700}
              c={stat.key === 'problems' && stat.value > 0 ? 'red.9' : undefined}
            >
              {formatNumber(stat.value)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {report.problems.length > 0 ? (
        <>
          <Title order={3} size="h5" mt="lg" mb="xs">
            {t('import.problemsTitle')}
          </Title>
          <Table.ScrollContainer minWidth={560} mah={480}>
            <Table striped verticalSpacing="xs" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={80}>
                    {t('import.problemRow')}
                  </Table.Th>
                  <Table.Th scope="col" w={210}>
                    {t('import.problemNip')}
                  </Table.Th>
                  <Table.Th scope="col">{t('import.problemMessage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((problem) => (
                  <Table.Tr key={problem.key}>
                    <Table.Td>{problem.row}</Table.Td>
                    <Table.Td className="sigap-nip">{problem.nip ?? '—'}</Table.Td>
                    <Table.Td>{problemText(problem.code, problem.message)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.problems.length > shown.length ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('import.moreProblems', { formatted: formatNumber(report.problems.length - shown.length) })}
            </Text>
          ) : null}
        </>
      ) : null}
    </>
  );
}

import { Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../modules/auth/session.ts';
import { ImportPanel } from '../modules/imports/ImportPanel.tsx';
import { IMPORT_COLUMNS, templateHref } from '../modules/imports/template.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

export default function ImportPage() {
  const { t } = useTranslation();
  const allowed = useAbility('employees.import');
  if (!allowed) return <ForbiddenPage />;
  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={t('import.intro')}
        actions={
          <Button
            component="a"
            href={templateHref()}
            download="templat-impor-pegawai.csv"
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
          >
            {t('import.template')}
          </Button>
        }
      />
      <Card withBorder radius="md" padding="md" mb="md" component="section" aria-labelledby="kolom-berkas">
        <Title order={2} size="h4" id="kolom-berkas" mb="xs">
          {t('import.columnsTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('import.columnsIntro')}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('import.column')}</Table.Th>
                <Table.Th scope="col">{t('import.required')}</Table.Th>
                <Table.Th scope="col">{t('import.meaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {IMPORT_COLUMNS.map((column) => (
                <Table.Tr key={column.header}>
                  <Table.Td>
                    <Text size="sm" fw={600} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {column.header}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {column.required ? (
                      <Badge variant="light" color="blue" radius="sm">
                        {t('import.yes')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('import.no')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`import.columns.${column.key}`)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <ImportPanel />
    </>
  );
}

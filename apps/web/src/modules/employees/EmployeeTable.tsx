import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { EmployeeListItem } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { groupNip } from '../../lib/format.ts';

/** Employees as table rows; each row opens the person's detail (the name is the keyboard link). */
export function EmployeeTable({ items, busy }: { items: EmployeeListItem[]; busy: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('employees.col.name')}</Table.Th>
            <Table.Th scope="col">{t('employees.col.position')}</Table.Th>
            <Table.Th scope="col">{t('employees.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('employees.col.type')}</Table.Th>
            <Table.Th scope="col">{t('employees.col.golongan')}</Table.Th>
            <Table.Th scope="col">{t('employees.col.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr
              key={e.id}
              className="sigap-row-link"
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(`/pegawai/${e.id}`);
              }}
            >
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/pegawai/${e.id}`} fw={600}>
                    {e.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed" className="sigap-nip">
                    {groupNip(e.nip)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{e.positionName}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`positionKind.${e.positionKind}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.unitName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`employmentType.${e.employmentType}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.golongan}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={e.status === 'ACTIVE' ? 'green' : 'gray'} radius="sm">
                  {t(`status.${e.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

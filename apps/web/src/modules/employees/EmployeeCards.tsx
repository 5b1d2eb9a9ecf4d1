import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { EmployeeListItem } from '@sigap/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupNip } from '../../lib/format.ts';

/** The employee list on a phone: one card per person, the name links to the detail. */
export function EmployeeCards({ items, busy }: { items: EmployeeListItem[]; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="sigap-plain-list sigap-card-list" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
      {items.map((e) => (
        <li key={e.id} className="sigap-card-list-item">
          <Stack gap={2}>
            <Anchor component={Link} to={`/pegawai/${e.id}`} fw={600}>
              {e.fullName}
            </Anchor>
            <Text size="xs" c="dimmed" className="sigap-nip">
              {groupNip(e.nip)}
            </Text>
            <Text size="sm">{e.positionName}</Text>
            <Text size="sm" c="dimmed">
              {e.unitName}
            </Text>
            <Group gap={6} mt={4}>
              <Badge variant="light" color="blue" radius="sm">
                {t(`positionKind.${e.positionKind}`)}
              </Badge>
              <Badge variant="light" color="gray" radius="sm">
                {t(`employmentType.${e.employmentType}`)} · {e.golongan}
              </Badge>
              <Badge variant="light" color={e.status === 'ACTIVE' ? 'green' : 'gray'} radius="sm">
                {t(`status.${e.status}`)}
              </Badge>
            </Group>
          </Stack>
        </li>
      ))}
    </ul>
  );
}

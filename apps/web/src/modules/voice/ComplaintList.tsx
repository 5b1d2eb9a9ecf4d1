import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { ComplaintStatusBadge, SlaBadge } from './ComplaintBadges.tsx';
import type { Complaint } from './complaints.api.ts';

interface ComplaintListProps {
  items: Complaint[];
  onOpen: (id: string) => void;
  busy: boolean;
}

/** Complaints with status and SLA; each opens its detail (a table on a wide screen, cards on a phone). */
export function ComplaintList({ items, onOpen, busy }: ComplaintListProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const dim = { opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' };

  const titleButton = (complaint: Complaint) => (
    <Anchor
      component="button"
      type="button"
      fw={600}
      size="sm"
      ta="left"
      onClick={() => onOpen(complaint.id)}
      style={{ overflowWrap: 'anywhere' }}
    >
      {complaint.title}
    </Anchor>
  );
  const meta = (complaint: Complaint) => (
    <Text size="xs" c="dimmed">
      <span className="sigap-voice-code">{complaint.ticketCode}</span> ·{' '}
      {t(`voice.complaints.category.${complaint.category}`)}
      {complaint.source === 'LAPOR' ? ` · ${t('voice.complaints.source.LAPOR')}` : ''}
    </Text>
  );

  if (isPhone) {
    return (
      <ul
        aria-label={t('voice.complaints.listLabel')}
        aria-busy={busy}
        style={{ listStyle: 'none', margin: 0, padding: 0, ...dim }}
      >
        {items.map((complaint) => (
          <li key={complaint.id} className="sigap-card-list-item">
            <Stack gap={4}>
              {titleButton(complaint)}
              {meta(complaint)}
              <Text size="sm">{complaint.serviceUnitName ?? t('voice.complaints.noUnit')}</Text>
              <Group gap="sm" justify="space-between" align="flex-start" wrap="wrap">
                <ComplaintStatusBadge status={complaint.status} />
                <SlaBadge sla={complaint.sla} />
              </Group>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        aria-label={t('voice.complaints.listLabel')}
        aria-busy={busy}
        style={dim}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('voice.complaints.col.complaint')}</Table.Th>
            <Table.Th scope="col">{t('voice.complaints.col.unit')}</Table.Th>
            <Table.Th scope="col">{t('voice.complaints.col.received')}</Table.Th>
            <Table.Th scope="col">{t('voice.complaints.col.status')}</Table.Th>
            <Table.Th scope="col">{t('voice.complaints.col.sla')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((complaint) => (
            <Table.Tr
              key={complaint.id}
              className="sigap-row-link"
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('button, a')) return;
                onOpen(complaint.id);
              }}
            >
              <Table.Td maw={360}>
                <Stack gap={2}>
                  {titleButton(complaint)}
                  {meta(complaint)}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{complaint.serviceUnitName ?? t('voice.complaints.noUnit')}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDate(complaint.receivedOn)}</Text>
              </Table.Td>
              <Table.Td>
                <ComplaintStatusBadge status={complaint.status} />
              </Table.Td>
              <Table.Td>
                <SlaBadge sla={complaint.sla} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

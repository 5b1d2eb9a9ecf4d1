import { ActionIcon, Group, Stack, Table, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { JsonBlock } from '../../ui/JsonBlock.tsx';
import { type AuditRecord, actionKey } from './audit.api.ts';

/** Audit records; each row expands (button) to show the data before and after. */
export function AuditTable({
  items,
  timeZone,
  busy,
}: {
  items: AuditRecord[];
  timeZone: string;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              <span className="sigap-visually-hidden">{t('audit.details')}</span>
            </Table.Th>
            <Table.Th scope="col">{t('audit.col.at')}</Table.Th>
            <Table.Th scope="col">{t('audit.col.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit.col.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.col.entity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((record) => {
            const expanded = open.has(record.id);
            const detailId = `audit-detail-${record.id}`;
            return (
              <Fragment key={record.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(record.id)}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      aria-label={t(expanded ? 'audit.hideDetails' : 'audit.showDetails', {
                        seq: record.seq ?? record.id.slice(0, 8),
                      })}
                    >
                      {expanded ? (
                        <IconChevronDown size={18} aria-hidden />
                      ) : (
                        <IconChevronRight size={18} aria-hidden />
                      )}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(record.at, timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{record.actorName ?? t('audit.system')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`audit.actions.${actionKey(record.action)}`, { defaultValue: record.action })}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {record.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`audit.entityTypes.${record.entityType}`, { defaultValue: record.entityType })}
                    </Text>
                    {record.entityId ? (
                      <Text size="xs" c="dimmed" ff="monospace" title={record.entityId}>
                        {record.entityId.slice(0, 8)}…
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailId} className="sigap-detail-row">
                    <Table.Td colSpan={5}>
                      <Stack gap="sm" py="xs">
                        <Group gap="md" align="flex-start" wrap="wrap">
                          <JsonBlock label={t('audit.before')} value={record.before} />
                          <JsonBlock label={t('audit.after')} value={record.after} />
                        </Group>
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {record.seq === null ? t('audit.unsealed') : `${t('audit.seq')} ${record.seq}`}
                          {record.entityId ? ` · ${t('audit.entityId')} ${record.entityId}` : ''}
                          {record.requestId ? ` · ${t('audit.requestId')} ${record.requestId}` : ''}
                          {record.hash ? ` · ${t('audit.hash')} ${record.hash.slice(0, 16)}…` : ''}
                        </Text>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

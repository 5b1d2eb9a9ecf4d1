import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { type Complaint, type ComplaintStatus, SLA_COLOR, STATUS_COLOR } from './complaints.api.ts';

export function ComplaintStatusBadge({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm">
      {t(`voice.complaints.status.${status}`)}
    </Badge>
  );
}

type Sla = Pick<Complaint['sla'], 'state' | 'dueOn' | 'workingDaysLeft'> & {
  stage?: Complaint['sla']['stage'];
};

/** "Melewati batas waktu" and, below, the due date with the working days left (or past). */
export function SlaBadge({ sla, align = 'flex-start' }: { sla: Sla; align?: 'flex-start' | 'flex-end' }) {
  const { t } = useTranslation();
  const open = sla.state === 'ON_TIME' || sla.state === 'DUE_SOON' || sla.state === 'OVERDUE';
  const days = sla.workingDaysLeft;
  const left =
    days >= 0 ? t('voice.sla.daysLeft', { count: days }) : t('voice.sla.daysLate', { count: -days });
  return (
    <Stack gap={2} align={align}>
      <Badge color={SLA_COLOR[sla.state]} variant={sla.state === 'OVERDUE' ? 'filled' : 'light'} radius="sm">
        {t(`voice.sla.${sla.state}`)}
      </Badge>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {t('voice.sla.due', { date: formatDate(sla.dueOn) })}
        {open ? ` · ${left}` : ''}
      </Text>
    </Stack>
  );
}

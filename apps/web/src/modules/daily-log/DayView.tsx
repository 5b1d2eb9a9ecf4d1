import { ActionIcon, Alert, Anchor, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { DailyLogDay, DailyLogEvidence } from '@sigap/contracts';
import { IconArrowBackUp, IconFile, IconLink, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import { evidenceHref } from './daily-log.api.ts';
import { DayStatusBadge, formatMinutes, lookOf } from './labels.tsx';

const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`
    : bytes >= 1024
      ? `${formatNumber(Math.round(bytes / 1024))} KB`
      : `${bytes} B`;

/** The day's status line: badge, total time, who decides or decided, and the return note. */
export function DayHeader({ day }: { day: DailyLogDay }) {
  const { t } = useTranslation();
  const me = useSession();
  const look = lookOf(day.status, day.status === 'DRAFT' && day.returnNote !== null);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <DayStatusBadge look={look} />
        {day.minutes > 0 ? (
          <Text size="sm" fw={600}>
            {t('dailyLog.day.total', { duration: formatMinutes(t, day.minutes) })}
          </Text>
        ) : null}
        {day.holiday ? (
          <Text size="sm" c="dimmed">
            {t('dailyLog.calendar.holiday')}
          </Text>
        ) : null}
        {day.weekend && !day.holiday ? (
          <Text size="sm" c="dimmed">
            {t('dailyLog.calendar.weekend')}
          </Text>
        ) : null}
      </Group>
      {day.status === 'SUBMITTED' && day.rater ? (
        <Text size="sm" c="dimmed">
          {t('dailyLog.day.waitingFor', {
            name: day.rater.name,
            at: formatInstant(day.submittedAt, me.agency.timezone),
          })}
        </Text>
      ) : null}
      {day.status === 'APPROVED' ? (
        <Text size="sm" c="dimmed">
          {t('dailyLog.day.approvedBy', {
            name: day.decidedByName ?? '',
            at: formatInstant(day.decidedAt, me.agency.timezone),
          })}
        </Text>
      ) : null}
      {day.status === 'DRAFT' && day.returnNote ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconArrowBackUp aria-hidden />}
          title={t('dailyLog.day.returnedBy', { name: day.decidedByName ?? '' })}
        >
          {day.returnNote}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The day's activities as read (a submitted or approved day, or someone else's). */
export function EntryList({ day }: { day: DailyLogDay }) {
  const { t } = useTranslation();
  if (day.entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('dailyLog.day.noEntries')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ol" className="sigap-plain-list" aria-label={t('dailyLog.day.entries')}>
      {day.entries.map((entry) => (
        <Card key={entry.id} component="li" withBorder radius="sm" padding="sm" className="sigap-dl-entry">
          <Stack gap={4}>
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Text fw={700} size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {entry.start}–{entry.end}
              </Text>
              <Text size="xs" c="dimmed">
                {formatMinutes(t, entry.minutes)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {entry.description}
            </Text>
            {entry.rhkText ? (
              <Text size="xs" c="dimmed">
                {t('dailyLog.entry.rhkShown', { text: entry.rhkText })}
              </Text>
            ) : null}
            {entry.evidenceUrl ? (
              <Anchor href={entry.evidenceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                {t('dailyLog.entry.linkShown')}
              </Anchor>
            ) : null}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** Files (downloaded through the API) and links of a day; the owner of a draft may remove them. */
export function EvidenceList({
  evidence,
  onRemove,
  removing,
}: {
  evidence: DailyLogEvidence[];
  onRemove?: (item: DailyLogEvidence) => void;
  removing?: string | null;
}) {
  const { t } = useTranslation();
  if (evidence.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('dailyLog.evidence.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} component="ul" className="sigap-plain-list" aria-label={t('dailyLog.evidence.title')}>
      {evidence.map((item) => {
        const name =
          item.kind === 'FILE'
            ? (item.fileName ?? t('dailyLog.evidence.file'))
            : (item.fileName ?? item.url ?? '');
        return (
          <Group key={item.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              {item.kind === 'FILE' ? <IconFile size={18} aria-hidden /> : <IconLink size={18} aria-hidden />}
              <Anchor
                href={item.kind === 'FILE' ? evidenceHref(item.id) : (item.url ?? undefined)}
                target={item.kind === 'LINK' ? '_blank' : undefined}
                rel={item.kind === 'LINK' ? 'noopener noreferrer' : undefined}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {name}
              </Anchor>
              {item.kind === 'FILE' && item.size !== null ? (
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatBytes(item.size)}
                </Text>
              ) : null}
            </Group>
            {onRemove ? (
              <Tooltip label={t('dailyLog.evidence.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('dailyLog.evidence.removeNamed', { name })}
                  loading={removing === item.id}
                  onClick={() => onRemove(item)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}

import { Anchor, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { SkpDetail } from '@sigap/contracts';
import {
  IconArrowBackUp,
  IconCheck,
  IconCopy,
  IconFilePlus,
  IconLock,
  IconPoint,
  IconSend,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInstant, SkpStatusBadge } from './labels.tsx';
import { SectionCard } from './SkpReadOnly.tsx';
import type { SkpEvent } from './skp.api.ts';

const ICONS: Record<string, typeof IconPoint> = {
  create: IconFilePlus,
  submit: IconSend,
  approve: IconCheck,
  return: IconArrowBackUp,
  revise: IconCopy,
  close: IconLock,
};

/** The latest return, whose note the employee must see. */
export function latestReturn(skp: SkpDetail): SkpEvent | null {
  for (let i = skp.events.length - 1; i >= 0; i -= 1) {
    const event = skp.events[i];
    if (event?.action === 'return') return event;
  }
  return null;
}

/** Every transition (who, when, note), newest first, and the versions of this SKP. */
export function SkpHistory({ skp, timeZone }: { skp: SkpDetail; timeZone: string }) {
  const { t } = useTranslation();
  const events = [...skp.events].reverse();
  return (
    <SectionCard id="skp-riwayat" title={t('skp.history')}>
      <Stack gap="lg">
        <Timeline bulletSize={26} lineWidth={2} active={-1} aria-label={t('skp.history')}>
          {events.map((event) => {
            const Icon = ICONS[event.action] ?? IconPoint;
            return (
              <Timeline.Item
                key={event.id}
                bullet={<Icon size={14} aria-hidden />}
                title={
                  <Text fw={600} size="sm">
                    {t(`skp.event.${event.action}`, { defaultValue: event.action })}
                  </Text>
                }
                color={event.action === 'return' ? 'orange' : event.action === 'approve' ? 'green' : 'blue'}
              >
                <Text size="sm" c="dimmed">
                  {event.actorName} · {formatInstant(event.at, timeZone)}
                </Text>
                {event.note ? (
                  <Text
                    size="sm"
                    mt={4}
                    style={{ whiteSpace: 'pre-wrap' }}
                    className={event.action === 'return' ? 'sigap-skp-return-note' : undefined}
                  >
                    {event.note}
                  </Text>
                ) : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
        {skp.versions.length > 1 ? (
          <Stack gap={6} component="nav" aria-label={t('skp.versions')}>
            <Text fw={600} size="sm">
              {t('skp.versions')}
            </Text>
            <ul className="sigap-plain-list">
              {skp.versions.map((version) => (
                <li key={version.id}>
                  <Group gap="xs" py={4}>
                    {version.id === skp.id ? (
                      <Text size="sm" fw={700} aria-current="page">
                        {t('skp.versionN', { version: version.version })}
                      </Text>
                    ) : (
                      <Anchor component={Link} to={`/skp/${version.id}`} size="sm">
                        {t('skp.versionN', { version: version.version })}
                      </Anchor>
                    )}
                    <SkpStatusBadge status={version.status} size="sm" />
                    {version.id === skp.id ? (
                      <Badge variant="outline" color="gray" radius="sm" size="sm">
                        {t('skp.viewing')}
                      </Badge>
                    ) : null}
                  </Group>
                </li>
              ))}
            </ul>
          </Stack>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { CoachingSession } from '@sigap/contracts';
import { COACHING_STATEMENT_CODES } from '@sigap/rules';
import { IconCalendarEvent, IconCircleX, IconNotes, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { DefinitionList } from '../../ui/DefinitionList.tsx';
import { useSession } from '../auth/session.ts';
import { formatInstant } from '../skp/labels.tsx';
import { CoachingKindBadge, CoachingStatusBadge, formatScore, meanOf } from './labels.tsx';

interface SessionCardProps {
  session: CoachingSession;
  /** Name the employee (the rater's view) or the coach (the employee's view). */
  perspective: 'coach' | 'employee';
  onRecord?: (session: CoachingSession) => void;
  onCancel?: (session: CoachingSession) => void;
  onRate?: (session: CoachingSession) => void;
}

/** One dialog or bimbingan kinerja: when, what, the record once held, the employee's rating. */
export function SessionCard({ session, perspective, onRecord, onCancel, onRate }: SessionCardProps) {
  const { t } = useTranslation();
  const me = useSession();
  const zone = me.agency.timezone;
  const can = (a: 'record' | 'cancel' | 'rate') => session.abilities.includes(a);
  const headingId = `sesi-${session.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Group gap={6} wrap="wrap">
              <CoachingKindBadge kind={session.kind} />
              <CoachingStatusBadge status={session.status} />
              {session.period ? (
                <Text size="xs" c="dimmed">
                  {session.period.name}
                </Text>
              ) : null}
            </Group>
            <Text id={headingId} fw={700} component="h3" m={0} size="md" style={{ overflowWrap: 'anywhere' }}>
              {session.topic}
            </Text>
            <Group gap={6} c="dimmed">
              <IconCalendarEvent size={16} aria-hidden />
              <Text size="sm">
                {t('coaching.session.scheduledAt', { when: formatInstant(session.scheduledAt, zone) })}
              </Text>
            </Group>
            {perspective === 'employee' ? (
              <Text size="sm" c="dimmed">
                {t('coaching.session.coach', { name: session.coachName })}
              </Text>
            ) : null}
          </Stack>
          <Group gap="xs" wrap="wrap">
            {can('record') && onRecord ? (
              <Button
                size="xs"
                leftSection={<IconNotes size={16} aria-hidden />}
                onClick={() => onRecord(session)}
                aria-label={t('coaching.action.recordNamed', { topic: session.topic })}
              >
                {t('coaching.action.record')}
              </Button>
            ) : null}
            {can('cancel') && onCancel ? (
              <Button
                size="xs"
                variant="default"
                color="red"
                leftSection={<IconCircleX size={16} aria-hidden />}
                onClick={() => onCancel(session)}
                aria-label={t('coaching.action.cancelNamed', { topic: session.topic })}
              >
                {t('coaching.action.cancel')}
              </Button>
            ) : null}
            {can('rate') && onRate ? (
              <Button
                size="xs"
                leftSection={<IconStar size={16} aria-hidden />}
                onClick={() => onRate(session)}
                aria-label={t('coaching.action.rateNamed', { topic: session.topic })}
              >
                {t('coaching.action.rate')}
              </Button>
            ) : null}
          </Group>
        </Group>

        {session.status === 'DONE' ? (
          <DefinitionList
            cols={2}
            items={[
              { label: t('coaching.session.notes'), value: session.notes },
              { label: t('coaching.session.agreedActions'), value: session.agreedActions },
              { label: t('coaching.session.heldAt'), value: formatInstant(session.heldAt, zone) },
              {
                label: t('coaching.session.followUp'),
                value: session.followUpDate
                  ? formatDate(session.followUpDate)
                  : t('coaching.session.noFollowUp'),
              },
            ]}
          />
        ) : null}

        {session.status === 'DONE' ? <RatingSummary session={session} perspective={perspective} /> : null}
      </Stack>
    </Card>
  );
}

function RatingSummary({ session, perspective }: Pick<SessionCardProps, 'session' | 'perspective'>) {
  const { t } = useTranslation();
  const rating = session.rating;
  if (!rating) {
    return (
      <Text size="sm" c="dimmed">
        {perspective === 'coach' ? t('coaching.rating.pendingCoach') : t('coaching.rating.pendingEmployee')}
      </Text>
    );
  }
  const mean = meanOf(rating.scores);
  return (
    <details>
      <summary>
        <Text span size="sm" fw={600}>
          {t(perspective === 'coach' ? 'coaching.rating.summary' : 'coaching.rating.summaryMine', {
            mean: mean === null ? '—' : formatScore(mean),
          })}
        </Text>
      </summary>
      <Table mt="xs" verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('coaching.rating.statement')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('coaching.rating.score')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COACHING_STATEMENT_CODES.map((code) => (
            <Table.Tr key={code}>
              <Table.Td>{t(`coaching.statement.${code}`)}</Table.Td>
              <Table.Td ta="right">{rating.scores[code] ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rating.comment ? (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            {t('coaching.rating.comment')}:
          </Text>{' '}
          {rating.comment}
        </Text>
      ) : null}
    </details>
  );
}

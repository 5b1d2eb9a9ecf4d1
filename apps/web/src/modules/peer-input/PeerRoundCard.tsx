import { Alert, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import type { PeerRound } from '@sigap/contracts';
import { BERAKHLAK, PEER_MIN_ANSWERS } from '@sigap/rules';
import { IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatScore } from '../coaching/labels.tsx';

/**
 * A round as its subject or rater sees it: how many were asked and answered, and the aggregate only from
 * PEER_MIN_ANSWERS answers ("menunggu paling sedikit 3 masukan" before).
 */
export function PeerRoundCard({ round, showSubject }: { round: PeerRound; showSubject: boolean }) {
  const { t } = useTranslation();
  const headingId = `putaran-${round.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h5" id={headingId}>
            {showSubject ? `${round.subject.fullName} — ${round.period.name}` : round.period.name}
          </Title>
          {showSubject ? (
            <Text size="sm" c="dimmed">
              {round.subject.positionName} · {round.subject.unitName}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('peerInput.round.requestedBy', { name: round.requestedByName })}
          </Text>
          {round.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {round.note}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('peerInput.round.progress', { answered: round.answered, asked: round.asked })}
          </Text>
          <Progress
            value={round.asked === 0 ? 0 : (round.answered / round.asked) * 100}
            aria-label={t('peerInput.round.progress', { answered: round.answered, asked: round.asked })}
            color={round.visible ? 'teal' : 'blue'}
          />
        </Stack>
        {round.visible && round.averages ? (
          <>
            <Table verticalSpacing={6} fz="sm">
              <Table.Caption>{t('peerInput.round.averagesCaption', { count: round.answered })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('peerInput.round.value')}</Table.Th>
                  <Table.Th scope="col" w="45%">
                    {t('peerInput.round.average')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {BERAKHLAK.map((value) => {
                  const mean = round.averages?.[value.code];
                  return (
                    <Table.Tr key={value.code}>
                      <Table.Td>{value.name}</Table.Td>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Progress value={mean ? (mean / 5) * 100 : 0} style={{ flex: 1 }} aria-hidden />
                          <Text size="sm" fw={600} w={40} ta="right">
                            {mean === undefined ? '—' : formatScore(mean)}
                          </Text>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('peerInput.round.comments')}
              </Text>
              {round.comments && round.comments.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
                  {round.comments.map((comment, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments may repeat word for word
                    <li key={index}>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {comment}
                      </Text>
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('peerInput.round.noComments')}
                </Text>
              )}
            </Stack>
          </>
        ) : (
          <Alert color="gray" variant="light" icon={<IconHourglass aria-hidden />}>
            {t('peerInput.round.waiting', { min: PEER_MIN_ANSWERS })}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

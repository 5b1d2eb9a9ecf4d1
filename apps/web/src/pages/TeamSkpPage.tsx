import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconBellRinging, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatNumber, groupNip } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { formatInstant, SkpStatusBadge } from '../modules/skp/labels.tsx';
import { type TeamItem, useTeamSkps } from '../modules/skp/skp.api.ts';
import { useYearParam, YearSelect } from '../modules/skp/YearSelect.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useIsPhone } from '../ui/useIsPhone.ts';

/** The rater's desk: each person they rate, the state of their SKP, submitted ones first. */
export default function TeamSkpPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const team = useTeamSkps(year);
  const isPhone = useIsPhone();
  const items = team.data?.items ?? [];
  const waiting = items.filter((i) => i.canDecide).length;

  return (
    <>
      <PageHeader title={t('skp.team.title')} description={t('skp.team.description')} />
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <YearSelect value={year} onChange={setYear} />
        </Group>
        {team.isPending ? <LoadingState label={t('skp.team.loading')} /> : null}
        {team.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, team.error)}</ErrorAlert>
        ) : null}
        {team.data && waiting > 0 ? (
          <Alert color="blue" variant="light" icon={<IconBellRinging aria-hidden />}>
            {t('skp.team.waiting', { count: waiting, formatted: formatNumber(waiting) })}
          </Alert>
        ) : null}
        {team.data && items.length === 0 ? (
          <Card withBorder radius="md" padding="md">
            <EmptyResult
              icon={<IconUsersGroup aria-hidden />}
              title={t('skp.team.empty')}
              description={t('skp.team.emptyHint')}
            />
          </Card>
        ) : null}
        {items.length > 0 ? (
          <Card
            withBorder
            radius="md"
            padding="md"
            component="section"
            aria-label={t('skp.team.listLabel', { year })}
          >
            {isPhone ? <TeamCards items={items} /> : <TeamTable items={items} />}
          </Card>
        ) : null}
      </Stack>
    </>
  );
}

function StatusCell({ item }: { item: TeamItem }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="wrap">
      {item.skp ? (
        <SkpStatusBadge status={item.skp.status} />
      ) : (
        <Badge variant="outline" color="gray" radius="sm">
          {t('skp.team.notCreated')}
        </Badge>
      )}
      {item.canDecide ? (
        <Badge variant="filled" color="blue" radius="sm">
          {t('skp.team.waitingYou')}
        </Badge>
      ) : null}
    </Group>
  );
}

function ReviewButton({ item }: { item: TeamItem }) {
  const { t } = useTranslation();
  if (!item.skp) return null;
  return (
    <Button
      component={Link}
      to={`/skp/${item.skp.id}`}
      size="xs"
      variant={item.canDecide ? 'filled' : 'default'}
      aria-label={t('skp.team.reviewNamed', { name: item.employee.fullName })}
    >
      {item.canDecide ? t('skp.team.review') : t('skp.team.view')}
    </Button>
  );
}

function TeamTable({ items }: { items: TeamItem[] }) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('skp.team.col.employee')}</Table.Th>
            <Table.Th scope="col">{t('skp.team.col.position')}</Table.Th>
            <Table.Th scope="col">{t('skp.team.col.status')}</Table.Th>
            <Table.Th scope="col">{t('skp.team.col.rhk')}</Table.Th>
            <Table.Th scope="col">{t('skp.team.col.submittedAt')}</Table.Th>
            <Table.Th scope="col">
              <span className="sigap-visually-hidden">{t('skp.team.col.action')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.employee.id} className={item.canDecide ? 'sigap-skp-waiting-row' : undefined}>
              <Table.Td>
                <Stack gap={0}>
                  {item.skp ? (
                    <Anchor component={Link} to={`/skp/${item.skp.id}`} fw={600}>
                      {item.employee.fullName}
                    </Anchor>
                  ) : (
                    <Text fw={600}>{item.employee.fullName}</Text>
                  )}
                  <Text size="xs" c="dimmed" className="sigap-nip">
                    {groupNip(item.employee.nip)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{item.employee.positionName}</Text>
                  <Text size="xs" c="dimmed">
                    {item.employee.unitName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <StatusCell item={item} />
              </Table.Td>
              <Table.Td>{item.skp ? formatNumber(item.skp.rhkCount) : '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {item.skp?.submittedAt ? formatInstant(item.skp.submittedAt, me.agency.timezone) : '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <ReviewButton item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TeamCards({ items }: { items: TeamItem[] }) {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <ul className="sigap-plain-list">
      {items.map((item) => (
        <li
          key={item.employee.id}
          className={`sigap-card-list-item${item.canDecide ? ' sigap-skp-waiting' : ''}`}
          style={item.canDecide ? { paddingInline: 'var(--mantine-spacing-sm)' } : undefined}
        >
          <Stack gap={4}>
            <Text fw={600}>{item.employee.fullName}</Text>
            <Text size="xs" c="dimmed" className="sigap-nip">
              {groupNip(item.employee.nip)}
            </Text>
            <Text size="sm">{item.employee.positionName}</Text>
            <StatusCell item={item} />
            {item.skp?.submittedAt ? (
              <Text size="xs" c="dimmed">
                {t('skp.submittedOn', { date: formatInstant(item.skp.submittedAt, me.agency.timezone) })}
              </Text>
            ) : null}
            <Group>
              <ReviewButton item={item} />
            </Group>
          </Stack>
        </li>
      ))}
    </ul>
  );
}

import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { groupNip } from '../../lib/format.ts';
import { AppDrawer } from '../../ui/AppDrawer.tsx';
import { EmptyResult } from '../../ui/EmptyResult.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { notify } from '../../ui/notify.ts';
import { TablePager } from '../../ui/TablePager.tsx';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { useSession } from '../auth/session.ts';
import type { CountTarget } from './MonitoringTable.tsx';
import {
  MONITOR_STATUSES,
  type MonitoringEmployee,
  type SkpMonitorStatus,
  STATUS_COLOR,
  useMonitoringPeople,
} from './monitoring.api.ts';

const PAGE_SIZE = 20;

interface PeopleDrawerProps {
  year: number;
  /** The count that was clicked (null: closed). */
  target: CountTarget | null;
  onClose: () => void;
}

/** The people behind a count: NIP, name, jabatan, unit, SKP status (overdue marked), link to the SKP. */
export function PeopleDrawer({ year, target, onClose }: PeopleDrawerProps) {
  const { t } = useTranslation();
  return (
    <AppDrawer
      opened={target !== null}
      onClose={onClose}
      size="xl"
      title={target ? t('monitoring.people.title', { unit: target.label }) : ''}
    >
      {target ? (
        <PeopleList
          key={`${target.unitId}-${target.ownStaffOnly}-${target.status}`}
          year={year}
          target={target}
        />
      ) : null}
    </AppDrawer>
  );
}

function StatusBadge({ person }: { person: MonitoringEmployee }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" color={STATUS_COLOR[person.status]} radius="sm">
        {t(`monitoring.status.${person.status}`)}
      </Badge>
      {person.overdue ? (
        <Badge variant="filled" color="red" radius="sm">
          {t('monitoring.late')}
        </Badge>
      ) : null}
    </Group>
  );
}

/**
 * After the deadline the agency admin may draft an SKP on behalf of someone who has none (rules §2;
 * audited by the API, which also refuses it before the deadline).
 */
function DraftOnBehalf({ person, year }: { person: MonitoringEmployee; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="compact-sm"
      variant="light"
      loading={busy}
      aria-label={t('monitoring.people.draftForOf', { name: person.fullName })}
      onClick={async () => {
        setBusy(true);
        try {
          const created = await api.post<{ id: string }>('/api/skps', {
            year,
            employeeId: person.employeeId,
          });
          navigate(`/skp/${created.id}`);
        } catch (error) {
          notify.error(errorMessage(t, error));
          setBusy(false);
        }
      }}
    >
      {t('monitoring.people.draftFor')}
    </Button>
  );
}

function SkpLink({ person, year }: { person: MonitoringEmployee; year: number }) {
  const { t } = useTranslation();
  const me = useSession();
  if (!person.skpId && person.overdue && me.user.roles.includes('agency_admin')) {
    return <DraftOnBehalf person={person} year={year} />;
  }
  if (!person.skpId) {
    return (
      <Text size="sm" c="dimmed">
        {t('monitoring.people.noSkp')}
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={`/skp/${person.skpId}`}
      size="sm"
      aria-label={t('monitoring.people.openSkpOf', { name: person.fullName })}
      style={{ whiteSpace: 'nowrap' }}
    >
      {t('monitoring.people.openSkp')}
      <IconExternalLink size={14} aria-hidden style={{ verticalAlign: 'middle', marginLeft: 2 }} />
    </Anchor>
  );
}

function PeopleList({ year, target }: { year: number; target: CountTarget }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [status, setStatus] = useState<SkpMonitorStatus | undefined>(target.status);
  const [page, setPage] = useState(1);
  const people = useMonitoringPeople(
    { year, unitId: target.unitId, status, ownStaffOnly: target.ownStaffOnly },
    page,
    PAGE_SIZE,
  );
  const data = people.data;
  const busy = people.isPlaceholderData;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('monitoring.people.status')}
          data={[
            { value: 'ALL', label: t('monitoring.people.allStatuses') },
            ...MONITOR_STATUSES.map((s) => ({ value: s, label: t(`monitoring.status.${s}`) })),
          ]}
          value={status ?? 'ALL'}
          onChange={(value) => {
            setStatus(value && value !== 'ALL' ? (value as SkpMonitorStatus) : undefined);
            setPage(1);
          }}
          allowDeselect={false}
          w={isPhone ? '100%' : 220}
        />
        <Text size="sm" c="dimmed">
          {t('monitoring.people.year', { year })}
        </Text>
      </Group>
      {people.isPending ? <LoadingState label={t('monitoring.people.loading')} /> : null}
      {people.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, people.error)}</ErrorAlert>
      ) : null}
      {data && data.items.length === 0 ? <EmptyResult title={t('monitoring.people.empty')} /> : null}
      {data && data.items.length > 0 ? (
        <>
          {isPhone ? (
            <ul
              className="sigap-plain-list sigap-card-list"
              aria-label={t('monitoring.people.listLabel')}
              aria-busy={busy}
              style={{ opacity: busy ? 0.6 : 1 }}
            >
              {data.items.map((person) => (
                <li key={person.employeeId} className="sigap-card-list-item">
                  <Stack gap={2}>
                    <Text fw={600}>{person.fullName}</Text>
                    <Text size="xs" c="dimmed" className="sigap-nip">
                      {groupNip(person.nip)}
                    </Text>
                    <Text size="sm">{person.positionName}</Text>
                    <Text size="sm" c="dimmed">
                      {person.unitName}
                    </Text>
                    <Group justify="space-between" gap="xs" mt={4} wrap="wrap">
                      <StatusBadge person={person} />
                      <SkpLink person={person} year={year} />
                    </Group>
                  </Stack>
                </li>
              ))}
            </ul>
          ) : (
            <Table.ScrollContainer minWidth={680}>
              <Table
                verticalSpacing="sm"
                striped
                aria-label={t('monitoring.people.listLabel')}
                aria-busy={busy}
                style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('monitoring.people.col.name')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.people.col.position')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.people.col.status')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.people.col.skp')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((person) => (
                    <Table.Tr key={person.employeeId}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {person.fullName}
                        </Text>
                        <Text size="xs" c="dimmed" className="sigap-nip">
                          {groupNip(person.nip)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{person.positionName}</Text>
                        <Text size="xs" c="dimmed">
                          {person.unitName}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge person={person} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <SkpLink person={person} year={year} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <TablePager
            page={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            noun={t('employees.noun')}
            onChange={setPage}
          />
        </>
      ) : null}
    </Stack>
  );
}

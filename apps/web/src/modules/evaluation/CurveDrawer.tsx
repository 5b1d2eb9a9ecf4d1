import { Anchor, Badge, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { CURVE_ORDER, type EmployeePredikat } from '@sigap/rules';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../lib/errors.ts';
import { formatDateTime, groupNip } from '../../lib/format.ts';
import { AppDrawer } from '../../ui/AppDrawer.tsx';
import { EmptyResult } from '../../ui/EmptyResult.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { TablePager } from '../../ui/TablePager.tsx';
import { useIsPhone } from '../../ui/useIsPhone.ts';
import { useSession } from '../auth/session.ts';
import { CurveCard } from './CurveCard.tsx';
import type { CurveTarget } from './CurveUnitsTable.tsx';
import { PredikatBadge } from './labels.tsx';
import {
  annualPath,
  CURVE_MONITOR_STATUSES,
  CURVE_STATUS_COLOR,
  type CurveMonitoringPerson,
  type CurveMonitorStatus,
  useCurveMonitoringPeople,
} from './monitoring.api.ts';

const PAGE_SIZE = 20;

interface CurveDrawerProps {
  periodId: string;
  /** The year of the period (the annual view's links). */
  year: number;
  target: CurveTarget | null;
  onClose: () => void;
}

/** A unit's own curve against its band, and the people behind its row (filtered, paged). */
export function CurveDrawer({ periodId, year, target, onClose }: CurveDrawerProps) {
  const { t } = useTranslation();
  return (
    <AppDrawer
      opened={target !== null}
      onClose={onClose}
      size="xl"
      title={
        target
          ? t(
              target.row
                ? 'evaluationMonitoring.drawer.title'
                : 'evaluationMonitoring.drawer.titleObjections',
              {
                unit: target.label,
              },
            )
          : ''
      }
    >
      {target ? (
        <Stack gap="lg">
          {target.row ? <OwnCurve target={target} /> : null}
          <PeopleList
            key={`${target.unitId}-${target.ownStaffOnly}-${target.openObjection}-${periodId}`}
            periodId={periodId}
            year={year}
            target={target}
          />
        </Stack>
      ) : null}
    </AppDrawer>
  );
}

function OwnCurve({ target }: { target: CurveTarget }) {
  const { t } = useTranslation();
  const me = useSession();
  const row = target.row;
  if (!row) return null;
  return (
    <Stack gap="xs">
      <CurveCard curve={row.own.curve} predikat={row.own.predikat} unitName={row.name} headingOrder={3} />
      <Text size="sm" c="dimmed">
        {row.own.finalisedAt
          ? t('evaluationMonitoring.drawer.finalisedAt', {
              date: formatDateTime(row.own.finalisedAt, me.agency.timezone),
            })
          : t('evaluationMonitoring.drawer.notFinalised')}
      </Text>
      {row.hasChildren && !row.ownStaffOnly ? (
        <Text size="sm" c="dimmed">
          {t('evaluationMonitoring.drawer.ownCurveNote', { unit: row.name })}
        </Text>
      ) : null}
    </Stack>
  );
}

function StatusBadge({ person }: { person: CurveMonitoringPerson }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" color={CURVE_STATUS_COLOR[person.status]} radius="sm" tt="none">
        {t(`evaluationMonitoring.status.${person.status}`)}
      </Badge>
      {person.objection ? (
        <Badge
          variant={person.objection === 'OPEN' ? 'filled' : 'light'}
          color={person.objection === 'OPEN' ? 'red' : 'gray'}
          radius="sm"
          tt="none"
        >
          {person.objection === 'OPEN'
            ? t('evaluationMonitoring.drawer.objectionOpen')
            : t('evaluationMonitoring.drawer.objectionDecided')}
        </Badge>
      ) : null}
    </Group>
  );
}

function Predikat({ person }: { person: CurveMonitoringPerson }) {
  const { t } = useTranslation();
  return person.predikat ? (
    <PredikatBadge predikat={person.predikat} size="sm" />
  ) : (
    <Text size="sm" c="dimmed">
      {t('evaluationMonitoring.drawer.notRated')}
    </Text>
  );
}

function Links({ person, year }: { person: CurveMonitoringPerson; year: number }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      {person.evaluationId ? (
        <Anchor
          component={Link}
          to={`/evaluasi/${person.evaluationId}`}
          size="sm"
          aria-label={t('evaluationMonitoring.drawer.openEvaluationOf', { name: person.fullName })}
        >
          {t('evaluationMonitoring.drawer.openEvaluation')}
        </Anchor>
      ) : null}
      <Anchor
        component={Link}
        to={annualPath(person.employeeId, year)}
        size="sm"
        aria-label={t('evaluationMonitoring.drawer.openAnnualOf', { name: person.fullName })}
      >
        {t('evaluationMonitoring.drawer.openAnnual')}
      </Anchor>
    </Group>
  );
}

function PeopleList({ periodId, year, target }: { periodId: string; year: number; target: CurveTarget }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [status, setStatus] = useState<CurveMonitorStatus | undefined>(undefined);
  const [predikat, setPredikat] = useState<EmployeePredikat | undefined>(undefined);
  const [openObjection, setOpenObjection] = useState(target.openObjection);
  const [page, setPage] = useState(1);
  const people = useCurveMonitoringPeople(
    { periodId, unitId: target.unitId, ownStaffOnly: target.ownStaffOnly, status, predikat, openObjection },
    page,
    PAGE_SIZE,
  );
  const data = people.data;
  const busy = people.isPlaceholderData;

  return (
    <Stack gap="md" component="section" aria-labelledby="curve-drawer-people">
      <Title order={3} size="h5" id="curve-drawer-people">
        {t('evaluationMonitoring.drawer.people')}
      </Title>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('evaluationMonitoring.drawer.status')}
          data={[
            { value: 'ALL', label: t('evaluationMonitoring.drawer.allStatuses') },
            ...CURVE_MONITOR_STATUSES.map((s) => ({
              value: s,
              label: t(`evaluationMonitoring.status.${s}`),
            })),
          ]}
          value={status ?? 'ALL'}
          onChange={(value) => {
            setStatus(value && value !== 'ALL' ? (value as CurveMonitorStatus) : undefined);
            setPage(1);
          }}
          allowDeselect={false}
          w={isPhone ? '100%' : 200}
        />
        <Select
          label={t('evaluationMonitoring.drawer.predikat')}
          data={[
            { value: 'ALL', label: t('evaluationMonitoring.drawer.allPredikats') },
            ...[...CURVE_ORDER].reverse().map((p) => ({ value: p, label: t(`evaluation.predikat.${p}`) })),
          ]}
          value={predikat ?? 'ALL'}
          onChange={(value) => {
            setPredikat(value && value !== 'ALL' ? (value as EmployeePredikat) : undefined);
            setPage(1);
          }}
          allowDeselect={false}
          w={isPhone ? '100%' : 200}
        />
        <Checkbox
          label={t('evaluationMonitoring.drawer.openObjection')}
          checked={openObjection}
          onChange={(event) => {
            setOpenObjection(event.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {people.isPending ? <LoadingState label={t('evaluationMonitoring.drawer.loading')} /> : null}
      {people.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, people.error)}</ErrorAlert>
      ) : null}
      {data && data.items.length === 0 ? (
        <EmptyResult title={t('evaluationMonitoring.drawer.empty')} />
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          {isPhone ? (
            <ul
              className="sigap-plain-list"
              aria-label={t('evaluationMonitoring.drawer.listLabel')}
              aria-busy={busy}
              style={{ opacity: busy ? 0.6 : 1 }}
            >
              {data.items.map((person) => (
                <li key={person.employeeId} className="sigap-card-list-item">
                  <Stack gap={2}>
                    <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {person.fullName}
                      </Text>
                      <Predikat person={person} />
                    </Group>
                    <Text size="xs" c="dimmed" className="sigap-nip">
                      {groupNip(person.nip)}
                    </Text>
                    <Text size="sm">{person.positionName}</Text>
                    <Text size="sm" c="dimmed">
                      {person.unitName}
                    </Text>
                    <Group justify="space-between" gap="xs" mt={4} wrap="wrap">
                      <StatusBadge person={person} />
                      <Links person={person} year={year} />
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
                aria-label={t('evaluationMonitoring.drawer.listLabel')}
                aria-busy={busy}
                style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('evaluationMonitoring.drawer.col.name')}</Table.Th>
                    <Table.Th scope="col">{t('evaluationMonitoring.drawer.col.position')}</Table.Th>
                    <Table.Th scope="col">{t('evaluationMonitoring.drawer.col.predikat')}</Table.Th>
                    <Table.Th scope="col">{t('evaluationMonitoring.drawer.col.status')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="sigap-visually-hidden">
                        {t('evaluationMonitoring.drawer.col.action')}
                      </span>
                    </Table.Th>
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
                        <Text size="xs" c="dimmed">
                          {person.raterName
                            ? t('evaluationMonitoring.drawer.rater', { name: person.raterName })
                            : t('evaluationMonitoring.drawer.noRater')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Predikat person={person} />
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge person={person} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Links person={person} year={year} />
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

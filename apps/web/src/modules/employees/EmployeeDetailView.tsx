import { Anchor, Badge, Button, Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconEdit, IconKey, IconUserShare } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../lib/api.ts';
import { errorMessage } from '../../lib/errors.ts';
import { formatDate, formatNumber, groupNip } from '../../lib/format.ts';
import { DefinitionList } from '../../ui/DefinitionList.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LoadingState } from '../../ui/LoadingState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useSession } from '../auth/session.ts';
import { ChangeRaterModal } from './ChangeRaterModal.tsx';
import { EmployeeFormModal } from './EmployeeFormModal.tsx';
import { EmployeeNotFound } from './EmployeeNotFound.tsx';
import { useEmployee } from './employees.api.ts';
import { RaterCard } from './RaterCard.tsx';
import { ReportingHistory } from './ReportingHistory.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface EmployeeDetailViewProps {
  id: string;
  eyebrow: string;
  /** Link shown above the heading (e.g. back to the list). */
  back?: ReactNode;
}

/** One employee: record, raters, reporting-line history and the actions the API allows. */
export function EmployeeDetailView({ id, eyebrow, back }: EmployeeDetailViewProps) {
  const { t } = useTranslation();
  const me = useSession();
  const valid = UUID.test(id);
  const query = useEmployee(valid ? id : null);
  const [changing, setChanging] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [editing, setEditing] = useState(false);

  if (!valid || (query.isError && isApiError(query.error) && query.error.status === 404)) {
    return <EmployeeNotFound />;
  }
  if (query.isPending) return <LoadingState label={t('employee.loading')} />;
  if (query.isError) {
    return (
      <>
        <PageHeader title={t('employee.title')} />
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, query.error)}</ErrorAlert>
      </>
    );
  }

  const e = query.data;
  const can = (ability: string) => e.abilities.includes(ability);
  const tz = me.agency.timezone;

  return (
    <>
      {back}
      <PageHeader
        eyebrow={eyebrow}
        title={e.fullName}
        description={
          <>
            {t('employee.nip')} <span className="sigap-nip">{groupNip(e.nip)}</span>{' '}
            <Badge variant="light" color={e.status === 'ACTIVE' ? 'green' : 'gray'} radius="sm" ml={6}>
              {t(`status.${e.status}`)}
            </Badge>
          </>
        }
        actions={
          <>
            {can('update') ? (
              <Button
                variant="default"
                leftSection={<IconEdit size={18} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('employeeForm.open')}
              </Button>
            ) : null}
            {can('changeRater') ? (
              <Button leftSection={<IconUserShare size={18} aria-hidden />} onClick={() => setChanging(true)}>
                {t('rater.change')}
              </Button>
            ) : null}
            {can('resetPassword') ? (
              <Button
                variant="default"
                leftSection={<IconKey size={18} aria-hidden />}
                onClick={() => setResetting(true)}
              >
                {t('resetPassword.open')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="data-kepegawaian">
          <Title order={2} size="h4" id="data-kepegawaian" mb="sm">
            {t('employee.record')}
          </Title>
          <DefinitionList
            cols={3}
            items={[
              { label: t('employee.nip'), value: <span className="sigap-nip">{groupNip(e.nip)}</span> },
              { label: t('employee.name'), value: e.name },
              {
                label: t('employee.titles'),
                value: [e.frontTitle, e.backTitle].filter(Boolean).join(' · '),
              },
              { label: t('employee.employmentType'), value: t(`employmentType.${e.employmentType}`) },
              { label: t('employee.golongan'), value: e.golongan },
              { label: t('employee.position'), value: e.positionName },
              {
                label: t('employee.positionKind'),
                value:
                  e.positionLevel === e.positionKind
                    ? t(`positionKind.${e.positionKind}`)
                    : `${t(`positionKind.${e.positionKind}`)} · ${t(`positionLevel.${e.positionLevel}`, { defaultValue: e.positionLevel })}`,
              },
              {
                label: t('employee.unit'),
                value: (
                  <Anchor component={Link} to={`/pegawai?unitId=${e.unitId}`}>
                    {e.unitName}
                  </Anchor>
                ),
              },
              { label: t('employee.sex'), value: t(`sex.${e.sex}`) },
              { label: t('employee.birthDate'), value: formatDate(e.birthDate) },
              { label: t('employee.subordinates'), value: formatNumber(e.subordinateCount) },
            ]}
          />
        </Card>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <RaterCard title={t('rater.rater')} rater={e.rater} headingId="penilai" />
          <RaterCard title={t('rater.raterSuperior')} rater={e.raterSuperior} headingId="atasan-penilai" />
        </SimpleGrid>
        <ReportingHistory lines={e.reportingLines} timeZone={tz} />
      </Stack>
      {can('update') ? (
        <EmployeeFormModal
          target={editing ? { mode: 'edit', employee: e } : null}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {can('changeRater') ? (
        <ChangeRaterModal employee={e} opened={changing} onClose={() => setChanging(false)} timeZone={tz} />
      ) : null}
      {can('resetPassword') ? (
        <ResetPasswordModal
          employeeId={e.id}
          name={e.fullName}
          opened={resetting}
          onClose={() => setResetting(false)}
        />
      ) : null}
    </>
  );
}

export function BackToList() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to="/pegawai"
      size="sm"
      mb="xs"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('employee.backToList')}
    </Anchor>
  );
}

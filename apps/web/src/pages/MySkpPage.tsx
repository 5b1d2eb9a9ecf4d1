import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { SkpSummary } from '@sigap/contracts';
import {
  IconAlertTriangle,
  IconCalendarDue,
  IconChecklist,
  IconFilePlus,
  IconTargetArrow,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { CreateSkpModal } from '../modules/skp/CreateSkpModal.tsx';
import { formatInstant, SkpStatusBadge } from '../modules/skp/labels.tsx';
import { useMySkps } from '../modules/skp/skp.api.ts';
import { useYearParam, YearSelect } from '../modules/skp/YearSelect.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

/** The signed-in person's SKPs of a year, the deadline, and "Buat SKP" when they may start one. */
export default function MySkpPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const mine = useMySkps(year);
  const [creating, setCreating] = useState(false);
  const canCreate = mine.data?.abilities.includes('create') ?? false;
  const data = mine.data;

  return (
    <>
      <PageHeader
        title={t('skp.mine.title')}
        description={t('skp.mine.description')}
        actions={
          canCreate ? (
            <Button leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('skp.create.open')}
            </Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <YearSelect value={year} onChange={setYear} />
          {data ? <DeadlineInfo data={data} /> : null}
        </Group>

        {mine.isPending ? <LoadingState label={t('skp.mine.loading')} /> : null}
        {mine.isError ? (
          <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, mine.error)}</ErrorAlert>
        ) : null}

        {data && data.skpDeadline === null ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('skp.yearNotOpenTitle', { year })}
          >
            {t('skp.yearNotOpen', { year })}
          </Alert>
        ) : null}

        {data && data.items.length === 0 && data.skpDeadline !== null ? (
          <Card withBorder radius="md" padding="md">
            <EmptyResult
              icon={<IconTargetArrow aria-hidden />}
              title={t('skp.mine.empty', { year })}
              description={t('skp.mine.emptyHint', { deadline: formatDate(data.skpDeadline) })}
              action={
                canCreate ? (
                  <Button
                    leftSection={<IconFilePlus size={18} aria-hidden />}
                    onClick={() => setCreating(true)}
                  >
                    {t('skp.create.open')}
                  </Button>
                ) : null
              }
            />
          </Card>
        ) : null}

        {data && data.items.length > 0 ? (
          <section aria-label={t('skp.mine.listLabel', { year })}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" className="sigap-plain-list">
              {data.items.map((skp) => (
                <li key={skp.id}>
                  <SkpCard skp={skp} />
                </li>
              ))}
            </SimpleGrid>
          </section>
        ) : null}
      </Stack>
      <CreateSkpModal year={year} opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function DeadlineInfo({ data }: { data: { skpDeadline: string | null; deadlinePassed: boolean } }) {
  const { t } = useTranslation();
  if (!data.skpDeadline) return null;
  return (
    <Group
      gap={8}
      wrap="nowrap"
      mb={6}
      c={data.deadlinePassed ? 'var(--mantine-color-orange-light-color)' : undefined}
    >
      <IconCalendarDue size={20} aria-hidden />
      <Text size="sm">
        {t('skp.deadline', { date: formatDate(data.skpDeadline) })}
        {data.deadlinePassed ? <strong> · {t('skp.deadlinePassed')}</strong> : null}
      </Text>
    </Group>
  );
}

function SkpCard({ skp }: { skp: SkpSummary }) {
  const { t } = useTranslation();
  const me = useSession();
  const title = t('skp.titleYear', { year: skp.year });
  return (
    <Card withBorder radius="md" padding="md" h="100%">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/skp/${skp.id}`} fw={700} size="lg">
              {title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('skp.versionN', { version: skp.version })} · {t(`skp.format.${skp.format}`)} ·{' '}
              {t(`skp.approach.${skp.approach}`)}
            </Text>
          </Stack>
          <SkpStatusBadge status={skp.status} />
        </Group>
        <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={6} m={0}>
          <Field label={t('skp.period')}>
            {formatDate(skp.periodStart)} – {formatDate(skp.periodEnd)}
          </Field>
          <Field label={t('skp.rater')}>{skp.rater.name}</Field>
          <Field label={t('skp.position')}>{skp.employee.positionName}</Field>
          <Field label={t('skp.rhkCount')}>{formatNumber(skp.rhkCount)}</Field>
          <Field label={t('skp.updatedAt')}>{formatInstant(skp.updatedAt, me.agency.timezone)}</Field>
          {skp.submittedAt ? (
            <Field label={t('skp.submittedAt')}>{formatInstant(skp.submittedAt, me.agency.timezone)}</Field>
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          {skp.status === 'APPROVED' ? (
            <Button
              component={Link}
              to={`/skp/${skp.id}/realisasi`}
              variant="filled"
              leftSection={<IconChecklist size={18} aria-hidden />}
              aria-label={`${t('realisation.link')}: ${title}`}
            >
              {t('realisation.link')}
            </Button>
          ) : null}
          <Button
            component={Link}
            to={`/skp/${skp.id}`}
            variant="light"
            aria-label={`${t('skp.open')}: ${title}`}
          >
            {t('skp.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

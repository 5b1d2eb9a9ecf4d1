import { Accordion, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconCalendarStats, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.ts';
import { formatDate, formatNumber, todayIn } from '../lib/format.ts';
import { useAbility, useSession } from '../modules/auth/session.ts';
import { CreateYearModal } from '../modules/planning/CreateYearModal.tsx';
import { PeriodsTable } from '../modules/planning/PeriodsTable.tsx';
import { schemeLabel } from '../modules/planning/period-format.ts';
import { type PlanningYear, usePlanningYears } from '../modules/planning/planning.api.ts';
import { UpdateDeadlineModal } from '../modules/planning/UpdateDeadlineModal.tsx';
import { DefinitionList } from '../ui/DefinitionList.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';

export default function PlanningPage() {
  const allowed = useAbility('planning.manage');
  return allowed ? <Planning /> : <ForbiddenPage />;
}

function Planning() {
  const { t } = useTranslation();
  const me = useSession();
  const today = todayIn(me.agency.timezone);
  const currentYear = Number(today.slice(0, 4));
  const years = usePlanningYears();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<PlanningYear | null>(null);
  /** Expanded years; null until the person opens or closes one (then the current or newest is open). */
  const [expanded, setExpanded] = useState<string[] | null>(null);

  const items = years.data?.items ?? [];
  const opened = new Set(items.map((y) => y.year));
  // Suggest this year if it is not open yet, else the first year after the newest one.
  const suggestedYear = opened.has(currentYear) ? Math.max(currentYear, ...opened) + 1 : currentYear;
  const defaultExpanded = items.some((y) => y.year === currentYear)
    ? [String(currentYear)]
    : items[0]
      ? [String(items[0].year)]
      : [];
  const openButton = (
    <Button leftSection={<IconCalendarPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('planning.open')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('planning.title')} description={t('planning.intro')} actions={openButton} />

      {years.isPending ? <LoadingState label={t('planning.loading')} /> : null}
      {years.isError ? (
        <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, years.error)}</ErrorAlert>
      ) : null}
      {years.data && items.length === 0 ? (
        <Card withBorder radius="md" padding="md">
          <EmptyResult
            title={t('planning.empty')}
            description={t('planning.emptyHint')}
            icon={<IconCalendarStats aria-hidden />}
            action={openButton}
          />
        </Card>
      ) : null}
      {items.length > 0 ? (
        <Accordion
          multiple
          variant="separated"
          radius="md"
          order={2}
          value={expanded ?? defaultExpanded}
          onChange={setExpanded}
          aria-label={t('planning.years')}
        >
          {items.map((year) => (
            <Accordion.Item key={year.year} value={String(year.year)} bg="white">
              <Accordion.Control>
                <Group gap="sm" wrap="wrap" justify="space-between" pr="xs">
                  <Text fw={700} fz="lg">
                    {t('planning.yearTitle', { year: year.year })}
                  </Text>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" c="dimmed">
                      {t('planning.skpDeadline')}: {formatDate(year.skpDeadline)}
                    </Text>
                    <DeadlineBadge passed={year.deadlinePassed} />
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="md">
                  <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
                    <div style={{ flex: '1 1 420px', minWidth: 0 }}>
                      <DefinitionList
                        cols={3}
                        items={[
                          {
                            label: t('planning.skpDeadline'),
                            value: (
                              <Group gap="xs" wrap="wrap" component="span">
                                <span>{formatDate(year.skpDeadline)}</span>
                                <DeadlineBadge passed={year.deadlinePassed} />
                              </Group>
                            ),
                          },
                          { label: t('planning.schemeLabel'), value: schemeLabel(t, year) },
                          {
                            label: t('planning.fillingDays'),
                            value: t('planning.fillingDaysValue', {
                              formatted: formatNumber(year.fillingDays),
                              count: year.fillingDays,
                            }),
                          },
                        ]}
                      />
                    </div>
                    <Button
                      variant="default"
                      leftSection={<IconEdit size={16} aria-hidden />}
                      onClick={() => setEditing(year)}
                      aria-label={t('planning.changeDeadlineFor', { year: year.year })}
                    >
                      {t('planning.changeDeadline')}
                    </Button>
                  </Group>
                  <PeriodsTable year={year} today={today} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      ) : null}

      <CreateYearModal
        opened={creating}
        onClose={() => setCreating(false)}
        suggestedYear={suggestedYear}
        onCreated={(created) =>
          setExpanded((current) => [...new Set([...(current ?? defaultExpanded), String(created.year)])])
        }
      />
      <UpdateDeadlineModal target={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function DeadlineBadge({ passed }: { passed: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={passed ? 'orange' : 'green'} radius="sm">
      {passed ? t('planning.deadlinePassed') : t('planning.deadlineOpen')}
    </Badge>
  );
}

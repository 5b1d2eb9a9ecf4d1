import { ActionIcon, Alert, Button, Card, Checkbox, Group, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBellRinging,
  IconCalendarOff,
  IconCheck,
  IconChevronLeft,
  IconChevronRight,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { todayIn } from '../lib/format.ts';
import { hasAbility, useSession } from '../modules/auth/session.ts';
import { DailyLogSettingsCard, DecisionDialogs, TeamDayView } from '../modules/daily-log/Decisions.tsx';
import { useDailyLogTeam } from '../modules/daily-log/daily-log.api.ts';
import {
  addDays,
  formatLongDate,
  isDate,
  localeOf,
  mondayOf,
  StatusLegend,
} from '../modules/daily-log/labels.tsx';
import { TeamCards, TeamTable } from '../modules/daily-log/TeamGrid.tsx';
import { AppDrawer } from '../ui/AppDrawer.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useIsPhone } from '../ui/useIsPhone.ts';

/**
 * "Log Harian Tim": the people the signed-in user rates × the days of a week (`?minggu=` its Monday),
 * each day's status; submitted days can be selected and approved or returned together.
 */
export default function TeamDailyLogPage() {
  const { t } = useTranslation();
  const me = useSession();
  const rates = hasAbility(me, 'dailyLog.team');
  return (
    <>
      <PageHeader title={t('dailyLog.team.title')} description={t('dailyLog.team.description')} />
      <Stack gap="md">
        <DailyLogSettingsCard />
        {rates ? <TeamWeek /> : null}
      </Stack>
    </>
  );
}

function TeamWeek() {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const today = todayIn(me.agency.timezone);
  const raw = params.get('minggu');
  const from = mondayOf(isDate(raw) ? raw : today);
  const to = addDays(from, 6);
  const team = useDailyLogTeam(from, to);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<'approve' | 'return' | null>(null);
  const [single, setSingle] = useState<string | null>(null);
  const [open, setOpen] = useState<{ employeeId: string; date: string; name: string } | null>(null);

  const decidable = useMemo(
    () =>
      (team.data?.people ?? []).flatMap((p) =>
        p.days.filter((d) => d.canDecide && d.logId).map((d) => d.logId as string),
      ),
    [team.data],
  );
  // Only what can still be decided stays selected (after a decision, or another week).
  const chosen = decidable.filter((id) => selected.has(id));
  const goWeek = (monday: string) => {
    setSelected(new Set());
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (monday === mondayOf(today)) copy.delete('minggu');
        else copy.set('minggu', monday);
        return copy;
      },
      { replace: true },
    );
  };
  const toggle = (logId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(logId);
      else next.delete(logId);
      return next;
    });
  const range = new Intl.DateTimeFormat(localeOf(i18n.language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
  const off = isApiError(team.error) && team.error.code === 'DAILY_LOG_OFF';
  const people = team.data?.people ?? [];
  const allChosen = decidable.length > 0 && chosen.length === decidable.length;
  const ids = single ? [single] : chosen;

  if (off) {
    return (
      <Card withBorder radius="md" padding="md">
        <EmptyResult
          icon={<IconCalendarOff aria-hidden />}
          title={t('dailyLog.off.title')}
          description={t('dailyLog.off.description')}
        />
      </Card>
    );
  }

  return (
    <>
      <Card withBorder radius="md" padding="sm" component="section" aria-labelledby="dl-week">
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Tooltip label={t('dailyLog.team.previous')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('dailyLog.team.previous')}
                onClick={() => goWeek(addDays(from, -7))}
              >
                <IconChevronLeft size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Text id="dl-week" fw={700} ta="center" aria-live="polite">
              {range}
            </Text>
            <Tooltip label={t('dailyLog.team.next')}>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('dailyLog.team.next')}
                disabled={to >= today}
                onClick={() => goWeek(addDays(from, 7))}
              >
                <IconChevronRight size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
          {team.isPending ? <LoadingState label={t('dailyLog.team.loading')} /> : null}
          {team.isError ? (
            <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, team.error)}</ErrorAlert>
          ) : null}
          {team.data && team.data.waiting > 0 ? (
            <Alert color="blue" variant="light" icon={<IconBellRinging aria-hidden />} p="xs">
              {t('dailyLog.team.waiting', { count: team.data.waiting })}
            </Alert>
          ) : null}
          {team.data && people.length === 0 ? (
            <EmptyResult
              icon={<IconUsersGroup aria-hidden />}
              title={t('dailyLog.team.empty')}
              description={t('dailyLog.team.emptyHint')}
            />
          ) : null}
          {team.data && people.length > 0 ? (
            <>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <Checkbox
                  label={t('dailyLog.team.selectAll', { count: decidable.length })}
                  checked={allChosen}
                  indeterminate={chosen.length > 0 && !allChosen}
                  disabled={decidable.length === 0}
                  onChange={(event) =>
                    setSelected(event.currentTarget.checked ? new Set(decidable) : new Set())
                  }
                />
                <Group gap="xs" wrap="wrap">
                  <Button
                    color="orange"
                    variant="light"
                    leftSection={<IconArrowBackUp size={18} aria-hidden />}
                    disabled={chosen.length === 0}
                    onClick={() => {
                      setSingle(null);
                      setAction('return');
                    }}
                  >
                    {t('dailyLog.team.returnSelected', { count: chosen.length })}
                  </Button>
                  <Button
                    color="green"
                    leftSection={<IconCheck size={18} aria-hidden />}
                    disabled={chosen.length === 0}
                    onClick={() => {
                      setSingle(null);
                      setAction('approve');
                    }}
                  >
                    {t('dailyLog.team.approveSelected', { count: chosen.length })}
                  </Button>
                </Group>
              </Group>
              {isPhone ? (
                <TeamCards
                  team={team.data}
                  selected={selected}
                  onToggle={toggle}
                  onOpen={(person, cell) =>
                    setOpen({
                      employeeId: person.employee.id,
                      date: cell.date,
                      name: person.employee.fullName,
                    })
                  }
                />
              ) : (
                <TeamTable
                  team={team.data}
                  selected={selected}
                  onToggle={toggle}
                  onOpen={(person, cell) =>
                    setOpen({
                      employeeId: person.employee.id,
                      date: cell.date,
                      name: person.employee.fullName,
                    })
                  }
                />
              )}
              <StatusLegend />
            </>
          ) : null}
        </Stack>
      </Card>
      <AppDrawer
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? `${open.name} · ${formatLongDate(open.date, i18n.language)}` : ''}
      >
        {open ? (
          <TeamDayView
            employeeId={open.employeeId}
            date={open.date}
            onDecide={(next, logId) => {
              setSingle(logId);
              setAction(next);
            }}
          />
        ) : null}
      </AppDrawer>
      <DecisionDialogs
        action={action}
        logIds={ids}
        onClose={() => {
          setAction(null);
          setSingle(null);
        }}
        onDone={() => {
          setAction(null);
          if (single) setOpen(null);
          setSingle(null);
          setSelected(new Set());
        }}
      />
    </>
  );
}

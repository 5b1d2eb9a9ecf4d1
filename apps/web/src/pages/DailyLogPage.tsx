import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarOff, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/errors.ts';
import { todayIn } from '../lib/format.ts';
import { useSession } from '../modules/auth/session.ts';
import { DayEditor } from '../modules/daily-log/DayEditor.tsx';
import { useDailyLogCalendar } from '../modules/daily-log/daily-log.api.ts';
import {
  addMonths,
  type DayLook,
  formatLongDate,
  formatMinutes,
  formatMonth,
  isDate,
  isMonth,
  StatusLegend,
} from '../modules/daily-log/labels.tsx';
import { MonthCalendar } from '../modules/daily-log/MonthCalendar.tsx';
import { AppDrawer } from '../ui/AppDrawer.tsx';
import { EmptyResult } from '../ui/EmptyResult.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

/**
 * "Log Harian": the employee's month (`?bulan=YYYY-MM`) with each day's status; a day (`?tanggal=`)
 * opens in a panel to write its activities and evidence and to submit it.
 */
export default function DailyLogPage() {
  const { t, i18n } = useTranslation();
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const today = todayIn(me.agency.timezone);
  const rawDate = params.get('tanggal');
  const date = isDate(rawDate) ? rawDate : null;
  const rawMonth = params.get('bulan');
  const month = isMonth(rawMonth) ? rawMonth : (date?.slice(0, 7) ?? today.slice(0, 7));
  const calendar = useDailyLogCalendar(month);

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) copy.delete(key);
          else copy.set(key, value);
        }
        return copy;
      },
      { replace: false },
    );
  const off = isApiError(calendar.error) && calendar.error.code === 'DAILY_LOG_OFF';
  const data = calendar.data;

  return (
    <>
      <PageHeader title={t('dailyLog.mine.title')} description={t('dailyLog.mine.description')} />
      <Stack gap="md">
        {off ? (
          <Card withBorder radius="md" padding="md">
            <EmptyResult
              icon={<IconCalendarOff aria-hidden />}
              title={t('dailyLog.off.title')}
              description={t('dailyLog.off.description')}
            />
          </Card>
        ) : (
          <Card withBorder radius="md" padding="sm" component="section" aria-labelledby="dl-month">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Tooltip label={t('dailyLog.calendar.previous')}>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('dailyLog.calendar.previous')}
                    onClick={() => setParam({ bulan: addMonths(month, -1), tanggal: null })}
                  >
                    <IconChevronLeft size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Text id="dl-month" fw={700} size="lg" ta="center" aria-live="polite">
                  {formatMonth(month, i18n.language)}
                </Text>
                <Tooltip label={t('dailyLog.calendar.next')}>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    aria-label={t('dailyLog.calendar.next')}
                    disabled={month >= today.slice(0, 7)}
                    onClick={() => setParam({ bulan: addMonths(month, 1), tanggal: null })}
                  >
                    <IconChevronRight size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
              {calendar.isPending ? <LoadingState label={t('dailyLog.calendar.loading')} /> : null}
              {calendar.isError && !off ? (
                <ErrorAlert title={t('errors.loadFailed')}>{errorMessage(t, calendar.error)}</ErrorAlert>
              ) : null}
              {data ? (
                <>
                  <MonthCalendar
                    calendar={data}
                    selected={date}
                    onSelect={(d) =>
                      setParam({
                        tanggal: d,
                        bulan: d.slice(0, 7) === today.slice(0, 7) ? null : d.slice(0, 7),
                      })
                    }
                  />
                  <StatusLegend />
                </>
              ) : null}
              {data && month !== today.slice(0, 7) ? (
                <Group>
                  <Button variant="subtle" size="xs" onClick={() => setParam({ bulan: null, tanggal: null })}>
                    {t('dailyLog.calendar.thisMonth')}
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Card>
        )}
        {data ? <MonthSummary counts={data.counts} minutes={data.minutes} /> : null}
        {data && !date ? (
          <Group>
            <Button
              onClick={() => setParam({ tanggal: today, bulan: null })}
              aria-label={t('dailyLog.mine.fillTodayNamed', { date: formatLongDate(today, i18n.language) })}
            >
              {t('dailyLog.mine.fillToday')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <AppDrawer
        opened={date !== null && !off}
        onClose={() => setParam({ tanggal: null })}
        title={date ? formatLongDate(date, i18n.language) : ''}
        size="lg"
      >
        {date ? <DayEditor date={date} onDone={() => setParam({ tanggal: null })} /> : null}
      </AppDrawer>
    </>
  );
}

const SUMMARY: DayLook[] = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED'];

function MonthSummary({ counts, minutes }: { counts: Record<string, number>; minutes: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 5 }}
      spacing="xs"
      component="section"
      aria-label={t('dailyLog.mine.summary')}
    >
      {SUMMARY.map((look) => (
        <Card key={look} withBorder radius="md" padding="xs" className={`sigap-dl-${look}`}>
          <Group gap={6} wrap="nowrap">
            <span className={`sigap-dl-swatch sigap-dl-${look}`} aria-hidden />
            <Text size="xs" c="dimmed">
              {t(`dailyLog.status.${look}`)}
            </Text>
          </Group>
          <Text fw={700} size="lg">
            {t('dailyLog.mine.days', { count: counts[look] ?? 0 })}
          </Text>
        </Card>
      ))}
      <Card withBorder radius="md" padding="xs">
        <Text size="xs" c="dimmed">
          {t('dailyLog.mine.totalTime')}
        </Text>
        <Text fw={700} size="lg">
          {minutes > 0 ? formatMinutes(t, minutes) : '0'}
        </Text>
      </Card>
    </SimpleGrid>
  );
}

import type { DailyLogCalendar } from '@sigap/contracts';
import { IconArrowBackUp, IconCheck, IconPencil, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DayLook,
  formatHoursShort,
  formatLongDate,
  formatMinutes,
  lookOf,
  weekdayIndex,
  weekdayNames,
} from './labels.tsx';

const GLYPH: Partial<Record<DayLook, ReactNode>> = {
  DRAFT: <IconPencil size={11} aria-hidden />,
  RETURNED: <IconArrowBackUp size={11} aria-hidden />,
  SUBMITTED: <IconSend size={11} aria-hidden />,
  APPROVED: <IconCheck size={11} aria-hidden />,
};

/**
 * The month as a grid from Monday: each day a button with its colour, a glyph and the hours logged;
 * weekends and holidays are hatched; future days cannot be opened.
 */
export function MonthCalendar({
  calendar,
  selected,
  onSelect,
}: {
  calendar: DailyLogCalendar;
  selected: string | null;
  onSelect: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const first = calendar.days[0]?.date;
  const blanks = first ? weekdayIndex(first) : 0;
  return (
    <div className="sigap-dl-calendar">
      {weekdayNames(i18n.language).map((name) => (
        <div key={name} className="sigap-dl-weekday" aria-hidden>
          {name}
        </div>
      ))}
      {Array.from({ length: blanks }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed leading blanks of the month
        <div key={`blank-${i}`} className="sigap-dl-blank" aria-hidden />
      ))}
      {calendar.days.map((day) => {
        const look = lookOf(day.status, day.returned);
        const offday = day.weekend || day.holiday;
        const parts = [formatLongDate(day.date, i18n.language), t(`dailyLog.status.${look}`)];
        if (day.minutes > 0) parts.push(formatMinutes(t, day.minutes));
        if (day.holiday) parts.push(t('dailyLog.calendar.holiday'));
        else if (day.weekend) parts.push(t('dailyLog.calendar.weekend'));
        if (day.future) parts.push(t('dailyLog.calendar.future'));
        return (
          <button
            key={day.date}
            type="button"
            className={`sigap-dl-day sigap-dl-${look}`}
            data-offday={offday || undefined}
            data-today={day.date === calendar.today || undefined}
            data-selected={day.date === selected || undefined}
            disabled={day.future}
            aria-label={parts.join(', ')}
            aria-current={day.date === calendar.today ? 'date' : undefined}
            onClick={() => onSelect(day.date)}
          >
            <span className="sigap-dl-day-number">{Number(day.date.slice(8))}</span>
            <span className="sigap-dl-day-meta">
              {GLYPH[look]}{' '}
              {day.minutes > 0
                ? formatHoursShort(t, i18n.language, day.minutes)
                : day.holiday
                  ? t('dailyLog.calendar.holidayShort')
                  : ''}
            </span>
          </button>
        );
      })}
    </div>
  );
}

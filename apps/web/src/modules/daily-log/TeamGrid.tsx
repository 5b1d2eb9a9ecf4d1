import { Checkbox, Stack, Table, Text } from '@mantine/core';
import type { DailyLogTeam } from '@sigap/contracts';
import { IconArrowBackUp, IconCheck, IconPencil, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { groupNip } from '../../lib/format.ts';
import {
  type DayLook,
  formatHoursShort,
  formatLongDate,
  formatMinutes,
  localeOf,
  lookOf,
} from './labels.tsx';

type Person = DailyLogTeam['people'][number];
type Cell = Person['days'][number];
type Day = DailyLogTeam['days'][number];

const GLYPH: Partial<Record<DayLook, ReactNode>> = {
  DRAFT: <IconPencil size={12} aria-hidden />,
  RETURNED: <IconArrowBackUp size={12} aria-hidden />,
  SUBMITTED: <IconSend size={12} aria-hidden />,
  APPROVED: <IconCheck size={12} aria-hidden />,
};

export interface GridProps {
  team: DailyLogTeam;
  selected: ReadonlySet<string>;
  onToggle: (logId: string, on: boolean) => void;
  onOpen: (person: Person, cell: Cell) => void;
}

function dayHeading(day: Day, language: string) {
  const format = new Intl.DateTimeFormat(localeOf(language), { weekday: 'short', timeZone: 'UTC' });
  return { weekday: format.format(new Date(`${day.date}T00:00:00Z`)), number: Number(day.date.slice(8)) };
}

/** One person's day: a button with the status colour, a glyph and the hours, and a box to select it. */
function DayCell({
  person,
  cell,
  day,
  selected,
  onToggle,
  onOpen,
}: {
  person: Person;
  cell: Cell;
  day: Day;
  selected: boolean;
  onToggle: GridProps['onToggle'];
  onOpen: GridProps['onOpen'];
}) {
  const { t, i18n } = useTranslation();
  const look: DayLook = lookOf(cell.status, cell.returned);
  const when = formatLongDate(cell.date, i18n.language);
  const status = t(`dailyLog.status.${look}`);
  const duration = formatMinutes(t, cell.minutes);
  return (
    <Stack gap={2} align="center">
      <button
        type="button"
        className={`sigap-dl-cell sigap-dl-${look}`}
        data-offday={day.weekend || day.holiday || undefined}
        data-future={day.future || undefined}
        disabled={cell.logId === null}
        aria-label={t('dailyLog.team.cellLabel', {
          name: person.employee.fullName,
          date: when,
          status,
          duration: duration || '0',
        })}
        onClick={() => onOpen(person, cell)}
      >
        {GLYPH[look] ?? <span aria-hidden>·</span>}
        <span>{formatHoursShort(t, i18n.language, cell.minutes)}</span>
      </button>
      {cell.canDecide && cell.logId ? (
        <Checkbox
          size="sm"
          checked={selected}
          onChange={(event) => onToggle(cell.logId as string, event.currentTarget.checked)}
          aria-label={t('dailyLog.team.select', { name: person.employee.fullName, date: when })}
        />
      ) : null}
    </Stack>
  );
}

/** A table: people down, days across (wide screens). */
export function TeamTable({ team, selected, onToggle, onOpen }: GridProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table className="sigap-dl-grid" withRowBorders verticalSpacing={4} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="sigap-dl-name">
              {t('dailyLog.team.employee')}
            </Table.Th>
            {team.days.map((day) => {
              const h = dayHeading(day, i18n.language);
              return (
                <Table.Th
                  key={day.date}
                  scope="col"
                  ta="center"
                  c={day.weekend || day.holiday ? 'dimmed' : undefined}
                >
                  <Text size="xs" c="dimmed" span>
                    {h.weekday}
                  </Text>{' '}
                  <Text size="sm" fw={700} span>
                    {h.number}
                  </Text>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.people.map((person) => (
            <Table.Tr key={person.employee.id}>
              <Table.Th scope="row" className="sigap-dl-name">
                <Text size="sm" fw={600}>
                  {person.employee.fullName}
                </Text>
                <Text size="xs" c="dimmed">
                  {person.employee.positionName}
                </Text>
              </Table.Th>
              {person.days.map((cell, i) => (
                <Table.Td key={cell.date}>
                  <DayCell
                    person={person}
                    cell={cell}
                    day={team.days[i] as Day}
                    selected={cell.logId !== null && selected.has(cell.logId)}
                    onToggle={onToggle}
                    onOpen={onOpen}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A card per person with a row of seven days (phones). */
export function TeamCards({ team, selected, onToggle, onOpen }: GridProps) {
  const { i18n } = useTranslation();
  return (
    <ul className="sigap-plain-list">
      {team.people.map((person) => (
        <li key={person.employee.id} className="sigap-card-list-item">
          <Stack gap={6}>
            <div>
              <Text fw={600} size="sm">
                {person.employee.fullName}
              </Text>
              <Text size="xs" c="dimmed" className="sigap-nip">
                {groupNip(person.employee.nip)}
              </Text>
            </div>
            <div className="sigap-dl-person-days">
              {team.days.map((day) => {
                const h = dayHeading(day, i18n.language);
                return (
                  <Text key={day.date} size="xs" c="dimmed" ta="center" aria-hidden>
                    {h.weekday.slice(0, 3)} {h.number}
                  </Text>
                );
              })}
              {person.days.map((cell, i) => (
                <DayCell
                  key={cell.date}
                  person={person}
                  cell={cell}
                  day={team.days[i] as Day}
                  selected={cell.logId !== null && selected.has(cell.logId)}
                  onToggle={onToggle}
                  onOpen={onOpen}
                />
              ))}
            </div>
          </Stack>
        </li>
      ))}
    </ul>
  );
}

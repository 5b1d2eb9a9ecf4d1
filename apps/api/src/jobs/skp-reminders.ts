import { daysUntil, localDate, MONTH_NAMES_ID } from '@sigap/rules';
import { type Database, queryRows, sql } from '../db/client.ts';
import { insertForRecipients } from '../modules/notifications/notifications.repository.ts';

/** Days before the SKP deadline on which people without a submitted SKP are reminded. */
export const SKP_REMINDER_DAYS = [7, 3, 1, 0] as const;

/** "31 Januari 2026" from "2026-01-31". */
export function formatDateId(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES_ID[month - 1]} ${year}`;
}

export function skpDeadlineReminder(year: number, deadline: string, daysLeft: number) {
  const date = formatDateId(deadline);
  const when = daysLeft === 0 ? 'hari ini' : `tinggal ${daysLeft} hari lagi`;
  return {
    kind: 'skp.deadline',
    title: `Batas penetapan SKP ${date}`,
    body:
      `Batas penetapan SKP tahun ${year} ${when} (${date}), dan SKP Anda belum diajukan. ` +
      'Segera lengkapi rencana hasil kerja dan indikatornya, lalu ajukan SKP kepada pejabat penilai kinerja ' +
      'untuk disetujui.',
    link: '/skp',
    dedupeKey: `skp-deadline:${year}:${daysLeft}`,
  };
}

/**
 * Active user accounts of ACTIVE employees whose SKP of the year is neither submitted nor approved
 * (no current SKP in SUBMITTED or APPROVED): a draft, a returned one or none at all.
 */
const usersWithoutSubmittedSkp = (agencyId: string, year: number) =>
  sql`select u.id from users u
      join employees e on e.agency_id = u.agency_id and e.id = u.employee_id
      where u.agency_id = ${agencyId} and u.active and e.status = 'ACTIVE'
        and not exists (
          select 1 from skps s
          where s.agency_id = e.agency_id and s.employee_id = e.id and s.year = ${year}
            and s.current and s.status in ('SUBMITTED', 'APPROVED'))`;

/**
 * Reminds, 7, 3, 1 and 0 days before each agency's SKP deadline (planning year of the agency-local
 * current year), everyone who has not submitted their SKP. One INSERT … SELECT per agency; the dedupe
 * key (year, days left) makes a second run on the same day insert nothing. Notifications are not
 * audited (see notifications.service.ts). Returns the agencies on a reminder day and the rows inserted.
 */
export async function runSkpDeadlineReminders(
  db: Database,
  now: Date,
): Promise<{ agencies: number; notified: number }> {
  const agencies = await queryRows<{ id: string; timezone: string }>(
    db,
    sql`select id, timezone from agencies order by id`,
  );
  let reminded = 0;
  let notified = 0;
  for (const agency of agencies) {
    const year = Number(localDate(now, agency.timezone).slice(0, 4));
    const [planning] = await queryRows<{ skp_deadline: string }>(
      db,
      sql`select to_char(skp_deadline, 'YYYY-MM-DD') as skp_deadline from planning_years
          where agency_id = ${agency.id} and year = ${year}`,
    );
    if (!planning) continue;
    const daysLeft = daysUntil(now, planning.skp_deadline, agency.timezone);
    if (!(SKP_REMINDER_DAYS as readonly number[]).includes(daysLeft)) continue;
    reminded += 1;
    notified += await insertForRecipients(
      db,
      agency.id,
      usersWithoutSubmittedSkp(agency.id, year),
      skpDeadlineReminder(year, planning.skp_deadline, daysLeft),
      now,
    );
  }
  return { agencies: reminded, notified };
}

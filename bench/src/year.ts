import { generatePeriods } from '@sigap/rules';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../apps/api/src/db/client.ts';

/** The month before the current one (the benchmarks read or close a whole month). */
export function previousMonth(now = new Date()) {
  const month = now.getMonth(); // 0-based: the previous month's 1-based number
  return month === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month };
}

/** Opens a year with monthly periods and returns the given month's period. */
export async function openMonthlyYear(db: Database, agencyId: string, year: number, month: number) {
  await db.execute(sql`insert into planning_years (agency_id, year, skp_deadline, monthly, quarterly, filling_days)
    values (${agencyId}, ${year}, ${`${year}-01-31`}, true, false, 5)`);
  for (const p of generatePeriods(year, { monthly: true, quarterly: false })) {
    await db.execute(sql`insert into periods (agency_id, id, year, kind, seq, name, start_date, end_date, fill_deadline, is_final)
      values (${agencyId}, gen_random_uuid(), ${year}, ${p.kind}, ${p.seq}, ${p.name}, ${p.start}, ${p.end}, ${p.fillDeadline}, ${p.final})`);
  }
  const [period] = await queryRows<{ id: string; start_date: string; end_date: string }>(
    db,
    sql`select id, start_date::text, end_date::text from periods
        where agency_id = ${agencyId} and year = ${year} and kind = 'MONTH' and seq = ${month}`,
  );
  if (!period) throw new Error('period not seeded');
  return period;
}

import { COMPLAINT_RESOLUTION_DAYS_DEFAULT } from '@sigap/rules';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { type TotalsRow, unsurTotalsSql } from '../survey/survey.repository.ts';

export async function findAgency(db: Database, agencyId: string) {
  const [row] = await queryRows<{ id: string; name: string; timezone: string; holidays: string[] }>(
    db,
    sql`select id, name, timezone, holidays from agencies where id = ${agencyId}`,
  );
  return row ?? null;
}

export async function activeServiceUnits(db: Database, agencyId: string) {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select id, name from service_units where agency_id = ${agencyId} and active order by name, id`,
  );
}

/**
 * SKM totals per active service unit and quarter of a date range (feeds computeIkm): the survey's SUM/COUNT
 * per unsur grouped by unit and quarter, so an agency with 100+ units is one statement.
 */
export async function quarterTotals(db: Database, agencyId: string, from: string, to: string) {
  return queryRows<TotalsRow & { service_unit_id: string; quarter: number }>(
    db,
    sql`select r.service_unit_id, extract(quarter from r.responded_on)::int as quarter,
          count(*) filter (where not flagged)::int as respondents, count(*) filter (where flagged)::int as flagged,
          ${unsurTotalsSql}
        from skm_responses r
        join service_units s on s.agency_id = r.agency_id and s.id = r.service_unit_id and s.active
        where r.agency_id = ${agencyId} and r.responded_on between ${from}::date and ${to}::date
        group by r.service_unit_id, 2`,
  );
}

/**
 * Complaints received in a date range by service unit, grouped by what their resolution clock needs
 * (status, day received, day published, resolution days): a few rows per unit and day.
 */
export async function complaintGroups(db: Database, agencyId: string, from: string, to: string) {
  return queryRows<{
    service_unit_id: string;
    status: string;
    received_on: string;
    published_on: string | null;
    resolution_days: number;
    n: number;
  }>(
    db,
    sql`select c.service_unit_id, c.status, c.received_on::text as received_on, c.published_on::text as published_on,
          coalesce(st.resolution_days, ${COMPLAINT_RESOLUTION_DAYS_DEFAULT})::int as resolution_days, count(*)::int as n
        from complaints c
        left join service_types st on st.agency_id = c.agency_id and st.id = c.service_type_id
        where c.agency_id = ${agencyId} and c.service_unit_id is not null
          and c.received_on between ${from}::date and ${to}::date
        group by 1, 2, 3, 4, 5`,
  );
}

import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import { officerRatings } from '../../db/schema/index.ts';

export interface VisitCodeRow {
  id: string;
  agency_id: string;
  service_unit_id: string;
  service_unit_name: string;
  service_unit_active: boolean;
  officer_employee_id: string | null;
  officer_name: string | null;
  officer_front_title: string | null;
  officer_back_title: string | null;
  survey_used: boolean;
  rating_used: boolean;
  expired: boolean;
  ratings_enabled: boolean;
}

/** A visit code by its text (unique across agencies), with its unit, officer and the agency's switch. */
export async function findVisitCode(db: Database, code: string, now: Date) {
  const [row] = await queryRows<VisitCodeRow>(
    db,
    sql`select v.id, v.agency_id, v.service_unit_id, s.name as service_unit_name, s.active as service_unit_active,
          v.officer_employee_id, e.name as officer_name, e.front_title as officer_front_title,
          e.back_title as officer_back_title, v.survey_used_at is not null as survey_used,
          v.rating_used_at is not null as rating_used, v.expires_at <= ${now.toISOString()}::timestamptz as expired,
          coalesce(vs.officer_ratings_enabled, false) as ratings_enabled
        from visit_codes v
        join service_units s on s.agency_id = v.agency_id and s.id = v.service_unit_id
        left join employees e on e.agency_id = v.agency_id and e.id = v.officer_employee_id
        left join voice_settings vs on vs.agency_id = v.agency_id
        where v.code = ${code}`,
  );
  return row ?? null;
}

/** Claims a visit code for a rating: one rating per code (atomic). */
export async function claimForRating(db: Database, agencyId: string, id: string, now: Date) {
  const [row] = await queryRows<{ officer_employee_id: string; service_unit_id: string }>(
    db,
    sql`update visit_codes set rating_used_at = ${now.toISOString()}::timestamptz
        where agency_id = ${agencyId} and id = ${id} and rating_used_at is null and officer_employee_id is not null
          and expires_at > ${now.toISOString()}::timestamptz
        returning officer_employee_id, service_unit_id`,
  );
  return row ?? null;
}

export async function insertRating(db: Database, row: typeof officerRatings.$inferInsert) {
  await db.insert(officerRatings).values(row);
}

/** Bounds of a calendar year in the agency's zone, as instants (index-friendly on created_at). */
const yearBounds = (year: number | null, timezone: string): SQL =>
  year === null
    ? sql``
    : sql`and r.created_at >= (${`${year}-01-01`}::timestamp at time zone ${timezone})
        and r.created_at < (${`${year + 1}-01-01`}::timestamp at time zone ${timezone})`;

export async function scores(
  db: Database,
  agencyId: string,
  officerId: string,
  year: number | null,
  timezone: string,
) {
  const rows = await queryRows<{ score: number }>(
    db,
    sql`select r.score from officer_ratings r
        where r.agency_id = ${agencyId} and r.officer_employee_id = ${officerId} ${yearBounds(year, timezone)}`,
  );
  return rows.map((r) => r.score);
}

export interface RatingRow {
  id: string;
  score: number;
  comment: string | null;
  reply: string | null;
  replied_at: string | null;
  month: string;
}

const ratingColumns = (timezone: string) => sql`r.id, r.score, r.comment, r.reply,
  to_char(r.replied_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as replied_at,
  to_char(r.created_at at time zone ${timezone}, 'YYYY-MM') as month`;

export async function listRatings(
  db: Database,
  agencyId: string,
  officerId: string,
  year: number | null,
  timezone: string,
  limit: number,
) {
  return queryRows<RatingRow>(
    db,
    sql`select ${ratingColumns(timezone)} from officer_ratings r
        where r.agency_id = ${agencyId} and r.officer_employee_id = ${officerId} ${yearBounds(year, timezone)}
        order by r.created_at desc, r.id desc limit ${limit}`,
  );
}

export async function findRatingView(db: Database, agencyId: string, id: string, timezone: string) {
  const [row] = await queryRows<RatingRow>(
    db,
    sql`select ${ratingColumns(timezone)} from officer_ratings r where r.agency_id = ${agencyId} and r.id = ${id}`,
  );
  return row ?? null;
}

export async function findRating(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<{ id: string; officer_employee_id: string; reply: string | null }>(
    db,
    sql`select id, officer_employee_id, reply from officer_ratings where agency_id = ${agencyId} and id = ${id}`,
  );
  return row ?? null;
}

export async function saveReply(db: Database, agencyId: string, id: string, reply: string, now: Date) {
  await db.execute(
    sql`update officer_ratings set reply = ${reply}, replied_at = ${now.toISOString()}::timestamptz
        where agency_id = ${agencyId} and id = ${id}`,
  );
}

export async function findOfficer(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<{
    id: string;
    name: string;
    front_title: string | null;
    back_title: string | null;
  }>(
    db,
    sql`select id, name, front_title, back_title from employees where agency_id = ${agencyId} and id = ${id}`,
  );
  return row ?? null;
}

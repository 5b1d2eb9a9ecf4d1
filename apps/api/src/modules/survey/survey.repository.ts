import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { skmResponses } from '../../db/schema/index.ts';

export async function findResponse(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<{ id: string; service_unit_id: string }>(
    db,
    sql`select id, service_unit_id from skm_responses where agency_id = ${agencyId} and id = ${id}`,
  );
  return row ?? null;
}

/**
 * Inserts unless the client's id is already stored (a retry); true when a row was written. Plain SQL: this
 * is the hot path of every citizen's answer, and building the statement with the query builder cost more
 * than running it.
 */
export async function insertResponse(db: Database, row: typeof skmResponses.$inferInsert) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into skm_responses (agency_id, id, service_unit_id, service_type_id, responded_on, u1, u2, u3, u4, u5,
          u6, u7, u8, u9, sex, age, education, occupation, comment, channel, visit_code_id, device_hash, flagged,
          created_at)
        values (${row.agencyId}, ${row.id}, ${row.serviceUnitId}, ${row.serviceTypeId ?? null}, ${row.respondedOn},
          ${row.u1 ?? null}, ${row.u2 ?? null}, ${row.u3 ?? null}, ${row.u4 ?? null}, ${row.u5 ?? null},
          ${row.u6 ?? null}, ${row.u7 ?? null}, ${row.u8 ?? null}, ${row.u9 ?? null}, ${row.sex ?? null},
          ${row.age ?? null}, ${row.education ?? null}, ${row.occupation ?? null}, ${row.comment ?? null},
          ${row.channel}, ${row.visitCodeId ?? null}, ${row.deviceHash ?? null}, ${row.flagged ?? false},
          ${(row.createdAt ?? new Date()).toISOString()}::timestamptz)
        on conflict (agency_id, id) do nothing
        returning id`,
  );
  return rows.length > 0;
}

/** Claims a visit code for the survey: one answer per code (atomic). */
export async function claimVisitCode(db: Database, code: string, serviceUnitId: string, now: Date) {
  const [claimed] = await queryRows<{ id: string }>(
    db,
    sql`update visit_codes set survey_used_at = ${now.toISOString()}::timestamptz
        where code = ${code} and service_unit_id = ${serviceUnitId} and survey_used_at is null
          and expires_at > ${now.toISOString()}::timestamptz
        returning id`,
  );
  if (claimed) return { id: claimed.id, state: 'CLAIMED' as const };
  const [existing] = await queryRows<{ id: string; survey_used_at: string | null }>(
    db,
    sql`select id, survey_used_at from visit_codes where code = ${code} and service_unit_id = ${serviceUnitId}`,
  );
  return { id: null, state: existing?.survey_used_at ? ('USED' as const) : ('INVALID' as const) };
}

export async function recentFromDevice(db: Database, agencyId: string, deviceHash: string, since: Date) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from skm_responses
        where agency_id = ${agencyId} and device_hash = ${deviceHash} and created_at > ${since.toISOString()}::timestamptz`,
  );
  return row?.n ?? 0;
}

/** SUM and COUNT per unsur over the unflagged answers (s1..s9, c1..c9): the inputs of computeIkm. */
export const unsurTotalsSql = sql.raw(
  [1, 2, 3, 4, 5, 6, 7, 8, 9]
    .map(
      (i) =>
        `coalesce(sum(u${i}) filter (where not flagged), 0)::int as s${i}, count(u${i}) filter (where not flagged)::int as c${i}`,
    )
    .join(', '),
);

export interface TotalsRow {
  respondents: number;
  flagged: number;
  [key: `s${number}` | `c${number}`]: number;
}

/** SUM and COUNT per unsur over the unflagged answers of a unit and date range (feeds computeIkm). */
export async function totals(
  db: Database,
  agencyId: string,
  serviceUnitId: string,
  from: string,
  to: string,
) {
  const [row] = await queryRows<TotalsRow>(
    db,
    sql`select count(*) filter (where not flagged)::int as respondents, count(*) filter (where flagged)::int as flagged,
          ${unsurTotalsSql}
        from skm_responses
        where agency_id = ${agencyId} and service_unit_id = ${serviceUnitId}
          and responded_on between ${from}::date and ${to}::date`,
  );
  return row as TotalsRow;
}

const AGE_BAND = sql`(case when age is null then null when age <= 20 then 'LE_20' when age <= 30 then '21_30'
  when age <= 40 then '31_40' when age <= 50 then '41_50' when age <= 60 then '51_60' else 'GT_60' end)`;

export type ProfileDimension = 'sex' | 'ageBand' | 'education' | 'occupation';

/**
 * The totals per unsur and the respondent profile (sex, age band, education, occupation) in ONE scan of the
 * period's answers: grouped by the four profile columns (a few hundred groups at most), then summed up
 * here. A unit-year can hold a million answers; one GROUP BY per profile column would read them five times.
 */
export async function totalsWithProfile(
  db: Database,
  agencyId: string,
  serviceUnitId: string,
  from: string,
  to: string,
) {
  const groups = await queryRows<
    TotalsRow & {
      sex: string | null;
      age_band: string | null;
      education: string | null;
      occupation: string | null;
    }
  >(
    db,
    sql`select sex, ${AGE_BAND} as age_band, education, occupation,
          count(*) filter (where not flagged)::int as respondents, count(*) filter (where flagged)::int as flagged,
          ${unsurTotalsSql}
        from skm_responses
        where agency_id = ${agencyId} and service_unit_id = ${serviceUnitId}
          and responded_on between ${from}::date and ${to}::date
        group by 1, 2, 3, 4`,
  );
  const totals: Record<string, number> = { respondents: 0, flagged: 0 };
  for (let i = 1; i <= 9; i += 1) {
    totals[`s${i}`] = 0;
    totals[`c${i}`] = 0;
  }
  const profile: Record<ProfileDimension, Record<string, number>> = {
    sex: {},
    ageBand: {},
    education: {},
    occupation: {},
  };
  for (const g of groups) {
    for (const key of Object.keys(totals))
      totals[key] = (totals[key] ?? 0) + ((g as unknown as Record<string, number>)[key] ?? 0);
    if (g.respondents === 0) continue;
    const values: Record<ProfileDimension, string | null> = {
      sex: g.sex,
      ageBand: g.age_band,
      education: g.education,
      occupation: g.occupation,
    };
    for (const dimension of Object.keys(values) as ProfileDimension[]) {
      const key = values[dimension] ?? 'TIDAK_DIISI';
      profile[dimension][key] = (profile[dimension][key] ?? 0) + g.respondents;
    }
  }
  const sorted = (counts: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(counts).sort(([a], [b]) =>
        a === 'TIDAK_DIISI' ? 1 : b === 'TIDAK_DIISI' ? -1 : a.localeCompare(b),
      ),
    );
  return {
    totals: totals as unknown as TotalsRow,
    profile: {
      sex: sorted(profile.sex),
      ageBand: sorted(profile.ageBand),
      education: sorted(profile.education),
      occupation: sorted(profile.occupation),
    },
  };
}

export async function latestComments(
  db: Database,
  agencyId: string,
  serviceUnitId: string,
  from: string,
  to: string,
) {
  return queryRows<{ date: string; text: string }>(
    db,
    sql`select responded_on::text as date, comment as text from skm_responses
        where agency_id = ${agencyId} and service_unit_id = ${serviceUnitId}
          and responded_on between ${from}::date and ${to}::date and not flagged and comment is not null and comment <> ''
        order by created_at desc limit 50`,
  );
}

export async function rawResponses(
  db: Database,
  agencyId: string,
  serviceUnitId: string,
  from: string,
  to: string,
) {
  return queryRows<Record<string, string | number | boolean | null>>(
    db,
    sql`select r.id, r.responded_on::text as responded_on, to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at,
          t.name as service_type, r.u1, r.u2, r.u3, r.u4, r.u5, r.u6, r.u7, r.u8, r.u9, r.sex, r.age, r.education,
          r.occupation, r.channel, r.flagged, r.comment
        from skm_responses r left join service_types t on t.agency_id = r.agency_id and t.id = r.service_type_id
        where r.agency_id = ${agencyId} and r.service_unit_id = ${serviceUnitId}
          and r.responded_on between ${from}::date and ${to}::date
        order by r.responded_on, r.created_at`,
  );
}

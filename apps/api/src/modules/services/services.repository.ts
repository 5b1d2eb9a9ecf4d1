import { and, eq, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import {
  servicePopulations,
  serviceTypes,
  serviceUnits,
  visitCodes,
  voiceSettings,
} from '../../db/schema/index.ts';

export type ServiceUnitRow = typeof serviceUnits.$inferSelect;

export interface ServiceUnitListRow {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  name: string;
  visit_code_required: boolean;
  active: boolean;
}

const listColumns = sql`s.id, s.unit_id, u.name as unit_name, u.path as unit_path, s.name, s.visit_code_required, s.active`;

export async function listServiceUnits(db: Database, agencyId: string) {
  return queryRows<ServiceUnitListRow>(
    db,
    sql`select ${listColumns} from service_units s join units u on u.agency_id = s.agency_id and u.id = s.unit_id
        where s.agency_id = ${agencyId} order by s.name`,
  );
}

export async function findServiceUnit(db: Database, agencyId: string, id: string) {
  const [row] = await queryRows<ServiceUnitListRow>(
    db,
    sql`select ${listColumns} from service_units s join units u on u.agency_id = s.agency_id and u.id = s.unit_id
        where s.agency_id = ${agencyId} and s.id = ${id}`,
  );
  return row ?? null;
}

/** A service unit by id alone (public pages carry no agency), with its agency. */
export async function findPublicServiceUnit(db: Database, id: string) {
  const [row] = await queryRows<{
    id: string;
    agency_id: string;
    agency_name: string;
    name: string;
    visit_code_required: boolean;
    timezone: string;
  }>(
    db,
    sql`select s.id, s.agency_id, a.name as agency_name, s.name, s.visit_code_required, a.timezone
        from service_units s join agencies a on a.id = s.agency_id where s.id = ${id} and s.active`,
  );
  return row ?? null;
}

type PublicServiceUnit = NonNullable<Awaited<ReturnType<typeof findPublicServiceUnit>>>;
const publicUnitCache = new WeakMap<Database, Map<string, { row: PublicServiceUnit | null; at: number }>>();
/** How long a public page's unit lookup is reused: every survey answer needs it, it rarely changes. */
const PUBLIC_UNIT_TTL_MS = 10_000;

/**
 * The public unit lookup, remembered for 10 s per process (changes made through this process are seen at
 * once: the service forgets the unit; another API node sees them within 10 s).
 */
export async function findPublicServiceUnitCached(db: Database, id: string, now: Date) {
  let cache = publicUnitCache.get(db);
  if (!cache) {
    cache = new Map();
    publicUnitCache.set(db, cache);
  }
  const hit = cache.get(id);
  if (hit && now.getTime() - hit.at < PUBLIC_UNIT_TTL_MS && now.getTime() >= hit.at) return hit.row;
  const row = await findPublicServiceUnit(db, id);
  if (cache.size > 10_000) cache.clear();
  cache.set(id, { row, at: now.getTime() });
  return row;
}

export function forgetPublicServiceUnit(db: Database, id: string) {
  publicUnitCache.get(db)?.delete(id);
}

export async function listTypes(db: Database, agencyId: string, serviceUnitIds: string[]) {
  if (serviceUnitIds.length === 0) return [];
  return db
    .select()
    .from(serviceTypes)
    .where(
      and(
        eq(serviceTypes.agencyId, agencyId),
        sql`${serviceTypes.serviceUnitId} = any(${sql.param(serviceUnitIds)}::uuid[])`,
      ),
    )
    .orderBy(serviceTypes.name);
}

export async function insertServiceUnit(db: Database, row: typeof serviceUnits.$inferInsert) {
  await db.insert(serviceUnits).values(row);
}

export async function updateServiceUnit(
  db: Database,
  agencyId: string,
  id: string,
  patch: Partial<ServiceUnitRow>,
) {
  await db
    .update(serviceUnits)
    .set(patch)
    .where(and(eq(serviceUnits.agencyId, agencyId), eq(serviceUnits.id, id)));
}

export async function findServiceUnitByName(db: Database, agencyId: string, name: string) {
  const [row] = await db
    .select()
    .from(serviceUnits)
    .where(and(eq(serviceUnits.agencyId, agencyId), sql`lower(${serviceUnits.name}) = lower(${name})`))
    .limit(1);
  return row ?? null;
}

export async function insertServiceType(db: Database, row: typeof serviceTypes.$inferInsert) {
  await db.insert(serviceTypes).values(row);
}

export async function upsertPopulation(
  db: Database,
  row: { agencyId: string; serviceUnitId: string; period: string; population: number; updatedAt: Date },
) {
  await db
    .insert(servicePopulations)
    .values(row)
    .onConflictDoUpdate({
      target: [servicePopulations.agencyId, servicePopulations.serviceUnitId, servicePopulations.period],
      set: { population: row.population, updatedAt: row.updatedAt },
    });
}

export async function findPopulation(db: Database, agencyId: string, serviceUnitId: string, period: string) {
  const [row] = await db
    .select()
    .from(servicePopulations)
    .where(
      and(
        eq(servicePopulations.agencyId, agencyId),
        eq(servicePopulations.serviceUnitId, serviceUnitId),
        eq(servicePopulations.period, period),
      ),
    );
  return row?.population ?? null;
}

export async function insertVisitCodes(db: Database, rows: (typeof visitCodes.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(visitCodes).values(rows);
}

export async function getSettings(db: Database, agencyId: string) {
  const [row] = await db.select().from(voiceSettings).where(eq(voiceSettings.agencyId, agencyId));
  return (
    row ?? {
      agencyId,
      skmWeightRule: 'EXACT',
      officerRatingsEnabled: false,
      officerRatingMinResponses: 5,
      publicMinResponses: 5,
      questionnaire: null,
      updatedAt: new Date(0),
    }
  );
}

export async function saveSettings(db: Database, row: typeof voiceSettings.$inferInsert) {
  await db
    .insert(voiceSettings)
    .values(row)
    .onConflictDoUpdate({ target: voiceSettings.agencyId, set: { ...row } });
}

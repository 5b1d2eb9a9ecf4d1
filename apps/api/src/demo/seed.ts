import { sql } from 'drizzle-orm';
import { type Database, sqlArray } from '../db/client.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { hashPassword } from '../lib/passwords.ts';
import { insertAgency } from '../modules/agency/agency.repository.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { insertRole, insertUser } from '../modules/auth/auth.repository.ts';
import { fullName } from '../modules/employees/employees.presenter.ts';
import { searchTextOf } from '../modules/employees/employees.repository.ts';
import { insertEmployees, insertLines, insertPositions } from '../modules/imports/imports.repository.ts';
import { type DemoCity, generateCity, HOLIDAYS_2026 } from './generate.ts';

/** Writes a generated city into an agency with bulk statements (seconds for 100,000 people). */
export async function writeCity(
  db: Database,
  agencyId: string,
  city: DemoCity,
  now: Date,
  validFrom: string,
) {
  const u = city.units;
  await db.execute(sql`insert into units (agency_id, id, parent_id, code, name, kind, path)
    select ${agencyId}::uuid, * from unnest(${sqlArray(
      u.map((x) => x.id),
      'uuid',
    )}, ${sqlArray(
      u.map((x) => x.parentId),
      'uuid',
    )},
      ${sqlArray(
        u.map((x) => x.code),
        'text',
      )}, ${sqlArray(
        u.map((x) => x.name),
        'text',
      )}, ${sqlArray(
        u.map((x) => x.kind),
        'text',
      )},
      ${sqlArray(
        u.map((x) => x.path),
        'text',
      )})`);
  await insertPositions(db, agencyId, city.positions);
  await db.execute(sql`update positions set is_unit_head = false
    where agency_id = ${agencyId} and id = any(${sqlArray(
      city.positions.filter((x) => !x.isUnitHead).map((x) => x.id),
      'uuid',
    )})`);
  const chunk = 20_000;
  for (let i = 0; i < city.employees.length; i += chunk) {
    const part = city.employees.slice(i, i + chunk);
    await insertEmployees(
      db,
      agencyId,
      part.map((e) => ({ ...e, searchText: searchTextOf(e) })),
      now,
    );
    await insertLines(
      db,
      agencyId,
      part.map((e) => ({ id: newId(), employeeId: e.id, raterId: e.raterId, validFrom })),
      now,
    );
  }
}

export interface DemoAccounts {
  agencyId: string;
  admin: string;
  leader: string;
  unitAdmin: string;
  sampleEmployees: { nip: string; name: string; role: string }[];
}

/**
 * Seeds the demo agency (Pemerintah Kota Sukamaju): the organisation, `employeeCount` people with
 * reporting lines, and accounts that all share the demo password.
 */
export async function seedDemo(
  db: Database,
  options: {
    password: string;
    employeeCount: number;
    clock?: Clock;
    /** Another seed gives another city with other NIPs (tests create several agencies). */
    seed?: number;
    /** Appended to the admin logins, which are unique across agencies. */
    loginSuffix?: string;
    agencyName?: string;
  },
): Promise<DemoAccounts> {
  const clock = options.clock ?? systemClock;
  const now = clock.now();
  const agencyId = newId();
  const suffix = options.loginSuffix ?? '';
  const city = generateCity(options.employeeCount, options.seed);
  const passwordHash = await hashPassword(options.password);
  const validFrom = `${now.getUTCFullYear()}-01-01`;
  await db.transaction(async (tx) => {
    await insertAgency(tx, {
      id: agencyId,
      name: options.agencyName ?? 'Pemerintah Kota Sukamaju',
      shortName: 'Kota Sukamaju',
      timezone: 'Asia/Jakarta',
      holidays: HOLIDAYS_2026,
      headTitle: 'Wali Kota',
      headName: 'H. Rudi Hartanto, S.E., M.M.',
    });
    await writeCity(tx, agencyId, city, now, validFrom);
    const dinkes = city.units.find((u) => u.code === 'DINKES');
    const accounts = [
      { login: `admin${suffix}`, displayName: 'Admin BKPSDM', role: 'agency_admin', unitId: null },
      { login: `pimpinan${suffix}`, displayName: 'Wali Kota Sukamaju', role: 'leader', unitId: null },
      {
        login: `admin.dinkes${suffix}`,
        displayName: 'Admin Dinas Kesehatan',
        role: 'unit_admin',
        unitId: dinkes?.id ?? null,
      },
    ];
    for (const account of accounts) {
      const userId = newId();
      await insertUser(tx, {
        agencyId,
        id: userId,
        login: account.login,
        displayName: account.displayName,
        passwordHash,
      });
      await insertRole(tx, { agencyId, id: newId(), userId, role: account.role, unitId: account.unitId });
    }
    const e = city.employees;
    await tx.execute(sql`insert into users (agency_id, id, login, display_name, employee_id, password_hash)
      select ${agencyId}::uuid, * from unnest(${sqlArray(
        e.map(() => newId()),
        'uuid',
      )}, ${sqlArray(
        e.map((x) => x.nip),
        'text',
      )},
        ${sqlArray(
          e.map((x) => fullName(x.name, x.frontTitle, x.backTitle)),
          'text',
        )}, ${sqlArray(
          e.map((x) => x.id),
          'uuid',
        )},
        ${sqlArray(
          e.map(() => passwordHash),
          'text',
        )})`);
    await recordAudit(tx, { agencyId, actor: null, requestId: null, clock }, [
      {
        action: 'demo.seed',
        entityType: 'agency',
        entityId: agencyId,
        after: { units: city.units.length, positions: city.positions.length, employees: e.length },
      },
    ]);
  });
  const byPosition = new Map(city.positions.map((x) => [x.id, x]));
  const sample = (predicate: (name: string) => boolean, role: string) => {
    const found = city.employees.find((x) => predicate(byPosition.get(x.positionId)?.name ?? ''));
    return found
      ? [{ nip: found.nip, name: fullName(found.name, found.frontTitle, found.backTitle), role }]
      : [];
  };
  return {
    agencyId,
    admin: `admin${suffix}`,
    leader: `pimpinan${suffix}`,
    unitAdmin: `admin.dinkes${suffix}`,
    sampleEmployees: [
      ...sample((n) => n.startsWith('Kepala Badan Kepegawaian'), 'Kepala BKPSDM (JPT Pratama)'),
      ...sample((n) => n.startsWith('Kepala Bidang Penilaian Kinerja'), 'Kepala Bidang (Administrator)'),
      ...sample((n) => n.startsWith('Kepala Seksi Penilaian Kinerja I'), 'Kepala Seksi (Pengawas)'),
      ...sample((n) => PELAKSANA_PREFIX.some((prefix) => n.startsWith(prefix)), 'Pelaksana'),
    ],
  };
}

const PELAKSANA_PREFIX = ['Pengadministrasi Perkantoran'];

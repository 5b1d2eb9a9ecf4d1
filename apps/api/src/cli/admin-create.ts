import { parseArgs } from 'node:util';
import { LIMITS } from '@sigap/contracts';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { systemClock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { hashPassword, isStrongEnough } from '../lib/passwords.ts';
import { insertAgency } from '../modules/agency/agency.repository.ts';
import { recordAudit } from '../modules/audit/audit.service.ts';
import { findUserByLogin, insertRole, insertUser } from '../modules/auth/auth.repository.ts';

/**
 * `npm run admin:create -- --agency "Pemerintah Kota X" --login admin@x.go.id --name "Admin BKPSDM"`
 * creates a new agency and its first agency admin. The password comes from SIGAP_ADMIN_PASSWORD or
 * --password; there is no default.
 */
const { values } = parseArgs({
  options: {
    agency: { type: 'string' },
    short: { type: 'string' },
    timezone: { type: 'string', default: 'Asia/Jakarta' },
    head: { type: 'string', default: 'Wali Kota' },
    login: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
  },
});
const password = values.password ?? process.env.SIGAP_ADMIN_PASSWORD;
if (!values.agency || !values.login || !values.name || !password) {
  console.error(
    'Usage: npm run admin:create -- --agency "Pemerintah Kota X" --login admin@x.go.id --name "Nama Admin" [--password …|SIGAP_ADMIN_PASSWORD] [--timezone Asia/Jakarta|Asia/Makassar|Asia/Jayapura] [--head "Wali Kota"|"Bupati"]',
  );
  process.exit(2);
}
if (!isStrongEnough(password, LIMITS.passwordMinLength)) {
  console.error(
    `The password needs at least ${LIMITS.passwordMinLength} characters with letters and digits/symbols.`,
  );
  process.exit(2);
}
const config = loadConfig();
const handle = await openConfiguredDatabase(config);
try {
  if (await findUserByLogin(handle.db, values.login)) {
    console.error(`The login ${values.login} is already taken.`);
    process.exit(1);
  }
  const agencyId = newId();
  const userId = newId();
  const passwordHash = await hashPassword(password);
  await handle.db.transaction(async (tx) => {
    await insertAgency(tx, {
      id: agencyId,
      name: values.agency as string,
      shortName: values.short ?? (values.agency as string).replace(/^Pemerintah\s+/i, ''),
      timezone: values.timezone as string,
      headTitle: values.head as string,
    });
    await insertUser(tx, {
      agencyId,
      id: userId,
      login: values.login as string,
      displayName: values.name as string,
      passwordHash,
    });
    await insertRole(tx, { agencyId, id: newId(), userId, role: 'agency_admin' });
    await recordAudit(tx, { agencyId, actor: null, requestId: 'cli:admin:create', clock: systemClock }, [
      { action: 'agency.create', entityType: 'agency', entityId: agencyId, after: { name: values.agency } },
      {
        action: 'user.create',
        entityType: 'user',
        entityId: userId,
        after: { login: values.login, role: 'agency_admin' },
      },
    ]);
  });
  console.log(`Created agency "${values.agency}" (${agencyId}) and its admin ${values.login}.`);
} finally {
  await handle.close();
}

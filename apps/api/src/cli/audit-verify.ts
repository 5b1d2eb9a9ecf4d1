import { openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { listAgencyIds } from '../modules/audit/audit.repository.ts';
import { verifyChain } from '../modules/audit/audit.service.ts';

/** `npm run audit:verify`: walks every agency's audit chain and reports the first broken link. */
const config = loadConfig();
const handle = await openConfiguredDatabase(config);
let broken = 0;
try {
  for (const agencyId of await listAgencyIds(handle.db)) {
    const report = await verifyChain(handle.db, agencyId);
    if (report.ok) {
      console.log(`OK      agency ${agencyId}: ${report.checked} records, chain intact`);
    } else {
      broken += 1;
      const b = report.firstBroken;
      console.log(
        `BROKEN  agency ${agencyId}: first broken link at seq ${b?.seq} (record ${b?.id}): ${b?.reason}; ${report.checked} records before it are intact`,
      );
    }
  }
} finally {
  await handle.close();
}
process.exit(broken > 0 ? 1 : 0);

import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  journeyPrerequisites,
  type RunningSigap,
  screenshot,
  screenshotOnFailure,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

describe.runIf(ready.ok)("employee on a phone: own profile, nobody else's", () => {
  let sigap: RunningSigap;

  beforeAll(async () => {
    sigap = await startSigap();
  });
  afterAll(async () => {
    await sigap?.stop();
  });

  it('signs in with the NIP, sees their own profile and "not found" for someone else', async () => {
    const me = await sigap.employee('Operator Layanan Operasional');
    const other = await sigap.employee('Kepala Dinas Pendidikan');
    const { page } = await sigap.newPage({ width: 375, height: 740 });
    screenshotOnFailure(() => page, 'profile');
    await signIn(page, sigap.baseUrl, me.nip);
    await page.goto(`${sigap.baseUrl}/profil`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: me.name }).waitFor();
    await page.getByText('Penilai (atasan langsung)').waitFor();
    await screenshot(page, 'phone-profile');
    await page.goto(`${sigap.baseUrl}/pegawai/${other.id}`);
    await page.getByText('Data tidak ditemukan').waitFor();
    await screenshot(page, 'phone-not-found');
  });
});

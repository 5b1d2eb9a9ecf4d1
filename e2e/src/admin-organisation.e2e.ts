import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  journeyPrerequisites,
  type RunningSigap,
  screenshot,
  screenshotOnFailure,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

describe.runIf(ready.ok)('agency admin: unit tree → employee → change of rater', () => {
  let sigap: RunningSigap;
  let page: Page;

  beforeAll(async () => {
    sigap = await startSigap();
    ({ page } = await sigap.newPage());
  });
  afterAll(async () => {
    await sigap?.stop();
  });

  it('shows the Indonesian sign-in page, then the demo agency after signing in', async () => {
    await page.goto(`${sigap.baseUrl}/`);
    await page.getByRole('heading', { name: 'Masuk ke akun Anda' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await screenshot(page, 'sign-in');
    await signIn(page, sigap.baseUrl, sigap.accounts.admin);
    await page.getByRole('heading', { name: 'Pemerintah Kota Sukamaju' }).waitFor();
    await page.getByText('Pegawai aktif').waitFor();
    await screenshot(page, 'home');
  });

  it('browses the unit tree', async () => {
    screenshotOnFailure(() => page, 'units');
    await page.getByRole('navigation').getByRole('link', { name: 'Unit organisasi' }).click();
    const tree = page.getByRole('list', { name: 'Struktur unit organisasi' });
    await tree.getByText('Sekretariat Daerah', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Buka Dinas Kesehatan' }).click();
    await tree.getByText('Sekretariat Dinas Kesehatan', { exact: true }).first().waitFor();
    await page.getByLabel('Cari unit').fill('Puskesmas Mekarsari');
    await tree.getByText('UPT Puskesmas Mekarsari').first().waitFor();
    await screenshot(page, 'units');
  });

  it('opens an employee and changes their rater', async () => {
    screenshotOnFailure(() => page, 'rater');
    const staff = await sigap.employee('Pengadministrasi Perkantoran');
    const newRater = await sigap.employee('Kepala Bagian Hukum');
    await page.getByRole('navigation').getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByLabel('Cari nama atau NIP').fill(staff.nip);
    await page.getByText(staff.name).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: staff.name }).waitFor();
    const linesBefore = await sigap.count('reporting_lines');

    await page.getByRole('button', { name: 'Ubah atasan' }).click();
    const dialog = page.getByRole('dialog');
    const raterInput = dialog.getByLabel('Atasan baru');
    await raterInput.click();
    await raterInput.pressSequentially(newRater.nip.slice(0, 12), { delay: 20 });
    await page.getByRole('option', { name: new RegExp(newRater.name) }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    await dialog.getByLabel('Berlaku mulai').fill(today);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const raterCard = page
      .locator('section, div')
      .filter({ has: page.getByText('Penilai (atasan langsung)') })
      .last();
    await raterCard.getByText(newRater.name).first().waitFor();
    await page.getByText('Riwayat atasan').waitFor();
    expect(await sigap.count('reporting_lines')).toBe(linesBefore + 1);
    await screenshot(page, 'employee-detail');
  });
});

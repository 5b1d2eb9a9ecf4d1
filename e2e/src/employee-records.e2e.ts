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
const POSITION = 'Analis Kebijakan Ahli Muda';
const NIP = '199505122020122005';

describe.runIf(ready.ok)('agency admin: position → new employee → edit record', () => {
  let sigap: RunningSigap;
  let page: Page;

  beforeAll(async () => {
    sigap = await startSigap();
    ({ page } = await sigap.newPage());
    await signIn(page, sigap.baseUrl, sigap.accounts.admin);
  });
  afterAll(async () => {
    await sigap?.stop();
  });

  it('adds a position to a unit from the unit tree', async () => {
    screenshotOnFailure(() => page, 'records-position');
    await page.getByRole('navigation').getByRole('link', { name: 'Unit organisasi' }).click();
    await page.getByRole('button', { name: 'Aksi untuk Dinas Kesehatan' }).click();
    await page.getByRole('menuitem', { name: 'Kelola jabatan' }).click();
    const drawer = page.getByRole('dialog', { name: 'Kelola jabatan' });
    const list = drawer.getByRole('list', { name: 'Jabatan di Dinas Kesehatan' });
    await list.getByText('Kepala Dinas Kesehatan').waitFor();
    await list.getByText('Kepala unit', { exact: true }).first().waitFor();

    await drawer.getByRole('button', { name: 'Tambah jabatan' }).click();
    await drawer.getByLabel('Nama jabatan').fill(POSITION);
    await drawer.getByLabel('Jenis jabatan', { exact: true }).click();
    await page.getByRole('option', { name: 'Fungsional (JF)' }).click();
    await drawer.getByLabel('Jenjang', { exact: true }).click();
    // The levels follow the kind: JF levels only.
    expect(await page.getByRole('option', { name: 'Pratama' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Ahli Muda' }).click();
    await drawer.getByRole('button', { name: 'Simpan' }).click();
    const item = list.getByRole('listitem').filter({ hasText: POSITION });
    await item.getByText('0 pegawai').waitFor();
    await item.getByText('Fungsional (JF) · Ahli Muda').waitFor();
    await screenshot(page, 'records-positions');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('refuses a bad NIP with an Indonesian message, then adds the employee', async () => {
    screenshotOnFailure(() => page, 'records-create');
    await page.getByRole('navigation').getByRole('link', { name: 'Pegawai', exact: true }).click();
    await page.getByRole('button', { name: 'Tambah pegawai' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah pegawai' });
    const nip = dialog.getByLabel('NIP', { exact: true });

    // Client-side: not 18 digits.
    await nip.fill('19950512');
    await dialog.getByRole('button', { name: 'Tambah pegawai' }).click();
    await dialog.getByText('NIP harus 18 digit angka; yang diisi 8 digit.').waitFor();
    expect(await nip.getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('Nama (tanpa gelar)').fill('Rina Marlina');
    await dialog.getByLabel('Gelar belakang').fill('S.E.');
    await dialog.getByLabel('Jenis pegawai', { exact: true }).click();
    await page.getByRole('option', { name: 'PNS', exact: true }).click();
    await dialog.getByLabel('Golongan', { exact: true }).click();
    await page.getByRole('option', { name: 'III/a', exact: true }).click();
    await dialog.getByLabel('Unit', { exact: true }).fill('Dinas Kesehatan');
    await page.getByRole('option', { name: 'Dinas Kesehatan (DINKES)' }).click();
    await dialog.getByLabel('Jabatan', { exact: true }).click();
    await page.getByRole('option', { name: POSITION }).click();

    // Server-side: 18 digits but month 13 in the birth date; the code is shown translated at the field.
    const employeesBefore = await sigap.count('employees');
    await nip.fill('199513122020122005');
    await dialog.getByRole('button', { name: 'Tambah pegawai' }).click();
    await dialog.getByText('Tanggal lahir dalam NIP tidak valid.').waitFor();
    await screenshot(page, 'records-bad-nip');
    expect(await sigap.count('employees')).toBe(employeesBefore);

    await nip.fill(NIP);
    await dialog.getByRole('button', { name: 'Tambah pegawai' }).click();
    await page.waitForURL(/\/pegawai\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Rina Marlina, S.E.' }).waitFor();
    await page.getByText('Pegawai Rina Marlina, S.E. ditambahkan').waitFor();
    const record = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Data kepegawaian' }) });
    await record.getByText(POSITION).waitFor();
    await record.getByText('III/a', { exact: true }).waitFor();
    await record.getByText('12 Mei 1995').waitFor();
    expect(await sigap.count('employees')).toBe(employeesBefore + 1);
    await screenshot(page, 'records-created');
  });

  it('edits the golongan and asks before setting the employee inactive', async () => {
    screenshotOnFailure(() => page, 'records-edit');
    await page.getByRole('button', { name: 'Ubah data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ubah data pegawai' });
    expect(await dialog.getByLabel('Nama (tanpa gelar)').inputValue()).toBe('Rina Marlina');
    await dialog.getByLabel('Golongan', { exact: true }).click();
    await page.getByRole('option', { name: 'III/b', exact: true }).click();

    await dialog.getByLabel('Nonaktif').check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByText('Nonaktifkan pegawai?').waitFor();
    await dialog.getByRole('button', { name: 'Kembali' }).click();
    await dialog.getByLabel('Aktif', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const record = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Data kepegawaian' }) });
    await record.getByText('III/b', { exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rina Marlina, S.E.');
    await page.getByText('Aktif', { exact: true }).first().waitFor();
    await screenshot(page, 'records-edited');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyPrerequisites, type RunningSigap, screenshot, signIn, startSigap } from './harness.ts';

const ready = journeyPrerequisites();

describe.runIf(ready.ok)('import: a CSV with one bad row shows the error and writes nothing', () => {
  let sigap: RunningSigap;

  beforeAll(async () => {
    sigap = await startSigap();
  });
  afterAll(async () => {
    await sigap?.stop();
  });

  it('lists the problem and keeps the import button disabled', async () => {
    const kadis = await sigap.employee('Kepala Dinas Komunikasi');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'sigap-import-')), 'pegawai.csv');
    writeFileSync(
      file,
      [
        'NIP;Nama;Gelar Depan;Gelar Belakang;Jenis Pegawai;Golongan;Jabatan;Jenis Jabatan;Jenjang Jabatan;Kode Unit;NIP Atasan',
        `199001152015031004;Andi Wirawan;;S.Kom.;PNS;III/b;Pranata Komputer Ahli Pertama;JF;AHLI_PERTAMA;DISKOMINFO;${kadis.nip}`,
        `199203202016042002;Rina Oktaviani;;S.E.;PNS;III/a;Pengadministrasi Perkantoran;PELAKSANA;;TIDAK.ADA;${kadis.nip}`,
      ].join('\n'),
    );
    const { page } = await sigap.newPage();
    await signIn(page, sigap.baseUrl, sigap.accounts.admin);
    await page.getByRole('heading', { name: 'Pemerintah Kota Sukamaju' }).waitFor();
    const employeesBefore = await sigap.count('employees');
    const auditBefore = await sigap.count('audit_log');
    await page.getByRole('link', { name: 'Impor pegawai' }).click();
    await page.getByLabel('Berkas CSV atau XLSX').setInputFiles(file);
    await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
    await page.getByText('Masalah yang ditemukan').waitFor();
    await page.getByText('Kode unit "TIDAK.ADA" tidak dikenal').waitFor();
    expect(await page.getByRole('button', { name: 'Impor sekarang' }).isDisabled()).toBe(true);
    await screenshot(page, 'import-errors');
    expect(await sigap.count('employees')).toBe(employeesBefore);
    expect(await sigap.count('audit_log')).toBe(auditBefore);
  });
});

import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  apiSession,
  journeyPrerequisites,
  type RunningSigap,
  screenshot,
  screenshotOnFailure,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock; its pages open on the current year of the agency's zone (WIB). */
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()),
);

/** The Kepala Dinas Kesehatan's JPT SKP (from the organisation's Perjanjian Kinerja). */
const KADIS_RHK = [
  'Meningkatnya derajat kesehatan masyarakat',
  'Meningkatnya cakupan imunisasi dasar lengkap',
];
const jptContent = {
  approach: 'KUANTITATIF',
  rhks: KADIS_RHK.map((text, i) => ({
    category: 'UTAMA',
    text,
    penugasanDari: 'Wali Kota',
    indicators: [
      {
        aspect: 'KUANTITAS',
        text: i === 0 ? 'Angka harapan hidup' : 'Cakupan imunisasi dasar lengkap',
        targetValue: i === 0 ? 74.5 : 95,
        targetUnit: i === 0 ? 'tahun' : '%',
        perspective: 'PENERIMA_LAYANAN',
      },
    ],
  })),
  behaviourExpectations: { BERORIENTASI_PELAYANAN: 'Responsif terhadap keluhan masyarakat' },
  lampiran: { DUKUNGAN_SUMBER_DAYA: 'Anggaran DAK bidang kesehatan' },
};

const RETURN_NOTE = 'Target jumlah kegiatan RHK 2 terlalu rendah; naikkan menjadi paling sedikit 8 kegiatan.';

const approvedCount = async (admin: ApiSession) =>
  (await admin.get<{ totals: { APPROVED: number } }>(`/api/skp-monitoring?year=${YEAR}`)).totals.APPROVED;

/** Waits for opening transitions (modals, dropdowns) to finish, so a screenshot shows what a person sees. */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().length === 0);

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, field: Locator, option: string) {
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.runIf(ready.ok)('SKP: cascade from the Kepala Dinas, return, resubmit, approve, PDF, matrix', () => {
  let sigap: RunningSigap;
  let admin: ApiSession;
  let kadis: { id: string; nip: string; name: string };
  let staff: { id: string; nip: string; fullName: string };
  let kadisSkpId: string;
  let page: Page;
  let raterContext: BrowserContext | undefined;
  let rater: Page | undefined;
  let skpUrl: string;

  beforeAll(async () => {
    sigap = await startSigap();
    admin = await apiSession(sigap, sigap.accounts.admin);
    // The agency admin opens the year the pages default to.
    await admin.post('/api/planning/years', { year: YEAR });
    // The Kepala Dinas Kesehatan's JPT SKP: drafted, filled and submitted; the leader approves it for the Wali Kota.
    const kadisRow = await sigap.employee('Kepala Dinas Kesehatan');
    const kadisName = (await admin.get<{ fullName: string }>(`/api/employees/${kadisRow.id}`)).fullName;
    kadis = { ...kadisRow, name: kadisName };
    const kadisApi = await apiSession(sigap, kadis.nip);
    kadisSkpId = (await kadisApi.post<{ id: string }>('/api/skps', { year: YEAR })).id;
    await kadisApi.put(`/api/skps/${kadisSkpId}/content`, jptContent);
    await kadisApi.post(`/api/skps/${kadisSkpId}/submit`);
    const leader = await apiSession(sigap, sigap.accounts.leader);
    expect((await leader.post<{ status: string }>(`/api/skps/${kadisSkpId}/approve`)).status).toBe(
      'APPROVED',
    );
    // An Administrator (e.g. a Kepala Bidang) whom the Kadis rates.
    const team = await kadisApi.get<{
      items: { employee: { id: string; nip: string; fullName: string } }[];
    }>(`/api/skps/team?year=${YEAR}`);
    const candidates = [];
    for (const item of team.items) {
      const detail = await admin.get<{ positionKind: string }>(`/api/employees/${item.employee.id}`);
      if (detail.positionKind === 'ADMINISTRATOR') candidates.push(item.employee);
    }
    candidates.sort((a, b) => a.nip.localeCompare(b.nip));
    const first = candidates[0];
    if (!first) throw new Error('no Administrator rated by the Kepala Dinas Kesehatan');
    staff = first;
    await kadisApi.close();
    await leader.close();
    ({ page } = await sigap.newPage());
  });
  afterAll(async () => {
    await raterContext?.close();
    await sigap?.stop();
  });

  it('the employee creates the SKP, links two RHKs to the Kepala Dinas, autosaves, and is told what is missing', async () => {
    screenshotOnFailure(() => page, 'skp-create');
    await signIn(page, sigap.baseUrl, staff.nip);
    await page.getByRole('navigation').getByRole('link', { name: 'SKP saya' }).click();
    await page.getByRole('heading', { level: 1, name: 'SKP saya' }).waitFor();
    await page.getByText(`Belum ada SKP untuk tahun ${YEAR}`).waitFor();
    await page.getByText(`Batas penetapan SKP: 31 Jan ${YEAR}`).waitFor();
    await screenshot(page, 'skp-mine-empty');

    await page.getByRole('button', { name: 'Buat SKP' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Buat SKP ${YEAR}` });
    expect(await dialog.getByLabel('Kuantitatif').isChecked()).toBe(true);
    await dialog.getByText(`Salin dari SKP tahun lalu (${YEAR - 1})`).waitFor();
    await settled(page);
    await screenshot(page, 'skp-create-modal');
    await dialog.getByRole('button', { name: 'Buat SKP' }).click();
    await page.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    skpUrl = page.url();
    await page.getByRole('heading', { level: 1, name: `SKP ${YEAR} · ${staff.fullName}` }).waitFor();
    // The superior's approved SKP is available: the alert names them.
    await page.getByText(`Pilih RHK ${kadis.name}`, { exact: false }).waitFor();

    // RHK 1 → the Kadis's first RHK, two indicators.
    await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
    const rhk1 = page.getByRole('group', { name: 'RHK Utama 1' });
    await rhk1.getByLabel('Rumusan RHK').fill('Terlaksananya program peningkatan kesehatan keluarga');
    await rhk1.getByLabel('RHK atasan yang diintervensi').click();
    await page.getByRole('option', { name: KADIS_RHK[0] }).waitFor();
    await settled(page);
    await screenshot(page, 'skp-cascade-select');
    await page.getByRole('option', { name: KADIS_RHK[0] }).click();
    const iki11 = rhk1.getByRole('group', { name: 'Indikator 1' });
    await iki11.getByLabel('Rumusan IKI').fill('Jumlah kegiatan kesehatan keluarga terlaksana');
    await iki11.getByLabel('Target', { exact: true }).fill('12');
    await iki11.getByLabel('Satuan').fill('kegiatan');
    await rhk1.getByRole('button', { name: 'Tambah indikator pada RHK Utama 1' }).click();
    const iki12 = rhk1.getByRole('group', { name: 'Indikator 2' });
    await choose(page, iki12.getByLabel('Aspek', { exact: true }), 'Waktu');
    await iki12.getByLabel('Rumusan IKI').fill('Waktu penyelesaian laporan');
    await iki12.getByLabel('Target', { exact: true }).fill('12');
    await iki12.getByLabel('Satuan').fill('bulan');

    // RHK 2 → the Kadis's second RHK; its target is left empty on purpose.
    await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
    const rhk2 = page.getByRole('group', { name: 'RHK Utama 2' });
    await rhk2.getByLabel('Rumusan RHK').fill('Terlaksananya imunisasi dasar lengkap di puskesmas');
    await choose(page, rhk2.getByLabel('RHK atasan yang diintervensi'), KADIS_RHK[1] as string);
    const iki21 = rhk2.getByRole('group', { name: 'Indikator 1' });
    await iki21.getByLabel('Rumusan IKI').fill('Jumlah kegiatan imunisasi terlaksana');
    await iki21.getByLabel('Satuan').fill('kegiatan');
    await page
      .getByLabel('Ekspektasi khusus pimpinan: Kolaboratif')
      .fill('Aktif berkoordinasi dengan puskesmas');
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();
    await rhk1.scrollIntoViewIfNeeded();
    await screenshot(page, 'skp-editor');

    await page.getByRole('button', { name: 'Ajukan' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'SKP belum dapat diajukan' });
    await problems.getByText('1 hal perlu diperbaiki').waitFor();
    await problems.getByText('RHK Utama 2 · Indikator 1 · Target').waitFor();
    await iki21.getByText('Target wajib diisi dengan angka yang tidak negatif.').waitFor();
    expect(await iki21.getByLabel('Target', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'skp-submit-problems');

    // The server kept the rows (ids) and the decimal typed the Indonesian way.
    await iki21.getByLabel('Target', { exact: true }).fill('6');
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText(`SKP diajukan kepada ${kadis.name}`, { exact: false }).first().waitFor();
    await page.getByText(`SKP ini menunggu persetujuan ${kadis.name}.`).waitFor();
    // Read-only now, in the official layout, with the superior's RHK beside each RHK.
    const results = page.getByRole('table').first();
    await results.getByText(KADIS_RHK[0] as string).waitFor();
    await results.getByText('12 kegiatan').waitFor();
    await results.getByText('6 kegiatan').waitFor();
  });

  it('the Kepala Dinas sees it first in "SKP bawahan" and returns it with a note', async () => {
    ({ page: rater, context: raterContext } = await sigap.newPage());
    const r = rater;
    screenshotOnFailure(() => r, 'skp-return');
    await signIn(r, sigap.baseUrl, kadis.nip);
    await r.getByRole('navigation').getByRole('link', { name: 'SKP bawahan' }).click();
    await r.getByRole('heading', { level: 1, name: 'SKP bawahan' }).waitFor();
    await r.getByText('1 SKP menunggu persetujuan Anda.').waitFor();
    const firstRow = r.getByRole('row').nth(1);
    await firstRow.getByText(staff.fullName).waitFor();
    await firstRow.getByText('Menunggu persetujuan Anda').waitFor();
    await r.getByText('Belum dibuat').first().waitFor();
    await screenshot(r, 'skp-team');

    await r.getByRole('link', { name: `Tinjau SKP ${staff.fullName}` }).click();
    await r.getByRole('heading', { level: 1, name: `SKP ${YEAR} · ${staff.fullName}` }).waitFor();
    await r.getByText(`SKP ${staff.fullName} menunggu persetujuan Anda.`, { exact: false }).waitFor();
    await r.getByRole('button', { name: 'Kembalikan' }).click();
    const dialog = r.getByRole('dialog', { name: 'Kembalikan SKP' });
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await dialog.getByText('Tulis catatan minimal 3 karakter.').waitFor();
    await dialog.getByLabel('Catatan untuk pegawai').fill(RETURN_NOTE);
    await settled(r);
    await screenshot(r, 'skp-return-modal');
    await dialog.getByRole('button', { name: 'Kembalikan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await r.getByText('Dikembalikan', { exact: true }).first().waitFor();
  });

  it('the employee reads the note, fixes the target and submits again', async () => {
    screenshotOnFailure(() => page, 'skp-resubmit');
    await page.goto(skpUrl);
    const note = page.getByRole('alert').filter({ hasText: `Dikembalikan oleh ${kadis.name}` });
    await note.getByText(RETURN_NOTE).waitFor();
    await screenshot(page, 'skp-returned');
    const target = page
      .getByRole('group', { name: 'RHK Utama 2' })
      .getByRole('group', { name: 'Indikator 1' })
      .getByLabel('Target', { exact: true });
    expect(await target.inputValue()).toBe('6');
    await target.fill('8');
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await page.getByText(`SKP ini menunggu persetujuan ${kadis.name}.`).waitFor();
    await page.getByRole('table').first().getByText('8 kegiatan').waitFor();
  });

  it('the Kepala Dinas approves; monitoring counts one more approved SKP', async () => {
    const r = rater as Page;
    screenshotOnFailure(() => r, 'skp-approve');
    const before = await approvedCount(admin);
    await r.reload();
    await r.getByRole('button', { name: 'Setujui' }).click();
    const dialog = r.getByRole('dialog', { name: 'Setujui SKP?' });
    await dialog.getByRole('button', { name: 'Setujui' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await r.getByText('Disetujui', { exact: true }).first().waitFor();
    await r.getByRole('heading', { name: 'Riwayat' }).scrollIntoViewIfNeeded();
    await r.getByText(RETURN_NOTE).waitFor();
    expect(await approvedCount(admin)).toBe(before + 1);
  });

  it('the employee sees the approved SKP and downloads its PDF', async () => {
    screenshotOnFailure(() => page, 'skp-pdf');
    await page.reload();
    await page.getByText('Disetujui', { exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'Matriks Peran Hasil' }).waitFor();
    await screenshot(page, 'skp-approved');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh PDF' }).click(),
    ]);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(download.suggestedFilename()).toBe(`SKP-${YEAR}-${staff.nip}.pdf`);
  });

  it('the admin sees the approved count in "Monitoring SKP"', async () => {
    const { page: adminPage, context } = await sigap.newPage();
    screenshotOnFailure(() => adminPage, 'skp-monitoring');
    await signIn(adminPage, sigap.baseUrl, sigap.accounts.admin);
    await adminPage.getByRole('navigation').getByRole('link', { name: 'Monitoring SKP' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Monitoring SKP' }).waitFor();
    // The Kepala Dinas and the employee.
    await adminPage.getByRole('button', { name: 'Disetujui: 2 pegawai, lihat daftar' }).waitFor();
    await screenshot(adminPage, 'skp-monitoring');
    await context.close();
  });

  it('the Matriks Peran Hasil shows who intervenes which RHK, the gaps, and shares an RHK', async () => {
    const r = rater as Page;
    screenshotOnFailure(() => r, 'skp-matrix');
    await r.goto(`${sigap.baseUrl}/skp/${kadisSkpId}`);
    await r.getByRole('link', { name: 'Matriks Peran Hasil' }).click();
    await r.getByRole('heading', { level: 1, name: 'Matriks Peran Hasil' }).waitFor();
    const table = r.getByRole('table');
    const column = table.getByRole('columnheader').filter({ hasText: staff.fullName });
    await column.getByText('Disetujui').waitFor();
    await table.getByText('Terlaksananya program peningkatan kesehatan keluarga').waitFor();
    await table.getByText('Terlaksananya imunisasi dasar lengkap di puskesmas').waitFor();
    // The others have no linked RHK yet: their columns are flagged.
    expect(await table.getByText('Belum ada RHK yang terhubung').count()).toBeGreaterThan(0);
    await screenshot(r, 'skp-matrix');

    const pick = table.getByRole('checkbox', { name: /^Pilih untuk / }).first();
    await pick.check();
    await r.getByRole('button', { name: 'Buat draf RHK (1)' }).click();
    await r.getByText('1 draf RHK dibuat untuk bawahan.').waitFor();
    await r.getByText('1 draf SKP baru dibuat').waitFor();
    expect(await table.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await screenshot(r, 'skp-matrix-assigned');
  });

  it('a JPT drafts a qualitative SKP; their staff are told the superior must act before they can link', async () => {
    const head = await sigap.employee('Kepala Dinas Pendidikan');
    const { page: jpt, context } = await sigap.newPage();
    screenshotOnFailure(() => jpt, 'skp-jpt');
    await signIn(jpt, sigap.baseUrl, head.nip);
    await jpt.goto(`${sigap.baseUrl}/skp`);
    await jpt.getByRole('button', { name: 'Buat SKP' }).first().click();
    const dialog = jpt.getByRole('dialog', { name: `Buat SKP ${YEAR}` });
    await dialog.getByLabel('Kualitatif').check();
    await dialog.getByRole('button', { name: 'Buat SKP' }).click();
    await jpt.waitForURL(/\/skp\/[0-9a-f-]{36}$/);
    await jpt.getByText('RHK diambil dari Perjanjian Kinerja organisasi', { exact: false }).waitFor();
    await jpt.getByRole('button', { name: 'Tambah RHK utama' }).click();
    const rhk = jpt.getByRole('group', { name: 'RHK Utama 1' });
    await rhk.getByLabel('Rumusan RHK').fill('Meningkatnya mutu pendidikan dasar');
    await rhk.getByLabel('Penugasan dari').fill('Wali Kota');
    const iki = rhk.getByRole('group', { name: 'Indikator 1' });
    await iki.getByLabel('Rumusan IKI').fill('Mutu layanan sekolah dasar');
    await iki.getByLabel('Target (uraian)').fill('Seluruh SD memenuhi standar pelayanan minimal');
    await choose(jpt, iki.getByLabel('Perspektif', { exact: true }), 'Perspektif Penerima Layanan');
    await jpt.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();
    await rhk.scrollIntoViewIfNeeded();
    await screenshot(jpt, 'skp-jpt-editor');
    await context.close();

    // Someone the Kepala Dinas Pendidikan rates: the cascade waits for the superior's approved SKP.
    const headApi = await apiSession(sigap, head.nip);
    const team = await headApi.get<{ items: { employee: { nip: string } }[] }>(`/api/skps/team?year=${YEAR}`);
    await headApi.close();
    const member = team.items[0]?.employee;
    if (!member) throw new Error('nobody rated by the Kepala Dinas Pendidikan');
    const staffPage = await sigap.newPage();
    await signIn(staffPage.page, sigap.baseUrl, member.nip);
    await staffPage.page.goto(`${sigap.baseUrl}/skp`);
    await staffPage.page.getByRole('button', { name: 'Buat SKP' }).first().click();
    await staffPage.page
      .getByRole('dialog', { name: `Buat SKP ${YEAR}` })
      .getByRole('button', { name: 'Buat SKP' })
      .click();
    await staffPage.page.getByText('RHK atasan belum dapat dipilih').waitFor();
    await staffPage.page
      .getByText(`belum memiliki SKP ${YEAR} yang disetujui (SKP-nya berstatus Draf)`, { exact: false })
      .waitFor();
    await staffPage.page.getByRole('button', { name: 'Tambah RHK utama' }).click();
    const parent = staffPage.page
      .getByRole('group', { name: 'RHK Utama 1' })
      .getByLabel('RHK atasan yang diintervensi');
    expect(await parent.isDisabled()).toBe(true);
    await screenshot(staffPage.page, 'skp-cascade-unavailable');
    await staffPage.context.close();
  });

  it('fits a phone: the SKP list, the approved SKP and the matrix', async () => {
    const phone = await sigap.newPage({ width: 390, height: 844 });
    screenshotOnFailure(() => phone.page, 'skp-phone');
    await signIn(phone.page, sigap.baseUrl, staff.nip);
    await phone.page.goto(`${sigap.baseUrl}/skp`);
    await phone.page.getByRole('link', { name: `SKP ${YEAR}`, exact: true }).waitFor();
    await screenshot(phone.page, 'skp-phone-mine');
    await phone.page.goto(skpUrl);
    await phone.page.getByRole('heading', { name: 'Hasil kerja' }).scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'skp-phone-approved');
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // The same SKP in English: every label is translated.
    await phone.page.getByRole('button', { name: 'EN', exact: true }).click();
    await phone.page.getByRole('heading', { name: 'Work results' }).scrollIntoViewIfNeeded();
    await phone.page.getByText("Superior's RHK intervened").waitFor();
    await screenshot(phone.page, 'skp-phone-approved-en');
    await phone.page.getByRole('button', { name: 'ID', exact: true }).click();

    // A revision: version 2 is a new draft (the editor, on a phone); version 1 stays approved.
    await phone.page.getByRole('button', { name: 'Revisi' }).click();
    const confirm = phone.page.getByRole('dialog', { name: 'Buat revisi SKP?' });
    await confirm.getByRole('button', { name: 'Revisi' }).click();
    await phone.page.waitForURL((url) => url.pathname.startsWith('/skp/') && url.href !== skpUrl);
    await phone.page.getByText('Versi 2', { exact: true }).first().waitFor();
    const rhk1 = phone.page.getByRole('group', { name: 'RHK Utama 1' });
    expect(await rhk1.getByLabel('Rumusan RHK').inputValue()).toBe(
      'Terlaksananya program peningkatan kesehatan keluarga',
    );
    await rhk1.scrollIntoViewIfNeeded();
    await screenshot(phone.page, 'skp-phone-editor');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const versions = phone.page.getByRole('navigation', { name: 'Versi SKP' });
    await versions.getByRole('link', { name: 'Versi 1' }).waitFor();
    await phone.context.close();

    const leaderPhone = await sigap.newPage({ width: 390, height: 844 });
    await signIn(leaderPhone.page, sigap.baseUrl, kadis.nip);
    await leaderPhone.page.goto(`${sigap.baseUrl}/skp/${kadisSkpId}/matriks`);
    await leaderPhone.page.getByRole('table').waitFor();
    await screenshot(leaderPhone.page, 'skp-phone-matrix');
    expect(await leaderPhone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await leaderPhone.context.close();
  });
});

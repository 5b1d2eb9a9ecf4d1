import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSession,
  journeyPrerequisites,
  type RunningSigap,
  screenshotOnFailure,
  settledScreenshot,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock; the demo agency is in WIB. */
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const NEW_DEADLINE = `${YEAR}-01-02`;
const DEADLINE_PASSED = TODAY > NEW_DEADLINE;
const formatNumber = (n: number) => new Intl.NumberFormat('id-ID').format(n);

/** A complete SKP for a JPT (Kepala Dinas), as the API test uses it. */
const jptContent = {
  approach: 'KUANTITATIF',
  rhks: [
    {
      category: 'UTAMA',
      text: 'Meningkatnya derajat kesehatan masyarakat',
      penugasanDari: 'Wali Kota',
      indicators: [
        {
          aspect: 'KUANTITAS',
          text: 'Angka harapan hidup',
          targetValue: 74.5,
          targetUnit: 'tahun',
          perspective: 'PENERIMA_LAYANAN',
        },
      ],
    },
  ],
  behaviourExpectations: { BERORIENTASI_PELAYANAN: 'Responsif terhadap keluhan masyarakat' },
  lampiran: {},
};

describe.runIf(ready.ok)('planning year → SKP monitoring → notification of a submitted SKP', () => {
  let sigap: RunningSigap;
  let page: Page;
  let leaderContext: BrowserContext | undefined;
  let leaderPage: Page | undefined;
  let kadis: { id: string; nip: string; name: string };
  let skpId: string;

  beforeAll(async () => {
    sigap = await startSigap();
    ({ page } = await sigap.newPage());
    await signIn(page, sigap.baseUrl, sigap.accounts.admin);
    kadis = await sigap.employee('Kepala Dinas Kesehatan');
  });
  afterAll(async () => {
    await leaderContext?.close();
    await sigap?.stop();
  });

  it('opens the current performance year and shows its periods', async () => {
    screenshotOnFailure(() => page, 'planning');
    await page.getByRole('navigation').getByRole('link', { name: 'Periode kinerja' }).click();
    await page.getByRole('heading', { level: 1, name: 'Periode kinerja' }).waitFor();
    await page.getByText('Belum ada tahun kinerja').waitFor();
    await settledScreenshot(page, 'planning-empty');

    await page.getByRole('button', { name: 'Buka tahun kinerja' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Buka tahun kinerja' });
    // The form starts with this year and its default deadline, 31 January.
    expect(await dialog.getByLabel('Tahun', { exact: true }).inputValue()).toBe(String(YEAR));
    expect(await dialog.getByLabel('Batas penetapan SKP').inputValue()).toBe(`${YEAR}-01-31`);
    await dialog.getByText('Akan dibuat 13 periode.').waitFor();
    await dialog.getByLabel('Periode triwulanan (4 periode)').check();
    await dialog.getByText('Akan dibuat 17 periode.').waitFor();
    await settledScreenshot(page, 'planning-create-form');
    await dialog.getByRole('button', { name: 'Buka tahun kinerja' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Tahun kinerja ${YEAR} dibuka dengan 17 periode`).waitFor();

    const periods = page.getByRole('table', { name: `Periode tahun kinerja ${YEAR}` });
    await periods.getByText(`Tahunan ${YEAR}`).waitFor();
    await periods.getByText(`Triwulan IV ${YEAR}`).waitFor();
    expect(await periods.locator('tbody tr').count()).toBe(17);
    const december = periods.getByRole('row').filter({ hasText: `Desember ${YEAR}` });
    await december.getByText('Final', { exact: true }).waitFor();
    await december.getByText('Bulanan', { exact: true }).waitFor();
    expect(await periods.getByText('Final', { exact: true }).count()).toBe(1);
    await settledScreenshot(page, 'planning-list');
  });

  it('refuses a year already open and moves the SKP deadline', async () => {
    screenshotOnFailure(() => page, 'planning-errors');
    await page.getByRole('button', { name: 'Buka tahun kinerja' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Buka tahun kinerja' });
    const year = dialog.getByLabel('Tahun', { exact: true });
    expect(await year.inputValue()).toBe(String(YEAR + 1));
    await year.fill(String(YEAR));
    // The deadline follows the year while it is the default one.
    expect(await dialog.getByLabel('Batas penetapan SKP').inputValue()).toBe(`${YEAR}-01-31`);
    await dialog.getByRole('button', { name: 'Buka tahun kinerja' }).click();
    await dialog.getByText('Tahun kinerja ini sudah dibuka.').waitFor();
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    await settledScreenshot(page, 'planning-year-exists');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: `Ubah batas penetapan tahun ${YEAR}` }).click();
    const edit = page.getByRole('dialog', { name: `Ubah batas penetapan SKP ${YEAR}` });
    const deadline = edit.getByLabel('Batas penetapan SKP');
    await deadline.fill(`${YEAR + 1}-01-31`);
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.getByText(`Batas penetapan SKP harus jatuh pada tahun ${YEAR}.`).waitFor();
    await deadline.fill(NEW_DEADLINE);
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await edit.waitFor({ state: 'hidden' });
    const toast = page.getByText(`Batas penetapan SKP ${YEAR} diubah menjadi 2 Jan ${YEAR}`);
    await toast.waitFor();
    const control = page.getByRole('button', { name: new RegExp(`^Tahun kinerja ${YEAR}`) });
    await control.getByText(DEADLINE_PASSED ? 'Sudah lewat' : 'Belum lewat', { exact: true }).waitFor();
    await control.getByText(`Batas penetapan SKP: 2 Jan ${YEAR}`).waitFor();
    // The toast closes by itself (kept out of the next screenshots).
    await toast.waitFor({ state: 'hidden' });
  });

  it('monitors the agency, drills into a unit and lists the people without an SKP', async () => {
    screenshotOnFailure(() => page, 'monitoring');
    const recap = await page.request.get(`${sigap.baseUrl}/api/skp-monitoring?year=${YEAR}`);
    const totals = (await recap.json()).totals as { NOT_STARTED: number; total: number };
    expect(totals.NOT_STARTED).toBe(totals.total);

    await page.getByRole('navigation').getByRole('link', { name: 'Monitoring SKP' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring SKP' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Pemerintah Kota Sukamaju' }).waitFor();
    expect(await page.getByLabel('Tahun kinerja').inputValue()).toBe(String(YEAR));
    // Everyone: "Belum dibuat"; no other status has anyone (those cards are not buttons).
    await page
      .getByRole('button', { name: `Belum dibuat: ${formatNumber(totals.total)} pegawai, lihat daftar` })
      .waitFor();
    await page.getByText('100% dari pegawai').waitFor();
    expect(await page.getByText('0% dari pegawai', { exact: true }).count()).toBe(4);
    expect(await page.getByRole('button', { name: /^Draf: / }).count()).toBe(0);
    if (DEADLINE_PASSED) {
      await page.getByText('Batas penetapan SKP (2 Jan', { exact: false }).waitFor();
      await page.getByText('Terlambat', { exact: true }).first().waitFor();
    }
    await settledScreenshot(page, 'monitoring-agency');

    const table = page.getByRole('table', { name: 'Status SKP per unit: Pemerintah Kota Sukamaju' });
    await table.getByRole('link', { name: 'Dinas Kesehatan', exact: true }).click();
    await page.waitForURL(/unitId=/);
    await page.getByRole('heading', { level: 2, name: 'Dinas Kesehatan' }).waitFor();
    const trail = page.getByRole('navigation', { name: 'Posisi unit' });
    await trail.getByRole('link', { name: 'Semua unit' }).waitFor();
    const unitTable = page.getByRole('table', { name: 'Status SKP per unit: Dinas Kesehatan' });
    await unitTable.getByText('(staf langsung)').waitFor();
    await unitTable.getByRole('link', { name: 'Sekretariat Dinas Kesehatan' }).waitFor();
    await settledScreenshot(page, 'monitoring-unit');

    // The unit's own staff: the Kepala Dinas is among them, without an SKP.
    await unitTable
      .getByRole('button', { name: /^Belum dibuat di Dinas Kesehatan \(staf langsung\): / })
      .click();
    let drawer = page.getByRole('dialog', { name: 'Pegawai · Dinas Kesehatan (staf langsung)' });
    const kadisRow = drawer
      .getByRole('row')
      .filter({ hasText: kadis.nip.slice(0, 8) })
      .first();
    await drawer.getByText('Kepala Dinas Kesehatan').first().waitFor();
    // Past the deadline the agency admin is offered to draft it on their behalf.
    if (DEADLINE_PASSED) await kadisRow.getByRole('button', { name: /^Susun SKP atas nama / }).waitFor();
    else await kadisRow.getByText('Belum ada SKP').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Everyone in the unit's subtree without an SKP, a page at a time.
    await unitTable.getByRole('button', { name: /^Belum dibuat di Dinas Kesehatan: / }).click();
    drawer = page.getByRole('dialog', { name: 'Pegawai · Dinas Kesehatan' });
    await drawer.getByText(/^Menampilkan 1–20 dari \d+ pegawai$/).waitFor();
    await drawer.getByText('Belum dibuat', { exact: true }).first().waitFor();
    await settledScreenshot(page, 'monitoring-drilldown');
    await drawer.getByRole('button', { name: 'Halaman 2' }).click();
    await drawer.getByText(/^Menampilkan 21–/).waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Back returns to the whole agency, Forward to the unit again.
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Pemerintah Kota Sukamaju' }).waitFor();
    expect(new URL(page.url()).searchParams.has('unitId')).toBe(false);
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: 'Dinas Kesehatan' }).waitFor();
  });

  it('counts a new SKP as a draft', async () => {
    screenshotOnFailure(() => page, 'monitoring-draft');
    const session = await apiSession(sigap, kadis.nip);
    const created = await session.response('post', '/api/skps', { year: YEAR });
    expect(created.status()).toBe(201);
    skpId = (await created.json()).id;
    await session.close();

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dinas Kesehatan' }).waitFor();
    await page.getByRole('button', { name: 'Draf: 1 pegawai, lihat daftar' }).waitFor();
    const unitTable = page.getByRole('table', { name: 'Status SKP per unit: Dinas Kesehatan' });
    await unitTable
      .getByRole('button', { name: 'Draf di Dinas Kesehatan (staf langsung): 1 pegawai, lihat daftar' })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Pegawai · Dinas Kesehatan (staf langsung)' });
    const link = drawer.getByRole('link', { name: /^Lihat SKP / });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/skp/${skpId}`);
    await drawer.getByText('Draf', { exact: true }).first().waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('notifies the leader when the Kepala Dinas submits the SKP', async () => {
    screenshotOnFailure(() => leaderPage, 'notifications');
    const session = await apiSession(sigap, kadis.nip);
    expect((await session.response('put', `/api/skps/${skpId}/content`, jptContent)).status()).toBe(200);
    const submitted = await session.response('post', `/api/skps/${skpId}/submit`);
    expect(submitted.status()).toBe(200);
    await session.close();

    ({ page: leaderPage, context: leaderContext } = await sigap.newPage());
    const leader = leaderPage;
    await signIn(leader, sigap.baseUrl, sigap.accounts.leader);
    const bell = leader.getByRole('button', { name: /^Notifikasi \(\d+ belum dibaca\)$/ });
    await bell.waitFor();
    const unread = Number(/\((\d+) /.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(unread).toBeGreaterThanOrEqual(1);
    await bell.click();
    const panel = leader.getByRole('dialog', { name: 'Notifikasi' });
    const item = panel.getByRole('button').filter({ hasText: `SKP ${YEAR} diajukan` });
    await item.waitFor();
    await item.getByText(`mengajukan SKP ${YEAR} untuk Anda setujui`).waitFor();
    await item.getByText(/baru saja|sekarang|detik|menit yang lalu/).waitFor();
    await settledScreenshot(leader, 'notifications-popover');

    await item.click();
    await leader.waitForURL(`${sigap.baseUrl}/skp/${skpId}`);
    const after = unread - 1 > 0 ? `Notifikasi (${unread - 1} belum dibaca)` : 'Notifikasi';
    await leader.getByRole('button', { name: after, exact: true }).waitFor();
  });

  it('shows the monitoring on a phone', async () => {
    screenshotOnFailure(() => page, 'monitoring-phone');
    const phone = await sigap.newPage({ width: 390, height: 844 });
    page = phone.page;
    await signIn(page, sigap.baseUrl, sigap.accounts.admin);
    await page.goto(`${sigap.baseUrl}/monitoring-skp`);
    await page.getByRole('heading', { level: 2, name: 'Pemerintah Kota Sukamaju' }).waitFor();
    await page.getByRole('button', { name: 'Diajukan: 1 pegawai, lihat daftar' }).waitFor();
    const cards = page.getByRole('list', { name: 'Status SKP per unit: Pemerintah Kota Sukamaju' });
    await cards.getByRole('link', { name: 'Dinas Kesehatan', exact: true }).waitFor();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settledScreenshot(page, 'monitoring-phone');
    await cards.getByRole('link', { name: 'Dinas Kesehatan', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Dinas Kesehatan' }).waitFor();
    await page
      .getByRole('list', { name: 'Status SKP per unit: Dinas Kesehatan' })
      .getByRole('button', { name: /^Belum dibuat di Dinas Kesehatan \(staf langsung\): / })
      .click();
    const drawer = page.getByRole('dialog', { name: 'Pegawai · Dinas Kesehatan (staf langsung)' });
    await drawer.getByRole('list', { name: 'Daftar pegawai' }).waitFor();
    await settledScreenshot(page, 'monitoring-phone-drilldown');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The periods fit a phone too: dates under the period's name.
    await page.goto(`${sigap.baseUrl}/periode`);
    const periods = page.getByRole('table', { name: `Periode tahun kinerja ${YEAR}` });
    await periods.getByText(`Tahunan ${YEAR}`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settledScreenshot(page, 'planning-phone');
    await phone.context.close();
  });
});

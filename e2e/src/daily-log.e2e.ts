import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  apiSession,
  journeyPrerequisites,
  type RunningSigap,
  screenshotOnFailure,
  settledScreenshot,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock: the day filled in is today in the agency's zone (WIB). */
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const PHONE = { width: 390, height: 844 };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.runIf(ready.ok)(
  'Log harian: an employee fills today on a phone and submits it; the rater approves it',
  () => {
    let sigap: RunningSigap;
    let kadisApi: ApiSession;
    let kadis: { id: string; nip: string; name: string };
    let staff: { id: string; nip: string; fullName: string };
    let page: Page | undefined;

    beforeAll(async () => {
      sigap = await startSigap();
      const kadisRow = await sigap.employee('Kepala Dinas Kesehatan');
      kadisApi = await apiSession(sigap, kadisRow.nip);
      const { fullName } = await kadisApi.get<{ fullName: string }>(`/api/employees/${kadisRow.id}`);
      kadis = { ...kadisRow, name: fullName };
      const team = await kadisApi.get<{
        people: { employee: { id: string; nip: string; fullName: string } }[];
      }>(`/api/daily-logs/team?from=${TODAY}&to=${TODAY}`);
      const first = [...team.people].sort((a, b) => a.employee.nip.localeCompare(b.employee.nip))[0];
      if (!first) throw new Error('nobody rated by the Kepala Dinas Kesehatan');
      staff = first.employee;
    });
    afterAll(async () => {
      await kadisApi?.close();
      await sigap?.stop();
    });

    it('the employee opens today from the month calendar, records two activities with evidence and submits', async () => {
      screenshotOnFailure(() => page, 'daily-log-employee');
      const phone = await sigap.newPage(PHONE);
      page = phone.page;
      await signIn(page, sigap.baseUrl, staff.nip);
      await page.getByRole('button', { name: 'Buka menu navigasi' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Log Harian', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Log Harian' }).waitFor();
      const todayCell = page
        .getByRole('button', { name: /Belum diisi/ })
        .and(page.locator('[aria-current="date"]'));
      await todayCell.waitFor();
      await page.getByRole('list', { name: 'Keterangan warna' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await settledScreenshot(page, 'daily-log-month-phone');

      await todayCell.click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('group', { name: 'Kegiatan 1' }).waitFor();
      const first = drawer.getByRole('group', { name: 'Kegiatan 1' });
      await first.getByLabel('Jam mulai').fill('07:30');
      await first.getByLabel('Jam selesai').fill('09:00');
      await first.getByLabel('Uraian kegiatan').fill('Apel pagi dan rapat koordinasi bidang');
      await drawer.getByRole('button', { name: 'Tambah kegiatan' }).click();
      const second = drawer.getByRole('group', { name: 'Kegiatan 2' });
      // The next activity starts when the previous one ends.
      expect(await second.getByLabel('Jam mulai').inputValue()).toBe('09:00');
      await second.getByLabel('Jam selesai').fill('08:30');
      await second.getByLabel('Uraian kegiatan').fill('Menyusun laporan capaian imunisasi minggu ini');
      await second
        .getByLabel('Tautan bukti (opsional)')
        .fill('https://drive.example.go.id/laporan-imunisasi');
      // An end before the start is caught before anything is sent.
      await drawer.getByRole('button', { name: 'Simpan draf' }).click();
      await second.getByText('Kegiatan 2: jam selesai harus setelah jam mulai.').waitFor();
      await second.getByLabel('Jam selesai').fill('11:30');
      await drawer.getByRole('button', { name: 'Simpan draf' }).click();
      await page.getByText(/^Draf log .* tersimpan\.$/).waitFor();

      await drawer.locator('input[type=file]').setInputFiles({
        name: 'notulen rapat.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await drawer.getByRole('link', { name: 'notulen rapat.pdf' }).waitFor();
      await drawer.getByText('Total 4 jam').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await first.scrollIntoViewIfNeeded();
      await settledScreenshot(page, 'daily-log-day-phone');

      await drawer.getByRole('button', { name: 'Ajukan', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: 'Ajukan log harian?' });
      await confirm.getByText(/2 kegiatan, 4 jam/).waitFor();
      await settledScreenshot(page, 'daily-log-submit-confirm-phone');
      await confirm.getByRole('button', { name: 'Ajukan', exact: true }).click();
      await page.getByText(`Log harian diajukan kepada ${kadis.name}.`).waitFor();
      await page
        .getByRole('button', { name: /Diajukan, 4 jam/ })
        .and(page.locator('[aria-current="date"]'))
        .waitFor();
      await settledScreenshot(page, 'daily-log-submitted-phone');
      await phone.context.close();
      page = undefined;
    });

    it('the rater selects the submitted day in "Log Harian Tim" and approves it after a confirmation', async () => {
      screenshotOnFailure(() => page, 'daily-log-rater');
      const desk = await sigap.newPage();
      page = desk.page;
      await signIn(page, sigap.baseUrl, kadis.nip);
      await page.getByRole('navigation').getByRole('link', { name: 'Log Harian Tim' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log Harian Tim' }).waitFor();
      await page.getByText('1 log harian menunggu persetujuan Anda pada minggu ini.').waitFor();
      const name = escapeRegExp(staff.fullName);
      await page.getByRole('button', { name: new RegExp(`^${name}, .*: Diajukan, 4 jam$`) }).waitFor();
      await page.getByRole('checkbox', { name: new RegExp(`^Pilih log ${name}, `) }).check();
      await settledScreenshot(page, 'daily-log-team');
      await page.getByRole('button', { name: 'Setujui (1)' }).click();
      const confirm = page.getByRole('dialog', { name: 'Setujui 1 log harian?' });
      await confirm.getByRole('button', { name: 'Setujui 1 log' }).click();
      await page.getByText('1 log harian disetujui.').waitFor();
      await page.getByRole('button', { name: new RegExp(`^${name}, .*: Disetujui, 4 jam$`) }).waitFor();
      await settledScreenshot(page, 'daily-log-team-approved');

      // The day opens read-only for the rater, with the entries and the evidence the employee attached.
      await page.getByRole('button', { name: new RegExp(`^${name}, .*: Disetujui`) }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByText('Menyusun laporan capaian imunisasi minggu ini').waitFor();
      await drawer.getByRole('link', { name: 'notulen rapat.pdf' }).waitFor();
      const day = await kadisApi.get<{ status: string; entries: unknown[] }>(
        `/api/daily-logs/employees/${staff.id}/${TODAY}`,
      );
      expect(day.status).toBe('APPROVED');
      expect(day.entries).toHaveLength(2);
      await desk.context.close();

      // The same week fits a phone: a card per person with seven day cells.
      const phone = await sigap.newPage(PHONE);
      page = phone.page;
      await signIn(page, sigap.baseUrl, kadis.nip);
      await page.goto(`${sigap.baseUrl}/log-harian-tim`);
      await page.getByRole('button', { name: new RegExp(`^${name}, .*: Disetujui, 4 jam$`) }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      await settledScreenshot(page, 'daily-log-team-phone');
      await phone.context.close();
      page = undefined;
    });
  },
);

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  journeyPrerequisites,
  type RunningSigap,
  SHOTS_DIR,
  screenshot,
  screenshotOnFailure,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock; the results page opens on the current quarter of the agency's zone (WIB). */
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const QUARTER = Math.ceil(Number(TODAY.slice(5, 7)) / 3);
const NUMERALS = ['I', 'II', 'III', 'IV'];
const PERIOD = `${YEAR}-Q${QUARTER}`;
const PERIOD_NAME = `Triwulan ${NUMERALS[QUARTER - 1]} ${YEAR}`;

const SERVICE_UNIT = 'Puskesmas Sukamaju';
const ORG_UNIT = 'UPT Puskesmas Sukamaju (DINKES.PKM1)';

const allAnswers = (score: number) =>
  Object.fromEntries(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((u) => [u, score]));

/**
 * Three citizens: all 4; all 3; all 3 but U4 = 4. NRR = 3,333 (U4: 3,667); SKM = 30,333 / 9 = 3,370;
 * IKM = 84,26 → B (Baik) with the exact weight 1/9 (rules §7.1).
 */
const RESPONSES = [
  {
    answers: allAnswers(4),
    sex: 'P',
    age: 34,
    education: 'D4_S1',
    occupation: 'SWASTA',
    comment: 'Petugas ramah dan cepat.',
  },
  { answers: allAnswers(3), sex: 'L', age: 61, education: 'SMA', occupation: 'LAINNYA', comment: null },
  {
    answers: { ...allAnswers(3), U4: 4 },
    sex: null,
    age: null,
    education: null,
    occupation: null,
    comment: 'Antrean pagi masih panjang.',
  },
];

/** Waits until finite animations (modals, drawers, toasts) have finished, then screenshots the viewport. */
async function shot(page: Page, name: string, fullPage = false) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  if (fullPage) await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
  else await screenshot(page, name);
}

/** Picks an option of a Mantine Select by its label (typing first narrows a searchable one). */
async function choose(page: Page, field: Locator, option: string, type?: string) {
  await field.click();
  if (type) await field.fill(type);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A call of the public API as a citizen's phone would make it (no session; its own user agent). */
async function publicPost(sigap: RunningSigap, url: string, body: unknown, userAgent: string) {
  const response = await fetch(`${sigap.baseUrl}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  expect(response.status, `${url}: ${JSON.stringify(json)}`).toBeLessThan(300);
  return json;
}

describe.runIf(ready.ok)(
  'citizens’ voice (staff): service unit → SKM results → complaint desk → officer ratings',
  () => {
    let sigap: RunningSigap;
    let page: Page;
    let officerContext: BrowserContext | undefined;
    let officerPage: Page | undefined;
    let serviceUnitId = '';
    let typeId = '';

    beforeAll(async () => {
      sigap = await startSigap();
      ({ page } = await sigap.newPage());
      await signIn(page, sigap.baseUrl, sigap.accounts.admin);
    });
    afterAll(async () => {
      await officerContext?.close();
      await sigap?.stop();
    });

    it('the agency admin creates a service unit with a service type and sets its population', async () => {
      screenshotOnFailure(() => page, 'voice-units');
      await page.getByRole('navigation').getByRole('link', { name: 'Unit layanan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Unit layanan' }).waitFor();
      await page.getByText('Belum ada unit layanan').waitFor();
      await shot(page, 'voice-units-empty');

      await page.getByRole('button', { name: 'Tambah unit layanan' }).first().click();
      const create = page.getByRole('dialog', { name: 'Tambah unit layanan' });
      await choose(
        page,
        create.getByLabel('Unit organisasi', { exact: true }),
        ORG_UNIT,
        'Puskesmas Sukamaju',
      );
      await create.getByLabel('Nama unit layanan').fill(SERVICE_UNIT);
      await shot(page, 'voice-unit-create');
      await create.getByRole('button', { name: 'Simpan' }).click();
      await create.waitFor({ state: 'hidden' });
      const card = page.getByRole('article', { name: SERVICE_UNIT });
      await card.getByText('UPT Puskesmas Sukamaju').waitFor();
      await card.getByText('Belum ada jenis layanan.').waitFor();

      await card.getByRole('button', { name: `Kelola ${SERVICE_UNIT}` }).click();
      await page.getByRole('menuitem', { name: 'Tambah jenis layanan' }).click();
      const type = page.getByRole('dialog', { name: 'Tambah jenis layanan' });
      await type.getByLabel('Nama jenis layanan').fill('Rawat jalan');
      const days = type.getByLabel('Waktu penyelesaian pengaduan');
      await days.fill('5');
      await shot(page, 'voice-type-form');
      await type.getByRole('button', { name: 'Tambah', exact: true }).click();
      await type.waitFor({ state: 'hidden' });
      await card.getByText('Rawat jalan').waitFor();
      await card.getByText('selesai dalam 5 hari kerja').waitFor();

      await card.getByRole('button', { name: `Kelola ${SERVICE_UNIT}` }).click();
      await page.getByRole('menuitem', { name: 'Jumlah pengguna layanan' }).click();
      const population = page.getByRole('dialog', { name: 'Jumlah pengguna layanan' });
      // The form starts on the current quarter.
      expect(await population.getByLabel('Jenis periode', { exact: true }).inputValue()).toBe('Triwulan');
      expect(await population.getByLabel('Triwulan', { exact: true }).inputValue()).toBe(
        `Triwulan ${NUMERALS[QUARTER - 1]}`,
      );
      await population.getByLabel('Jumlah pengguna layanan').fill('100');
      await population.getByText(`Sampel minimum untuk ${PERIOD_NAME}: 80 responden.`).waitFor();
      await shot(page, 'voice-population');
      await population.getByRole('button', { name: 'Simpan' }).click();
      await population.waitFor({ state: 'hidden' });
      await page.getByText(`Jumlah pengguna layanan ${PERIOD_NAME} disimpan: 100.`).waitFor();

      const list = (await (
        await page.context().request.get(`${sigap.baseUrl}/api/service-units`)
      ).json()) as {
        items: { id: string; name: string; types: { id: string }[] }[];
      };
      const unit = list.items.find((u) => u.name === SERVICE_UNIT);
      serviceUnitId = unit?.id ?? '';
      typeId = unit?.types[0]?.id ?? '';
      expect(serviceUnitId).not.toBe('');
      await shot(page, 'voice-units-list');
    });

    it('shares the survey links and prints visit codes', async () => {
      screenshotOnFailure(() => page, 'voice-share');
      const card = page.getByRole('article', { name: SERVICE_UNIT });
      await card.getByRole('button', { name: `Bagikan survei ${SERVICE_UNIT}` }).click();
      const share = page.getByRole('dialog', { name: 'Bagikan survei kepuasan' });
      expect(await share.getByRole('textbox', { name: 'Tautan survei' }).inputValue()).toBe(
        `${sigap.baseUrl}/survei/${serviceUnitId}`,
      );
      expect(await share.getByRole('textbox', { name: 'Tautan mode kios' }).inputValue()).toBe(
        `${sigap.baseUrl}/kiosk/${serviceUnitId}`,
      );
      const poster = share.getByRole('link', { name: 'Unduh poster QR' });
      expect(await poster.getAttribute('href')).toBe(`/api/service-units/${serviceUnitId}/poster.pdf`);
      await shot(page, 'voice-share');
      await share.getByRole('button', { name: 'Tutup' }).last().click();
      await share.waitFor({ state: 'hidden' });

      await card.getByRole('button', { name: `Kelola ${SERVICE_UNIT}` }).click();
      await page.getByRole('menuitem', { name: 'Buat kode kunjungan' }).click();
      const codes = page.getByRole('dialog', { name: 'Buat kode kunjungan' });
      await codes.getByLabel('Jumlah kode').fill('6');
      await shot(page, 'voice-codes-form');
      await codes.getByRole('button', { name: 'Buat kode' }).click();
      await codes.getByText('6 kode dibuat').waitFor();
      expect(
        await codes.getByRole('list', { name: 'Kode kunjungan yang dibuat' }).getByRole('listitem').count(),
      ).toBe(6);
      await shot(page, 'voice-codes-issued');
      // The print sheet holds one slip per code; on paper nothing else shows.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.sigap-voice-print .sigap-voice-slip').count()).toBe(6);
      expect(await page.locator('#root').isVisible()).toBe(false);
      await page.screenshot({ path: path.join(SHOTS_DIR, 'voice-codes-print.png') });
      await page.emulateMedia({ media: 'screen' });
      await codes.getByRole('button', { name: 'Selesai' }).click();
      await codes.waitFor({ state: 'hidden' });
    });

    it('shows the citizens’ voice settings with the weight rule explained', async () => {
      screenshotOnFailure(() => page, 'voice-settings');
      await page.getByRole('button', { name: 'Pengaturan' }).click();
      const settings = page.getByRole('dialog', { name: 'Pengaturan suara masyarakat' });
      expect(await settings.getByRole('radio', { name: '1/9 (eksak)' }).isChecked()).toBe(true);
      await settings.getByText('IKM sekitar 1% lebih rendah').waitFor();
      await shot(page, 'voice-settings');
      await settings.getByRole('button', { name: 'Batal' }).click();
      await settings.waitFor({ state: 'hidden' });
    });

    it('three citizens answer the survey and the results page shows the IKM and its grade', async () => {
      screenshotOnFailure(() => page, 'voice-results');
      for (const [i, response] of RESPONSES.entries()) {
        const result = await publicPost(
          sigap,
          `/api/public/service-units/${serviceUnitId}/responses`,
          { clientId: randomUUID(), serviceTypeId: typeId, channel: 'LINK', ...response },
          `Mozilla/5.0 (Linux; Android 14; citizen-${i + 1}) Mobile`,
        );
        expect(result.duplicate).toBe(false);
      }

      await page
        .getByRole('article', { name: SERVICE_UNIT })
        .getByRole('link', { name: `Hasil SKM ${SERVICE_UNIT}` })
        .click();
      await page.waitForURL(`**/layanan/${serviceUnitId}/skm`);
      await page.getByRole('heading', { level: 1, name: SERVICE_UNIT }).waitFor();
      await page.getByTestId('ikm-value').getByText('84,26').waitFor();
      await page.getByRole('img', { name: 'Mutu pelayanan B, Baik' }).waitFor();
      await page.getByText('Mutu pelayanan B: kinerja unit pelayanan Baik.').waitFor();
      await page.getByText('Sampel minimum 80 dari populasi 100 (Krejcie–Morgan).').waitFor();
      await page.getByText('Sampel belum terpenuhi').waitFor();
      const table = page.getByRole('table', { name: 'Nilai per unsur' });
      await table.getByRole('row').filter({ hasText: 'Biaya/Tarif' }).getByText('3,667').waitFor();
      await page.getByText('Antrean pagi masih panjang.').waitFor();
      await shot(page, 'voice-results');
      await shot(page, 'voice-results-full', true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Laporan PDF' }).click(),
      ]);
      const bytes = await readFile((await download.path()) as string);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(download.suggestedFilename()).toBe(`laporan-skm-${PERIOD}.pdf`);
    });

    it('explains how to collect answers for a period without any', async () => {
      screenshotOnFailure(() => page, 'voice-results-empty');
      await choose(page, page.getByLabel('Jenis periode', { exact: true }), 'Tahunan');
      await page.waitForURL(`**/layanan/${serviceUnitId}/skm?period=${YEAR}`);
      await page.getByTestId('ikm-value').getByText('84,26').waitFor();
      await choose(page, page.getByLabel('Tahun', { exact: true }), String(YEAR - 1));
      await page.getByText(`Belum ada jawaban survei untuk Tahun ${YEAR - 1}`).waitFor();
      expect(await page.getByRole('textbox', { name: 'Tautan survei' }).inputValue()).toBe(
        `${sigap.baseUrl}/survei/${serviceUnitId}`,
      );
      await shot(page, 'voice-results-empty');
    });

    it('a phone shows the results as cards', async () => {
      const { page: phone, context } = await sigap.newPage({ width: 390, height: 844 });
      screenshotOnFailure(() => phone, 'voice-results-phone');
      try {
        await signIn(phone, sigap.baseUrl, sigap.accounts.admin);
        await phone.goto(`${sigap.baseUrl}/layanan/${serviceUnitId}/skm?period=${PERIOD}`);
        await phone.getByTestId('ikm-value').getByText('84,26').waitFor();
        await shot(phone, 'voice-results-phone');
        await phone.getByRole('list', { name: 'Nilai per unsur' }).scrollIntoViewIfNeeded();
        await shot(phone, 'voice-results-phone-unsur');
        // The same page in English.
        await phone.getByRole('button', { name: 'EN', exact: true }).click();
        await phone.getByText('Community Satisfaction Index (IKM)').waitFor();
        await phone.getByText('Service quality B: unit performance Good.').waitFor();
        await phone.evaluate(() => window.scrollTo(0, 0));
        await shot(phone, 'voice-results-phone-en');
        await phone.getByRole('button', { name: 'ID', exact: true }).click();
        await phone.goto(`${sigap.baseUrl}/layanan`);
        await phone.getByRole('article', { name: SERVICE_UNIT }).waitFor();
        await shot(phone, 'voice-units-phone');
      } finally {
        await context.close();
      }
    });

    it('a complaint from the public form is verified, dispatched, answered and published on the desk', async () => {
      screenshotOnFailure(() => page, 'voice-complaints');
      const me = (await (await page.context().request.get(`${sigap.baseUrl}/api/me`)).json()) as {
        agency: { id: string };
      };
      const TITLE = 'Antrean pendaftaran terlalu lama';
      const { ticketCode } = (await publicPost(
        sigap,
        `/api/public/agencies/${me.agency.id}/complaints`,
        {
          clientId: randomUUID(),
          serviceUnitId,
          category: 'PENGADUAN',
          title: TITLE,
          body: 'Saya menunggu lebih dari dua jam di loket pendaftaran tanpa kejelasan nomor antrean.',
          reporterName: 'Siti Warga',
          reporterContact: '0812-0000-1111',
        },
        'Mozilla/5.0 (Linux; Android 14; reporter) Mobile',
      )) as { ticketCode: string };
      const attached = await fetch(
        `${sigap.baseUrl}/api/public/complaints/${ticketCode}/attachments?fileName=bukti-antrean.pdf`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/octet-stream' },
          body: Buffer.from('%PDF-1.4\n%%EOF\n'),
        },
      );
      expect(attached.status, await attached.text()).toBeLessThan(300);

      await page.getByRole('navigation').getByRole('link', { name: 'Pengaduan masuk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pengaduan masuk' }).waitFor();
      const list = page.getByRole('table', { name: 'Daftar pengaduan' });
      const row = list.getByRole('row').filter({ hasText: TITLE });
      await row.getByText('Diterima', { exact: true }).waitFor();
      await row.getByText('Dalam batas waktu').waitFor();
      await shot(page, 'voice-complaints-desk');

      await row.getByRole('button', { name: TITLE }).click();
      const drawer = page.getByRole('dialog', { name: `Pengaduan ${ticketCode}` });
      await drawer.getByText('Siti Warga · 0812-0000-1111').waitFor();
      expect(await drawer.getByRole('link', { name: 'bukti-antrean.pdf' }).getAttribute('href')).toMatch(
        /^\/api\/complaints\/[0-9a-f-]+\/attachments\/[0-9a-f-]+$/,
      );
      await shot(page, 'voice-complaint-received');

      // Verify (with an internal note).
      await drawer.getByRole('button', { name: 'Verifikasi' }).click();
      await drawer.getByLabel('Catatan (opsional)').fill('Laporan jelas; terkait antrean loket pendaftaran.');
      await drawer.getByRole('button', { name: 'Verifikasi' }).click();
      await page.getByText(`Pengaduan ${ticketCode} diverifikasi.`).waitFor();
      await drawer.getByText('Terverifikasi', { exact: true }).first().waitFor();
      await drawer.getByText('Catatan internal').waitFor();

      // Dispatch to the unit the citizen chose, with its service type (5 working days).
      await drawer.getByRole('button', { name: 'Teruskan ke unit' }).click();
      expect(await drawer.getByLabel('Unit layanan tujuan', { exact: true }).inputValue()).toBe(
        `${SERVICE_UNIT} — UPT Puskesmas Sukamaju`,
      );
      await choose(
        page,
        drawer.getByLabel('Jenis layanan', { exact: true }),
        'Rawat jalan (selesai dalam 5 hari kerja)',
      );
      await shot(page, 'voice-complaint-dispatch');
      await drawer.getByRole('button', { name: 'Teruskan ke unit' }).click();
      await page.getByText(`Pengaduan ${ticketCode} diteruskan ke unit layanan.`).waitFor();
      await drawer.getByText('Tindak lanjut unit').waitFor();

      // The unit's answer (the coordinator may give it too), then publication.
      await drawer.getByRole('button', { name: 'Kirim jawaban' }).click();
      await drawer
        .getByLabel('Jawaban untuk pelapor')
        .fill(
          'Mulai pekan depan loket pendaftaran dibuka pukul 07.00 dan nomor antrean dapat diambil daring.',
        );
      await shot(page, 'voice-complaint-answer');
      await drawer.getByRole('button', { name: 'Kirim jawaban' }).click();
      await page.getByText(`Jawaban pengaduan ${ticketCode} dikirim ke koordinator.`).waitFor();
      await drawer.getByRole('button', { name: 'Publikasikan jawaban' }).click();
      await drawer.getByRole('button', { name: 'Publikasikan jawaban' }).click();
      await page.getByText(`Jawaban pengaduan ${ticketCode} dipublikasikan.`).waitFor();
      await drawer.getByText('Selesai tepat waktu').first().waitFor();
      await drawer.getByText('Jawaban dipublikasikan').waitFor();
      await shot(page, 'voice-complaint-published');

      const tracked = (await (
        await fetch(`${sigap.baseUrl}/api/public/complaints/${ticketCode}`)
      ).json()) as {
        status: string;
        answer: string | null;
      };
      expect(tracked.status).toBe('PUBLISHED');
      expect(tracked.answer).toContain('pukul 07.00');

      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await row.getByText('Selesai', { exact: true }).waitFor();
    });

    it('records a report from SP4N-LAPOR!', async () => {
      screenshotOnFailure(() => page, 'voice-complaint-lapor');
      await page.getByRole('button', { name: 'Catat laporan' }).click();
      const entry = page.getByRole('dialog', { name: 'Catat laporan SP4N-LAPOR! atau langsung' });
      await entry.getByLabel('Nomor laporan SP4N-LAPOR!').fill('LAPOR-8812345');
      await entry.getByLabel('Judul laporan').fill('Obat tidak tersedia di apotek puskesmas');
      await entry
        .getByLabel('Isi laporan')
        .fill('Resep dari dokter tidak dapat ditebus karena stok obat kosong sejak seminggu.');
      await choose(page, entry.getByLabel('Unit layanan', { exact: true }), SERVICE_UNIT);
      await shot(page, 'voice-complaint-lapor-form');
      await entry.getByRole('button', { name: 'Simpan laporan' }).click();
      await entry.waitFor({ state: 'hidden' });
      const drawer = page.getByRole('dialog', { name: /^Pengaduan ADU-/ });
      await drawer.getByText('SP4N-LAPOR! · LAPOR-8812345').waitFor();
      await shot(page, 'voice-complaint-lapor');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      await page
        .getByRole('table', { name: 'Daftar pengaduan' })
        .getByRole('row')
        .filter({ hasText: 'Obat tidak tersedia' })
        .waitFor();
      await shot(page, 'voice-complaints-desk-after');
    });

    it('an officer sees citizens’ ratings only from the minimum on, and replies', async () => {
      screenshotOnFailure(() => officerPage, 'voice-ratings');
      // The agency admin switches officer ratings on.
      await page.getByRole('navigation').getByRole('link', { name: 'Unit layanan' }).click();
      await page.getByRole('button', { name: 'Pengaturan' }).click();
      const settings = page.getByRole('dialog', { name: 'Pengaturan suara masyarakat' });
      await settings.getByRole('switch', { name: 'Aktifkan penilaian petugas' }).check();
      await settings.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Pengaturan suara masyarakat disimpan.').waitFor();

      // Codes naming the head of the puskesmas; two citizens rate him.
      const officer = await sigap.employee('Kepala UPT Puskesmas Sukamaju');
      const issued = await page
        .context()
        .request.post(`${sigap.baseUrl}/api/service-units/${serviceUnitId}/visit-codes`, {
          data: { count: 5, officerEmployeeId: officer.id, validDays: 7 },
          headers: {
            'x-csrf-token': (
              (await (await page.context().request.get(`${sigap.baseUrl}/api/me`)).json()) as {
                csrfToken: string;
              }
            ).csrfToken,
          },
        });
      expect(issued.status()).toBe(201);
      const codes = ((await issued.json()) as { codes: { code: string }[] }).codes.map((c) => c.code);
      const rate = (code: string, score: number, comment: string | null) =>
        publicPost(
          sigap,
          '/api/public/officer-ratings',
          { visitCode: code, score, comment },
          `rater-${code}`,
        );
      await rate(codes[0] as string, 5, 'Dijelaskan dengan sabar, terima kasih.');
      await rate(codes[1] as string, 4, null);

      ({ page: officerPage, context: officerContext } = await sigap.newPage());
      await signIn(officerPage, sigap.baseUrl, officer.nip);
      await officerPage.getByRole('navigation').getByRole('link', { name: 'Penilaian warga' }).click();
      await officerPage.getByRole('heading', { level: 1, name: 'Penilaian warga' }).waitFor();
      await officerPage.getByText('Nilai belum ditampilkan').waitFor();
      await officerPage.getByText('Perlu 3 penilaian lagi.').waitFor();
      await shot(officerPage, 'voice-ratings-hidden');

      await rate(codes[2] as string, 5, null);
      await rate(codes[3] as string, 3, 'Menunggu agak lama di ruang periksa.');
      await rate(codes[4] as string, 4, null);
      await officerPage.reload();
      await officerPage.getByText('Rata-rata penilaian').waitFor();
      await officerPage.getByText('4,20').waitFor();
      await officerPage.getByText('Menunggu agak lama di ruang periksa.').waitFor();
      await shot(officerPage, 'voice-ratings-shown');

      await officerPage.getByRole('button', { name: 'Tanggapi' }).first().click();
      await officerPage
        .getByLabel('Tanggapan Anda')
        .fill('Terima kasih atas masukannya; jadwal periksa kini dibagi per jam.');
      await officerPage.getByRole('button', { name: 'Kirim tanggapan' }).click();
      await officerPage.getByText('Tanggapan disimpan.').waitFor();
      await officerPage.getByText('jadwal periksa kini dibagi per jam').waitFor();
      await shot(officerPage, 'voice-ratings-replied');
    });
  },
);

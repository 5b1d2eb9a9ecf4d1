import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSession,
  expectNoSeriousViolations,
  journeyPrerequisites,
  type RunningSigap,
  screenshot,
  screenshotOnFailure,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();
const PHONE = { width: 390, height: 844 };
const ANSWER = 'Loket tambahan dibuka mulai pekan depan dan petugas telah dibina.';
const PUBLIC_NOTE = 'Diteruskan ke Puskesmas untuk ditindaklanjuti.';

async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await screenshot(page, name);
}

describe.runIf(ready.ok)('public complaint → staff handling → tracking; officer rating', () => {
  let sigap: RunningSigap;
  let admin: Awaited<ReturnType<typeof apiSession>>;
  let liaison: Awaited<ReturnType<typeof apiSession>>;
  let serviceUnitId: string;
  let page: Page;

  beforeAll(async () => {
    sigap = await startSigap();
    admin = await apiSession(sigap, sigap.accounts.admin);
    liaison = await apiSession(sigap, sigap.accounts.unitAdmin);
    const units = await admin.get<{ items: { id: string; code: string }[] }>('/api/units');
    const dinkes = units.items.find((u) => u.code === 'DINKES');
    serviceUnitId = (
      await admin.post<{ id: string }>('/api/service-units', {
        unitId: dinkes?.id,
        name: 'Puskesmas Sukamaju Selatan',
      })
    ).id;
    ({ page } = await sigap.newPage(PHONE));
  });
  afterAll(async () => {
    await admin?.close();
    await liaison?.close();
    await sigap?.stop();
  });

  it('a citizen reports, staff verify, dispatch, answer and publish; the tracking page shows the answer', async () => {
    screenshotOnFailure(() => page, 'public-complaint');
    await page.goto(`${sigap.baseUrl}/pengaduan/${sigap.accounts.agencyId}`);
    await page.getByRole('heading', { level: 1, name: 'Pengaduan dan Aspirasi' }).waitFor();
    await shot(page, 'public-complaint-form');
    await expectNoSeriousViolations(page, 'complaint form');

    // Nothing filled in: the form says what is missing
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('alert').getByText('Periksa isian yang ditandai').waitFor();
    await page.getByText('Pilih jenis laporan.').waitFor();
    await page.getByText('Judul laporan minimal 5 karakter.').waitFor();

    await page
      .getByRole('group', { name: 'Jenis laporan' })
      .getByRole('radio', { name: /^Pengaduan/ })
      .check();
    await page.getByLabel('Unit layanan yang dituju').selectOption({ label: 'Puskesmas Sukamaju Selatan' });
    await page.getByLabel('Judul laporan').fill('Antrean loket terlalu lama');
    await page
      .getByLabel('Isi laporan')
      .fill('Saya menunggu lebih dari tiga jam di loket pendaftaran pada hari Senin pagi.');
    await page.getByRole('textbox', { name: 'Nama' }).fill('Warga Sukamaju');
    // Anonymous: name and contact are hidden and not sent
    await page.getByLabel(/Kirim secara anonim/).check();
    expect(await page.getByRole('textbox', { name: 'Nama' }).count()).toBe(0);
    await page.getByLabel(/Kirim secara anonim/).scrollIntoViewIfNeeded();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bukti-antrean.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Hapus bukti-antrean.pdf' }).waitFor();
    expect(await page.locator('.field-error').count()).toBe(0); // corrected fields lose their errors
    await shot(page, 'public-complaint-filled');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Laporan Anda sudah kami terima' }).waitFor();
    const ticket = (await page.locator('.ticket').textContent())?.trim() ?? '';
    expect(ticket).toMatch(/^ADU-[A-Z0-9]{10}$/);
    await page
      .locator('.uploads li')
      .filter({ hasText: 'bukti-antrean.pdf' })
      .getByText('Terunggah')
      .waitFor();
    await shot(page, 'public-complaint-ticket');

    await page.getByRole('link', { name: 'Pantau laporan ini' }).click();
    await page.waitForURL(`**/lacak/${ticket}`);
    await page.getByRole('heading', { level: 1, name: 'Antrean loket terlalu lama' }).waitFor();
    await page.getByText('Jawaban belum diterbitkan').waitFor();

    // Staff handle the report through the API
    const list = await admin.get<{ items: { id: string; reporterName: string | null }[] }>(
      `/api/complaints?q=${ticket}`,
    );
    const id = list.items[0]?.id;
    expect(list.items[0]?.reporterName).toBeNull();
    await admin.post(`/api/complaints/${id}/actions`, { action: 'verify' });
    await admin.post(`/api/complaints/${id}/actions`, {
      action: 'dispatch',
      serviceUnitId,
      note: PUBLIC_NOTE,
      notePublic: true,
    });
    await liaison.post(`/api/complaints/${id}/actions`, { action: 'answer', answer: ANSWER });
    await page.reload();
    await page.getByText('Dijawab unit').first().waitFor();
    expect(await page.getByText(ANSWER).count()).toBe(0); // not before it is published
    await admin.post(`/api/complaints/${id}/actions`, { action: 'publish' });

    await page.reload();
    await page.getByText(ANSWER).waitFor();
    await page.getByText(PUBLIC_NOTE).waitFor();
    const details = page.locator('dl.details');
    await details.getByText('Jawaban diterbitkan').waitFor();
    await details.getByText('Puskesmas Sukamaju Selatan').waitFor();
    const timeline = page.locator('ol.timeline > li');
    expect(await timeline.locator('strong').allTextContents()).toEqual([
      'Diterima',
      'Diverifikasi',
      'Diteruskan ke unit',
      'Dijawab unit',
      'Jawaban diterbitkan',
    ]);
    await shot(page, 'public-track-answer');
    await timeline.last().scrollIntoViewIfNeeded();
    await shot(page, 'public-track-timeline');

    // /lacak with the code typed in, and a code that does not exist
    await page.goto(`${sigap.baseUrl}/lacak`);
    await page.getByLabel('Kode tiket').fill('ADU-TIDAKADA22');
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.getByRole('alert').getByText('Tiket ADU-TIDAKADA22 tidak ditemukan').waitFor();
    await shot(page, 'public-track-not-found');
    await page.getByLabel('Kode tiket').fill(ticket.toLowerCase());
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Antrean loket terlalu lama' }).waitFor();
  });

  it('a citizen rates the officer named on a visit code, once', async () => {
    screenshotOnFailure(() => page, 'public-officer');
    const officer = await sigap.employee('Kepala Dinas Kesehatan');
    const codes = await admin.post<{ codes: { code: string }[] }>(
      `/api/service-units/${serviceUnitId}/visit-codes`,
      { count: 2, officerEmployeeId: officer.id },
    );
    const [code, other] = codes.codes.map((c) => c.code);

    // Off by default (rules §7.3): nothing to rate
    await page.goto(`${sigap.baseUrl}/nilai-petugas?kode=${code}`);
    await page.getByRole('alert').getByText('Penilaian petugas tidak tersedia').waitFor();
    await admin.patch('/api/voice/settings', { officerRatingsEnabled: true });

    await page.goto(`${sigap.baseUrl}/nilai-petugas`);
    await page.getByLabel('Kode kunjungan').fill(code ?? '');
    await page.getByRole('button', { name: 'Lanjut' }).click();
    await page.getByText(officer.name).waitFor();
    await page.getByText('Puskesmas Sukamaju Selatan').waitFor();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('alert').getByText('Pilih nilai 1 sampai 5 bintang.').waitFor();
    await page.getByRole('radio', { name: '4 bintang: Baik' }).check();
    await page.getByText('4 bintang: Baik', { exact: true }).waitFor();
    await page.getByLabel('Komentar').fill('Penjelasannya jelas.');
    await shot(page, 'public-officer-rating');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();

    // One rating per code
    await page.goto(`${sigap.baseUrl}/nilai-petugas?kode=${code}`);
    await page.getByRole('alert').getByText('sudah dipakai').waitFor();
    // Switched off again between the look-up and the submission: OFFICER_RATINGS_OFF
    await page.goto(`${sigap.baseUrl}/nilai-petugas?kode=${other}`);
    await page.getByRole('radio', { name: '5 bintang: Sangat baik' }).check();
    await admin.patch('/api/voice/settings', { officerRatingsEnabled: false });
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('alert').getByText('Penilaian petugas tidak dibuka oleh instansi ini.').waitFor();
    await shot(page, 'public-officer-off');
  });
});

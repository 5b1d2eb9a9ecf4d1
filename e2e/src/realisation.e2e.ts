import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  apiSession,
  expectNoSeriousViolations,
  journeyPrerequisites,
  type RunningSigap,
  screenshot,
  screenshotOnFailure,
  settledScreenshot,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock: the realisation page opens on the current month of the agency's zone (WIB). */
const NOW = new Date();
const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(NOW),
);
const MONTH = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', month: 'long' }).format(NOW);
const PERIOD = `${MONTH} ${YEAR}`;

/** A small valid PDF (the server decides the type from the bytes). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

const RHK = 'Terlaksananya imunisasi dasar lengkap di puskesmas';
const IKI_COUNT = 'Jumlah kegiatan imunisasi terlaksana';
const IKI_TIME = 'Waktu penyusunan laporan imunisasi';
const FEEDBACK =
  'Capaian sesi imunisasi masih di bawah target; jadwalkan dua sesi tambahan di puskesmas pembantu.';
const BEHAVIOUR_FEEDBACK = 'Laporan disampaikan tepat waktu dan rapi. Pertahankan.';
const REPLY = 'Baik, dua sesi tambahan sudah dijadwalkan minggu depan.';

/** axe on what the person sees, with the pointer moved off the navigation link it just clicked (hover colours). */
async function checkA11y(page: Page, what: string) {
  await page.mouse.move(1, 1);
  await expectNoSeriousViolations(page, what);
}

describe.runIf(ready.ok)('Realisation: evidence on a phone, feedback, and the live team page', () => {
  let sigap: RunningSigap;
  let admin: ApiSession;
  let kadis: { id: string; nip: string; fullName: string };
  let staff: { id: string; nip: string; fullName: string };
  let skpId: string;
  let phone: { page: Page; context: BrowserContext };
  let rater: { page: Page; context: BrowserContext };

  beforeAll(async () => {
    sigap = await startSigap();
    admin = await apiSession(sigap, sigap.accounts.admin);
    await admin.post('/api/planning/years', { year: YEAR });

    // The Kepala Dinas Kesehatan's SKP, approved by the leader for the Wali Kota.
    const kadisRow = await sigap.employee('Kepala Dinas Kesehatan');
    kadis = {
      ...kadisRow,
      fullName: (await admin.get<{ fullName: string }>(`/api/employees/${kadisRow.id}`)).fullName,
    };
    const kadisApi = await apiSession(sigap, kadis.nip);
    const kadisSkp = (await kadisApi.post<{ id: string }>('/api/skps', { year: YEAR })).id;
    const kadisContent = await kadisApi.put<{ rhks: { id: string }[] }>(`/api/skps/${kadisSkp}/content`, {
      approach: 'KUANTITATIF',
      rhks: [
        {
          category: 'UTAMA',
          text: 'Meningkatnya cakupan imunisasi dasar lengkap',
          penugasanDari: 'Wali Kota',
          indicators: [
            {
              aspect: 'KUANTITAS',
              text: 'Cakupan imunisasi dasar lengkap',
              targetValue: 95,
              targetUnit: '%',
              perspective: 'PENERIMA_LAYANAN',
            },
          ],
        },
      ],
    });
    await kadisApi.post(`/api/skps/${kadisSkp}/submit`);
    const leader = await apiSession(sigap, sigap.accounts.leader);
    await leader.post(`/api/skps/${kadisSkp}/approve`);
    await leader.close();

    // An Administrator the Kadis rates: an SKP linked to the Kadis's RHK, submitted and approved.
    const team = await kadisApi.get<{ items: { employee: { id: string; nip: string; fullName: string } }[] }>(
      `/api/skps/team?year=${YEAR}`,
    );
    const candidates = [];
    for (const item of team.items) {
      const detail = await admin.get<{ positionKind: string }>(`/api/employees/${item.employee.id}`);
      if (detail.positionKind === 'ADMINISTRATOR') candidates.push(item.employee);
    }
    candidates.sort((a, b) => a.nip.localeCompare(b.nip));
    const first = candidates[0];
    if (!first) throw new Error('no Administrator rated by the Kepala Dinas Kesehatan');
    staff = first;
    const staffApi = await apiSession(sigap, staff.nip);
    skpId = (await staffApi.post<{ id: string }>('/api/skps', { year: YEAR })).id;
    await staffApi.put(`/api/skps/${skpId}/content`, {
      approach: 'KUANTITATIF',
      rhks: [
        {
          category: 'UTAMA',
          text: RHK,
          parentRhkId: kadisContent.rhks[0]?.id,
          indicators: [
            { aspect: 'KUANTITAS', text: IKI_COUNT, targetValue: 12, targetUnit: 'kegiatan' },
            { aspect: 'WAKTU', text: IKI_TIME, targetValue: 3, targetUnit: 'hari' },
          ],
        },
      ],
    });
    await staffApi.post(`/api/skps/${skpId}/submit`);
    expect((await kadisApi.post<{ status: string }>(`/api/skps/${skpId}/approve`)).status).toBe('APPROVED');
    await staffApi.close();
    await kadisApi.close();

    phone = await sigap.newPage({ width: 390, height: 844 });
    rater = await sigap.newPage({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await sigap?.stop();
  });

  it('the rater opens "Progres Tim": nothing reported yet', async () => {
    const r = rater.page;
    screenshotOnFailure(() => r, 'realisation-team-before');
    await signIn(r, sigap.baseUrl, kadis.nip);
    await r.getByRole('navigation').getByRole('link', { name: 'Progres tim' }).click();
    await r.getByRole('heading', { level: 1, name: 'Progres tim' }).waitFor();
    const card = r.getByRole('article', { name: staff.fullName });
    await card.getByText('Belum diisi', { exact: true }).waitFor();
    await card.getByText(IKI_COUNT).waitFor();
    await r.getByText(/^Diperbarui \d{2}\.\d{2}\.\d{2} · otomatis setiap 15 detik$/).waitFor();
  });

  it('the employee enters realisation with a PDF as evidence on a phone, saves and submits', async () => {
    const page = phone.page;
    screenshotOnFailure(() => page, 'realisation-phone');
    await signIn(page, sigap.baseUrl, staff.nip);
    await page.goto(`${sigap.baseUrl}/skp`);
    await page.getByRole('link', { name: `Realisasi: SKP ${YEAR}` }).click();
    await page.getByRole('heading', { level: 1, name: `Realisasi ${PERIOD}` }).waitFor();
    await page.getByText('Belum diisi', { exact: true }).first().waitFor();
    await screenshot(page, 'realisation-phone-open');

    const iki = page.getByRole('region', { name: IKI_COUNT });
    await iki.getByText('Paling sedikit 12 kegiatan').waitFor();
    await page.getByRole('region', { name: IKI_TIME }).getByText('Paling banyak 3 hari').waitFor();
    await page.getByLabel('Rencana aksi').fill('Menjadwalkan sesi imunisasi di setiap puskesmas.');
    await iki.getByLabel('Realisasi (kegiatan)').fill('10');
    // The achievement follows the number at once: 10 of at least 12.
    await iki.getByText('83,3% · Di bawah target').waitFor();
    await iki.getByText('Realisasi sudah diisi, tetapi belum ada bukti dukung.').waitFor();

    const choose = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        iki.getByRole('button', { name: 'Unggah berkas bukti dukung RHK Utama 1 · IKI 1' }).click(),
      ]);
      await chooser.setFiles(file);
    };
    // Too large: refused before sending, with the limit; not a document: refused by the server.
    await choose({
      name: 'foto-kegiatan.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.alloc(11 * 1024 * 1024, 1),
    });
    await iki
      .getByRole('alert')
      .filter({ hasText: 'foto-kegiatan.jpg gagal diunggah' })
      .getByText('Ukuran berkas 11 MB melebihi batas 10 MB', { exact: false })
      .waitFor();
    await choose({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('catatan kegiatan') });
    await iki
      .getByRole('alert')
      .filter({ hasText: 'catatan.txt gagal diunggah' })
      .getByText('Jenis berkas tidak diterima: unggah PDF, gambar atau dokumen Office.')
      .waitFor();
    await screenshot(page, 'realisation-phone-upload-refused');
    await choose({ name: 'laporan-imunisasi.pdf', mimeType: 'application/pdf', buffer: PDF });
    const evidence = iki.getByRole('link', { name: 'laporan-imunisasi.pdf' });
    await evidence.waitFor();
    expect(await evidence.getAttribute('href')).toMatch(/^\/api\/evidence\/[0-9a-f-]{36}$/);
    await iki.getByText('(1/10)').waitFor();
    expect(await iki.getByRole('alert').count()).toBe(0);
    expect(await iki.getByText('Realisasi sudah diisi, tetapi belum ada bukti dukung.').count()).toBe(0);
    await iki.scrollIntoViewIfNeeded();
    await settledScreenshot(page, 'realisation-phone-evidence');
    await checkA11y(page, 'realisation page (draft, phone)');

    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText(/^Tersimpan \d{2}\.\d{2}$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page
      .getByRole('region', { name: 'Simpan dan ajukan realisasi' })
      .getByRole('button', { name: 'Ajukan' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Ajukan realisasi?' });
    await dialog
      .getByText(`Penilai Anda, ${kadis.fullName}, akan menerima realisasi ${PERIOD}.`, { exact: false })
      .waitFor();
    await dialog.getByText('1 IKI belum diisi realisasinya.').waitFor();
    await settledScreenshot(page, 'realisation-phone-submit');
    await dialog.getByRole('button', { name: 'Ajukan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`Diajukan kepada ${kadis.fullName} pada`, { exact: false }).waitFor();
    // Read-only now: no inputs, the evidence stays.
    expect(await page.getByLabel('Realisasi (kegiatan)').count()).toBe(0);
    await iki.getByText('10 kegiatan').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'realisation-phone-submitted');
  });

  it('the rater’s team page shows the achievement without a reload; the rater writes feedback on the IKI', async () => {
    const r = rater.page;
    screenshotOnFailure(() => r, 'realisation-rater');
    const card = r.getByRole('article', { name: staff.fullName });
    // Polled every 15 s: the submitted report appears by itself.
    await card.getByText('Diajukan', { exact: true }).waitFor({ timeout: 25_000 });
    await card.getByText('83,3% · Di bawah target').waitFor();
    await card.getByRole('progressbar', { name: `Capaian ${IKI_COUNT}: 83,3%` }).waitFor();
    await card.getByText('0 IKI tanpa bukti dukung').waitFor();
    await screenshot(r, 'realisation-team');
    await checkA11y(r, 'team progress page');

    await card.getByRole('link', { name: `Lihat realisasi ${staff.fullName}` }).click();
    await r.getByRole('heading', { level: 1, name: `Realisasi ${PERIOD}` }).waitFor();
    await r
      .getByText(`Anda melihat realisasi ${staff.fullName} sebagai penilai.`, { exact: false })
      .waitFor();
    const iki = r.getByRole('region', { name: IKI_COUNT });
    await iki.getByRole('link', { name: 'laporan-imunisasi.pdf' }).waitFor();
    await iki.getByRole('button', { name: 'Tulis umpan balik untuk RHK Utama 1 · IKI 1' }).click();
    await iki.getByLabel('Umpan balik untuk RHK Utama 1 · IKI 1').fill(FEEDBACK);
    await iki.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await iki.getByText(FEEDBACK).waitFor();
    await iki.getByText('Penilai', { exact: true }).waitFor();

    const behaviour = r.getByRole('region', { name: 'Perilaku kerja (BerAKHLAK)' });
    await behaviour.getByRole('button', { name: 'Tulis umpan balik untuk Akuntabel' }).click();
    await behaviour.getByLabel('Umpan balik untuk Akuntabel').fill(BEHAVIOUR_FEEDBACK);
    await behaviour.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await behaviour.getByText(BEHAVIOUR_FEEDBACK).waitFor();
    await iki.scrollIntoViewIfNeeded();
    await screenshot(r, 'realisation-rater-feedback');
    await checkA11y(r, 'realisation page (rater)');
    // The rater may return it to draft.
    await r.getByRole('button', { name: 'Kembalikan ke draf' }).waitFor();
  });

  it('the employee sees the feedback and replies', async () => {
    const page = phone.page;
    screenshotOnFailure(() => page, 'realisation-reply');
    await page.reload();
    const iki = page.getByRole('region', { name: IKI_COUNT });
    await iki.getByText(FEEDBACK).waitFor();
    await iki.getByText(kadis.fullName, { exact: true }).waitFor();
    const behaviour = page.getByRole('region', { name: 'Perilaku kerja (BerAKHLAK)' });
    await behaviour.getByText(BEHAVIOUR_FEEDBACK).waitFor();
    // Only the value with feedback is listed for the employee.
    expect(await behaviour.getByText('Berorientasi Pelayanan').count()).toBe(0);
    await iki.getByRole('button', { name: `Balas umpan balik ${kadis.fullName}` }).click();
    await iki.getByLabel(`Balasan untuk ${kadis.fullName}`).fill(REPLY);
    await iki.getByRole('button', { name: 'Kirim balasan' }).click();
    await iki.getByRole('list', { name: 'Balasan' }).getByText(REPLY).waitFor();
    await iki.getByRole('region', { name: 'Umpan balik' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'realisation-phone-feedback');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The same page in English.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Realisation / }).waitFor();
    await iki.getByText('At least 12 kegiatan').waitFor();
    await iki.getByText('83.3% · Below target').or(iki.getByText('83,3% · Below target')).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'realisation-phone-en');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
  });

  it('the team page and the unit dashboard fit a phone', async () => {
    const r = await sigap.newPage({ width: 390, height: 844 });
    screenshotOnFailure(() => r.page, 'realisation-dashboard');
    await signIn(r.page, sigap.baseUrl, kadis.nip);
    await r.page.goto(`${sigap.baseUrl}/progres-tim`);
    const card = r.page.getByRole('article', { name: staff.fullName });
    await card.getByText('83,3% · Di bawah target').waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(r.page, 'realisation-phone-team');
    expect(await r.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await r.page.goto(`${sigap.baseUrl}/dasbor-kinerja`);
    await r.page.getByRole('heading', { level: 1, name: 'Dasbor kinerja' }).waitFor();
    await r.page.getByRole('img', { name: /^Grafik penyelesaian dan capaian rata-rata per unit/ }).waitFor();
    await screenshot(r.page, 'realisation-phone-dashboard');
    expect(await r.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await r.page.getByRole('heading', { level: 2, name: 'Per unit' }).scrollIntoViewIfNeeded();
    await screenshot(r.page, 'realisation-phone-dashboard-chart');
    await r.page.getByRole('list', { name: /^Progres realisasi per unit di / }).scrollIntoViewIfNeeded();
    await screenshot(r.page, 'realisation-phone-dashboard-units');
    await r.context.close();

    // The agency admin on a desktop: all units, then a drill-down with the breadcrumb.
    const desk = await sigap.newPage({ width: 1280, height: 900 });
    await signIn(desk.page, sigap.baseUrl, sigap.accounts.admin);
    await desk.page.getByRole('navigation').getByRole('link', { name: 'Dasbor kinerja' }).click();
    await desk.page.getByRole('heading', { level: 1, name: 'Dasbor kinerja' }).waitFor();
    const table = desk.page.getByRole('table', { name: 'Progres realisasi per unit di Semua unit' });
    await table.waitFor();
    await screenshot(desk.page, 'realisation-dashboard');
    await checkA11y(desk.page, 'unit dashboard');
    await table.scrollIntoViewIfNeeded();
    await screenshot(desk.page, 'realisation-dashboard-table');
    const drill = table.getByRole('link', { name: /: lihat sub-unit$/ }).first();
    const name = ((await drill.textContent()) ?? '').trim();
    await drill.click();
    await desk.page
      .getByRole('navigation', { name: 'Jejak unit' })
      .getByText(name, { exact: true })
      .waitFor();
    await desk.page.getByRole('heading', { level: 2, name }).waitFor();
    await screenshot(desk.page, 'realisation-dashboard-drill');
    await desk.context.close();
  });
});

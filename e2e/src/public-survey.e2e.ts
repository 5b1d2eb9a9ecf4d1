import type { BrowserContext, Page } from 'playwright-core';
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
const TABLET = { width: 800, height: 1280 };

/** The app runs on the real clock; the demo agency is in WIB. Survey results are read per quarter. */
const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const QUARTER = `${TODAY.slice(0, 4)}-Q${Math.ceil(Number(TODAY.slice(5, 7)) / 3)}`;

interface PublicSurvey {
  questions: { code: string; name: string; answers: string[] }[];
}
interface OutboxItem {
  serviceUnitId: string;
  body: { clientId: string; channel: string; answeredAt: string; answers: Record<string, number> };
}

/** Waits until transitions and smooth scrolling are over, then screenshots. */
async function shot(page: Page, name: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.waitForTimeout(150);
  await screenshot(page, name);
}

describe.runIf(ready.ok)('public survey on a phone and the offline kiosk', () => {
  let sigap: RunningSigap;
  let admin: Awaited<ReturnType<typeof apiSession>>;
  let serviceUnitId: string;
  let survey: PublicSurvey;
  let page: Page | undefined;
  let kioskContext: BrowserContext | undefined;

  beforeAll(async () => {
    sigap = await startSigap();
    admin = await apiSession(sigap, sigap.accounts.admin);
    const units = await admin.get<{ items: { id: string; code: string }[] }>('/api/units');
    const dinkes = units.items.find((u) => u.code === 'DINKES');
    expect(dinkes).toBeDefined();
    const created = await admin.post<{ id: string; surveyPath: string }>('/api/service-units', {
      unitId: dinkes?.id,
      name: 'Puskesmas Sukamaju Utara',
    });
    serviceUnitId = created.id;
    expect(created.surveyPath).toBe(`/survei/${serviceUnitId}`);
    await admin.post(`/api/service-units/${serviceUnitId}/types`, { name: 'Rawat jalan', resolutionDays: 5 });
    await admin.post(`/api/service-units/${serviceUnitId}/types`, { name: 'Imunisasi', resolutionDays: 5 });
    const res = await fetch(`${sigap.baseUrl}/api/public/service-units/${serviceUnitId}/survey`);
    survey = (await res.json()) as PublicSurvey;
  });
  afterAll(async () => {
    await kioskContext?.close();
    await admin?.close();
    await sigap?.stop();
  });

  it('a citizen answers the questionnaire on a phone and sees the thank-you', async () => {
    screenshotOnFailure(() => page, 'public-survey');
    const opened = await sigap.newPage(PHONE);
    page = opened.page;
    const response = await page.goto(`${sigap.baseUrl}/survei/${serviceUnitId}`);
    // The light public entry, not the staff SPA
    expect(await response?.text()).toContain('/assets/public-');
    await page.getByRole('heading', { level: 1, name: 'Puskesmas Sukamaju Utara' }).waitFor();
    await page.getByText('Kota Sukamaju', { exact: false }).first().waitFor();
    await page.getByText('0 dari 9 pertanyaan terjawab').waitFor();
    await shot(page, 'public-survey-phone-top');
    await expectNoSeriousViolations(page, 'survey');

    // Sending with nothing answered: one clear message, the focus on it
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Pertanyaan nomor 1, 2, 3, 4, 5, 6, 7, 8, 9 belum dijawab.').waitFor();
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'public-survey-phone-unanswered');

    await page.getByLabel('Jenis layanan yang Anda terima').selectOption({ label: 'Imunisasi' });
    const picks = [4, 3, 4, 4, 3, 4, 4, 3, 4];
    for (const [i, q] of survey.questions.entries()) {
      const group = page.getByRole('group', { name: `${i + 1}. ${q.name}` });
      await group.getByRole('radio', { name: q.answers[(picks[i] ?? 1) - 1], exact: true }).check();
    }
    await page.getByText('9 dari 9 pertanyaan terjawab').waitFor();
    const u4 = page.getByRole('group', { name: '4. Biaya/Tarif' });
    await u4.scrollIntoViewIfNeeded();
    await shot(page, 'public-survey-phone-questions');

    await page
      .getByRole('group', { name: 'Jenis kelamin' })
      .getByRole('radio', { name: 'Perempuan' })
      .check();
    await page.getByLabel('Umur (tahun)').fill('34');
    await page.getByLabel('Pendidikan terakhir').selectOption({ label: 'D4/S1' });
    await page.getByLabel('Pekerjaan utama').selectOption({ label: 'Swasta' });
    await page.getByLabel('Saran atau masukan').fill('Antrean cepat, petugas ramah.');
    await page.getByLabel('Saran atau masukan').scrollIntoViewIfNeeded();
    await shot(page, 'public-survey-phone-profile');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();
    await shot(page, 'public-survey-phone-thanks');
    await opened.context.close();
    page = undefined;
  });

  it('the kiosk keeps answers taken offline and sends each exactly once when back online', async () => {
    screenshotOnFailure(() => page, 'public-kiosk');
    const opened = await sigap.newPage(TABLET);
    kioskContext = opened.context;
    page = opened.page;
    const kiosk = page;
    await kiosk.goto(`${sigap.baseUrl}/kiosk/${serviceUnitId}`);
    await kiosk.getByRole('button', { name: 'Mulai survei' }).waitFor();
    await shot(kiosk, 'public-kiosk-start');

    await kioskContext.setOffline(true);
    await kiosk.getByText('Perangkat sedang luring').waitFor();

    const respond = async (score: number, sex: 'Laki-laki' | 'Perempuan', age: string, name: string) => {
      await kiosk.getByRole('button', { name: 'Mulai survei' }).click();
      for (const [i, q] of survey.questions.entries()) {
        await kiosk.getByRole('heading', { level: 1, name: q.name }).waitFor();
        await kiosk.getByText(`Pertanyaan ${i + 1} dari 9`).waitFor();
        if (i === 0) await shot(kiosk, `${name}-question`);
        await kiosk.getByRole('button', { name: q.answers[score - 1], exact: true }).click();
      }
      await kiosk.getByRole('heading', { level: 1, name: 'Sedikit tentang Anda' }).waitFor();
      await kiosk.getByRole('button', { name: sex }).click();
      await kiosk.getByLabel('Umur (tahun)').fill(age);
      await shot(kiosk, `${name}-profile`);
      await kiosk.getByRole('button', { name: 'Kirim', exact: true }).click();
      await kiosk.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();
    };

    await respond(4, 'Perempuan', '41', 'public-kiosk-1');
    await kiosk.getByText('1 jawaban menunggu dikirim').waitFor();
    await shot(kiosk, 'public-kiosk-thanks-offline');
    // The kiosk goes back to its start screen by itself after the thank-you
    await kiosk.getByRole('button', { name: 'Mulai survei' }).waitFor({ timeout: 10_000 });
    await respond(2, 'Laki-laki', '67', 'public-kiosk-2');
    await kiosk.getByText('2 jawaban menunggu dikirim').waitFor();
    await kiosk.getByRole('button', { name: 'Mulai survei' }).waitFor({ timeout: 10_000 });
    await shot(kiosk, 'public-kiosk-pending');

    const queued = await kiosk.evaluate(
      () => JSON.parse(localStorage.getItem('sigap.kiosk.outbox.v1') ?? '[]') as unknown[],
    );
    const items = queued as OutboxItem[];
    expect(items).toHaveLength(2);
    expect(new Set(items.map((item) => item.body.clientId)).size).toBe(2);
    for (const item of items) {
      expect(item.serviceUnitId).toBe(serviceUnitId);
      expect(item.body.channel).toBe('KIOSK');
      expect(Date.now() - Date.parse(item.body.answeredAt)).toBeLessThan(120_000);
    }
    expect(items[0]?.body.answers).toEqual(Object.fromEntries(survey.questions.map((q) => [q.code, 4])));

    // Back online: the background sender empties the queue
    await kioskContext.setOffline(false);
    await kiosk.getByText(/jawaban menunggu dikirim/).waitFor({ state: 'detached', timeout: 20_000 });
    expect(await kiosk.evaluate(() => localStorage.getItem('sigap.kiosk.outbox.v1'))).toBe('[]');

    // A retry of an answer whose acknowledgement was lost is recognised, not stored again
    const again = await kiosk.request.post(
      `${sigap.baseUrl}/api/public/service-units/${serviceUnitId}/responses`,
      { data: items[1]?.body },
    );
    expect(again.status()).toBe(200);
    expect((await again.json()).duplicate).toBe(true);

    const results = await admin.get<{
      respondents: number;
      flagged: number;
      profile: { sex: Record<string, number> };
    }>(`/api/service-units/${serviceUnitId}/skm?period=${QUARTER}`);
    // the phone's answer and the kiosk's two, no duplicates
    expect(results.respondents).toBe(3);
    expect(results.flagged).toBe(0);
    expect(results.profile.sex).toEqual({ L: 1, P: 2 });
  });

  it('the transparency page shows the results per quarter, withholding small numbers', async () => {
    screenshotOnFailure(() => page, 'public-transparency');
    const opened = await sigap.newPage(PHONE);
    page = opened.page;
    const year = Number(TODAY.slice(0, 4));
    const quarter = ['I', 'II', 'III', 'IV'][Number(QUARTER.slice(-1)) - 1];
    await page.goto(`${sigap.baseUrl}/transparansi/${sigap.accounts.agencyId}`);
    await page.getByRole('heading', { level: 1, name: 'Transparansi Pelayanan Publik' }).waitFor();
    const section = page.getByRole('region', { name: 'Puskesmas Sukamaju Utara' });
    const table = section.getByRole('table', { name: `Indeks Kepuasan Masyarakat ${year}` });
    // 3 respondents, below the default public minimum of 5: withheld, and said why
    const row = table.getByRole('row', { name: new RegExp(`^Triwulan ${quarter} `) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '—tidak ditampilkan',
      '—tidak ditampilkan',
      '—tidak ditampilkan',
    ]);
    await page.getByText('datanya kurang dari 5 sehingga tidak ditampilkan').waitFor();
    await expectNoSeriousViolations(page, 'transparency');
    await shot(page, 'public-transparency-withheld');

    await admin.patch('/api/voice/settings', { publicMinResponses: 1 });
    await page.reload();
    // (4+4+2)/3 on six unsur, (3+4+2)/3 on three: SKM = 29/9, IKM = 80.56 → B
    await row.getByRole('cell', { name: '80,56' }).waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['3', '80,56', 'BBaik']);
    const annual = table.getByRole('row', { name: /^Setahun / });
    expect(await annual.getByRole('cell').allTextContents()).toEqual(['3', '80,56', 'BBaik']);
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'public-transparency');
    // Another year: nothing yet, the select keeps the focus
    const years = page.getByLabel('Tahun', { exact: true });
    await years.focus();
    await years.selectOption(String(year - 1));
    await page.waitForURL(`**/transparansi/${sigap.accounts.agencyId}?tahun=${year - 1}`);
    await page
      .getByRole('table', { name: `Indeks Kepuasan Masyarakat ${year - 1}` })
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tahun');
    await opened.context.close();
    page = undefined;
  });
});

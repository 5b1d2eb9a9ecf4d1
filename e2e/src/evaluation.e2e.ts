import { readFile } from 'node:fs/promises';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  apiSession,
  expectNoSeriousViolations,
  journeyPrerequisites,
  type RunningSigap,
  screenshotOnFailure,
  settledScreenshot,
  signIn,
  startSigap,
} from './harness.ts';

const ready = journeyPrerequisites();

/** The app runs on the real clock: the pages open on the current period (a month) of the agency's zone. */
const ZONE = 'Asia/Jakarta';
const NOW = new Date();
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' }).format(NOW));
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(NOW);
/** "7 Des 2026": how the pages print a calendar date. */
const idDate = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const PREDIKAT_NOTE = 'Rekomendasi Inspektorat: capaian layanan puskesmas sesuai target.';
const OBJECTION =
  'Capaian utama saya terhambat karena pemotongan anggaran kegiatan, bukan karena kinerja saya.';
const QUESTION = 'Mohon penjelasan penilai tentang capaian utama pegawai ini.';
const RATER_ANSWER = 'Dua dari tiga target utama tidak tercapai pada periode ini.';
const EMPLOYEE_ANSWER = 'Anggaran kegiatan imunisasi dipotong di tengah periode.';
const DECISION_NOTE = 'Pemotongan anggaran di luar kendali pegawai; hasil kerja dinilai sesuai ekspektasi.';

interface Person {
  id: string;
  nip: string;
  fullName: string;
}
interface TeamResponse {
  items: { employee: Person; unitId: string; isUnitHead: boolean }[];
}
interface UnitsResponse {
  period: { id: string };
  items: { unit: { id: string; name: string }; headcount: number }[];
}
interface UnitResponse {
  items: {
    employee: Person;
    raterEmployeeId: string | null;
    isUnitHead: boolean;
    evaluation: { id: string } | null;
  }[];
}

/** Clicks one option of a rating (a segmented control named by its visible label). */
async function rate(card: Locator, rating: 'Rating hasil kerja' | 'Rating perilaku kerja', option: string) {
  await card.getByRole('radiogroup', { name: rating }).getByText(option, { exact: true }).click();
}

describe.runIf(ready.ok)(
  'Evaluation: unit predikat → ratings and the curve → calibration → Penetapan → receipt → keberatan',
  () => {
    let sigap: RunningSigap;
    let admin: ApiSession;
    /** S heads Dinas Kesehatan and sets the predikat of U (a puskesmas); H heads U and rates its staff. */
    let setter: Person;
    let head: Person;
    let unit: { id: string; name: string };
    let members: Person[];
    let periodId: string;
    let objectedId: string;
    let setterContext: BrowserContext | undefined;
    let setterPage: Page | undefined;
    let headContext: BrowserContext | undefined;
    let headPage: Page | undefined;
    let employeeContext: BrowserContext | undefined;
    let employeePage: Page | undefined;

    beforeAll(async () => {
      sigap = await startSigap();
      admin = await apiSession(sigap, sigap.accounts.admin);
      await admin.post('/api/planning/years', { year: YEAR, monthly: true });
      const kadis = await sigap.employee('Kepala Dinas Kesehatan');
      setter = { ...kadis, fullName: (await admin.get<Person>(`/api/employees/${kadis.id}`)).fullName };
      const s = await apiSession(sigap, setter.nip);
      const units = await s.get<UnitsResponse>('/api/evaluation/units');
      periodId = units.period.id;
      const team = await s.get<TeamResponse>('/api/evaluation/team');
      // The first unit below the Kadis whose head (rated by the Kadis) rates exactly the three others in it.
      for (const candidate of [...units.items].sort((a, b) => a.unit.name.localeCompare(b.unit.name))) {
        const h = team.items.find((i) => i.unitId === candidate.unit.id && i.isUnitHead);
        if (!h) continue;
        const page = await s.get<UnitResponse>(`/api/evaluation/units/${candidate.unit.id}`);
        const others = page.items.filter((i) => i.employee.id !== h.employee.id);
        if (others.length === 3 && others.every((i) => i.raterEmployeeId === h.employee.id)) {
          unit = candidate.unit;
          head = h.employee;
          members = others.map((i) => i.employee).sort((a, b) => a.nip.localeCompare(b.nip));
          break;
        }
      }
      await s.close();
      if (!unit) throw new Error('no unit below the Kepala Dinas Kesehatan with a head rating three people');
    });
    afterAll(async () => {
      await setterContext?.close();
      await headContext?.close();
      await employeeContext?.close();
      await admin?.close();
      await sigap?.stop();
    });

    it('step 1: the head of the unit above sets the organisation predikat of the puskesmas', async () => {
      ({ page: setterPage, context: setterContext } = await sigap.newPage());
      const p = setterPage;
      screenshotOnFailure(() => p, 'evaluation-predikat');
      await signIn(p, sigap.baseUrl, setter.nip);
      await p.getByRole('navigation').getByRole('link', { name: 'Predikat unit' }).click();
      await p.getByRole('heading', { level: 1, name: 'Predikat Unit' }).waitFor();
      const row = p.getByRole('row').filter({ has: p.getByRole('link', { name: unit.name, exact: true }) });
      await row.getByText('Belum ditetapkan').waitFor();
      await row.getByText('Belum ditandatangani').waitFor();
      await settledScreenshot(p, 'evaluation-units');
      await accessible(p, 'unit predikat list');

      await row.getByRole('button', { name: `Tetapkan predikat ${unit.name}` }).click();
      const dialog = p.getByRole('dialog', { name: `Predikat kinerja ${unit.name}` });
      // Submitting without a choice is refused in the dialog.
      await dialog.getByRole('button', { name: 'Simpan predikat' }).click();
      await dialog.getByText('Pilih predikat.').waitFor();
      // Each predikat names the distribution pattern it fixes.
      await dialog
        .getByText(
          'Baik paling banyak 70%; paling sedikit 1 orang Butuh Perbaikan dan/atau Kurang/Misconduct',
        )
        .waitFor();
      await dialog.getByRole('radio', { name: 'Baik', exact: true }).check();
      await dialog.getByLabel('Catatan').fill(PREDIKAT_NOTE);
      await settledScreenshot(p, 'evaluation-predikat-modal');
      await accessible(p, 'unit predikat dialog');
      await dialog.getByRole('button', { name: 'Simpan predikat' }).click();
      await p.getByText(`Predikat ${unit.name}: Baik.`).waitFor();
      await dialog.waitFor({ state: 'detached' });
      await row.getByText('Baik', { exact: true }).waitFor();
      await row.getByText('0 pelanggaran').waitFor();
    });

    it('step 3: the head of the puskesmas rates three people; a violation appears, then disappears', async () => {
      ({ page: headPage, context: headContext } = await sigap.newPage());
      const p = headPage;
      screenshotOnFailure(() => p, 'evaluation-rate');
      await signIn(p, sigap.baseUrl, head.nip);
      await p.getByRole('navigation').getByRole('link', { name: 'Penilaian kinerja' }).click();
      await p.getByRole('heading', { level: 1, name: 'Penilaian Kinerja' }).waitFor();
      const curve = p.getByRole('region', { name: `Kurva distribusi · ${unit.name}` });
      await curve.getByText('0 dari 4 pegawai sudah dinilai').waitFor();
      await curve.getByText('Baik paling banyak 70% dari 0 = 0 orang', { exact: false }).waitFor();

      const [first, second, third] = members as [Person, Person, Person];
      const card1 = p.getByRole('article', { name: first.fullName });
      await card1.getByText('Belum dinilai').waitFor();
      // The suggestion's reasons open on demand.
      await card1.getByRole('button', { name: `Alasan saran untuk ${first.fullName}` }).click();
      await p.getByText('Dasar saran rating hasil kerja').waitFor();
      await settledScreenshot(p, 'evaluation-suggestion');
      await p.keyboard.press('Escape');

      // The predikat follows the kuadran as soon as both ratings are chosen, before saving.
      await rate(card1, 'Rating hasil kerja', 'Sesuai');
      await rate(card1, 'Rating perilaku kerja', 'Sesuai');
      await card1
        .getByRole('status', { name: `Predikat ${first.fullName}` })
        .getByText('Baik')
        .waitFor();
      await card1.getByText('Belum disimpan').waitFor();
      await card1.getByLabel('Umpan balik').fill('Hasil kerja sesuai ekspektasi; pertahankan.');
      await card1.getByRole('button', { name: `Simpan penilaian ${first.fullName}` }).click();
      await p.getByText(`Penilaian ${first.fullName} disimpan: Baik.`).waitFor();
      // One Baik out of one breaks both bounds of the Baik pattern.
      await curve.getByText('2 pelanggaran pola distribusi').waitFor();
      await curve.getByText('Baik 1 dari 1 = 100% > 70% yang diizinkan (paling banyak 0 orang)').waitFor();
      await curve
        .getByText('Butuh Perbaikan dan/atau Kurang/Misconduct 0 dari 1: harus ada paling sedikit 1 orang')
        .waitFor();
      await card1.getByText('Draf tersimpan').waitFor();
      await curve.scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-curve-violation');

      const card2 = p.getByRole('article', { name: second.fullName });
      await rate(card2, 'Rating hasil kerja', 'Di Bawah');
      await rate(card2, 'Rating perilaku kerja', 'Sesuai');
      await card2
        .getByRole('status', { name: `Predikat ${second.fullName}` })
        .getByText('Butuh Perbaikan')
        .waitFor();
      await card2.getByRole('button', { name: `Simpan penilaian ${second.fullName}` }).click();
      await p.getByText(`Penilaian ${second.fullName} disimpan: Butuh Perbaikan.`).waitFor();
      await curve.getByText('Distribusi predikat sesuai pola.').waitFor();
      expect(await curve.getByText('pelanggaran pola distribusi').count()).toBe(0);

      const card3 = p.getByRole('article', { name: third.fullName });
      await rate(card3, 'Rating hasil kerja', 'Di Atas');
      await rate(card3, 'Rating perilaku kerja', 'Di Atas');
      await card3
        .getByRole('status', { name: `Predikat ${third.fullName}` })
        .getByText('Sangat Baik')
        .waitFor();
      await card3.getByRole('button', { name: `Simpan penilaian ${third.fullName}` }).click();
      await p.getByText(`Penilaian ${third.fullName} disimpan: Sangat Baik.`).waitFor();
      await curve.getByText('3 dari 4 pegawai sudah dinilai').waitFor();
      await curve.getByText('Distribusi predikat sesuai pola.').waitFor();
      await p.getByText(`Penilaian ${third.fullName} disimpan: Sangat Baik.`).waitFor({ state: 'hidden' });
      await settledScreenshot(p, 'evaluation-rated');
      await accessible(p, 'rating page');
    });

    it('the Kadis rates the head, whose rating hasil kerja follows the unit predikat', async () => {
      const p = setterPage as Page;
      screenshotOnFailure(() => p, 'evaluation-head');
      await p.getByRole('navigation').getByRole('link', { name: 'Penilaian kinerja' }).click();
      await p.getByRole('heading', { level: 1, name: 'Penilaian Kinerja' }).waitFor();
      await p.getByLabel('Unit', { exact: true }).click();
      await p.getByRole('option', { name: `${unit.name} (1 pegawai)` }).click();
      const card = p.getByRole('article', { name: head.fullName });
      await card
        .getByText('Sebagai kepala unit, rating hasil kerja mengikuti predikat unit Baik: Sesuai Ekspektasi.')
        .waitFor();
      expect(
        await card
          .getByRole('radiogroup', { name: 'Rating hasil kerja' })
          .getByRole('radio', { name: 'Sesuai' })
          .isChecked(),
      ).toBe(true);
      await rate(card, 'Rating perilaku kerja', 'Sesuai');
      await card.getByRole('button', { name: `Simpan penilaian ${head.fullName}` }).click();
      await p.getByText(`Penilaian ${head.fullName} disimpan: Baik.`).waitFor();
      const curve = p.getByRole('region', { name: `Kurva distribusi · ${unit.name}` });
      await curve.getByText('4 dari 4 pegawai sudah dinilai').waitFor();
      await curve.getByText('Distribusi predikat sesuai pola.').waitFor();
      await p.getByText(`Penilaian ${head.fullName} disimpan: Baik.`).waitFor({ state: 'hidden' });
      await settledScreenshot(p, 'evaluation-head-card');
    });

    it('calibration moves the curve; WARN shows the violation, BLOCK refuses with the numbers', async () => {
      const p = setterPage as Page;
      screenshotOnFailure(() => p, 'evaluation-calibrate');
      const third = members[2] as Person;
      await p.getByRole('navigation').getByRole('link', { name: 'Predikat unit' }).click();
      await p.getByRole('link', { name: `Buka ${unit.name}` }).click();
      await p.getByRole('heading', { level: 1, name: unit.name }).waitFor();
      await p.getByText(PREDIKAT_NOTE).waitFor();
      const grid = p.getByRole('region', { name: 'Penilaian pegawai unit' });
      const curve = p.getByRole('region', { name: `Kurva distribusi · ${unit.name}` });
      await expectRows(grid, 4);

      // A change needs a reason.
      await grid.getByRole('button', { name: `Ubah penilaian ${third.fullName}` }).click();
      const dialog = p.getByRole('dialog', { name: `Ubah penilaian ${third.fullName}` });
      await rate(dialog, 'Rating hasil kerja', 'Sesuai');
      await dialog.getByRole('status').getByText('Baik').waitFor();
      await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
      await dialog.getByText('Tulis alasan paling sedikit 5 karakter.').waitFor();
      await dialog.getByLabel('Alasan perubahan').fill('Menyamakan standar penilaian antarpenilai di unit');
      await settledScreenshot(p, 'evaluation-calibrate-modal');
      await dialog.getByRole('button', { name: 'Simpan perubahan' }).click();
      await p.getByText(`Penilaian ${third.fullName} diubah: Baik.`).waitFor();
      await curve.getByText('Baik 3 dari 4 = 75% > 70% yang diizinkan (paling banyak 2 orang)').waitFor();
      // The grid filters by rater (the curve stays the unit's).
      await grid.getByLabel('Penilai', { exact: true }).click();
      await p.getByRole('option', { name: head.fullName }).click();
      await expectRows(grid, 3);
      await grid
        .getByRole('row')
        .filter({ hasText: third.fullName })
        .getByText('Baik', { exact: true })
        .waitFor();
      await p.getByText(`Penilaian ${third.fullName} diubah: Baik.`).waitFor({ state: 'hidden' });
      await grid.scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-grid');
      await accessible(p, 'unit page');
      await p.goto(p.url().replace(/&penilai=[^&]+/, ''));
      await expectRows(grid, 4);

      // WARN (the default): the sign-off dialog shows the violation as a warning.
      await p.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      let confirm = p.getByRole('dialog', { name: 'Tetapkan predikat kinerja pegawai' });
      await confirm.getByText('Persetujuan elektronik').waitFor();
      await confirm
        .getByText(`saya, ${setter.fullName}, menandatangani secara elektronik`, { exact: false })
        .waitFor();
      await confirm.getByText('Kebijakan instansi: peringatkan.', { exact: false }).waitFor();
      await confirm.getByText('Baik 3 dari 4 = 75% > 70% yang diizinkan (paling banyak 2 orang)').waitFor();
      await settledScreenshot(p, 'evaluation-finalise-warn');
      await accessible(p, 'sign-off dialog');
      await confirm.getByRole('button', { name: 'Batal' }).click();
      await confirm.waitFor({ state: 'detached' });

      // The agency admin switches the policy to BLOCK.
      const { page: adminPage, context } = await sigap.newPage();
      screenshotOnFailure(() => adminPage, 'evaluation-settings');
      await signIn(adminPage, sigap.baseUrl, sigap.accounts.admin);
      await adminPage.getByRole('navigation').getByRole('link', { name: 'Pengaturan penilaian' }).click();
      await adminPage.getByRole('heading', { level: 1, name: 'Pengaturan Penilaian' }).waitFor();
      await adminPage.getByRole('radio', { name: 'Tolak penetapan' }).check();
      await settledScreenshot(adminPage, 'evaluation-settings');
      await accessible(adminPage, 'evaluation settings');
      await adminPage.getByRole('button', { name: 'Simpan pengaturan' }).click();
      await adminPage.getByText('Pengaturan penilaian disimpan.').waitFor();
      await context.close();

      await p.reload();
      await p.getByText('Belum ditandatangani · kebijakan pola: Tolak penetapan').waitFor();
      await p.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      confirm = p.getByRole('dialog', { name: 'Tetapkan predikat kinerja pegawai' });
      await confirm.getByText('Kebijakan instansi: tolak penetapan.', { exact: false }).waitFor();
      await confirm.getByRole('button', { name: 'Tandatangani dan tetapkan' }).click();
      const refusal = confirm.getByRole('alert').filter({ hasText: 'Penetapan ditolak' });
      await refusal.getByText('Distribusi predikat belum sesuai pola yang diwajibkan.').waitFor();
      await refusal.getByText('Baik 3 dari 4 = 75% > 70% yang diizinkan (paling banyak 2 orang)').waitFor();
      await settledScreenshot(p, 'evaluation-finalise-refused');
      await confirm.getByRole('button', { name: 'Batal' }).click();
      await confirm.waitFor({ state: 'detached' });

      // Back to Sangat Baik: the violation disappears.
      await grid.getByRole('button', { name: `Ubah penilaian ${third.fullName}` }).click();
      const again = p.getByRole('dialog', { name: `Ubah penilaian ${third.fullName}` });
      await rate(again, 'Rating hasil kerja', 'Di Atas');
      await again.getByLabel('Alasan perubahan').fill('Melampaui target dan menjadi teladan di puskesmas');
      await again.getByRole('button', { name: 'Simpan perubahan' }).click();
      await p.getByText(`Penilaian ${third.fullName} diubah: Sangat Baik.`).waitFor();
      await curve.getByText('Distribusi predikat sesuai pola.').waitFor();
    });

    it('the Kadis signs the Penetapan; the unit is locked', async () => {
      const p = setterPage as Page;
      screenshotOnFailure(() => p, 'evaluation-finalise');
      await p.getByRole('button', { name: 'Tetapkan', exact: true }).click();
      const confirm = p.getByRole('dialog', { name: 'Tetapkan predikat kinerja pegawai' });
      expect(await confirm.getByText('Distribusi belum sesuai pola').count()).toBe(0);
      await confirm.getByRole('button', { name: 'Tandatangani dan tetapkan' }).click();
      await p.getByText(`Predikat kinerja pegawai ${unit.name} ditetapkan.`).waitFor();
      await confirm.waitFor({ state: 'detached' });
      await p
        .getByText(/^Ditetapkan \d/)
        .first()
        .waitFor();
      await p
        .getByText(`Ditandatangani secara elektronik oleh ${setter.fullName}`, { exact: false })
        .waitFor();
      expect(await p.getByRole('button', { name: 'Tetapkan', exact: true }).count()).toBe(0);
      expect(await p.getByRole('button', { name: /^Ubah penilaian/ }).count()).toBe(0);
      await p.getByText(`Predikat kinerja pegawai ${unit.name} ditetapkan.`).waitFor({ state: 'hidden' });
      await settledScreenshot(p, 'evaluation-unit-finalised');

      // The signed Penetapan as PDF, and the unit's recap as XLSX.
      const [penetapan] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('link', { name: 'Penetapan (PDF)' }).click(),
      ]);
      expect(penetapan.suggestedFilename()).toMatch(/^Penetapan-Predikat-Kinerja-.+\.pdf$/);
      const penetapanText = await pdfTextOf(await readFile(await penetapan.path()));
      expect(compact(penetapanText)).toContain(compact(unit.name));
      expect(compact(penetapanText)).toContain(setter.nip);
      for (const m of members) expect(compact(penetapanText)).toContain(m.nip);
      const [recap] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('link', { name: 'Rekap (XLSX)' }).click(),
      ]);
      expect(recap.suggestedFilename()).toMatch(/^Rekap-Evaluasi-.+\.xlsx$/);
      expect((await readFile(await recap.path())).subarray(0, 2).toString('latin1')).toBe('PK');

      // The rater's page is locked too.
      const h = headPage as Page;
      await h.reload();
      const card = h.getByRole('article', { name: (members[0] as Person).fullName });
      await card.getByText('Terkunci · sudah ditetapkan').waitFor();
      await card.getByRole('img', { name: 'Terkunci' }).waitFor();
      expect(await card.getByRole('button', { name: /^Simpan penilaian/ }).count()).toBe(0);
    });

    it('the employee acknowledges receipt on a phone and files a keberatan before the deadline', async () => {
      ({ page: employeePage, context: employeeContext } = await sigap.newPage({ width: 390, height: 844 }));
      const p = employeePage;
      const second = members[1] as Person;
      screenshotOnFailure(() => p, 'evaluation-mine');
      await signIn(p, sigap.baseUrl, second.nip);
      await p.goto(`${sigap.baseUrl}/evaluasi-saya`);
      await p.getByRole('heading', { level: 1, name: 'Evaluasi Saya' }).waitFor();
      const result = p.getByRole('article').first();
      await result.getByText('Butuh Perbaikan', { exact: true }).first().waitFor();
      await result.getByText('Di Bawah Ekspektasi').waitFor();
      await result.getByRole('button', { name: 'Saya telah menerima hasil ini' }).click();
      await p.getByText('Penerimaan hasil evaluasi dicatat.').waitFor();
      await result.getByText(`Batas pengajuan keberatan: ${idDate(plusDays(TODAY, 14))}`).waitFor();
      await result.getByRole('button', { name: 'Ajukan keberatan' }).click();
      await result.getByRole('button', { name: 'Kirim keberatan' }).click();
      await result.getByText('Tulis alasan paling sedikit 10 karakter.').waitFor();
      await result.getByLabel('Alasan keberatan').fill(OBJECTION);
      await result.getByRole('button', { name: 'Kirim keberatan' }).click();
      await p.getByText('Keberatan diajukan.').waitFor();
      const timeline = result.getByRole('list', { name: 'Alur keberatan' });
      await timeline.getByText(OBJECTION).waitFor();
      await timeline.getByText(`kepada ${setter.fullName}`, { exact: false }).waitFor();
      await result.getByText('Sedang diproses').waitFor();
      await p.getByText('Keberatan diajukan.').waitFor({ state: 'hidden' });
      await result.getByRole('region', { name: 'Penerimaan dan keberatan' }).scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-mine-phone-objection');
      await p.evaluate(() => window.scrollTo(0, 0));
      await settledScreenshot(p, 'evaluation-mine-phone');
      await accessible(p, 'my evaluations');
      objectedId = await evaluationIdOf(second);
    });

    it('the rater’s superior asks, the rater and the employee answer, the superior changes the result', async () => {
      const p = setterPage as Page;
      screenshotOnFailure(() => p, 'evaluation-objection');
      const second = members[1] as Person;
      await p.goto(`${sigap.baseUrl}/evaluasi/${objectedId}`);
      await p.getByRole('heading', { level: 1, name: second.fullName }).waitFor();
      const section = p.getByRole('region', { name: 'Penerimaan dan keberatan' });
      await section.getByText(OBJECTION).waitFor();
      await section.getByRole('radio', { name: `Penilai (${head.fullName})` }).check();
      await section.getByLabel('Pertanyaan', { exact: true }).fill(QUESTION);
      await section.getByRole('button', { name: 'Kirim pertanyaan' }).click();
      const timeline = section.getByRole('list', { name: 'Alur keberatan' });
      await timeline.getByText(QUESTION).waitFor();
      await timeline.getByText('kepada penilai').waitFor();

      // The rater answers on the same page; the employee through the API.
      const h = headPage as Page;
      await h.goto(`${sigap.baseUrl}/evaluasi/${objectedId}`);
      const raterSection = h.getByRole('region', { name: 'Penerimaan dan keberatan' });
      await raterSection.getByText(QUESTION).waitFor();
      await raterSection.getByLabel('Penjelasan penilai').fill(RATER_ANSWER);
      await raterSection.getByRole('button', { name: 'Kirim penjelasan' }).click();
      await raterSection.getByRole('list', { name: 'Alur keberatan' }).getByText(RATER_ANSWER).waitFor();
      const employee = await apiSession(sigap, second.nip);
      await employee.post(`/api/evaluations/${objectedId}/objection/messages`, { body: EMPLOYEE_ANSWER });
      await employee.close();

      await p.reload();
      await timeline.getByText(RATER_ANSWER).waitFor();
      await timeline.getByText(EMPLOYEE_ANSWER).waitFor();
      await section.getByRole('button', { name: 'Putuskan' }).click();
      await section.getByText('Pilih keputusan.').waitFor();
      await section.getByRole('radio', { name: 'Hasil diubah' }).check();
      await rate(section, 'Rating hasil kerja', 'Sesuai');
      await section.getByRole('status').getByText('Baik', { exact: true }).waitFor();
      await section.getByLabel('Pertimbangan keputusan').fill(DECISION_NOTE);
      await section.getByRole('button', { name: 'Putuskan' }).click();
      const confirm = p.getByRole('dialog', { name: 'Putuskan keberatan?' });
      await confirm
        .getByText(`Hasil evaluasi ${second.fullName} diubah dari Butuh Perbaikan menjadi Baik.`)
        .waitFor();
      await settledScreenshot(p, 'evaluation-decide-confirm');
      await confirm.getByRole('button', { name: 'Ya, putuskan' }).click();
      await p.getByText('Keberatan diputuskan.').waitFor();
      await timeline.getByText('Hasil diubah').waitFor();
      await timeline.getByText('Keputusan ini final dan terkunci.').waitFor();
      await section.getByText('Sudah diputuskan').waitFor();
      expect(await section.getByRole('button', { name: 'Putuskan' }).count()).toBe(0);
      const history = p.getByRole('region', { name: 'Riwayat perubahan' });
      await history.getByText('Keputusan keberatan').waitFor();
      await history
        .getByText(
          'Dari hasil Di Bawah, perilaku Sesuai (Butuh Perbaikan) menjadi hasil Sesuai, perilaku Sesuai (Baik).',
        )
        .waitFor();
      await p.getByText('Keberatan diputuskan.').waitFor({ state: 'hidden' });
      await settledScreenshot(p, 'evaluation-objection-decided');
      await accessible(p, 'evaluation detail');

      // The employee sees the changed result; the evaluation form as PDF when the documents are served.
      const e = employeePage as Page;
      await e.goto(`${sigap.baseUrl}/evaluasi/${objectedId}`);
      await e.getByText('Hasil diubah').waitFor();
      await e.getByText('Sesuai Ekspektasi').first().waitFor();
      await settledScreenshot(e, 'evaluation-detail-phone');
      const [download] = await Promise.all([
        e.waitForEvent('download'),
        e.getByRole('link', { name: 'Unduh PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^Evaluasi-Kinerja-.+\.pdf$/);
      const text = await pdfTextOf(await readFile(await download.path()));
      expect(compact(text)).toContain(second.nip);
      expect(text).toContain('Baik');
    });

    /** The evaluation id of a member, through the API as the head of the unit above. */
    async function evaluationIdOf(person: Person): Promise<string> {
      const s = await apiSession(sigap, setter.nip);
      const page = await s.get<UnitResponse>(`/api/evaluation/units/${unit.id}?periodId=${periodId}`);
      await s.close();
      const id = page.items.find((i) => i.employee.id === person.id)?.evaluation?.id;
      if (!id) throw new Error(`no evaluation of ${person.fullName}`);
      return id;
    }
  },
);

/** axe on what a person sees, with the pointer off the navigation (a hovered link is not the page). */
async function accessible(page: Page, what: string) {
  await page.mouse.move(640, 5);
  await expectNoSeriousViolations(page, what);
}

async function expectRows(table: Locator, count: number) {
  await expect.poll(() => table.getByRole('row').count()).toBe(count + 1);
}

/** Without any white space: names and NIPs wrap or are printed in groups in the PDFs. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** The PDF's text on single spaces (table cells wrap). */
async function pdfTextOf(pdf: Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

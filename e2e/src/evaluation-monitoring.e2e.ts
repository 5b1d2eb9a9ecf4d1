import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
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
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' }).format(new Date()));
const OBJECTION = 'Capaian utama saya terhambat pemotongan anggaran kegiatan, bukan karena kinerja saya.';

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
interface UnitList {
  items: { id: string; parentId: string | null; name: string }[];
}
interface Monitoring {
  totals: { headcount: number; rated: number; units: number; unitsFinalised: number; openObjections: number };
}
type Rating = 'DI_BAWAH' | 'SESUAI' | 'DI_ATAS';

/** "1.234": how the pages print a count. */
const n = (value: number) => new Intl.NumberFormat('id-ID').format(value);

describe.runIf(ready.ok)(
  'Monitoring kurva: totals, drill-down to a unit and its curve; the annual view of an employee',
  () => {
    let sigap: RunningSigap;
    let admin: ApiSession;
    /** The Kadis sets the predikat of two puskesmas below; `unit` is finalised, `other` breaks its pattern. */
    let setter: Person;
    let unit: { id: string; name: string };
    let other: { id: string; name: string };
    let members: Person[];
    let objector: Person;
    let periodId: string;
    let chain: { id: string; name: string }[];
    let adminContext: BrowserContext | undefined;
    let adminPage: Page | undefined;
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

      // Two units below the Kadis whose head (rated by the Kadis) rates the others in them.
      const picked: { unit: { id: string; name: string }; head: Person; others: Person[] }[] = [];
      for (const candidate of [...units.items].sort((a, b) => a.unit.name.localeCompare(b.unit.name))) {
        const h = team.items.find((i) => i.unitId === candidate.unit.id && i.isUnitHead);
        if (!h) continue;
        const page = await s.get<UnitResponse>(`/api/evaluation/units/${candidate.unit.id}`);
        const others = page.items.filter((i) => i.employee.id !== h.employee.id);
        const fits = picked.length === 0 ? others.length === 3 : others.length >= 1;
        if (fits && others.every((i) => i.raterEmployeeId === h.employee.id)) {
          picked.push({
            unit: candidate.unit,
            head: h.employee,
            others: others.map((i) => i.employee).sort((a, b) => a.nip.localeCompare(b.nip)),
          });
          if (picked.length === 2) break;
        }
      }
      const [first, second] = picked;
      if (!first || !second) throw new Error('not two units below the Kepala Dinas Kesehatan to rate');
      unit = first.unit;
      other = second.unit;
      members = first.others;

      // The organisation predikat of both units: Baik (at most 70% Baik, at least one Butuh Perbaikan).
      for (const u of [unit, other]) {
        await s.put(`/api/evaluation/units/${u.id}/predikat`, {
          periodId,
          predikat: 'BAIK',
          note: 'Capaian unit sesuai target.',
        });
      }
      const rate = async (rater: ApiSession, person: Person, hasilKerja: Rating, perilakuKerja: Rating) =>
        rater.put(`/api/evaluation/employees/${person.id}/periods/${periodId}`, {
          hasilKerja,
          perilakuKerja,
          feedback: null,
        });
      // The first unit fits its pattern (Baik, Butuh Perbaikan, Sangat Baik; the head Baik) and is signed.
      const head = await apiSession(sigap, first.head.nip);
      const [m1, m2, m3] = members as [Person, Person, Person];
      await rate(head, m1, 'SESUAI', 'SESUAI');
      await rate(head, m2, 'DI_BAWAH', 'SESUAI');
      await rate(head, m3, 'DI_ATAS', 'DI_ATAS');
      await head.close();
      await rate(s, first.head, 'SESUAI', 'SESUAI');
      await s.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId });
      // The second: one Baik out of one breaks both bounds of its pattern; not signed.
      const otherHead = await apiSession(sigap, second.head.nip);
      await rate(otherHead, second.others[0] as Person, 'SESUAI', 'SESUAI');
      await otherHead.close();

      // The Butuh Perbaikan files a keberatan: one open objection.
      objector = m2;
      const page = await s.get<UnitResponse>(`/api/evaluation/units/${unit.id}?periodId=${periodId}`);
      const evaluationId = page.items.find((i) => i.employee.id === objector.id)?.evaluation?.id;
      if (!evaluationId) throw new Error('no evaluation of the objector');
      await s.close();
      const employee = await apiSession(sigap, objector.nip);
      await employee.post(`/api/evaluations/${evaluationId}/acknowledge`);
      await employee.post(`/api/evaluations/${evaluationId}/objection`, { reasons: OBJECTION });
      await employee.close();

      // The unit's ancestors, root first (the drill-down path).
      const all = await admin.get<UnitList>('/api/units');
      const byId = new Map(all.items.map((u) => [u.id, u]));
      chain = [];
      let at = byId.get(unit.id)?.parentId ?? null;
      while (at) {
        const u = byId.get(at);
        if (!u) break;
        chain.unshift({ id: u.id, name: u.name });
        at = u.parentId;
      }
    });
    afterAll(async () => {
      await adminContext?.close();
      await employeeContext?.close();
      await admin?.close();
      await sigap?.stop();
    });

    it('the agency admin sees the totals, drills down to the puskesmas and opens its curve', async () => {
      ({ page: adminPage, context: adminContext } = await sigap.newPage());
      const p = adminPage;
      screenshotOnFailure(() => p, 'evaluation-monitoring');
      const totals = (await admin.get<Monitoring>(`/api/evaluation/monitoring?periodId=${periodId}`)).totals;
      expect(totals.rated).toBe(5);
      expect(totals.openObjections).toBe(1);

      await signIn(p, sigap.baseUrl, sigap.accounts.admin);
      await p.getByRole('navigation').getByRole('link', { name: 'Monitoring kurva' }).click();
      await p.getByRole('heading', { level: 1, name: 'Monitoring Kurva' }).waitFor();
      await p.getByText(`5 / ${n(totals.headcount)}`).waitFor();
      await p.getByText(`${n(totals.unitsFinalised)} / ${n(totals.units)}`).waitFor();
      expect(totals.unitsFinalised).toBe(1);
      await p
        .getByRole('button', { name: /^Keberatan terbuka 1 .*Lihat 1 pegawai dengan keberatan terbuka$/ })
        .waitFor();
      // The agency-wide distribution, with its numbers in a table.
      const distribution = p.getByRole('table', { name: 'Sebaran predikat pegawai dalam angka' });
      await expectCount(distribution, 'Baik', 3);
      await expectCount(distribution, 'Butuh Perbaikan', 1);
      await expectCount(distribution, 'Sangat Baik', 1);
      await p.getByRole('img', { name: /^Sebaran predikat pegawai: Sangat Kurang 0/ }).waitFor();
      await settledScreenshot(p, 'evaluation-monitoring');
      await accessible(p, 'monitoring kurva');

      // Down the unit tree to the Kadis's department, then its puskesmas.
      const table = p.getByRole('table', { name: /^Kurva per unit/ });
      for (const step of chain) {
        await table.getByRole('link', { name: step.name, exact: true }).click();
        await p.getByRole('heading', { level: 2, name: step.name, exact: true }).waitFor();
      }
      const crumbs = p.getByRole('navigation', { name: 'Posisi unit' });
      await crumbs.getByRole('link', { name: 'Semua unit' }).waitFor();
      await crumbs.getByText((chain.at(-1) as { name: string }).name, { exact: true }).waitFor();
      const row = table.getByRole('row').filter({ hasText: unit.name });
      await row.getByText('Ditetapkan', { exact: true }).waitFor();
      await row.getByText('4 dari 4').waitFor();
      await row.getByText('Sesuai pola').waitFor();
      const otherRow = table.getByRole('row').filter({ hasText: other.name });
      await otherRow.getByText('Belum', { exact: true }).waitFor();
      await otherRow.getByText('2 pelanggaran').waitFor();
      await settledScreenshot(p, 'evaluation-monitoring-drilled');

      // The puskesmas's own curve against its band, and its people.
      await row.getByRole('button', { name: `Lihat kurva dan pegawai ${unit.name}` }).click();
      const drawer = p.getByRole('dialog', { name: `Kurva · ${unit.name}` });
      const curve = drawer.getByRole('region', { name: `Kurva distribusi · ${unit.name}` });
      await curve.getByText('4 dari 4 pegawai sudah dinilai').waitFor();
      await curve.getByText('Distribusi predikat sesuai pola.').waitFor();
      const people = drawer.getByRole('table', { name: 'Daftar pegawai dan penilaiannya' });
      await expect.poll(() => people.getByRole('row').count()).toBe(5);
      await people
        .getByRole('row')
        .filter({ hasText: objector.fullName })
        .getByText('Keberatan terbuka')
        .waitFor();
      await settledScreenshot(p, 'evaluation-monitoring-curve');
      await accessible(p, 'monitoring kurva drawer');
      // Only the open objection.
      await drawer.getByLabel('Hanya keberatan terbuka').check();
      await expect.poll(() => people.getByRole('row').count()).toBe(2);
      await p.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });

      // The other unit's violations, in its own curve.
      await otherRow.getByRole('button', { name: `Lihat kurva dan pegawai ${other.name}` }).click();
      const otherDrawer = p.getByRole('dialog', { name: `Kurva · ${other.name}` });
      await otherDrawer.getByText('2 pelanggaran pola distribusi').waitFor();
      await p.keyboard.press('Escape');
      await otherDrawer.waitFor({ state: 'detached' });

      // Back to all units through the breadcrumb.
      await crumbs.getByRole('link', { name: 'Semua unit' }).click();
      await crumbs.waitFor({ state: 'detached' });

      // The agency recap and the SIASN export of the period.
      await p.getByRole('button', { name: 'Unduh rekap dan ekspor periode ini' }).click();
      const [recap] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('menuitem', { name: 'Rekap instansi (XLSX)' }).click(),
      ]);
      expect(recap.suggestedFilename()).toMatch(/^Rekap-Evaluasi-Instansi-.+\.xlsx$/);
      expect((await readFile(await recap.path())).subarray(0, 2).toString('latin1')).toBe('PK');
      await p.getByRole('button', { name: 'Unduh rekap dan ekspor periode ini' }).click();
      const [csv] = await Promise.all([
        p.waitForEvent('download'),
        p.getByRole('menuitem', { name: 'Ekspor SIASN (CSV)' }).click(),
      ]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);
      const text = await readFile(await csv.path(), 'utf8');
      for (const m of members) expect(text).toContain(m.nip);
    });

    it('on a phone the units are cards', async () => {
      const { page: p, context } = await sigap.newPage({ width: 390, height: 844 });
      screenshotOnFailure(() => p, 'evaluation-monitoring-phone');
      await signIn(p, sigap.baseUrl, sigap.accounts.admin);
      await p.goto(`${sigap.baseUrl}/monitoring-kurva?unit=${(chain.at(-1) as { id: string }).id}`);
      const list = p.getByRole('list', { name: /^Kurva per unit/ });
      await list.getByRole('button', { name: `Lihat kurva dan pegawai ${unit.name}` }).waitFor();
      await settledScreenshot(p, 'evaluation-monitoring-phone');
      await list.scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-monitoring-phone-units');
      await accessible(p, 'monitoring kurva on a phone');
      await context.close();
    });

    it('the employee opens their year from Evaluasi saya on a phone', async () => {
      ({ page: employeePage, context: employeeContext } = await sigap.newPage({ width: 390, height: 844 }));
      const p = employeePage;
      screenshotOnFailure(() => p, 'evaluation-annual');
      await signIn(p, sigap.baseUrl, objector.nip);
      await p.goto(`${sigap.baseUrl}/evaluasi-saya`);
      await p.getByRole('heading', { level: 1, name: 'Evaluasi Saya' }).waitFor();
      await p.getByRole('link', { name: `Evaluasi tahunan ${YEAR}` }).click();
      await p.getByRole('heading', { level: 1, name: objector.fullName }).waitFor();
      await p.getByText(`Evaluasi tahunan · ${YEAR}`).waitFor();
      const periods = p.getByRole('list', { name: `Evaluasi periodik ${YEAR}` });
      const rated = periods.getByRole('listitem').filter({ hasText: 'Butuh Perbaikan' });
      await rated.getByText('Ditetapkan').waitFor();
      await rated.getByText('Keberatan terbuka').waitFor();
      await expect.poll(() => periods.getByRole('listitem').count()).toBe(12);
      await p
        .getByRole('region', { name: 'Hasil evaluasi tahunan' })
        .getByText(`Evaluasi tahunan ${YEAR} belum ada.`)
        .waitFor();
      await settledScreenshot(p, 'evaluation-annual-phone');
      await rated.scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-annual-phone-periods');
      await accessible(p, 'annual view on a phone');
    });

    it('the rater sees the same year on a desktop, linked from the rating card', async () => {
      const { page: p, context } = await sigap.newPage();
      screenshotOnFailure(() => p, 'evaluation-annual-rater');
      await signIn(p, sigap.baseUrl, setter.nip);
      await p.getByRole('navigation').getByRole('link', { name: 'Penilaian kinerja' }).click();
      await p.getByRole('heading', { level: 1, name: 'Penilaian Kinerja' }).waitFor();
      await p.getByLabel('Unit', { exact: true }).click();
      await p.getByRole('option', { name: new RegExp(`^${escapeRegExp(unit.name)} \\(`) }).click();
      // The cards re-render for the chosen unit: wait for its curve before reading the first card.
      await p.getByText(`Kurva distribusi · ${unit.name}`, { exact: true }).waitFor();
      const card = p.getByRole('article').first();
      const name = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
      await card.getByRole('link', { name: `Evaluasi tahunan ${YEAR} ${name}` }).click();
      await p.getByRole('heading', { level: 1, name }).waitFor();
      const table = p.getByRole('table', { name: `Evaluasi periodik ${YEAR}` });
      await expect.poll(() => table.getByRole('row').count()).toBe(13);
      await table.getByRole('row').filter({ hasText: 'Baik' }).first().getByText('Ditetapkan').waitFor();
      await settledScreenshot(p, 'evaluation-annual');
      await table.getByRole('row').filter({ hasText: 'Baik' }).first().scrollIntoViewIfNeeded();
      await settledScreenshot(p, 'evaluation-annual-periods');
      await accessible(p, 'annual view');
      await context.close();
    });
  },
);

async function expectCount(table: ReturnType<Page['getByRole']>, predikat: string, count: number) {
  const row = table.getByRole('row').filter({ has: table.page().getByText(predikat, { exact: true }) });
  await expect.poll(() => row.getByRole('cell').first().textContent()).toBe(String(count));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** axe on what a person sees, with the pointer off the navigation (a hovered link is not the page). */
async function accessible(page: Page, what: string) {
  await page.mouse.move(640, 5);
  await expectNoSeriousViolations(page, what);
}

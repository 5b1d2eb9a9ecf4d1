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

/** The app runs on the real clock: the page opens on the current year of the agency's zone (WIB). */
const NOW = new Date();
const ZONE = 'Asia/Jakarta';
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric' }).format(NOW));
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(NOW);
/** Earlier today (or just after midnight): the session is recorded as held when scheduled. */
const SESSION_TIME = '00:05';

/** The nine statements a coaching session is rated on (rules §4). */
const STATEMENTS = 9;

const TOPIC = 'Capaian imunisasi triwulan dan kendala rantai dingin';
const CANCELLED_TOPIC = 'Persiapan akreditasi puskesmas';
const NOTES = 'Cakupan imunisasi 78% dari target; dua puskesmas kekurangan lemari es vaksin.';
const ACTIONS = 'Ajukan pengadaan lemari es vaksin; laporan cakupan mingguan kepada Kepala Dinas.';

interface TeamItem {
  employee: { id: string; nip: string; fullName: string };
}

describe.runIf(ready.ok)(
  'Dialog & bimbingan kinerja: the rater schedules and records, the employee rates',
  () => {
    let sigap: RunningSigap;
    let kadis: { id: string; nip: string; name: string };
    let kadisApi: ApiSession;
    let staff: { id: string; nip: string; fullName: string };
    let raterContext: BrowserContext | undefined;
    let rater: Page | undefined;
    let employeeContext: BrowserContext | undefined;
    let employee: Page | undefined;

    beforeAll(async () => {
      sigap = await startSigap();
      const admin = await apiSession(sigap, sigap.accounts.admin);
      await admin.post('/api/planning/years', { year: YEAR, quarterly: true });
      await admin.close();
      const kadisRow = await sigap.employee('Kepala Dinas Kesehatan');
      kadisApi = await apiSession(sigap, kadisRow.nip);
      // The name with titles, as the session records its coach.
      const { fullName } = await kadisApi.get<{ fullName: string }>(`/api/employees/${kadisRow.id}`);
      kadis = { ...kadisRow, name: fullName };
      const team = await kadisApi.get<{ items: TeamItem[] }>(`/api/coaching/team?year=${YEAR}`);
      const first = [...team.items].sort((a, b) => a.employee.nip.localeCompare(b.employee.nip))[0];
      if (!first) throw new Error('the Kepala Dinas Kesehatan rates nobody');
      staff = first.employee;
      // A second session, to be cancelled from the page.
      await kadisApi.post('/api/coaching/sessions', {
        employeeId: staff.id,
        kind: 'DIALOG',
        scheduledAt: new Date(NOW.getTime() + 7 * 86_400_000).toISOString(),
        topic: CANCELLED_TOPIC,
      });
    });
    afterAll(async () => {
      await raterContext?.close();
      await employeeContext?.close();
      await kadisApi?.close();
      await sigap?.stop();
    });

    it('the rater schedules a bimbingan kinerja, records it, and cancels another session after confirming', async () => {
      ({ page: rater, context: raterContext } = await sigap.newPage());
      const r = rater;
      screenshotOnFailure(() => r, 'coaching-rater');
      await signIn(r, sigap.baseUrl, kadis.nip);
      await r.getByRole('navigation').getByRole('link', { name: 'Dialog & bimbingan' }).click();
      await r.getByRole('heading', { level: 1, name: 'Dialog & Bimbingan Kinerja' }).waitFor();
      await r.getByRole('tab', { name: 'Bawahan saya' }).click();
      const card = r.getByRole('article', { name: staff.fullName });
      await card.getByRole('heading', { name: CANCELLED_TOPIC }).waitFor();

      await card.getByRole('button', { name: `Jadwalkan sesi dengan ${staff.fullName}` }).click();
      const dialog = r.getByRole('dialog', { name: `Jadwalkan sesi dengan ${staff.fullName}` });
      await dialog.getByText('Bimbingan kinerja', { exact: true }).click();
      await dialog.getByLabel('Tanggal').fill(TODAY);
      await dialog.getByLabel('Jam').fill(SESSION_TIME);
      // Submitting without a topic is refused in the dialog.
      await dialog.getByRole('button', { name: 'Jadwalkan' }).click();
      await dialog.getByText('Topik paling sedikit 3 karakter.').waitFor();
      await dialog.getByLabel('Topik').fill(TOPIC);
      await settledScreenshot(r, 'coaching-schedule-modal');
      await dialog.getByRole('button', { name: 'Jadwalkan' }).click();
      await r.getByText(`Sesi dengan ${staff.fullName} dijadwalkan.`).waitFor();
      await dialog.waitFor({ state: 'detached' });
      const session = card.getByRole('article', { name: TOPIC });
      await session.getByText('Terjadwal').waitFor();
      await session.getByText('Bimbingan kinerja').waitFor();

      // Cancelling asks first; "Batal" keeps the session.
      const other = card.getByRole('article', { name: CANCELLED_TOPIC });
      await other.getByRole('button', { name: `Batalkan sesi ${CANCELLED_TOPIC}` }).click();
      const confirm = r.getByRole('dialog', { name: 'Batalkan sesi?' });
      await confirm
        .getByText(`Sesi "${CANCELLED_TOPIC}" dengan ${staff.fullName}`, { exact: false })
        .waitFor();
      await settledScreenshot(r, 'coaching-cancel-confirm');
      await confirm.getByRole('button', { name: 'Batal', exact: true }).click();
      await confirm.waitFor({ state: 'detached' });
      await other.getByText('Terjadwal').waitFor();
      await other.getByRole('button', { name: `Batalkan sesi ${CANCELLED_TOPIC}` }).click();
      await r
        .getByRole('dialog', { name: 'Batalkan sesi?' })
        .getByRole('button', { name: 'Ya, batalkan sesi' })
        .click();
      await r.getByText('Sesi dibatalkan.').waitFor();
      await other.getByText('Dibatalkan').waitFor();

      // The session took place: the rater records notes, agreed actions and a follow-up date.
      await session.getByRole('button', { name: `Catat hasil sesi ${TOPIC}` }).click();
      const record = r.getByRole('dialog', { name: `Catat hasil sesi dengan ${staff.fullName}` });
      await record.getByLabel('Catatan').fill(NOTES);
      await record.getByLabel('Tindakan yang disepakati').fill(ACTIONS);
      const followUp = new Date(NOW.getTime() + 14 * 86_400_000);
      await record
        .getByLabel('Tanggal tindak lanjut')
        .fill(new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(followUp));
      await settledScreenshot(r, 'coaching-record-modal');
      await record.getByRole('button', { name: 'Simpan hasil' }).click();
      await r.getByText('Hasil sesi dicatat.', { exact: false }).waitFor();
      await session.getByText('Selesai').waitFor();
      await session.getByText(NOTES).waitFor();
      await session.getByText('Pegawai belum menilai sesi ini.').waitFor();
      await session.scrollIntoViewIfNeeded();
      await settledScreenshot(r, 'coaching-team');
      await expectNoSeriousViolations(r, 'coaching team');

      // A competency evaluation as follow-up: levels for two of the nine competencies.
      await card.getByRole('button', { name: `Nilai kompetensi ${staff.fullName}` }).click();
      const competency = r.getByRole('dialog', { name: `Nilai kompetensi ${staff.fullName}` });
      await competency.getByLabel('Integritas', { exact: true }).click();
      await r.getByRole('option', { name: 'Level 4 — Advance' }).click();
      await competency.getByLabel('Komunikasi', { exact: true }).click();
      await r.getByRole('option', { name: 'Level 3 — Penerapan' }).click();
      await competency.getByLabel('Catatan').fill('Perlu pelatihan komunikasi publik.');
      await settledScreenshot(r, 'coaching-competency-modal');
      await competency.getByRole('button', { name: 'Simpan penilaian' }).click();
      await r.getByText(`Penilaian kompetensi ${staff.fullName} tersimpan.`).waitFor();
      await card.getByText(/^Kompetensi .+: rata-rata 3,5$/).waitFor();
    });

    it('the employee rates the held session on the nine statements, once', async () => {
      ({ page: employee, context: employeeContext } = await sigap.newPage());
      const e = employee;
      screenshotOnFailure(() => e, 'coaching-employee');
      await signIn(e, sigap.baseUrl, staff.nip);
      await e.getByRole('navigation').getByRole('link', { name: 'Dialog & bimbingan' }).click();
      await e.getByRole('heading', { level: 2, name: `Sesi saya tahun ${YEAR}` }).waitFor();
      await e.getByText('1 sesi menunggu penilaian Anda.').waitFor();
      const session = e.getByRole('article', { name: TOPIC });
      await session.getByText(`Pembimbing: ${kadis.name}`).waitFor();
      await session.getByText(ACTIONS).waitFor();
      await settledScreenshot(e, 'coaching-mine');

      await session.getByRole('button', { name: `Nilai sesi ${TOPIC}` }).click();
      const dialog = e.getByRole('dialog', { name: 'Nilai sesi' });
      // Nothing chosen: every statement is flagged.
      await dialog.getByRole('button', { name: 'Kirim penilaian' }).click();
      await dialog.getByText('9 pernyataan belum dinilai.').waitFor();
      const groups = dialog.getByRole('radiogroup');
      expect(await groups.count()).toBe(STATEMENTS);
      for (let i = 0; i < STATEMENTS; i += 1) {
        const answer = i === 1 ? '3 — Netral' : i === 8 ? '5 — Sangat setuju' : '4 — Setuju';
        await groups.nth(i).getByRole('radio', { name: answer }).check();
      }
      await dialog.getByLabel('Komentar').fill('Arahan jelas, saya tahu langkah berikutnya.');
      await settledScreenshot(e, 'coaching-rate-modal');
      await expectNoSeriousViolations(e, 'coaching rating dialog');
      await dialog.getByRole('button', { name: 'Kirim penilaian' }).click();
      await e.getByText('Terima kasih, penilaian Anda tersimpan.').waitFor();
      await session.getByText('Penilaian Anda: rata-rata 4 dari 5').waitFor();
      expect(await session.getByRole('button', { name: `Nilai sesi ${TOPIC}` }).count()).toBe(0);
      await session.getByText('Penilaian Anda', { exact: false }).click();
      await session.getByRole('cell', { name: 'Saya merasa didengarkan.' }).waitFor();
      await settledScreenshot(e, 'coaching-rated');

      // The rater sees the rating in the coaching record; a second rating is refused.
      const recordOf = await kadisApi.get<{
        sessions: { topic: string; rating: { scores: Record<string, number> } | null }[];
      }>(`/api/coaching/employees/${staff.id}?year=${YEAR}`);
      const rated = recordOf.sessions.find((s) => s.topic === TOPIC);
      expect(rated?.rating?.scores.BERTANYA).toBe(3);
      expect(Object.keys(rated?.rating?.scores ?? {})).toHaveLength(STATEMENTS);
    });

    it('peer input: the rater asks three peers, a peer answers anonymously, the subject sees the aggregate from three answers', async () => {
      const r = rater as Page;
      screenshotOnFailure(() => r, 'peer-input');
      const team = await kadisApi.get<{ items: (TeamItem & { employee: { positionName: string } })[] }>(
        `/api/coaching/team?year=${YEAR}`,
      );
      const peers = team.items
        .map((i) => i.employee)
        .filter((p) => p.id !== staff.id)
        .slice(0, 3);
      expect(peers).toHaveLength(3);
      await r.getByRole('navigation').getByRole('link', { name: 'Masukan rekan' }).click();
      await r.getByRole('heading', { level: 1, name: 'Masukan Rekan Kerja' }).waitFor();
      await r.getByText('Belum ada permintaan masukan', { exact: true }).waitFor();
      await r.getByRole('button', { name: 'Minta masukan rekan' }).click();
      const dialog = r.getByRole('dialog', { name: 'Minta masukan rekan kerja' });
      await dialog.getByLabel('Pegawai yang dinilai', { exact: true }).click();
      await r
        .getByRole('option', {
          name: `${staff.fullName} — ${(team.items.find((i) => i.employee.id === staff.id) as { employee: { positionName: string } }).employee.positionName}`,
        })
        .click();
      await dialog.getByLabel('Periode', { exact: true }).click();
      await r.getByRole('option', { name: `Tahunan ${YEAR}` }).click();
      // Fewer than three peers is refused in the dialog.
      await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
      await dialog.getByText('Pilih paling sedikit 3 rekan kerja.').waitFor();
      await dialog.getByLabel('Rekan kerja', { exact: true }).click();
      for (const peer of peers) {
        await r.getByRole('option', { name: `${peer.fullName} — ${peer.positionName}` }).click();
      }
      await dialog.getByText('3 rekan dipilih (paling sedikit 3).').waitFor();
      await r.keyboard.press('Escape');
      await dialog.getByRole('heading', { name: 'Minta masukan rekan kerja' }).click();
      await settledScreenshot(r, 'peer-request-modal');
      await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
      await r.getByText(`Permintaan masukan atas ${staff.fullName} dikirim kepada 3 rekan.`).waitFor();
      const round = r.getByRole('article', { name: `${staff.fullName} — Tahunan ${YEAR}` });
      await round.getByText('0 dari 3 rekan telah menjawab').waitFor();
      await round.getByText('Menunggu paling sedikit 3 masukan', { exact: false }).waitFor();

      // The first peer answers on the page.
      const { page: p, context } = await sigap.newPage();
      try {
        await signIn(p, sigap.baseUrl, (peers[0] as { nip: string }).nip);
        await p.getByRole('navigation').getByRole('link', { name: 'Masukan rekan' }).click();
        await p.getByRole('button', { name: `Beri masukan untuk ${staff.fullName}` }).click();
        const answer = p.getByRole('dialog', { name: `Masukan untuk ${staff.fullName}` });
        await answer.getByText('Jawaban Anda anonim', { exact: false }).waitFor();
        const groups = answer.getByRole('radiogroup');
        expect(await groups.count()).toBe(7);
        for (let i = 0; i < 7; i += 1) await groups.nth(i).getByRole('radio', { name: '4 — Baik' }).check();
        await answer.getByLabel('Komentar').fill('Selalu siap membantu rekan di lapangan.');
        await settledScreenshot(p, 'peer-answer-modal');
        await expectNoSeriousViolations(p, 'peer answer dialog');
        await answer.getByRole('button', { name: 'Kirim masukan' }).click();
        await p.getByText(`Terima kasih, masukan Anda untuk ${staff.fullName} tersimpan.`).waitFor();
        await p.getByText('Tidak ada permintaan masukan').waitFor();
      } finally {
        await context.close();
      }

      // With one answer the subject sees counts only.
      const e = employee as Page;
      await e.getByRole('navigation').getByRole('link', { name: 'Masukan rekan' }).click();
      const mine = e.getByRole('article', { name: `Tahunan ${YEAR}` });
      await mine.getByText('1 dari 3 rekan telah menjawab').waitFor();
      await mine.getByText('Menunggu paling sedikit 3 masukan', { exact: false }).waitFor();
      expect(await e.getByText('Selalu siap membantu').count()).toBe(0);
      await settledScreenshot(e, 'peer-subject-waiting');

      // Two more answers: the subject sees the mean per value and the comments.
      for (const [i, peer] of peers.slice(1).entries()) {
        const session = await apiSession(sigap, peer.nip);
        const { items } = await session.get<{ items: { roundId: string }[] }>('/api/peer-requests');
        const scores = Object.fromEntries(
          [
            'BERORIENTASI_PELAYANAN',
            'AKUNTABEL',
            'KOMPETEN',
            'HARMONIS',
            'LOYAL',
            'ADAPTIF',
            'KOLABORATIF',
          ].map((c) => [c, i === 0 ? 5 : 3]),
        );
        await session.post(`/api/peer-requests/${items[0]?.roundId}/answer`, {
          scores,
          comment: i === 0 ? 'Komunikatif dan tepat waktu.' : null,
        });
        await session.close();
      }
      await e.reload();
      const result = e.getByRole('article', { name: `Tahunan ${YEAR}` });
      await result.getByText('3 dari 3 rekan telah menjawab').waitFor();
      await result.getByRole('table').getByText('Rata-rata dari 3 jawaban anonim').waitFor();
      await result.getByRole('row', { name: /Berorientasi Pelayanan\s+4/ }).waitFor();
      await result.getByText('Komunikatif dan tepat waktu.').waitFor();
      await result.getByText('Selalu siap membantu rekan di lapangan.').waitFor();
      await result.scrollIntoViewIfNeeded();
      await settledScreenshot(e, 'peer-subject-result');
      await expectNoSeriousViolations(e, 'peer input page');
    });
  },
);

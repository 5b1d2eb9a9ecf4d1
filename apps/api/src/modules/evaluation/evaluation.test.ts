import { type EmployeePredikat, resolvePattern } from '@sigap/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { findEvaluationUnit } from '../../../test/evaluation-unit.ts';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

/*
 * The evaluation procedure (rules §5) on a unit U of the demo city: S heads U's parent and sets U's
 * organisation predikat; H heads U, is rated by S and rates the people placed directly in U. The test
 * clock is 16 March 2026; the period is February 2026.
 */

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let setter: Client;
let head: Client;
let stranger: Client;
let unit: { id: string; name: string };
let headId: string;
let members: { id: string; nip: string }[];
let february: string;
const nips = { setter: '', head: '', stranger: '' };
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 600 });
  admin = await Client.signIn(t.app, demo.admin);
  const fixture = await findEvaluationUnit(t.handle, demo.agencyId);
  unit = fixture.unit;
  headId = fixture.head.id;
  members = fixture.members;
  nips.setter = fixture.setter.nip;
  nips.head = fixture.head.nip;
  setter = await Client.signIn(t.app, nips.setter);
  head = await Client.signIn(t.app, nips.head);
  const [other] = await queryRows<{ nip: string }>(
    t.handle.db,
    sql`select e.nip from employees e where e.agency_id = ${demo.agencyId} and e.status = 'ACTIVE'
        and e.unit_id <> ${unit.id} and e.id not in (select rater_employee_id from reporting_lines where rater_employee_id is not null)
        order by e.nip limit 1`,
  );
  nips.stranger = (other as { nip: string }).nip;
  stranger = await Client.signIn(t.app, nips.stranger);
  const year = await admin.post('/api/planning/years', { year: 2026, monthly: true });
  february = year
    .json()
    .periods.find((p: { kind: string; seq: number }) => p.kind === 'MONTH' && p.seq === 2).id;
});

const unitPage = async (client: Client) => {
  const res = await client.get(`/api/evaluation/units/${unit.id}?periodId=${february}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('settings', () => {
  it('warn by default; the agency admin switches to block', async () => {
    expect((await head.get('/api/evaluation/settings')).json()).toMatchObject({
      violationPolicy: 'WARN',
      rounding: { atLeast: 'CEIL', atMost: 'FLOOR' },
      objectionDays: 14,
      leaderRatingMap: { ISTIMEWA: 'DI_ATAS', BAIK: 'SESUAI' },
    });
    expect((await head.patch('/api/evaluation/settings', { violationPolicy: 'BLOCK' })).statusCode).toBe(403);
    const res = await admin.patch('/api/evaluation/settings', { violationPolicy: 'BLOCK' });
    expect(res.statusCode).toBe(200);
    expect(res.json().violationPolicy).toBe('BLOCK');
    expect((await admin.patch('/api/evaluation/settings', { objectionDays: 0 })).statusCode).toBe(400);
  });
});

describe('the three steps', () => {
  it('step 1: the head of the unit above sets the organisation predikat; nobody else can', async () => {
    const list = (await setter.get(`/api/evaluation/units?periodId=${february}`)).json();
    expect(list.items.map((i: { unit: { id: string } }) => i.unit.id)).toContain(unit.id);
    const body = { periodId: february, predikat: 'BAIK', note: 'Rekomendasi Inspektorat: capaian sesuai' };
    expect((await head.put(`/api/evaluation/units/${unit.id}/predikat`, body)).statusCode).toBe(404);
    expect((await stranger.put(`/api/evaluation/units/${unit.id}/predikat`, body)).statusCode).toBe(404);
    const res = await setter.put(`/api/evaluation/units/${unit.id}/predikat`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().predikat).toMatchObject({ predikat: 'BAIK', note: body.note });
    expect(res.json().abilities).toEqual(expect.arrayContaining(['setPredikat', 'finalise', 'calibrate']));
    // the unit's raters see it; others do not
    expect((await unitPage(head)).predikat.predikat).toBe('BAIK');
    expect((await stranger.get(`/api/evaluation/units/${unit.id}?periodId=${february}`)).statusCode).toBe(
      404,
    );
  });

  it('step 3: only the rater rates; the predikat follows the kuadran; the curve shows violations', async () => {
    const team = (await head.get(`/api/evaluation/team?periodId=${february}`)).json();
    expect(team.items.map((i: { employee: { id: string } }) => i.employee.id)).toEqual(
      expect.arrayContaining(members.map((m) => m.id)),
    );
    expect(team.items[0].suggestion.reasons.length).toBeGreaterThan(0);
    const target = members[0] as { id: string };
    const url = `/api/evaluation/employees/${target.id}/periods/${february}`;
    expect((await setter.put(url, { hasilKerja: 'DI_ATAS', perilakuKerja: 'DI_ATAS' })).statusCode).toBe(404);
    expect((await stranger.put(url, { hasilKerja: 'DI_ATAS', perilakuKerja: 'DI_ATAS' })).statusCode).toBe(
      404,
    );
    expect((await head.put(url, { hasilKerja: 'LUAR_BIASA', perilakuKerja: 'DI_ATAS' })).statusCode).toBe(
      400,
    );
    // Nobody is rated yet: the sign-off is refused and names who is missing.
    const early = await setter.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId: february });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error.code).toBe('EVALUATION_INCOMPLETE');
    expect(early.json().error.details.employees.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(members.map((m) => m.id)),
    );
    for (const m of members) {
      const res = await head.put(`/api/evaluation/employees/${m.id}/periods/${february}`, {
        hasilKerja: 'SESUAI',
        perilakuKerja: 'SESUAI',
        feedback: 'Hasil kerja sesuai ekspektasi.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ predikat: 'BAIK', status: 'DRAFT' });
    }
    const first = await head.put(url, { hasilKerja: 'DI_ATAS', perilakuKerja: 'DI_BAWAH' });
    expect(first.json().predikat).toBe('KURANG');
    await head.put(url, { hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI' });
    // the head of the unit is rated by the setter; as unit leader, hasil kerja follows the unit predikat
    const own = await setter.put(`/api/evaluation/employees/${headId}/periods/${february}`, {
      hasilKerja: 'DI_ATAS',
      perilakuKerja: 'DI_ATAS',
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ hasilKerja: 'SESUAI', predikat: 'BAIK' });
    // a change of the unit predikat carries over to the head's rating hasil kerja
    await setter.put(`/api/evaluation/units/${unit.id}/predikat`, {
      periodId: february,
      predikat: 'ISTIMEWA',
    });
    const headRow = async () =>
      (await unitPage(setter)).items.find((i: { employee: { id: string } }) => i.employee.id === headId)
        .evaluation;
    expect(await headRow()).toMatchObject({ hasilKerja: 'DI_ATAS', predikat: 'SANGAT_BAIK' });
    await setter.put(`/api/evaluation/units/${unit.id}/predikat`, { periodId: february, predikat: 'BAIK' });
    expect(await headRow()).toMatchObject({ hasilKerja: 'SESUAI', predikat: 'BAIK' });
    // the setter (who calibrates) reads a member's evaluation and may calibrate it
    const memberEval = (await unitPage(setter)).items.find(
      (i: { employee: { id: string } }) => i.employee.id === (members[0] as { id: string }).id,
    ).evaluation;
    const asSetter = await setter.get(`/api/evaluations/${memberEval.id}`);
    expect(asSetter.statusCode).toBe(200);
    expect(asSetter.json().abilities).toContain('calibrate');
    const page = await unitPage(head);
    expect(page.curve.unrated).toBe(0);
    expect(page.curve.counts.BAIK).toBe(members.length + 1);
    expect(page.curve.violations.map((v: { message: string }) => v.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('harus ada paling sedikit 1 orang')]),
    );
  });

  it('block policy: finalising with a violation is refused with the numbers', async () => {
    const res = await setter.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId: february });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DISTRIBUTION_VIOLATION');
    expect(res.json().error.details.violations.length).toBeGreaterThan(0);
  });

  it('calibration: the unit head changes ratings with a reason; the violations disappear', async () => {
    const evaluationOf = async (employeeId: string) =>
      (await unitPage(head)).items.find((i: { employee: { id: string } }) => i.employee.id === employeeId)
        .evaluation;
    const firstEval = await evaluationOf((members[0] as { id: string }).id);
    expect(
      (
        await head.post(`/api/evaluations/${firstEval.id}/calibrate`, {
          hasilKerja: 'DI_BAWAH',
          perilakuKerja: 'SESUAI',
        })
      ).statusCode,
    ).toBe(400); // a reason is required
    expect(
      (
        await stranger.post(`/api/evaluations/${firstEval.id}/calibrate`, {
          hasilKerja: 'DI_BAWAH',
          perilakuKerja: 'SESUAI',
          reason: 'Target utama tidak tercapai',
        })
      ).statusCode,
    ).toBe(404);
    const cal = await head.post(`/api/evaluations/${firstEval.id}/calibrate`, {
      hasilKerja: 'DI_BAWAH',
      perilakuKerja: 'SESUAI',
      reason: 'Target utama tidak tercapai',
    });
    expect(cal.statusCode, cal.body).toBe(200);
    expect(cal.json().predikat).toBe('BUTUH_PERBAIKAN');
    // Lift others to Sangat Baik until Baik is within the allowed share.
    const n = members.length + 1;
    const allowed = resolvePattern('BAIK', n).find((b) => b.bound === 'AT_MOST')?.people as number;
    let baik = n - 1;
    for (const m of members.slice(1)) {
      if (baik <= allowed) break;
      const e = await evaluationOf(m.id);
      const res = await head.post(`/api/evaluations/${e.id}/calibrate`, {
        hasilKerja: 'DI_ATAS',
        perilakuKerja: 'DI_ATAS',
        reason: 'Melampaui target dan menjadi teladan',
      });
      expect(res.json().predikat).toBe('SANGAT_BAIK');
      baik -= 1;
    }
    const page = await unitPage(head);
    expect(page.curve.violations).toEqual([]);
    const counts = page.curve.counts as Record<EmployeePredikat, number>;
    expect(counts.BUTUH_PERBAIKAN).toBe(1);
    const detail = (await head.get(`/api/evaluations/${firstEval.id}`)).json();
    expect(detail.changes[0]).toMatchObject({
      kind: 'CALIBRATION',
      before: { predikat: 'BAIK' },
      after: { predikat: 'BUTUH_PERBAIKAN' },
      reason: 'Target utama tidak tercapai',
    });
  });

  it('finalisation: only the setter signs; it locks the unit', async () => {
    expect(
      (await head.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId: february })).statusCode,
    ).toBe(404);
    const res = await setter.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId: february });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().predikat.finalisedAt).not.toBeNull();
    expect(res.json().predikat.signature.nip).toMatch(/^\d{18}$/);
    expect(
      res.json().items.every((i: { evaluation: { status: string } }) => i.evaluation.status === 'FINAL'),
    ).toBe(true);
    const again = await head.put(
      `/api/evaluation/employees/${(members[1] as { id: string }).id}/periods/${february}`,
      {
        hasilKerja: 'SESUAI',
        perilakuKerja: 'SESUAI',
      },
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EVALUATION_LOCKED');
    const changePredikat = await setter.put(`/api/evaluation/units/${unit.id}/predikat`, {
      periodId: february,
      predikat: 'ISTIMEWA',
    });
    expect(changePredikat.json().error.code).toBe('EVALUATION_LOCKED');
  });
});

describe('receipt and keberatan', () => {
  let objector: Client;
  let late: Client;
  let evaluationId: string;
  let lateEvaluationId: string;

  it('the employee sees the final result and acknowledges it', async () => {
    objector = await Client.signIn(t.app, (members[0] as { nip: string }).nip);
    late = await Client.signIn(t.app, (members[1] as { nip: string }).nip);
    const mine = (await objector.get('/api/evaluations/mine')).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].abilities).toEqual(['acknowledge']);
    evaluationId = mine.items[0].evaluation.id;
    lateEvaluationId = (await late.get('/api/evaluations/mine')).json().items[0].evaluation.id;
    // objecting before receipt is refused
    expect(
      (
        await objector.post(`/api/evaluations/${evaluationId}/objection`, {
          reasons: 'Saya keberatan atas hasil ini.',
        })
      ).statusCode,
    ).toBe(409);
    const ack = await objector.post(`/api/evaluations/${evaluationId}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(ack.json().objectionDeadline).toBe('2026-03-30');
    expect(ack.json().abilities).toEqual(['object']);
    await late.post(`/api/evaluations/${lateEvaluationId}/acknowledge`);
  });

  it('the 14th day accepts an objection, the 15th refuses a new one', async () => {
    t.clock.advance(14 * DAY);
    objector = await Client.signIn(t.app, (members[0] as { nip: string }).nip);
    const res = await objector.post(`/api/evaluations/${evaluationId}/objection`, {
      reasons: 'Capaian utama saya terhambat karena mutasi anggaran, bukan karena kinerja.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().objection).toMatchObject({ status: 'OPEN' });
    expect(
      (
        await objector.post(`/api/evaluations/${evaluationId}/objection`, {
          reasons: 'Sekali lagi keberatan.',
        })
      ).json().error.code,
    ).toBe('OBJECTION_EXISTS');
    t.clock.advance(DAY);
    late = await Client.signIn(t.app, (members[1] as { nip: string }).nip);
    const refused = await late.post(`/api/evaluations/${lateEvaluationId}/objection`, {
      reasons: 'Keberatan yang terlambat diajukan.',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('OBJECTION_WINDOW_CLOSED');
  });

  it('the rater’s superior asks, the rater and the employee answer, then the decision is final', async () => {
    // sessions last 7 days: sign in again after the clock moved
    setter = await Client.signIn(t.app, nips.setter);
    head = await Client.signIn(t.app, nips.head);
    admin = await Client.signIn(t.app, demo.admin);
    stranger = await Client.signIn(t.app, nips.stranger);
    const view = (await setter.get(`/api/evaluations/${evaluationId}`)).json();
    expect(view.objection.abilities).toEqual(['ask', 'decide']);
    expect(
      (await setter.post(`/api/evaluations/${evaluationId}/objection/messages`, { body: 'Tanpa tujuan' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await setter.post(`/api/evaluations/${evaluationId}/objection/messages`, {
          body: 'Mohon penjelasan penilai tentang capaian utama.',
          addressedTo: 'RATER',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await head.post(`/api/evaluations/${evaluationId}/objection/messages`, {
          body: 'Dua dari tiga target utama tidak tercapai.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await objector.post(`/api/evaluations/${evaluationId}/objection/messages`, {
          body: 'Anggaran kegiatan dipotong pada bulan Februari.',
        })
      ).statusCode,
    ).toBe(200);
    // all three and the agency admin see the whole timeline
    for (const client of [objector, head, setter, admin]) {
      const detail = (await client.get(`/api/evaluations/${evaluationId}`)).json();
      expect(detail.objection.messages.map((m: { authorRole: string }) => m.authorRole)).toEqual([
        'DECIDER',
        'RATER',
        'EMPLOYEE',
      ]);
    }
    expect((await stranger.get(`/api/evaluations/${evaluationId}`)).statusCode).toBe(404);
    expect(
      (
        await head.post(`/api/evaluations/${evaluationId}/objection/decide`, {
          decision: 'CONFIRMED',
          note: 'Penilai memutuskan sendiri',
        })
      ).statusCode,
    ).toBe(404);
    const decided = await setter.post(`/api/evaluations/${evaluationId}/objection/decide`, {
      decision: 'CHANGED',
      hasilKerja: 'SESUAI',
      perilakuKerja: 'SESUAI',
      note: 'Pemotongan anggaran di luar kendali pegawai.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().evaluation.predikat).toBe('BAIK');
    expect(decided.json().objection).toMatchObject({ status: 'DECIDED', decision: 'CHANGED' });
    expect(decided.json().changes.map((c: { kind: string }) => c.kind)).toEqual(['CALIBRATION', 'OBJECTION']);
    const again = await setter.post(`/api/evaluations/${evaluationId}/objection/decide`, {
      decision: 'CONFIRMED',
      note: 'Berubah pikiran',
    });
    expect(again.json().error.code).toBe('OBJECTION_DECIDED');
    const message = await objector.post(`/api/evaluations/${evaluationId}/objection/messages`, {
      body: 'Terima kasih',
    });
    expect(message.json().error.code).toBe('OBJECTION_DECIDED');
    const audit = (await admin.get('/api/audit?action=objection.decide')).json();
    expect(audit.items).toHaveLength(1);
  });

  it('another agency sees none of it', async () => {
    const second = await t.seedAgency({ seed: 9, suffix: '-c', employees: 30, name: 'Kabupaten Seberang' });
    const foreign = await Client.signIn(t.app, second.admin);
    expect((await foreign.get(`/api/evaluations/${evaluationId}`)).statusCode).toBe(404);
    expect((await foreign.get(`/api/evaluation/units/${unit.id}?periodId=${february}`)).statusCode).toBe(404);
  });
});

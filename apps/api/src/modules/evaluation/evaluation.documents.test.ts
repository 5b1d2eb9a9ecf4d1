import { checkDistribution, EMPLOYEE_PREDIKATS, type EmployeePredikat } from '@sigap/rules';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { findEvaluationUnit } from '../../../test/evaluation-unit.ts';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import {
  feedback,
  realisationReports,
  realisationValues,
  skpIndicators,
  skpRhks,
  skps,
} from '../../db/schema/index.ts';
import type { DemoAccounts } from '../../demo/seed.ts';
import { newId } from '../../lib/ids.ts';

/*
 * The evaluation's documents, recaps, exports, annual view and curve monitoring, on a unit U of the demo
 * city: S heads U's parent and sets U's organisation predikat; H heads U, is rated by S and rates the
 * people placed directly in U. M (the first of them) has an approved SKP with realisasi and umpan balik
 * for February 2026. The test clock is 16 March 2026 10:00 WIB.
 */

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let leader: Client;
let setter: Client;
let head: Client;
let memberClient: Client;
let stranger: Client;
let unit: { id: string; name: string; path: string };
let headPerson: { id: string; nip: string; name: string };
let setterPerson: { id: string; nip: string; name: string };
let members: { id: string; nip: string; name: string }[];
let sibling: { id: string; nip: string } | undefined;
let february: string;
let january: string;
let annualPeriod: string;
let mEvaluationId: string;

const M_RHK = 'Tersusunnya laporan keuangan bidang yang akurat dan tepat waktu';
const M_IKI = 'Jumlah laporan keuangan bulanan yang disusun';
const M_FEEDBACK = 'Pertahankan ketepatan waktu penyampaian laporan';
const M_BEHAVIOUR_FEEDBACK = 'Disiplin dan jujur dalam pengelolaan dokumen';
const M_EXPECTATION = 'Tertib administrasi keuangan';

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfTextOf(body: Buffer) {
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const doc = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(doc, { mergePages: true });
  return flat(text);
}

async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function sheetRows(sheet: ExcelJS.Worksheet | undefined): string[][] {
  if (!sheet) throw new Error('sheet missing');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    rows.push(values);
  });
  return rows;
}

const personOf = async (id: string) => {
  const [row] = await queryRows<{ id: string; nip: string; name: string }>(
    t.handle.db,
    sql`select id, nip, name from employees where agency_id = ${demo.agencyId} and id = ${id}`,
  );
  return row as { id: string; nip: string; name: string };
};

/** M's approved SKP with one RHK per category, February's realisasi and the rater's umpan balik. */
async function seedSkpOfM() {
  const db = t.handle.db;
  const m = members[0] as { id: string };
  const [staff] = await queryRows<{
    nip: string;
    name: string;
    golongan: string;
    position_id: string;
    position_name: string;
    unit_id: string;
    unit_name: string;
  }>(
    db,
    sql`select e.nip, e.name, e.golongan, e.position_id, p.name as position_name, e.unit_id, u.name as unit_name
        from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where e.agency_id = ${demo.agencyId} and e.id = ${m.id}`,
  );
  const [rater] = await queryRows<{ golongan: string; position_name: string; unit_name: string }>(
    db,
    sql`select e.golongan, p.name as position_name, u.name as unit_name
        from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where e.agency_id = ${demo.agencyId} and e.id = ${headPerson.id}`,
  );
  const [headUser] = await queryRows<{ id: string }>(
    db,
    sql`select id from users where agency_id = ${demo.agencyId} and employee_id = ${headPerson.id}`,
  );
  if (!staff || !rater || !headUser) throw new Error('demo data missing');
  const agencyId = demo.agencyId;
  const skpId = newId();
  const utama = newId();
  const tambahan = newId();
  const quantity = newId();
  const quality = newId();
  const extra = newId();
  await db.insert(skps).values({
    agencyId,
    id: skpId,
    employeeId: m.id,
    year: 2026,
    status: 'APPROVED',
    format: 'JA_JF',
    approach: 'KUANTITATIF',
    positionId: staff.position_id,
    unitId: staff.unit_id,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    employeeSnapshot: {
      kind: 'EMPLOYEE',
      employeeId: m.id,
      nip: staff.nip,
      name: staff.name,
      golongan: staff.golongan,
      positionName: staff.position_name,
      unitName: staff.unit_name,
    },
    raterEmployeeId: headPerson.id,
    raterSnapshot: {
      kind: 'EMPLOYEE',
      employeeId: headPerson.id,
      nip: headPerson.nip,
      name: headPerson.name,
      golongan: rater.golongan,
      positionName: rater.position_name,
      unitName: rater.unit_name,
    },
    behaviourExpectations: { AKUNTABEL: M_EXPECTATION },
  });
  await db.insert(skpRhks).values([
    { agencyId, id: utama, skpId, seq: 1, category: 'UTAMA', text: M_RHK },
    { agencyId, id: tambahan, skpId, seq: 2, category: 'TAMBAHAN', text: 'Terlaksananya pendampingan SAKIP' },
  ]);
  await db.insert(skpIndicators).values([
    {
      agencyId,
      id: quantity,
      rhkId: utama,
      seq: 1,
      aspect: 'KUANTITAS',
      text: M_IKI,
      targetValue: 12,
      targetUnit: 'laporan',
    },
    {
      agencyId,
      id: quality,
      rhkId: utama,
      seq: 2,
      aspect: 'KUALITAS',
      text: 'Persentase laporan tanpa revisi',
      targetValue: 100,
      targetUnit: '%',
    },
    {
      agencyId,
      id: extra,
      rhkId: tambahan,
      seq: 1,
      aspect: 'KUANTITAS',
      text: 'Jumlah puskesmas yang didampingi',
      targetValue: 4,
      targetUnit: 'puskesmas',
    },
  ]);
  const reportId = newId();
  await db.insert(realisationReports).values({
    agencyId,
    id: reportId,
    skpId,
    periodId: february,
    employeeId: m.id,
    unitId: staff.unit_id,
    status: 'SUBMITTED',
    submittedAt: new Date('2026-03-02T03:00:00Z'),
    achievement: 100,
  });
  await db.insert(realisationValues).values([
    { agencyId, reportId, indicatorId: quantity, value: 2, achievement: 100 },
    {
      agencyId,
      reportId,
      indicatorId: quality,
      value: 100,
      text: 'Diterima tanpa catatan',
      achievement: 100,
    },
  ]);
  await db.insert(feedback).values([
    {
      agencyId,
      id: newId(),
      skpId,
      periodId: february,
      indicatorId: quantity,
      authorUserId: headUser.id,
      authorName: headPerson.name,
      authorRole: 'RATER',
      body: M_FEEDBACK,
    },
    {
      agencyId,
      id: newId(),
      skpId,
      periodId: february,
      behaviourCode: 'AKUNTABEL',
      authorUserId: headUser.id,
      authorName: headPerson.name,
      authorRole: 'RATER',
      body: M_BEHAVIOUR_FEEDBACK,
    },
  ]);
}

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency({ employees: 600 });
  admin = await Client.signIn(t.app, demo.admin);
  leader = await Client.signIn(t.app, demo.leader);
  const fixture = await findEvaluationUnit(t.handle, demo.agencyId);
  unit = fixture.unit;
  headPerson = await personOf(fixture.head.id);
  setterPerson = await personOf(fixture.setter.id);
  members = fixture.members;
  // Another person the setter rates (outside U): their February evaluation stays a draft.
  [sibling] = await queryRows<{ id: string; nip: string }>(
    t.handle.db,
    sql`select e.id, e.nip from reporting_lines rl join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
        where rl.agency_id = ${demo.agencyId} and rl.rater_employee_id = ${setterPerson.id} and rl.valid_to is null
          and e.status = 'ACTIVE' and e.id <> ${headPerson.id} and e.unit_id <> ${unit.id}
        order by e.nip limit 1`,
  );
  if (!sibling) throw new Error('the setter rates nobody outside U in the demo city');
  setter = await Client.signIn(t.app, setterPerson.nip);
  head = await Client.signIn(t.app, headPerson.nip);
  memberClient = await Client.signIn(t.app, (members[0] as { nip: string }).nip);
  const [other] = await queryRows<{ nip: string }>(
    t.handle.db,
    sql`select e.nip from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = ${demo.agencyId} and e.status = 'ACTIVE' and not p.is_unit_head
          and e.unit_id <> ${unit.id}
          and e.id not in (select rater_employee_id from reporting_lines where rater_employee_id is not null)
        order by e.nip limit 1`,
  );
  stranger = await Client.signIn(t.app, (other as { nip: string }).nip);
  const year = await admin.post('/api/planning/years', { year: 2026, monthly: true });
  expect(year.statusCode, year.body).toBe(201);
  const periods = year.json().periods as { id: string; kind: string; seq: number }[];
  february = periods.find((p) => p.kind === 'MONTH' && p.seq === 2)?.id as string;
  january = periods.find((p) => p.kind === 'MONTH' && p.seq === 1)?.id as string;
  annualPeriod = periods.find((p) => p.kind === 'ANNUAL')?.id as string;
  await seedSkpOfM();

  // Step 1 and 3: U is Baik; M Sangat Baik, everyone else Baik (a violation: nobody below Baik).
  const set = await setter.put(`/api/evaluation/units/${unit.id}/predikat`, {
    periodId: february,
    predikat: 'BAIK',
    note: 'Rekomendasi Inspektorat',
  });
  expect(set.statusCode, set.body).toBe(200);
  for (const [i, m] of members.entries()) {
    const res = await head.put(`/api/evaluation/employees/${m.id}/periods/${february}`, {
      hasilKerja: i === 0 ? 'DI_ATAS' : 'SESUAI',
      perilakuKerja: i === 0 ? 'DI_ATAS' : 'SESUAI',
      feedback: i === 0 ? 'Kinerja sangat baik sepanjang Februari.' : null,
    });
    expect(res.statusCode, res.body).toBe(200);
    if (i === 0) mEvaluationId = res.json().id;
  }
  const own = await setter.put(`/api/evaluation/employees/${headPerson.id}/periods/${february}`, {
    hasilKerja: 'SESUAI',
    perilakuKerja: 'SESUAI',
  });
  expect(own.statusCode, own.body).toBe(200);
  if (sibling) {
    const res = await setter.put(`/api/evaluation/employees/${sibling.id}/periods/${february}`, {
      hasilKerja: 'DI_BAWAH',
      perilakuKerja: 'SESUAI',
    });
    expect(res.statusCode, res.body).toBe(200);
  }
});

const unitCounts = (): Record<EmployeePredikat, number> => {
  const counts = Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as Record<
    EmployeePredikat,
    number
  >;
  counts.SANGAT_BAIK = 1;
  counts.BAIK = members.length;
  return counts;
};

describe('Evaluasi Kinerja Pegawai (PDF)', () => {
  it('a draft: the form with realisasi, umpan balik, ratings, kuadran and curve, marked DRAF', async () => {
    const res = await head.get(`/api/evaluations/${mEvaluationId}/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('Evaluasi-Kinerja-Februari-2026-');
    const text = await pdfTextOf(res.rawPayload);
    const m = members[0] as { nip: string; name: string };
    for (const expected of [
      'EVALUASI KINERJA PEGAWAI',
      'PERIODE: FEBRUARI 2026',
      '1 Februari 2026 s.d. 28 Februari 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      m.name,
      m.nip,
      headPerson.name,
      headPerson.nip,
      'CAPAIAN KINERJA ORGANISASI',
      M_RHK,
      M_IKI,
      '12 laporan',
      '2 laporan',
      'Diterima tanpa catatan',
      M_FEEDBACK,
      'Berorientasi Pelayanan',
      M_EXPECTATION,
      M_BEHAVIOUR_FEEDBACK,
      'RATING HASIL KERJA',
      'RATING PERILAKU KERJA',
      'PREDIKAT KINERJA PEGAWAI',
      'Di Atas Ekspektasi',
      'Sangat Baik',
      'KUADRAN KINERJA',
      '» Sangat Baik «',
      'Butuh Perbaikan',
      'KURVA DISTRIBUSI PREDIKAT KINERJA UNIT',
      'Predikat kinerja organisasi: Baik',
      'Baik paling banyak 70%',
      'Kinerja sangat baik sepanjang Februari.',
      'DRAF',
      'Penetapan Predikat Kinerja unit belum ditandatangani',
    ]) {
      expect(text, expected).toContain(flat(expected));
    }
  });

  it('same visibility as the evaluation: the employee and the admin yes, others 404', async () => {
    expect((await memberClient.get(`/api/evaluations/${mEvaluationId}/pdf`)).statusCode).toBe(200);
    expect((await admin.get(`/api/evaluations/${mEvaluationId}/pdf`)).statusCode).toBe(200);
    expect((await stranger.get(`/api/evaluations/${mEvaluationId}/pdf`)).statusCode).toBe(404);
    expect((await head.get(`/api/evaluations/${newId()}/pdf`)).statusCode).toBe(404);
  });
});

describe('Penetapan Predikat Kinerja (PDF)', () => {
  it('before the sign-off: 409 EVALUATION_NOT_FINAL; outsiders 404', async () => {
    const res = await setter.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('EVALUATION_NOT_FINAL');
    expect(
      (await stranger.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`)).statusCode,
    ).toBe(404);
  });

  it('after the sign-off: the people, the organisation predikat, the curve, the violations, the signature', async () => {
    const fin = await setter.post(`/api/evaluation/units/${unit.id}/finalise`, { periodId: february });
    expect(fin.statusCode, fin.body).toBe(200);
    const signature = fin.json().predikat.signature as { name: string; nip: string; positionName: string };
    for (const client of [setter, head, admin, leader]) {
      const res = await client.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
    }
    const res = await head.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`);
    const text = await pdfTextOf(res.rawPayload);
    const violations = checkDistribution('BAIK', unitCounts());
    expect(violations.length).toBeGreaterThan(0);
    for (const expected of [
      'PENETAPAN PREDIKAT KINERJA PEGAWAI',
      unit.name.toLocaleUpperCase('id-ID'),
      'PREDIKAT KINERJA ORGANISASI',
      'Rekomendasi Inspektorat',
      headPerson.name,
      ...members.map((m) => m.name),
      ...members.map((m) => m.nip),
      'Sangat Baik',
      'Sesuai Ekspektasi',
      'KURVA DISTRIBUSI PADA SAAT PENETAPAN',
      'Pelanggaran pola distribusi',
      ...violations.map((v) => v.message),
      'Ditetapkan di Kota Sukamaju',
      'pada tanggal 16 Maret 2026',
      signature.positionName,
      signature.name,
      `NIP. ${signature.nip}`,
      'Ditandatangani secara elektronik pada 16 Maret 2026 pukul 10.00 WIB',
    ]) {
      expect(text, expected).toContain(flat(expected));
    }
    expect(text).not.toContain('DRAF');
    // an employee of the unit who rates nobody there does not see the unit page: 404
    expect(
      (await memberClient.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`))
        .statusCode,
    ).toBe(404);
  });

  it('the Evaluasi Kinerja is now final: no DRAF, the electronic sign-off of the Penetapan', async () => {
    const res = await memberClient.get(`/api/evaluations/${mEvaluationId}/pdf`);
    expect(res.statusCode).toBe(200);
    const text = await pdfTextOf(res.rawPayload);
    const [signed] = await queryRows<{ signature: { name: string; nip: string } }>(
      t.handle.db,
      sql`select signature from unit_predikats where agency_id = ${demo.agencyId} and unit_id = ${unit.id}
          and period_id = ${february}`,
    );
    expect(text).not.toContain('DRAF');
    expect(text).toContain(flat(signed?.signature.name ?? '?'));
    expect(text).toContain(`NIP. ${signed?.signature.nip}`);
    expect(text).toContain('Ditandatangani secara elektronik pada 16 Maret 2026 pukul 10.00 WIB');
    expect(text).toContain('Sangat Baik');
  });
});

describe('XLSX recaps', () => {
  it('per unit: one row per person, counts per unit and predikat', async () => {
    const res = await head.get(`/api/evaluation/units/${unit.id}/recap.xlsx?periodId=${february}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = await workbookOf(res.rawPayload);
    const people = sheetRows(workbook.getWorksheet('Pegawai'));
    expect(people[0]).toEqual([
      'NIP',
      'Nama',
      'Unit',
      'Jabatan',
      'Pejabat Penilai',
      'NIP Pejabat Penilai',
      'Rating Hasil Kerja',
      'Rating Perilaku Kerja',
      'Predikat Kinerja',
      'Status',
      'Keberatan',
    ]);
    expect(people).toHaveLength(members.length + 2);
    const m = members[0] as { nip: string };
    const row = people.find((r) => r[0] === m.nip) as string[];
    expect(row[2]).toBe(unit.name);
    expect(row[5]).toBe(headPerson.nip);
    expect(row.slice(6, 10)).toEqual([
      'Di Atas Ekspektasi',
      'Di Atas Ekspektasi',
      'Sangat Baik',
      'Ditetapkan',
    ]);
    const headRow = people.find((r) => r[0] === headPerson.nip) as string[];
    expect(headRow[5]).toBe(setterPerson.nip);
    const units = sheetRows(workbook.getWorksheet('Rekap Unit'));
    const unitRow = units.find((r) => r[0] === unit.name) as string[];
    // Unit, Kode, Predikat, Penetapan, Pegawai, Dinilai, Belum, SB, B, BP, K, SK, Keberatan, Pelanggaran
    expect(unitRow[2]).toBe('Baik');
    expect(unitRow[3]).toBe('Ditetapkan 2026-03-16');
    expect(unitRow.slice(4, 12).map(Number)).toEqual([
      members.length + 1,
      members.length + 1,
      0,
      1,
      members.length,
      0,
      0,
      0,
    ]);
    expect(unitRow[13]).toContain('harus ada paling sedikit 1 orang');
    expect(
      (await stranger.get(`/api/evaluation/units/${unit.id}/recap.xlsx?periodId=${february}`)).statusCode,
    ).toBe(404);
  });

  it('per unit with its sub-units, for those who monitor it; the agency recap for admins and leaders', async () => {
    const sub = await head.get(
      `/api/evaluation/units/${unit.id}/recap.xlsx?periodId=${february}&subtree=true`,
    );
    expect(sub.statusCode, sub.body).toBe(200);
    const [subtree] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from employees e join units u on u.agency_id = e.agency_id and u.id = e.unit_id
          where e.agency_id = ${demo.agencyId} and e.status = 'ACTIVE' and u.path like ${`${unit.path}%`}`,
    );
    expect(sheetRows((await workbookOf(sub.rawPayload)).getWorksheet('Pegawai'))).toHaveLength(
      (subtree?.n ?? 0) + 1,
    );
    expect((await head.get(`/api/evaluation/recap.xlsx?periodId=${february}`)).statusCode).toBe(403);
    expect((await leader.get(`/api/evaluation/recap.xlsx?periodId=${february}`)).statusCode).toBe(200);
    const res = await admin.get(`/api/evaluation/recap.xlsx?periodId=${february}`);
    expect(res.statusCode).toBe(200);
    const workbook = await workbookOf(res.rawPayload);
    const [active] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from employees where agency_id = ${demo.agencyId} and status = 'ACTIVE'`,
    );
    expect(sheetRows(workbook.getWorksheet('Pegawai'))).toHaveLength((active?.n ?? 0) + 1);
    const units = sheetRows(workbook.getWorksheet('Rekap Unit'));
    const total = units[units.length - 1] as string[];
    expect(total[0]).toBe('Jumlah');
    expect(Number(total[4])).toBe(active?.n);
    expect(Number(total[5])).toBe(members.length + 1 + (sibling ? 1 : 0));
  });
});

describe('SIASN-style export', () => {
  it('JSON: the final records with stable ids; drafts only when asked, flagged', async () => {
    const url = `/api/evaluation/export?periodId=${february}&format=json`;
    const first = await admin.get(url);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toContain('application/json');
    const a = first.json();
    t.clock.advance(60_000);
    const b = (await admin.get(url)).json();
    expect(a.schema).toBe('sigap.evaluasi-kinerja.v1');
    expect(a.count).toBe(members.length + 1);
    expect(a.records.map((r: { id: string }) => r.id)).toEqual(b.records.map((r: { id: string }) => r.id));
    expect(a.records).toEqual(b.records);
    expect(a.generatedAt).not.toBe(b.generatedAt);
    const m = members[0] as { nip: string; name: string };
    const record = a.records.find((r: { nip: string }) => r.nip === m.nip);
    expect(record).toMatchObject({
      id: mEvaluationId,
      periodId: february,
      periodStart: '2026-02-01',
      periodEnd: '2026-02-28',
      year: 2026,
      hasilKerja: 'DI_ATAS',
      perilakuKerja: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
      predikatLabel: 'Sangat Baik',
      organisationPredikat: 'BAIK',
      raterKind: 'EMPLOYEE',
      raterNip: headPerson.nip,
      status: 'FINAL',
      draft: false,
    });
    expect(record.raterName).toContain(headPerson.name);
    expect(record.raterPositionName.length).toBeGreaterThan(0);
    const withDraft = (await admin.get(`${url}&includeDraft=true`)).json();
    expect(withDraft.count).toBe(a.count + (sibling ? 1 : 0));
    if (sibling) {
      const draft = withDraft.records.find((r: { nip: string }) => r.nip === sibling?.nip);
      expect(draft).toMatchObject({ status: 'DRAFT', draft: true, predikat: 'BUTUH_PERBAIKAN' });
      expect(draft.raterNip).toBe(setterPerson.nip);
    }
    const [direct] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from evaluations where agency_id = ${demo.agencyId} and period_id = ${february}`,
    );
    expect(withDraft.count).toBe(direct?.n);
  });

  it('CSV: a header row, the same ids, identical on re-export; only agency admins', async () => {
    const url = `/api/evaluation/export?periodId=${february}&format=csv`;
    const first = await admin.get(url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('text/csv');
    expect(first.headers['content-disposition']).toContain('.csv');
    const second = await admin.get(url);
    expect(second.body).toBe(first.body);
    const parsed = Papa.parse<Record<string, string>>(first.body.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['id', 'periodId', 'periodKind']);
    const json = (await admin.get(`/api/evaluation/export?periodId=${february}`)).json();
    expect(parsed.data.map((r) => r.id)).toEqual(json.records.map((r: { id: string }) => r.id));
    const m = members[0] as { nip: string };
    expect(parsed.data.find((r) => r.nip === m.nip)).toMatchObject({
      id: mEvaluationId,
      predikat: 'SANGAT_BAIK',
      raterNip: headPerson.nip,
      draft: 'false',
    });
    for (const client of [head, leader, memberClient]) {
      expect((await client.get(url)).statusCode).toBe(403);
    }
    expect((await admin.get('/api/evaluation/export?format=csv')).statusCode).toBe(400);
  });
});

describe('annual view', () => {
  it('the periodic evaluations side by side; the employee sees finalised ones only', async () => {
    const url = `/api/evaluation/employees/${(members[0] as { id: string }).id}/annual?year=2026`;
    const mine = await memberClient.get(url);
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body.year).toBe(2026);
    expect(body.periods).toHaveLength(12);
    expect(body.periods[0].period.id).toBe(january);
    expect(body.periods[0].evaluation).toBeNull();
    expect(body.periods[1].evaluation).toMatchObject({
      id: mEvaluationId,
      hasilKerja: 'DI_ATAS',
      perilakuKerja: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
      status: 'FINAL',
      objection: null,
    });
    expect(body.annual.period.id).toBe(annualPeriod);
    expect(body.annual.evaluation).toBeNull();
    expect(body.summary).toMatchObject({ rated: 1, final: 1, counts: { SANGAT_BAIK: 1, BAIK: 0 } });
    // the rater, the rater's superior, agency admins and leaders see it; others do not
    for (const client of [head, setter, admin, leader]) {
      expect((await client.get(url)).statusCode).toBe(200);
    }
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await head.get(`/api/evaluation/employees/${newId()}/annual`)).statusCode).toBe(404);
  });

  it('a draft is shown to the rater, not yet to the employee', async () => {
    if (!sibling) return;
    const url = `/api/evaluation/employees/${sibling.id}/annual?year=2026`;
    const byRater = (await setter.get(url)).json();
    expect(byRater.periods[1].evaluation).toMatchObject({ status: 'DRAFT', predikat: 'BUTUH_PERBAIKAN' });
    const self = await Client.signIn(t.app, sibling.nip);
    const own = (await self.get(url)).json();
    expect(own.periods[1].evaluation).toBeNull();
    expect(own.summary.rated).toBe(0);
  });
});

describe('monitoring kurva', () => {
  async function direct(scope: ReturnType<typeof sql>) {
    const [people] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from employees e join units u on u.agency_id = e.agency_id and u.id = e.unit_id
          where e.agency_id = ${demo.agencyId} and e.status = 'ACTIVE' and ${scope}`,
    );
    const byPredikat = await queryRows<{ predikat: EmployeePredikat; status: string; n: number }>(
      t.handle.db,
      sql`select v.predikat, v.status, count(*)::int as n from evaluations v
          join units u on u.agency_id = v.agency_id and u.id = v.unit_id
          where v.agency_id = ${demo.agencyId} and v.period_id = ${february} and ${scope} group by 1, 2`,
    );
    const counts = Object.fromEntries(EMPLOYEE_PREDIKATS.map((p) => [p, 0])) as Record<
      EmployeePredikat,
      number
    >;
    for (const r of byPredikat) counts[r.predikat] += r.n;
    return {
      headcount: people?.n ?? 0,
      rated: byPredikat.reduce((s, r) => s + r.n, 0),
      final: byPredikat.filter((r) => r.status === 'FINAL').reduce((s, r) => s + r.n, 0),
      counts,
    };
  }

  it('agency-wide: the numbers equal a direct count; finalised vs pending units', async () => {
    const res = await admin.get(`/api/evaluation/monitoring?periodId=${february}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.period.id).toBe(february);
    expect(body.unit).toBeNull();
    const expected = await direct(sql`true`);
    expect(body.totals).toMatchObject({
      headcount: expected.headcount,
      rated: expected.rated,
      unrated: expected.headcount - expected.rated,
      final: expected.final,
      counts: expected.counts,
      unitsFinalised: 1,
      unitsWithPredikat: 1,
      openObjections: 0,
    });
    expect(body.totals.percents.SANGAT_BAIK).toBe(Math.round((1 / expected.rated) * 1000) / 10);
    const [units] = await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(distinct unit_id)::int as n from (
            select unit_id from employees where agency_id = ${demo.agencyId} and status = 'ACTIVE'
            union select unit_id from evaluations where agency_id = ${demo.agencyId} and period_id = ${february}) x`,
    );
    expect(body.totals.units).toBe(units?.n);
    expect(body.totals.unitsPending).toBe((units?.n ?? 0) - 1);
    expect(body.totals.unitsWithViolations).toBe(1);
    // the rows (top units) add up to the totals
    const sum = body.rows.reduce(
      (s: number, r: { totals: { headcount: number } }) => s + r.totals.headcount,
      0,
    );
    expect(sum).toBe(expected.headcount);
  });

  it('drill-down to the unit: its own staff row with the curve against the band', async () => {
    const res = await admin.get(`/api/evaluation/monitoring?periodId=${february}&unitId=${unit.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unit.id).toBe(unit.id);
    const ownRow = body.rows.find((r: { ownStaffOnly: boolean }) => r.ownStaffOnly);
    expect(ownRow.unitId).toBe(unit.id);
    expect(ownRow.own.predikat).toBe('BAIK');
    expect(ownRow.own.finalisedAt).not.toBeNull();
    expect(ownRow.own.curve.counts).toEqual(unitCounts());
    expect(ownRow.own.curve.bounds.length).toBeGreaterThan(0);
    expect(ownRow.own.curve.violations.map((v: { message: string }) => v.message)).toEqual(
      checkDistribution('BAIK', unitCounts()).map((v) => v.message),
    );
    expect(ownRow.totals).toMatchObject({
      rated: members.length + 1,
      final: members.length + 1,
      unitsFinalised: 1,
    });
    const expected = await direct(sql`u.path like ${`${unit.path}%`}`);
    expect(body.totals).toMatchObject({
      headcount: expected.headcount,
      rated: expected.rated,
      counts: expected.counts,
    });
  });

  it('the unit head sees their subtree; others are refused; the people behind a row', async () => {
    const res = await head.get(`/api/evaluation/monitoring?periodId=${february}`);
    expect(res.statusCode, res.body).toBe(200);
    const expected = await direct(sql`u.path like ${`${unit.path}%`}`);
    expect(res.json().totals.headcount).toBe(expected.headcount);
    expect(res.json().totals.rated).toBe(expected.rated);
    expect((await stranger.get(`/api/evaluation/monitoring?periodId=${february}`)).statusCode).toBe(403);
    // a unit outside the head's subtree does not exist for them
    const [outside] = await queryRows<{ id: string }>(
      t.handle.db,
      sql`select id from units where agency_id = ${demo.agencyId} and path not like ${`${unit.path}%`} limit 1`,
    );
    expect(
      (await head.get(`/api/evaluation/monitoring?periodId=${february}&unitId=${outside?.id}`)).statusCode,
    ).toBe(404);
    const people = await head.get(
      `/api/evaluation/monitoring/employees?periodId=${february}&unitId=${unit.id}&ownStaffOnly=true&predikat=SANGAT_BAIK`,
    );
    expect(people.statusCode, people.body).toBe(200);
    expect(people.json().total).toBe(1);
    expect(people.json().items[0]).toMatchObject({
      employeeId: (members[0] as { id: string }).id,
      status: 'FINAL',
      evaluationId: mEvaluationId,
      predikat: 'SANGAT_BAIK',
    });
    expect(people.json().items[0].raterName).toContain(headPerson.name);
    const notRated = await admin.get(
      `/api/evaluation/monitoring/employees?periodId=${february}&status=NOT_RATED&pageSize=5`,
    );
    const all = await direct(sql`true`);
    expect(notRated.json().total).toBe(all.headcount - all.rated);
    expect(notRated.json().items).toHaveLength(5);
  });
});

describe('another agency', () => {
  it('sees none of it', async () => {
    const second = await t.seedAgency({ seed: 9, suffix: '-d', employees: 30, name: 'Kabupaten Seberang' });
    const foreign = await Client.signIn(t.app, second.admin);
    expect((await foreign.get(`/api/evaluations/${mEvaluationId}/pdf`)).statusCode).toBe(404);
    expect(
      (await foreign.get(`/api/evaluation/units/${unit.id}/penetapan.pdf?periodId=${february}`)).statusCode,
    ).toBe(404);
    expect(
      (await foreign.get(`/api/evaluation/employees/${(members[0] as { id: string }).id}/annual`)).statusCode,
    ).toBe(404);
    expect((await foreign.get(`/api/evaluation/export?periodId=${february}`)).statusCode).toBe(404);
  });
});

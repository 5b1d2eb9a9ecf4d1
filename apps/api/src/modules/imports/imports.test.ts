import { formatNip } from '@sigap/rules';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Client, setupTestApp, type TestContext } from '../../../test/harness.ts';
import { queryRows, sql } from '../../db/client.ts';
import type { DemoAccounts } from '../../demo/seed.ts';

let t: TestContext;
let demo: DemoAccounts;
let admin: Client;
let kadisNip: string;

const HEADER = [
  'NIP',
  'Nama',
  'Gelar Depan',
  'Gelar Belakang',
  'Jenis Pegawai',
  'Golongan',
  'Jabatan',
  'Jenis Jabatan',
  'Jenjang Jabatan',
  'Kode Unit',
  'NIP Atasan',
];

/** Unique valid NIPs: (i mod 30, i mod 12, i mod 28) fixes i mod 420; the sequence counts the rest. */
const nip = (i: number, sex: 'L' | 'P' = 'L') =>
  formatNip({
    birthDate: `${1970 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    appointmentMonth: `${1970 + (i % 30) + 22 + (i % 5)}-${String(((i >> 2) % 12) + 1).padStart(2, '0')}`,
    sex,
    sequence: 900 + Math.floor(i / 420),
  });

function csv(rows: string[][], delimiter = ',', bom = false): Buffer {
  const text = [HEADER, ...rows]
    .map((r) =>
      r
        .map((c) => (c.includes(delimiter) || c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c))
        .join(delimiter),
    )
    .join('\r\n');
  return Buffer.from(`${bom ? '\ufeff' : ''}${text}\r\n`, 'utf8');
}

const upload = (url: string, body: Buffer, type = 'text/csv') =>
  admin.request({ method: 'POST', url, payload: body, headers: { 'content-type': type } });

async function commit(body: Buffer, type = 'text/csv') {
  const started = await upload('/api/imports/employees/commit?fileName=uji.csv', body, type);
  expect(started.statusCode).toBe(202);
  let job = started.json();
  const seen = new Set<string>([job.phase]);
  while (job.phase !== 'DONE' && job.phase !== 'FAILED') {
    await new Promise((r) => setTimeout(r, 25));
    job = (await admin.get(`/api/imports/${job.id}`)).json();
    seen.add(job.phase);
  }
  return { job, seen };
}

const countEmployees = async () =>
  (
    await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from employees where agency_id = ${demo.agencyId}`,
    )
  )[0]?.n;
const countAudit = async () =>
  (
    await queryRows<{ n: number }>(
      t.handle.db,
      sql`select count(*)::int as n from audit_log where agency_id = ${demo.agencyId}`,
    )
  )[0]?.n;

beforeAll(async () => {
  t = await setupTestApp();
  demo = await t.seedAgency();
  admin = await Client.signIn(t.app, demo.admin);
  const [kadis] = await queryRows<{ nip: string }>(
    t.handle.db,
    sql`select e.nip from employees e join positions p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = ${demo.agencyId} and p.name = 'Kepala Dinas Komunikasi dan Informatika'`,
  );
  kadisNip = kadis?.nip ?? '';
});

const row = (i: number, over: Partial<Record<number, string>> = {}) => {
  const cells = [
    nip(i),
    `Pegawai Uji ${i}`,
    '',
    'S.Kom.',
    'PNS',
    'III/a',
    'Pranata Komputer Ahli Pertama',
    'JF',
    'AHLI_PERTAMA',
    'DISKOMINFO.B1',
    kadisNip,
  ];
  for (const [k, v] of Object.entries(over)) cells[Number(k)] = v as string;
  return cells;
};

describe('people import', () => {
  it('dry-runs a valid semicolon CSV with BOM, commits it, and a re-import changes nothing', async () => {
    const file = csv(
      [
        row(1),
        row(2),
        row(3, { 10: nip(1) }),
        row(4, { 4: 'PPPK', 5: 'IX', 6: 'Pengadministrasi Perkantoran', 7: 'Pelaksana', 8: '' }),
      ],
      ';',
      true,
    );
    const dry = await upload('/api/imports/employees/dry-run?fileName=uji.csv', file);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      totalRows: 4,
      validRows: 4,
      problems: [],
      toCreate: 4,
      toUpdate: 0,
      raterChanges: 4,
    });
    const before = await countEmployees();
    const { job, seen } = await commit(file);
    expect(job.phase).toBe('DONE');
    expect(seen.has('DONE')).toBe(true);
    expect(await countEmployees()).toBe((before ?? 0) + 4);
    // Rater taken from the file: row 3 reports to row 1.
    const [line] = await queryRows<{ rater: string }>(
      t.handle.db,
      sql`select r.nip as rater from reporting_lines rl join employees e on e.agency_id = rl.agency_id and e.id = rl.employee_id
          join employees r on r.agency_id = rl.agency_id and r.id = rl.rater_employee_id where e.nip = ${nip(3)}`,
    );
    expect(line?.rater).toBe(nip(1));
    const auditBefore = await countAudit();
    const again = await upload('/api/imports/employees/dry-run?fileName=uji.csv', file);
    expect(again.json()).toMatchObject({
      toCreate: 0,
      toUpdate: 0,
      unchanged: 4,
      raterChanges: 0,
      positionsToCreate: 0,
    });
    const second = await commit(file);
    expect(second.job.phase).toBe('DONE');
    expect(await countEmployees()).toBe((before ?? 0) + 4);
    expect(await countAudit()).toBe(auditBefore);
  });

  it('lists every row problem, and a file with one bad row writes nothing', async () => {
    const file = csv([
      row(20),
      row(21, { 0: '19851301' + '2010011002' }),
      row(22, { 9: 'TIDAK.ADA' }),
      row(23, { 0: nip(20) }),
      row(24, { 10: '196001011985031999' }),
      row(25, { 5: 'XX' }),
    ]);
    const dry = (await upload('/api/imports/employees/dry-run?fileName=buruk.csv', file)).json();
    expect(dry.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [3, 'NIP_BIRTH_DATE_INVALID'],
      [4, 'UNIT_UNKNOWN'],
      [5, 'DUPLICATE_NIP'],
      [6, 'RATER_NOT_FOUND'],
      [7, 'GOLONGAN_INVALID'],
    ]);
    const before = await countEmployees();
    const auditBefore = await countAudit();
    const { job } = await commit(file);
    expect(job.phase).toBe('FAILED');
    expect(job.error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await countEmployees()).toBe(before);
    expect(await countAudit()).toBe(auditBefore);
  });

  it('finds a reporting cycle between rows', async () => {
    const file = csv([row(30, { 10: nip(31) }), row(31, { 10: nip(32) }), row(32, { 10: nip(30) })]);
    const dry = (await upload('/api/imports/employees/dry-run', file)).json();
    expect(dry.problems).toHaveLength(3);
    expect(dry.problems.every((p: { code: string }) => p.code === 'REPORTING_CYCLE')).toBe(true);
  });

  it('reads XLSX files and refuses files that are neither CSV nor XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pegawai');
    sheet.addRow(HEADER);
    sheet.addRow(row(40));
    sheet.addRow([]);
    sheet.addRow(row(41));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const dry = (await upload('/api/imports/employees/dry-run?fileName=uji.xlsx', xlsx, type)).json();
    expect(dry).toMatchObject({ totalRows: 2, validRows: 2, toCreate: 2 });
    const binary = await upload(
      '/api/imports/employees/dry-run',
      Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]),
      'application/octet-stream',
    );
    expect(binary.statusCode).toBe(400);
    expect(binary.json().error.code).toBe('IMPORT_FILE_INVALID');
    const empty = await upload('/api/imports/employees/dry-run', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const json = await admin.post('/api/imports/employees/dry-run', { nip: 'x' });
    expect(json.statusCode).toBe(400);
  });

  it('is for agency admins only, and jobs are private to who started them', async () => {
    const unitAdmin = await Client.signIn(t.app, demo.unitAdmin);
    const res = await unitAdmin.request({
      method: 'POST',
      url: '/api/imports/employees/dry-run',
      payload: csv([row(50)]),
      headers: { 'content-type': 'text/csv' },
    });
    expect(res.statusCode).toBe(403);
    const started = await upload('/api/imports/employees/commit', csv([row(51)]));
    expect((await unitAdmin.get(`/api/imports/${started.json().id}`)).statusCode).toBe(403);
    expect((await admin.get('/api/imports/01a20000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    await t.app.importJobs.idle();
  });

  it('imports 10,000 rows in one transaction', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row(1000 + i, { 10: i === 0 ? kadisNip : nip(1000) }),
    );
    const file = csv(rows);
    const before = await countEmployees();
    const started = Date.now();
    const { job } = await commit(file);
    const seconds = (Date.now() - started) / 1000;
    expect(job.phase, JSON.stringify(job.report?.problems?.slice(0, 3))).toBe('DONE');
    expect(await countEmployees()).toBe((before ?? 0) + 10_000);
    console.log(`[import] 10,000 rows committed in ${seconds.toFixed(1)} s`);
    const again = (await upload('/api/imports/employees/dry-run', file)).json();
    expect(again).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 10_000 });
  });
});

import type { SkpDetail } from '@sigap/contracts';
import { BERAKHLAK } from '@sigap/rules';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../lib/pdf.ts';
import { renderSkpPdf, renderSkpXlsx, type SkpDocumentInput } from './skp.documents.ts';

const EMPLOYEE_NIP = '199003152015031002';
const RATER_NIP = '197806122003122004';

let seq = 0;
/** Deterministic UUIDv7-shaped ids. */
function id(): string {
  seq += 1;
  return `01900000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`;
}

function indicators(topic: string, documents: number) {
  return [
    {
      id: id(),
      aspect: 'KUANTITAS' as const,
      text: `Jumlah dokumen ${topic} yang disusun`,
      targetValue: documents,
      targetUnit: 'dokumen',
      targetText: null,
      perspective: null,
      direction: 'AT_LEAST' as const,
    },
    {
      id: id(),
      aspect: 'KUALITAS' as const,
      text: `Persentase dokumen ${topic} yang diterima tanpa revisi`,
      targetValue: 100,
      targetUnit: '%',
      targetText: null,
      perspective: null,
      direction: 'AT_LEAST' as const,
    },
    {
      id: id(),
      aspect: 'WAKTU' as const,
      text: `Waktu penyelesaian dokumen ${topic}`,
      targetValue: 12,
      targetUnit: 'bulan',
      targetText: null,
      perspective: null,
      direction: 'AT_MOST' as const,
    },
  ];
}

function jaJfSkp(overrides: Partial<SkpDetail> = {}): SkpDetail {
  return {
    id: id(),
    employeeId: id(),
    year: 2026,
    version: 1,
    current: true,
    status: 'DRAFT',
    format: 'JA_JF',
    approach: 'KUANTITATIF',
    employee: {
      kind: 'EMPLOYEE',
      employeeId: id(),
      nip: EMPLOYEE_NIP,
      name: 'Rina Marlina, S.E.',
      golongan: 'Penata Muda Tk. I (III/b)',
      positionName: 'Analis Perencanaan',
      unitName: 'Sub Bagian Perencanaan dan Keuangan, Dinas Kesehatan',
    },
    rater: {
      kind: 'EMPLOYEE',
      employeeId: id(),
      nip: RATER_NIP,
      name: 'Dr. Hendra Gunawan, M.Si.',
      golongan: 'Penata Tk. I (III/d)',
      positionName: 'Kepala Sub Bagian Perencanaan dan Keuangan',
      unitName: 'Dinas Kesehatan',
    },
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    rhkCount: 3,
    submittedAt: null,
    decidedAt: null,
    updatedAt: '2026-01-20T03:00:00.000Z',
    rhks: [
      {
        id: id(),
        category: 'UTAMA',
        text: 'Tersusunnya dokumen perencanaan anggaran Dinas Kesehatan yang tepat waktu',
        parentRhkId: id(),
        parentRhkText: 'Terwujudnya perencanaan dan penganggaran perangkat daerah yang akuntabel',
        klasifikasi: null,
        penugasanDari: null,
        indicators: indicators('perencanaan', 12),
      },
      {
        id: id(),
        category: 'UTAMA',
        text: 'Tersedianya laporan evaluasi kinerja triwulanan Dinas Kesehatan',
        parentRhkId: id(),
        parentRhkText: 'Meningkatnya kualitas pelaporan kinerja perangkat daerah',
        klasifikasi: null,
        penugasanDari: null,
        indicators: indicators('laporan evaluasi', 4),
      },
      {
        id: id(),
        category: 'TAMBAHAN',
        text: 'Terlaksananya pendampingan penyusunan SAKIP puskesmas',
        parentRhkId: id(),
        parentRhkText: 'Meningkatnya kualitas pelaporan kinerja perangkat daerah',
        klasifikasi: null,
        penugasanDari: null,
        indicators: [
          {
            id: id(),
            aspect: 'KUANTITAS',
            text: 'Jumlah puskesmas yang didampingi',
            targetValue: 1500,
            targetUnit: 'puskesmas',
            targetText: null,
            perspective: null,
            direction: 'AT_LEAST' as const,
          },
        ],
      },
    ],
    behaviourExpectations: {
      BERORIENTASI_PELAYANAN:
        'Menjawab permintaan data perencanaan dari bidang paling lambat dua hari kerja.',
      KOLABORATIF: 'Aktif berkoordinasi dengan Bappeda dalam penyusunan Renja.',
    },
    lampiran: {
      DUKUNGAN_SUMBER_DAYA: 'Akses aplikasi SIPD dan data realisasi anggaran tahun sebelumnya.',
      SKEMA_PERTANGGUNGJAWABAN: 'Laporan bulanan kepada Kepala Sub Bagian Perencanaan dan Keuangan.',
      KONSEKUENSI: 'Keterlambatan dokumen dicatat dalam evaluasi kinerja triwulan.',
    },
    draftedByAdmin: false,
    events: [],
    versions: [],
    abilities: [],
    ...overrides,
  };
}

function jptSkp(): SkpDetail {
  const base = jaJfSkp();
  return {
    ...base,
    format: 'JPT',
    employee: {
      kind: 'EMPLOYEE',
      employeeId: id(),
      nip: '197501012000031001',
      name: 'dr. Bambang Sutrisno, M.Kes.',
      golongan: 'Pembina Utama Muda (IV/c)',
      positionName: 'Kepala Dinas Kesehatan',
      unitName: 'Dinas Kesehatan',
    },
    rater: {
      kind: 'HEAD_OF_REGION',
      employeeId: null,
      nip: null,
      name: 'Ir. Sutan Harahap',
      golongan: null,
      positionName: 'Wali Kota Sukamaju',
      unitName: 'Pemerintah Kota Sukamaju',
    },
    rhks: [
      {
        id: id(),
        category: 'UTAMA',
        text: 'Meningkatnya derajat kesehatan masyarakat',
        parentRhkId: null,
        parentRhkText: null,
        klasifikasi: null,
        penugasanDari: 'Wali Kota Sukamaju',
        indicators: [
          {
            id: id(),
            aspect: 'KUANTITAS',
            text: 'Angka harapan hidup',
            targetValue: 72.5,
            targetUnit: 'tahun',
            targetText: null,
            perspective: 'PENERIMA_LAYANAN',
            direction: 'AT_LEAST' as const,
          },
          {
            id: id(),
            aspect: 'BIAYA',
            text: 'Realisasi anggaran',
            targetValue: 95,
            targetUnit: '%',
            targetText: null,
            perspective: 'ANGGARAN',
            direction: 'AT_MOST' as const,
          },
        ],
      },
    ],
  };
}

function input(skp: SkpDetail): SkpDocumentInput {
  return {
    skp,
    agencyName: 'Pemerintah Kota Sukamaju',
    headTitle: 'Wali Kota',
    place: 'Kota Sukamaju',
    printedOn: '2026-11-23',
  };
}

async function pdfTextOf(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  const { info } = await doc.getMetadata();
  // Table cells wrap: compare on single-spaced text.
  return { totalPages, text: text.replace(/\s+/g, ' '), info: info as Record<string, unknown> };
}

describe('renderSkpPdf', () => {
  it('prints the whole SKP and its Lampiran, marked as a draft', async () => {
    const skp = jaJfSkp();
    const pdf = await renderSkpPdf(input(skp));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, info, totalPages } = await pdfTextOf(pdf);
    expect(totalPages).toBeGreaterThanOrEqual(2);
    expect(info.Title).toBe('SKP 2026 Rina Marlina, S.E.');

    for (const expected of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PEMERINTAH KOTA SUKAMAJU',
      'PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Rina Marlina, S.E.',
      EMPLOYEE_NIP,
      `NIP. ${EMPLOYEE_NIP}`,
      'Dr. Hendra Gunawan, M.Si.',
      RATER_NIP,
      'Penata Muda Tk. I (III/b)',
      'HASIL KERJA',
      'RHK Atasan yang Diintervensi',
      'A. Utama',
      'B. Tambahan',
      '12 dokumen',
      '100%',
      '12 bulan',
      '1.500 puskesmas',
      'Kuantitas',
      'Kualitas',
      'Waktu',
      'PERILAKU KERJA',
      'Ekspektasi Khusus Pimpinan',
      'Menjawab permintaan data perencanaan dari bidang paling lambat dua hari kerja.',
      'Aktif berkoordinasi dengan Bappeda dalam penyusunan Renja.',
      'Pegawai yang Dinilai',
      'Kota Sukamaju, 23 November 2026',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'DUKUNGAN SUMBER DAYA',
      'SKEMA PERTANGGUNGJAWABAN',
      'KONSEKUENSI',
      'DRAF',
      'belum disetujui',
      'Halaman 1 dari',
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const rhk of skp.rhks) {
      expect(text).toContain(rhk.text);
      expect(text).toContain(rhk.parentRhkText);
      for (const iki of rhk.indicators) expect(text).toContain(iki.text);
    }
    for (const value of BERAKHLAK) {
      expect(text).toContain(value.name);
      for (const behaviour of value.behaviours) expect(text).toContain(behaviour);
    }
    for (const section of Object.values(skp.lampiran)) expect(text).toContain(section);
    // The signature blocks appear under the SKP and under the Lampiran.
    expect(text.split('Kota Sukamaju, 23 November 2026').length - 1).toBe(2);
  });

  it('carries no draft mark once approved', async () => {
    const pdf = await renderSkpPdf(input(jaJfSkp({ status: 'APPROVED' })));
    const { text } = await pdfTextOf(pdf);
    expect(text).toContain('SASARAN KINERJA PEGAWAI');
    expect(text).not.toContain('DRAF');
    expect(text).not.toContain('belum disetujui');
  });

  it('marks a submitted SKP as not yet approved', async () => {
    const { text } = await pdfTextOf(await renderSkpPdf(input(jaJfSkp({ status: 'SUBMITTED' }))));
    expect(text).toContain('DRAF — belum disetujui (status: Diajukan)');
  });

  it('prints the JPT form with perspektif and penugasan, rated by the head of region', async () => {
    const skp = jptSkp();
    const { text } = await pdfTextOf(await renderSkpPdf(input(skp)));
    for (const expected of [
      'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI',
      'Perspektif',
      'Perspektif Penerima Layanan',
      'Perspektif Penganggaran',
      'Penugasan dari: Wali Kota Sukamaju',
      'Meningkatnya derajat kesehatan masyarakat',
      '72,5 tahun',
      '95%',
      'Ir. Sutan Harahap',
      'Wali Kota Sukamaju',
      'B. Tambahan',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('RHK Atasan yang Diintervensi');
    // The head of region has no NIP: only the employee's NIP lines are printed.
    expect(text.match(/NIP\. /g)?.length).toBe(2);
  });

  it('prints the narrative targets of a kualitatif SKP', async () => {
    const skp = jaJfSkp({ approach: 'KUALITATIF' });
    const first = skp.rhks[0]?.indicators[0];
    if (!first) throw new Error('fixture');
    first.targetText = 'Dokumen perencanaan disusun lengkap dan tepat waktu';
    const { text } = await pdfTextOf(await renderSkpPdf(input(skp)));
    expect(text).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(text).toContain('Dokumen perencanaan disusun lengkap dan tepat waktu');
  });

  it('renders a long SKP over several pages quickly', async () => {
    const skp = jaJfSkp();
    const template = skp.rhks[0];
    if (!template) throw new Error('fixture');
    skp.rhks = Array.from({ length: 30 }, (_, i) => ({
      ...template,
      id: id(),
      category: i < 25 ? ('UTAMA' as const) : ('TAMBAHAN' as const),
      text: `RHK nomor ${i + 1}: ${template.text}`,
      indicators: indicators(`kegiatan ${i + 1}`, i + 1),
    }));
    const started = performance.now();
    const pdf = await renderSkpPdf(input(skp));
    const elapsed = performance.now() - started;
    const { totalPages, text } = await pdfTextOf(pdf);
    expect(totalPages).toBeGreaterThan(1);
    expect(elapsed).toBeLessThan(3000);
    expect(text).toContain('RHK nomor 30:');
    expect(text).toContain(`Halaman ${totalPages} dari ${totalPages}`);
  });

  it('never cuts an RHK taller than a page, nor a long expectation', async () => {
    // pdfmake drops what does not fit on one page of an unbreakable block: such rows must break instead.
    const words = (n: number, tag: string) =>
      `${Array.from({ length: n }, (_, k) => `kata${k}`).join(' ')} ${tag}`.slice(-1990);
    const skp = jaJfSkp();
    const template = skp.rhks[0];
    if (!template) throw new Error('fixture');
    skp.rhks = [
      {
        ...template,
        text: words(400, 'AKHIR-RHK'),
        indicators: Array.from({ length: 8 }, (_, k) => ({
          ...indicators('x', 1)[0],
          id: id(),
          text: words(400, `AKHIR-IKI-${k}`),
        })) as SkpDetail['rhks'][number]['indicators'],
      },
    ];
    skp.behaviourExpectations = { LOYAL: words(400, 'AKHIR-EKSPEKTASI') };
    skp.lampiran = { ...skp.lampiran, KONSEKUENSI: words(2000, 'AKHIR-LAMPIRAN') };
    const { text, totalPages } = await pdfTextOf(await renderSkpPdf(input(skp)));
    expect(totalPages).toBeGreaterThan(3);
    for (const tag of [
      'AKHIR-RHK',
      ...Array.from({ length: 8 }, (_, k) => `AKHIR-IKI-${k}`),
      'AKHIR-EKSPEKTASI',
      'AKHIR-LAMPIRAN',
      'Kota Sukamaju, 23 November 2026',
    ]) {
      expect(text, tag).toContain(tag);
    }
  });

  it('replaces characters the standard fonts cannot show', async () => {
    expect(pdfText('Nguyễn Ā ≥ 5 — “ok”')).toBe('Nguyen A ? 5 — “ok”');
    const skp = jaJfSkp();
    skp.employee = { ...skp.employee, name: 'Siti Nurhaliza Ā 王' };
    const { text } = await pdfTextOf(await renderSkpPdf(input(skp)));
    expect(text).toContain('Siti Nurhaliza A ?');
  });
});

describe('renderSkpXlsx', () => {
  async function load(skp: SkpDetail) {
    const workbook = new ExcelJS.Workbook();
    const buf = await renderSkpXlsx(input(skp));
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
    return workbook;
  }
  function cellsOf(sheet: ExcelJS.Worksheet) {
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        // A merged range reads its value in every cell: keep its top-left one.
        if (cell.master.address === cell.address) cells.push(cell);
      });
    });
    return cells;
  }

  it('holds the SKP and its Lampiran, NIPs as text', async () => {
    const skp = jaJfSkp();
    const workbook = await load(skp);
    const sheet = workbook.getWorksheet('SKP');
    const annex = workbook.getWorksheet('Lampiran');
    if (!sheet || !annex) throw new Error('sheets missing');

    const cells = cellsOf(sheet);
    const texts = cells.map((c) => c.text);
    const nipCells = cells.filter((c) => c.text === EMPLOYEE_NIP || c.text === RATER_NIP);
    expect(nipCells.length).toBe(2);
    for (const cell of nipCells) {
      expect(typeof cell.value).toBe('string');
      expect([EMPLOYEE_NIP, RATER_NIP]).toContain(cell.value);
    }
    for (const rhk of skp.rhks) {
      expect(texts).toContain(rhk.text);
      expect(texts).toContain(rhk.parentRhkText);
    }
    for (const expected of [
      'SASARAN KINERJA PEGAWAI',
      'A. Utama',
      'B. Tambahan',
      '12 dokumen',
      'Kuantitas',
    ]) {
      expect(texts).toContain(expected);
    }
    expect(texts.some((x) => x.startsWith('DRAF'))).toBe(true);
    for (const value of BERAKHLAK) expect(texts.some((x) => x.startsWith(value.name))).toBe(true);

    // The RHK cells are merged over the rows of their three indicators.
    const rhkCell = cells.find((c) => c.text === skp.rhks[0]?.text);
    if (!rhkCell) throw new Error('RHK cell missing');
    const below = sheet.getCell(Number(rhkCell.row) + 2, Number(rhkCell.col));
    expect(below.isMerged).toBe(true);
    expect(below.master.address).toBe(rhkCell.address);

    const annexTexts = cellsOf(annex).map((c) => c.text);
    expect(annexTexts).toContain('LAMPIRAN SASARAN KINERJA PEGAWAI');
    expect(annexTexts).toContain(EMPLOYEE_NIP);
    for (const section of Object.values(skp.lampiran)) expect(annexTexts).toContain(section);
    expect(annexTexts).toContain('1. DUKUNGAN SUMBER DAYA');
  });

  it('has no draft line once approved, and the JPT columns', async () => {
    const approved = await load(jaJfSkp({ status: 'APPROVED' }));
    const approvedTexts = cellsOf(approved.getWorksheet('SKP') as ExcelJS.Worksheet).map((c) => c.text);
    expect(approvedTexts.some((x) => x.includes('DRAF'))).toBe(false);

    const jpt = await load(jptSkp());
    const texts = cellsOf(jpt.getWorksheet('SKP') as ExcelJS.Worksheet).map((c) => c.text);
    for (const expected of [
      'Perspektif',
      'Perspektif Penerima Layanan',
      'Penugasan dari',
      'Wali Kota Sukamaju',
    ]) {
      expect(texts).toContain(expected);
    }
  });
});

/**
 * Documents of the SKM (rules §7.1): the standard survey report (Permenpan-RB 14/2017: NRR per unsur,
 * IKM, mutu pelayanan, respondents versus the Krejcie–Morgan minimum, the weight rule used, the respondent
 * profile, the trend and the suggestions) and the QR poster a counter prints to collect answers.
 */
import type { SkmResults } from '@sigap/contracts';
import {
  RESPONDENT_PROFILE,
  SKM_GRADE_LABELS,
  SKM_WEIGHT_RULE_LABELS,
  type SkmGrade,
  type SkmWeightRule,
} from '@sigap/rules';
import type { Content, TableCell } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { pdfText, renderPdf } from '../../lib/pdf.ts';

const number = (value: number | null, digits = 2) =>
  value === null
    ? '-'
    : new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
        value,
      );
const dateText = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
const grade = (g: string | null) => (g ? `${g} (${SKM_GRADE_LABELS[g as SkmGrade]})` : '-');
const th = (text: string): TableCell => ({ text: pdfText(text), bold: true, fillColor: '#e6e6e6' });
const td = (text: string, align: 'left' | 'right' | 'center' = 'left'): TableCell => ({
  text: pdfText(text),
  alignment: align,
});

const labelOf = (list: readonly { code: string; label: string }[], code: string) =>
  list.find((x) => x.code === code)?.label ?? (code === 'TIDAK_DIISI' ? 'Tidak diisi' : code);

function profileTable(
  title: string,
  counts: Record<string, number>,
  labels: readonly { code: string; label: string }[],
): Content {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    stack: [
      { text: pdfText(title), bold: true, margin: [0, 8, 0, 4] },
      {
        table: {
          widths: ['*', 60, 60],
          body: [
            [th('Kategori'), th('Jumlah'), th('%')],
            ...Object.entries(counts).map(([code, n]) => [
              td(labelOf(labels, code)),
              td(String(n), 'right'),
              td(total ? number((100 * n) / total, 1) : '-', 'right'),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

export async function renderSkmReportPdf(
  results: SkmResults,
  agencyName: string,
  printedOn: string,
): Promise<Buffer> {
  const r = results;
  const sample =
    r.minimumSample === null
      ? 'Jumlah populasi pengguna layanan belum diisi; kecukupan sampel tidak dapat dinilai.'
      : `Populasi ${r.population} orang; sampel minimum (Krejcie–Morgan) ${r.minimumSample} responden: ${
          r.sampleReached ? 'TERPENUHI' : 'BELUM TERPENUHI'
        }.`;
  const content: Content[] = [
    { text: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)', style: 'title' },
    { text: pdfText(agencyName.toLocaleUpperCase('id-ID')), style: 'subtitle' },
    {
      text: pdfText(
        `${r.serviceUnitName} — periode ${r.period} (${dateText(r.from)} s.d. ${dateText(r.to)})`,
      ),
      style: 'subtitle',
    },
    {
      margin: [0, 10, 0, 6],
      table: {
        widths: [160, '*'],
        body: [
          [
            td('Jumlah responden'),
            td(`${r.respondents}${r.flagged ? ` (${r.flagged} jawaban ditandai tidak dihitung)` : ''}`),
          ],
          [td('Kecukupan sampel'), td(sample)],
          [
            td('Bobot unsur'),
            td(
              `${SKM_WEIGHT_RULE_LABELS[r.weightRule as SkmWeightRule] ?? r.weightRule} (nilai ${number(r.weight, 4)})`,
            ),
          ],
          [td('Nilai SKM (skala 1–4)'), td(number(r.skm, 3))],
          [td('Indeks Kepuasan Masyarakat (IKM)'), { text: pdfText(number(r.ikm)), bold: true }],
          [td('Mutu pelayanan'), { text: pdfText(grade(r.grade)), bold: true }],
        ],
      },
      layout: 'noBorders',
    },
    { text: 'Nilai per unsur', style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: [22, '*', 55, 45, 55, 50, 80],
        body: [
          [
            th('No'),
            th('Unsur pelayanan'),
            th('Responden'),
            th('NRR'),
            th('NRR × bobot'),
            th('IKM unsur'),
            th('Mutu'),
          ],
          ...r.perUnsur.map((u, i) => [
            td(String(i + 1), 'center'),
            td(`${u.code}. ${u.name}`),
            td(String(u.respondents), 'right'),
            td(number(u.nrr, 3), 'right'),
            td(number(u.nrrWeighted, 3), 'right'),
            td(number(u.ikm), 'right'),
            td(grade(u.grade)),
          ]),
        ],
      },
    },
    {
      text: pdfText(
        'NRR = jumlah nilai unsur / jumlah responden yang menjawab unsur itu; SKM = jumlah (NRR × bobot) sembilan unsur; IKM = SKM × 25. Mutu: A 88,31–100; B 76,61–88,30; C 65,00–76,60; D 25,00–64,99.',
      ),
      fontSize: 8,
      color: '#555555',
      margin: [0, 4, 0, 0],
    },
    { text: 'Profil responden', style: 'heading' },
    {
      columns: [
        profileTable('Jenis kelamin', r.profile.sex, RESPONDENT_PROFILE.sexes),
        profileTable('Umur', r.profile.ageBand, RESPONDENT_PROFILE.ageBands),
      ],
      columnGap: 16,
    },
    {
      columns: [
        profileTable('Pendidikan', r.profile.education, RESPONDENT_PROFILE.educationLevels),
        profileTable('Pekerjaan', r.profile.occupation, RESPONDENT_PROFILE.occupations),
      ],
      columnGap: 16,
    },
    { text: 'Tren IKM', style: 'heading' },
    {
      table: {
        widths: ['*', 80, 80],
        body: [
          [th('Periode'), th('Responden'), th('IKM')],
          ...r.trend.map((p) => [
            td(p.period),
            td(String(p.respondents), 'right'),
            td(number(p.ikm), 'right'),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
    },
    { text: 'Saran dan masukan responden', style: 'heading' },
    r.comments.length === 0
      ? { text: 'Tidak ada saran tertulis pada periode ini.', italics: true }
      : { ul: r.comments.map((c) => pdfText(`${dateText(c.date)}: ${c.text}`)) },
  ];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: {
      title: pdfText(`Laporan SKM ${r.serviceUnitName} ${r.period}`),
      creationDate: new Date(`${printedOn}T00:00:00Z`),
    },
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, alignment: 'center', margin: [0, 2, 0, 0] },
      heading: { fontSize: 10, bold: true, margin: [0, 12, 0, 4] },
    },
    content,
    footer: (page: number, pages: number) => ({
      text: pdfText(`Dicetak ${dateText(printedOn)} dari Sigap · Halaman ${page} dari ${pages}`),
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
  });
}

/** An A4 poster with the survey's QR code and address, for a service counter. */
export async function renderQrPosterPdf(input: { agencyName: string; serviceUnitName: string; url: string }) {
  const qr = await QRCode.toDataURL(input.url, { errorCorrectionLevel: 'M', margin: 1, width: 600 });
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    info: { title: pdfText(`Poster SKM ${input.serviceUnitName}`) },
    defaultStyle: { font: 'Helvetica', alignment: 'center' },
    content: [
      { text: pdfText(input.agencyName.toLocaleUpperCase('id-ID')), fontSize: 12, color: '#555555' },
      { text: pdfText(input.serviceUnitName), fontSize: 20, bold: true, margin: [0, 6, 0, 24] },
      { text: 'Bagaimana pelayanan kami hari ini?', fontSize: 28, bold: true },
      {
        text: 'Isi Survei Kepuasan Masyarakat: 9 pertanyaan singkat, tanpa nama, kurang dari 2 menit.',
        fontSize: 14,
        margin: [40, 10, 40, 24],
      },
      { image: qr, width: 300 },
      { text: 'Pindai kode QR dengan kamera ponsel Anda, atau buka:', fontSize: 12, margin: [0, 20, 0, 4] },
      { text: pdfText(input.url), fontSize: 12, bold: true },
      {
        text: 'Jawaban Anda membantu kami memperbaiki pelayanan. Terima kasih!',
        fontSize: 12,
        color: '#555555',
        margin: [0, 30, 0, 0],
      },
    ],
  });
}

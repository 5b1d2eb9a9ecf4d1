/**
 * Wording and PDF building blocks shared by the official documents (the SKP form, the Evaluasi Kinerja
 * Pegawai form, the Penetapan Predikat Kinerja): A4 with 40 pt margins in the standard Helvetica (see
 * lib/pdf.ts), the layout of the Permenpan-RB 6/2022 forms.
 */
import type { PersonSnapshot } from '@sigap/contracts';
import {
  type BERAKHLAK,
  IKI_ASPECT_LABELS,
  type IkiAspect,
  JPT_PERSPECTIVE_LABELS,
  RHK_CATEGORIES,
  RHK_CATEGORY_LABELS,
  type RhkCategory,
  type SkpApproach,
  type SkpFormat,
} from '@sigap/rules';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfText } from './pdf.ts';

// ---------------------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------------------

export const DASH = '-';
const dateFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });

/** "2026-11-23" → "23 November 2026". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

export function orDash(value: string | null | undefined): string {
  return value == null || value.trim() === '' ? DASH : value;
}

/** A possibly empty text as a PDF shows it ("-" when empty). */
export const cellText = (value: string | null | undefined): string => pdfText(orDash(value));

export const isHead = (person: PersonSnapshot) => person.kind === 'HEAD_OF_REGION';

/** The five header rows of a person, as printed (the head of region has no NIP nor golongan). */
export function personRows(person: PersonSnapshot, headTitle: string): [string, string][] {
  const head = isHead(person);
  return [
    ['NAMA', orDash(person.name)],
    ['NIP', head ? DASH : orDash(person.nip)],
    ['PANGKAT/GOL. RUANG', head ? DASH : orDash(person.golongan)],
    ['JABATAN', orDash(person.positionName || (head ? headTitle : null))],
    ['UNIT KERJA', orDash(person.unitName)],
  ];
}

/** The two title lines naming the form: its approach and for whom it is. */
export function approachLines(approach: SkpApproach, format: SkpFormat): [string, string] {
  return [
    `PENDEKATAN HASIL KERJA ${approach === 'KUALITATIF' ? 'KUALITATIF' : 'KUANTITATIF'}`,
    format === 'JPT'
      ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
      : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
  ];
}

/** "A. Utama": the heading of an RHK category's rows. */
export function categoryTitle(category: RhkCategory): string {
  return `${category === 'UTAMA' ? 'A' : 'B'}. ${RHK_CATEGORY_LABELS[category]}`;
}

/** "12 dokumen", "100%", "3,5". */
export function formatNumberWithUnit(value: number, unit: string | null): string {
  const shown = numberFormat.format(value);
  const u = unit?.trim() ?? '';
  if (u === '') return shown;
  return u === '%' ? `${shown}%` : `${shown} ${u}`;
}

/** Target as printed: "12 dokumen", "100%" (kuantitatif) or the narrative (kualitatif). */
export function targetLabel(
  approach: SkpApproach,
  indicator: { targetValue: number | null; targetUnit: string | null; targetText: string | null },
): string {
  if (approach === 'KUALITATIF' || indicator.targetValue === null) return orDash(indicator.targetText);
  return formatNumberWithUnit(indicator.targetValue, indicator.targetUnit);
}

export function aspectLabel(aspect: string): string {
  return IKI_ASPECT_LABELS[aspect as IkiAspect] ?? aspect;
}

export function perspectiveLabel(perspective: string | null): string {
  if (perspective == null || perspective.trim() === '') return DASH;
  return (JPT_PERSPECTIVE_LABELS as Record<string, string>)[perspective] ?? perspective;
}

// ---------------------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------------------

const FONT_SIZE = 8.5;
const LINE_HEIGHT_PT = FONT_SIZE * 1.1 * 1.16;
/** Content height of an A4 landscape page with 40 pt margins. */
const LANDSCAPE_CONTENT_HEIGHT = 595.28 - 80;

export const DEFAULT_STYLE = { font: 'Helvetica', fontSize: FONT_SIZE, lineHeight: 1.1 };

/** The styles every document uses (each adds its own `note` and others). */
export const BASE_STYLES = {
  title: { fontSize: 13, bold: true },
  subtitle: { fontSize: 10, bold: true },
  section: { fontSize: 10, bold: true },
  th: { bold: true, fillColor: '#e6e6e6', alignment: 'center' },
  group: { bold: true, fillColor: '#f3f3f3' },
  draft: { bold: true, color: '#b00020', fontSize: 9 },
} as const;

export const tableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Inner rules only: the enclosing cell draws the frame. */
const nestedLayout = {
  ...tableLayout,
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0 : 0.5,
  vLineWidth: (i: number, node: { table: { widths?: unknown[] } }) =>
    i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : 0.5,
};

export function headerCell(text: string, extra: Record<string, unknown> = {}): TableCell {
  return { text: pdfText(text), style: 'th', ...extra } as TableCell;
}

/** The empty cells under a colSpan or rowSpan. */
export const filler = (n: number): TableCell[] => Array.from({ length: n }, () => ({}));

/** A full-width group row ("A. Utama"). */
function groupRow(text: string, span: number): TableCell[] {
  return [{ text, colSpan: span, style: 'group' }, ...filler(span - 1)];
}

/** "-" | "-" across the rest: a group with nothing in it. */
function emptyRow(span: number): TableCell[] {
  return [{ text: DASH, alignment: 'center' }, { text: DASH, colSpan: span - 1 }, ...filler(span - 2)];
}

/**
 * One full-width row of an outer table holding a nested table in the same columns (whose cells may span
 * rows: pdfmake 0.2 mis-lays rowSpan under `dontBreakRows`, so the rowSpan lives in the nested table).
 */
function nestedRow(widths: number[], rows: TableCell[][]): TableCell[] {
  return [
    {
      colSpan: widths.length,
      // Cancel the cell's padding so the nested rules meet the outer ones.
      margin: [-3, -2, -3, -2],
      table: { widths, body: rows },
      layout: nestedLayout,
    } as TableCell,
    ...filler(widths.length - 1),
  ];
}

/** The results table's first columns: the RHK's (No, RHK atasan, RHK) and the indicator's. */
export function resultColumns(format: SkpFormat): string[] {
  return format === 'JPT'
    ? ['No', 'Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Target']
    : [
        'No',
        'RHK Atasan yang Diintervensi',
        'Rencana Hasil Kerja',
        'Aspek',
        'Indikator Kinerja Individu',
        'Target',
      ];
}

/**
 * A results table: the column headings (repeated on each page), then per RHK category its group row ("-"
 * when it has no RHK) and per RHK one `nestedRow` of the rows `rhkRows` gives, its RHK cells spanning the
 * rows of its indicators. The outer rows are kept whole (an RHK never straddles a page) unless the
 * headings plus the tallest RHK (`height`, estimated, plus `headroom`) might not fit on a page: pdfmake
 * would cut such a row, so rows may then break.
 */
export function rhkResultsTable<R extends { category: RhkCategory }>(
  rhks: readonly R[],
  columns: string[],
  widths: number[],
  rhkRows: (rhk: R, index: number) => { rows: TableCell[][]; height: number },
  { headroom, marginBottom }: { headroom: number; marginBottom: number },
): Content {
  const span = columns.length;
  const body: TableCell[][] = [columns.map((c) => headerCell(c))];
  let tallest = 0;
  for (const category of RHK_CATEGORIES) {
    body.push(groupRow(categoryTitle(category), span));
    const inCategory = rhks.filter((rhk) => rhk.category === category);
    if (inCategory.length === 0) {
      body.push(emptyRow(span));
      continue;
    }
    inCategory.forEach((rhk, i) => {
      const { rows, height } = rhkRows(rhk, i);
      tallest = Math.max(tallest, height);
      body.push(nestedRow(widths, rows));
    });
  }
  return {
    table: {
      headerRows: 1,
      widths,
      body,
      dontBreakRows: tallest + headroom < LANDSCAPE_CONTENT_HEIGHT * 0.9,
    },
    layout: tableLayout,
    margin: [0, 0, 0, marginBottom],
  };
}

/** A generous estimate of a text's height in a column (Helvetica averages well under 0.6 em a character). */
export function estimateHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (FONT_SIZE * 0.6)));
  const lines = text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * LINE_HEIGHT_PT + 4;
}

export function sectionHeading(text: string): Content {
  return { text, style: 'section', margin: [0, 2, 0, 4] };
}

/** The centred title: the form's name, its subtitle lines, then the period line(s) a little apart. */
export function titleBlock(
  title: string,
  lines: string[],
  periodLines: string[],
  marginBottom = 10,
): Content {
  return {
    stack: [
      { text: title, style: 'title' },
      ...lines.map((line) => ({ text: pdfText(line), style: 'subtitle' })),
      ...periodLines.map((line, i) => ({
        text: pdfText(line),
        style: 'subtitle',
        margin: [0, i === 0 ? 4 : 0, 0, 0] as [number, number, number, number],
      })),
    ],
    alignment: 'center',
    margin: [0, 0, 0, marginBottom],
  };
}

/** The employee and the rater side by side, five rows each. */
export function peopleTable(
  employee: PersonSnapshot,
  rater: PersonSnapshot,
  headTitle: string,
  marginBottom: number,
): Content {
  const left = personRows(employee, headTitle);
  const right = personRows(rater, headTitle);
  const body: TableCell[][] = [
    [
      headerCell('NO'),
      headerCell('PEGAWAI YANG DINILAI', { colSpan: 2 }),
      {},
      headerCell('NO'),
      headerCell('PEJABAT PENILAI KINERJA', { colSpan: 2 }),
      {},
    ],
  ];
  left.forEach(([label, value], i) => {
    const [rightLabel, rightValue] = right[i] ?? ['', ''];
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { text: label },
      { text: pdfText(value) },
      { text: String(i + 1), alignment: 'center' },
      { text: rightLabel },
      { text: pdfText(rightValue) },
    ]);
  });
  return {
    table: { headerRows: 1, widths: [20, 95, '*', 20, 95, '*'], body, dontBreakRows: true },
    layout: tableLayout,
    margin: [0, 0, 0, marginBottom],
  };
}

/** A BerAKHLAK value: its name in bold over its guideline behaviours. */
export function behaviourCell(value: (typeof BERAKHLAK)[number]): TableCell {
  return {
    stack: [
      { text: value.name, bold: true, margin: [0, 0, 0, 2] },
      { ul: value.behaviours.map((b) => pdfText(b)), margin: [4, 0, 0, 0] },
    ],
  };
}

/** A signature block: the role lines, room to sign (or the electronic sign-off), the name and NIP. */
export function signatureBlock(
  lines: string[],
  person: { name: string; nip: string | null; showNip: boolean },
  electronic: string | null = null,
): Content {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      ...lines.map((line) => ({ text: pdfText(line) })),
      { text: ' ', margin: [0, 0, 0, 42] },
      { text: cellText(person.name), bold: true, decoration: 'underline' },
      ...(person.showNip ? [{ text: pdfText(`NIP. ${orDash(person.nip)}`) }] : []),
      ...(electronic ? [{ text: pdfText(electronic), style: 'note', margin: [0, 4, 0, 0] }] : []),
    ],
  } as Content;
}

/** The document's properties (title, author, creation date: the day it is printed). */
export function documentInfo(title: string, subject: string, agencyName: string, printedOn: string) {
  const printedAt = new Date(`${printedOn.slice(0, 10)}T00:00:00Z`);
  return {
    title: pdfText(title),
    subject,
    author: pdfText(agencyName),
    creator: 'Sigap',
    producer: 'Sigap',
    ...(Number.isNaN(printedAt.getTime()) ? {} : { creationDate: printedAt }),
  };
}

/**
 * A draft's marks (a faint DRAF watermark, the note at the top right of each page, `footerNote` in the
 * footer) when `note` is set, and the footer: `footerLeft` and "Halaman n dari m".
 */
export function draftDecorations(
  note: string | null,
  footerLeft: string,
  footerNote = 'DRAF',
): Partial<TDocumentDefinitions> {
  return {
    ...(note
      ? { watermark: { text: 'DRAF', font: 'Helvetica', bold: true, color: '#b00020', opacity: 0.07 } }
      : {}),
    header: note
      ? () => ({ text: pdfText(note), style: 'draft', alignment: 'right', margin: [40, 18, 40, 0] })
      : undefined,
    footer: (currentPage: number, pageCount: number) => ({
      margin: [40, 12, 40, 0],
      fontSize: 7.5,
      color: '#555555',
      columns: [
        { text: pdfText(footerLeft), width: '*' },
        ...(note ? [{ text: pdfText(footerNote), style: 'draft', fontSize: 7.5, width: 'auto' }] : []),
        { text: `Halaman ${currentPage} dari ${pageCount}`, alignment: 'right', width: 110 },
      ],
      columnGap: 12,
    }),
  };
}

/**
 * The official SKP documents (rules §3, §5.7): the SKP form and its Lampiran, in the layout of the
 * Permenpan-RB 6/2022 forms, as PDF (to print and sign) and XLSX. Pure functions: the caller loads the SKP.
 *
 * The PDF uses the standard 14 PDF fonts (Helvetica), so no font files are needed; their encoding is
 * WinAnsi, so text is first reduced to characters it can show (see `pdfText`).
 */
import type { PersonSnapshot, SkpDetail } from '@sigap/contracts';
import {
  BERAKHLAK,
  LAMPIRAN_SECTION_LABELS,
  LAMPIRAN_SECTIONS,
  RHK_CATEGORIES,
  SKP_STATUS_LABELS,
  type SkpStatus,
} from '@sigap/rules';
import ExcelJS from 'exceljs';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  approachLines,
  aspectLabel,
  BASE_STYLES,
  behaviourCell,
  categoryTitle,
  cellText,
  DASH,
  DEFAULT_STYLE,
  documentInfo,
  draftDecorations,
  estimateHeight,
  filler,
  formatDate,
  headerCell,
  isHead,
  orDash,
  personRows,
  perspectiveLabel,
  resultColumns,
  rhkResultsTable,
  sectionHeading,
  peopleTable as sharedPeopleTable,
  titleBlock as sharedTitleBlock,
  signatureBlock,
  tableLayout,
  targetLabel,
} from '../../lib/documents.ts';
import { pdfText, renderPdf } from '../../lib/pdf.ts';

export interface SkpDocumentInput {
  skp: SkpDetail;
  /** e.g. "Pemerintah Kota Sukamaju". */
  agencyName: string;
  /** Title of the head of region, e.g. "Wali Kota" or "Bupati". */
  headTitle: string;
  /** City name for the signature date line, e.g. "Kota Sukamaju". */
  place: string;
  /** yyyy-mm-dd */
  printedOn: string;
}

// ---------------------------------------------------------------------------------------------------------
// Shared wording
// ---------------------------------------------------------------------------------------------------------

function titleLines(skp: SkpDetail, agencyName: string): string[] {
  return [...approachLines(skp.approach, skp.format), agencyName.toLocaleUpperCase('id-ID')];
}

function periodLine(skp: SkpDetail): string {
  return `PERIODE PENILAIAN: ${formatDate(skp.periodStart)} s.d. ${formatDate(skp.periodEnd)}`;
}

function draftNote(status: SkpStatus): string | null {
  return status === 'APPROVED' ? null : `DRAF — belum disetujui (status: ${SKP_STATUS_LABELS[status]})`;
}

// ---------------------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------------------

const t = cellText;

function titleBlock(input: SkpDocumentInput, title: string): Content {
  return sharedTitleBlock(title, titleLines(input.skp, input.agencyName), [periodLine(input.skp)]);
}

function peopleTable(input: SkpDocumentInput): Content {
  return sharedPeopleTable(input.skp.employee, input.skp.rater, input.headTitle, 12);
}

/**
 * Column widths of the results table (pt; content width 761.89 minus 6 pt padding and 0.5 pt rule per
 * column). After the RHK columns (No, RHK atasan, RHK | No, RHK) come the indicator columns.
 */
const RESULT_WIDTHS = { JA_JF: [18, 170, 180, 50, 224, 80], JPT: [18, 250, 250, 90, 120] } as const;

/**
 * The results table (`rhkResultsTable`): per RHK its cells (No, RHK atasan, RHK with "Penugasan dari")
 * spanning its indicators' rows (aspek, IKI, target, perspektif).
 */
function resultsTable(input: SkpDocumentInput): Content {
  const { skp } = input;
  const jpt = skp.format === 'JPT';
  const columns = [...resultColumns(skp.format), ...(jpt ? ['Perspektif'] : [])];
  const widths = [...RESULT_WIDTHS[skp.format]];
  const leadCount = jpt ? 2 : 3;
  const ikiWidths = widths.slice(leadCount);
  return rhkResultsTable(
    skp.rhks,
    columns,
    widths,
    (rhk, i) => {
      const penugasan = rhk.penugasanDari?.trim() ? `Penugasan dari: ${rhk.penugasanDari}` : null;
      const indicators = rhk.indicators.length > 0 ? rhk.indicators : [null];
      const rowSpan = indicators.length;
      const lead: TableCell[] = [
        { text: String(i + 1), alignment: 'center', rowSpan },
        ...(jpt ? [] : [{ text: t(rhk.parentRhkText), rowSpan } as TableCell]),
        {
          rowSpan,
          stack: [{ text: t(rhk.text) }, ...(penugasan ? [{ text: pdfText(penugasan), style: 'note' }] : [])],
        } as TableCell,
      ];
      const rows: TableCell[][] = indicators.map((iki, j) => {
        const target = iki ? targetLabel(skp.approach, iki) : DASH;
        const cells: TableCell[] = jpt
          ? [
              { text: t(iki?.text) },
              { text: pdfText(target) },
              { text: pdfText(iki ? perspectiveLabel(iki.perspective) : DASH) },
            ]
          : [
              { text: iki ? aspectLabel(iki.aspect) : DASH },
              { text: t(iki?.text) },
              { text: pdfText(target) },
            ];
        return [...(j === 0 ? lead : filler(leadCount)), ...cells];
      });
      const leadHeight = Math.max(
        jpt ? 0 : estimateHeight(orDash(rhk.parentRhkText), widths[1] ?? 100),
        estimateHeight(
          `${orDash(rhk.text)}${penugasan ? `\n${penugasan}` : ''}`,
          widths[leadCount - 1] ?? 100,
        ),
      );
      const ikiHeight = indicators.reduce((sum, iki) => {
        const texts = iki
          ? [iki.text, targetLabel(skp.approach, iki), jpt ? perspectiveLabel(iki.perspective) : '']
          : [DASH];
        return sum + Math.max(...texts.map((x, k) => estimateHeight(x, ikiWidths[jpt ? k : k + 1] ?? 80)));
      }, 0);
      return { rows, height: Math.max(leadHeight, ikiHeight) };
    },
    { headroom: 30, marginBottom: 12 },
  );
}

function behaviourTable(input: SkpDocumentInput): Content {
  const expectations = input.skp.behaviourExpectations;
  const body: TableCell[][] = [
    [headerCell('No'), headerCell('Perilaku Kerja'), headerCell('Ekspektasi Khusus Pimpinan')],
  ];
  BERAKHLAK.forEach((value, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      behaviourCell(value),
      { text: t(expectations[value.code]) },
    ]);
  });
  return {
    table: { headerRows: 1, widths: [20, '*', '*'], body, dontBreakRows: true },
    layout: tableLayout,
    margin: [0, 0, 0, 12],
  };
}

function signatureBlocks(input: SkpDocumentInput): Content {
  const { employee, rater } = input.skp;
  const block = (person: PersonSnapshot, lines: string[]): Content =>
    signatureBlock(lines, { name: person.name, nip: person.nip, showNip: !isHead(person) });
  const raterLines = [`${input.place}, ${formatDate(input.printedOn)}`, 'Pejabat Penilai Kinerja'];
  if (isHead(rater)) raterLines.push(rater.positionName.trim() || input.headTitle);
  const employeeLines = [' ', 'Pegawai yang Dinilai'];
  while (employeeLines.length < raterLines.length) employeeLines.push(' ');
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    columns: [block(employee, employeeLines), { width: '*', text: '' }, block(rater, raterLines)],
  } as Content;
}

function lampiranContent(input: SkpDocumentInput): Content[] {
  const { skp } = input;
  const shortHeader: TableCell[][] = [
    ['Nama', pdfText(orDash(skp.employee.name))],
    ['NIP', pdfText(isHead(skp.employee) ? DASH : orDash(skp.employee.nip))],
    ['Jabatan', pdfText(orDash(skp.employee.positionName))],
    ['Periode Penilaian', pdfText(`${formatDate(skp.periodStart)} s.d. ${formatDate(skp.periodEnd)}`)],
  ];
  const body: TableCell[][] = [];
  LAMPIRAN_SECTIONS.forEach((section, i) => {
    body.push([
      { text: `${i + 1}.`, style: 'group', alignment: 'center' },
      { text: LAMPIRAN_SECTION_LABELS[section].toLocaleUpperCase('id-ID'), style: 'group' },
    ]);
    body.push([{ text: '' }, { text: t(skp.lampiran[section]), margin: [0, 2, 0, 6] }]);
  });
  return [
    { ...(titleBlock(input, 'LAMPIRAN SASARAN KINERJA PEGAWAI') as object), pageBreak: 'before' } as Content,
    {
      table: { widths: [95, '*'], body: shortHeader },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
    {
      table: { widths: [20, '*'], body },
      layout: tableLayout,
    },
    signatureBlocks(input),
  ];
}

function documentDefinition(input: SkpDocumentInput): TDocumentDefinitions {
  const { skp } = input;
  const note = draftNote(skp.status);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: documentInfo(
      `SKP ${skp.year} ${skp.employee.name}`,
      'Sasaran Kinerja Pegawai',
      input.agencyName,
      input.printedOn,
    ),
    defaultStyle: DEFAULT_STYLE,
    styles: {
      ...BASE_STYLES,
      note: { italics: true, fontSize: 7.5, color: '#333333', margin: [0, 2, 0, 0] },
    } as TDocumentDefinitions['styles'],
    ...draftDecorations(note, `SKP ${skp.year} v${skp.version} - ${skp.employee.name}`, note ?? ''),
    content: [
      titleBlock(input, 'SASARAN KINERJA PEGAWAI'),
      peopleTable(input),
      sectionHeading('HASIL KERJA'),
      resultsTable(input),
      sectionHeading('PERILAKU KERJA'),
      behaviourTable(input),
      signatureBlocks(input),
      ...lampiranContent(input),
    ],
  };
}

/** The SKP and its Lampiran as an A4 landscape PDF (rules §5.7), marked DRAF until approved. */
export async function renderSkpPdf(input: SkpDocumentInput): Promise<Buffer> {
  return renderPdf(documentDefinition(input));
}

// ---------------------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------------------

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } };
const LINE_HEIGHT = 15;
/** Excel's largest row height (pt). */
const MAX_ROW_HEIGHT = 409;

/** Lines a text needs in a column of `width` characters (a rough measure: Excel does not fit merged cells). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

interface CellSpec {
  value: string | number;
  /** Characters of width the text wraps in (the merged width). */
  width: number;
}

class SheetWriter {
  row = 1;
  constructor(
    readonly sheet: ExcelJS.Worksheet,
    readonly widths: number[],
  ) {
    widths.forEach((w, i) => {
      sheet.getColumn(i + 1).width = w;
    });
  }

  get span(): number {
    return this.widths.length;
  }

  widthOf(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  /** A full-width line (title, heading, free text). */
  line(
    value: string,
    style: { bold?: boolean; size?: number; center?: boolean; fill?: ExcelJS.Fill; border?: boolean } = {},
  ) {
    const r = this.row++;
    this.sheet.mergeCells(r, 1, r, this.span);
    const cell = this.sheet.getCell(r, 1);
    cell.value = value;
    cell.font = { bold: style.bold ?? false, size: style.size ?? 10 };
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: style.center ? 'center' : 'left' };
    if (style.fill) cell.fill = style.fill;
    if (style.border) cell.border = BORDER;
    const lines = linesFor(value, this.widthOf(1, this.span));
    if (lines > 1 || (style.size ?? 10) > 11) {
      this.sheet.getRow(r).height = Math.min(
        MAX_ROW_HEIGHT,
        Math.max(lines * LINE_HEIGHT, (style.size ?? 10) * 1.6),
      );
    }
    return r;
  }

  blank() {
    this.row++;
  }

  setHeight(row: number, lines: number) {
    const current = this.sheet.getRow(row).height ?? LINE_HEIGHT;
    this.sheet.getRow(row).height = Math.min(MAX_ROW_HEIGHT, Math.max(current, lines * LINE_HEIGHT));
  }

  style(cell: ExcelJS.Cell, opts: { bold?: boolean; center?: boolean; fill?: ExcelJS.Fill; text?: boolean }) {
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'top', horizontal: opts.center ? 'center' : 'left' };
    cell.font = { bold: opts.bold ?? false, size: 10 };
    if (opts.fill) cell.fill = opts.fill;
    if (opts.text) cell.numFmt = '@';
  }
}

function xlsxTitle(w: SheetWriter, input: SkpDocumentInput, title: string) {
  w.line(title, { bold: true, size: 13, center: true });
  for (const line of titleLines(input.skp, input.agencyName)) w.line(line, { bold: true, center: true });
  w.line(periodLine(input.skp), { bold: true, center: true });
  w.blank();
}

/** Column layout of the SKP sheet: the results table's columns, and where the header block sits. */
function skpColumns(jpt: boolean) {
  return jpt
    ? {
        headers: [
          'No',
          'Rencana Hasil Kerja',
          'Penugasan dari',
          'Indikator Kinerja Individu',
          'Target',
          'Perspektif',
        ],
        widths: [5, 45, 24, 45, 18, 28],
      }
    : { headers: resultColumns('JA_JF'), widths: [5, 40, 40, 20, 40, 18] };
}

function xlsxPeople(w: SheetWriter, input: SkpDocumentInput) {
  const { sheet } = w;
  // Left: No (A), label (B), value (C); right: label (D), value (E:F) — the widths are the results table's.
  const r0 = w.row++;
  const head = (col: number, value: string) => {
    const cell = sheet.getCell(r0, col);
    cell.value = value;
    w.style(cell, { bold: true, center: true, fill: HEADER_FILL });
  };
  head(1, 'NO');
  sheet.mergeCells(r0, 2, r0, 3);
  head(2, 'PEGAWAI YANG DINILAI');
  sheet.mergeCells(r0, 4, r0, 6);
  head(4, 'PEJABAT PENILAI KINERJA');
  const left = personRows(input.skp.employee, input.headTitle);
  const right = personRows(input.skp.rater, input.headTitle);
  left.forEach(([label, value], i) => {
    const r = w.row++;
    const [rightLabel, rightValue] = right[i] ?? ['', ''];
    sheet.mergeCells(r, 5, r, 6);
    const cells: [number, string | number, boolean][] = [
      [1, i + 1, true],
      [2, label, false],
      [3, value, false],
      [4, rightLabel, false],
      [5, rightValue, false],
      [6, '', false],
    ];
    for (const [col, v, center] of cells) {
      const cell = sheet.getCell(r, col);
      if (col !== 6) cell.value = v;
      // NIPs are text: 18 digits exceed a spreadsheet number's precision.
      w.style(cell, { center, text: typeof v === 'string' });
    }
    w.setHeight(r, Math.max(linesFor(value, w.widths[2] ?? 20), linesFor(rightValue, w.widthOf(5, 6))));
  });
  w.blank();
}

function xlsxResults(w: SheetWriter, input: SkpDocumentInput) {
  const { sheet } = w;
  const { skp } = input;
  const jpt = skp.format === 'JPT';
  const { headers } = skpColumns(jpt);
  w.line('HASIL KERJA', { bold: true, size: 11 });
  const hr = w.row++;
  headers.forEach((h, i) => {
    const cell = sheet.getCell(hr, i + 1);
    cell.value = h;
    w.style(cell, { bold: true, center: true, fill: HEADER_FILL });
  });
  w.setHeight(hr, Math.max(...headers.map((h, i) => linesFor(h, w.widths[i] ?? 10))));
  // No, RHK, Penugasan dari (JPT) | No, RHK atasan, RHK (JA/JF): merged over the RHK's indicator rows.
  const leadCols = 3;

  for (const category of RHK_CATEGORIES) {
    w.line(categoryTitle(category), {
      bold: true,
      fill: GROUP_FILL,
      border: true,
    });
    const rhks = skp.rhks.filter((rhk) => rhk.category === category);
    if (rhks.length === 0) {
      const r = w.row++;
      for (let col = 1; col <= w.span; col++) w.style(sheet.getCell(r, col), { center: col === 1 });
      sheet.getCell(r, 1).value = DASH;
      sheet.mergeCells(r, 2, r, w.span);
      sheet.getCell(r, 2).value = DASH;
      continue;
    }
    rhks.forEach((rhk, i) => {
      const indicators = rhk.indicators.length > 0 ? rhk.indicators : [null];
      const first = w.row;
      const last = first + indicators.length - 1;
      const lead: CellSpec[] = jpt
        ? [
            { value: i + 1, width: w.widths[0] ?? 5 },
            { value: orDash(rhk.text), width: w.widths[1] ?? 40 },
            { value: orDash(rhk.penugasanDari), width: w.widths[2] ?? 20 },
          ]
        : [
            { value: i + 1, width: w.widths[0] ?? 5 },
            { value: orDash(rhk.parentRhkText), width: w.widths[1] ?? 40 },
            {
              value: rhk.penugasanDari?.trim()
                ? `${orDash(rhk.text)}\nPenugasan dari: ${rhk.penugasanDari}`
                : orDash(rhk.text),
              width: w.widths[2] ?? 40,
            },
          ];
      indicators.forEach((iki) => {
        const r = w.row++;
        const target = iki ? targetLabel(skp.approach, iki) : DASH;
        const rest: string[] = jpt
          ? [orDash(iki?.text), target, iki ? perspectiveLabel(iki.perspective) : DASH]
          : [iki ? aspectLabel(iki.aspect) : DASH, orDash(iki?.text), target];
        rest.forEach((value, k) => {
          const col = leadCols + k + 1;
          const cell = sheet.getCell(r, col);
          cell.value = value;
          w.style(cell, {});
        });
        for (let col = 1; col <= leadCols; col++) w.style(sheet.getCell(r, col), { center: col === 1 });
        w.setHeight(r, Math.max(...rest.map((value, k) => linesFor(value, w.widths[leadCols + k] ?? 10))));
      });
      lead.forEach((spec, k) => {
        const col = k + 1;
        if (last > first) sheet.mergeCells(first, col, last, col);
        const cell = sheet.getCell(first, col);
        cell.value = spec.value;
        w.style(cell, { center: col === 1 });
      });
      // The merged RHK cells need the rows' total height to show their text.
      const needed = Math.max(...lead.map((spec) => linesFor(String(spec.value), spec.width)));
      const have = Array.from(
        { length: indicators.length },
        (_, k) => sheet.getRow(first + k).height ?? LINE_HEIGHT,
      ).reduce((a, b) => a + b, 0);
      if (needed * LINE_HEIGHT > have) {
        const extra = (needed * LINE_HEIGHT - have) / indicators.length;
        for (let r = first; r <= last; r++) {
          sheet.getRow(r).height = Math.min(MAX_ROW_HEIGHT, (sheet.getRow(r).height ?? LINE_HEIGHT) + extra);
        }
      }
    });
  }
  w.blank();
}

function xlsxBehaviour(w: SheetWriter, input: SkpDocumentInput) {
  const { sheet } = w;
  const expectations = input.skp.behaviourExpectations;
  w.line('PERILAKU KERJA', { bold: true, size: 11 });
  // No (A) | Perilaku Kerja (B:C) | Ekspektasi Khusus Pimpinan (D:F)
  const behaviourWidth = w.widthOf(2, 3);
  const expectationWidth = w.widthOf(4, w.span);
  const rowOf = (values: [string | number, string, string], header: boolean) => {
    const r = w.row++;
    sheet.mergeCells(r, 2, r, 3);
    sheet.mergeCells(r, 4, r, w.span);
    for (let col = 1; col <= w.span; col++) {
      w.style(sheet.getCell(r, col), {
        bold: header,
        center: header || col === 1,
        fill: header ? HEADER_FILL : undefined,
      });
    }
    sheet.getCell(r, 1).value = values[0];
    sheet.getCell(r, 2).value = values[1];
    sheet.getCell(r, 4).value = values[2];
    if (!header) {
      w.setHeight(r, Math.max(linesFor(values[1], behaviourWidth), linesFor(values[2], expectationWidth)));
    }
    return r;
  };
  rowOf(['No', 'Perilaku Kerja', 'Ekspektasi Khusus Pimpinan'], true);
  BERAKHLAK.forEach((value, i) => {
    const text = [value.name, ...value.behaviours.map((b) => `• ${b}`)].join('\n');
    const r = rowOf([i + 1, text, orDash(expectations[value.code])], false);
    // The value's name in bold, its guideline behaviours plain.
    sheet.getCell(r, 2).value = {
      richText: [
        { text: `${value.name}\n`, font: { bold: true, size: 10 } },
        { text: value.behaviours.map((b) => `• ${b}`).join('\n'), font: { size: 10 } },
      ],
    };
  });
  w.blank();
}

function xlsxSignatures(w: SheetWriter, input: SkpDocumentInput) {
  const { sheet } = w;
  const { employee, rater } = input.skp;
  // Employee under B:C, rater under D:F.
  const place = (r: number, left: string, right: string, bold = false) => {
    sheet.mergeCells(r, 2, r, 3);
    sheet.mergeCells(r, 4, r, w.span);
    for (const [col, value] of [
      [2, left],
      [4, right],
    ] as const) {
      const cell = sheet.getCell(r, col);
      cell.value = value;
      cell.alignment = { horizontal: 'center' };
      cell.font = { bold, underline: bold, size: 10 };
      cell.numFmt = '@';
    }
  };
  place(w.row++, '', `${input.place}, ${formatDate(input.printedOn)}`);
  place(w.row++, 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja');
  if (isHead(rater)) place(w.row++, '', rater.positionName.trim() || input.headTitle);
  w.row += 3;
  place(w.row++, orDash(employee.name), orDash(rater.name), true);
  place(w.row++, `NIP. ${orDash(employee.nip)}`, isHead(rater) ? '' : `NIP. ${orDash(rater.nip)}`);
}

function printSetup(sheet: ExcelJS.Worksheet) {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** The SKP (sheet "SKP") and its Lampiran (sheet "Lampiran") as an XLSX workbook (rules §5.7). */
export async function renderSkpXlsx(input: SkpDocumentInput): Promise<Buffer> {
  const { skp } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sigap';
  workbook.title = `SKP ${skp.year} ${skp.employee.name}`;
  const note = draftNote(skp.status);

  const main = workbook.addWorksheet('SKP');
  printSetup(main);
  const { widths } = skpColumns(skp.format === 'JPT');
  const w = new SheetWriter(main, widths);
  if (note) {
    const r = w.line(note, { bold: true });
    main.getCell(r, 1).font = { bold: true, color: { argb: 'FFB00020' }, size: 10 };
  }
  xlsxTitle(w, input, 'SASARAN KINERJA PEGAWAI');
  xlsxPeople(w, input);
  xlsxResults(w, input);
  xlsxBehaviour(w, input);
  xlsxSignatures(w, input);

  const annex = workbook.addWorksheet('Lampiran');
  printSetup(annex);
  annex.pageSetup.orientation = 'portrait';
  const a = new SheetWriter(annex, [24, 90]);
  if (note) {
    const r = a.line(note, { bold: true });
    annex.getCell(r, 1).font = { bold: true, color: { argb: 'FFB00020' }, size: 10 };
  }
  xlsxTitle(a, input, 'LAMPIRAN SASARAN KINERJA PEGAWAI');
  const shortHeader: [string, string][] = [
    ['Nama', orDash(skp.employee.name)],
    ['NIP', isHead(skp.employee) ? DASH : orDash(skp.employee.nip)],
    ['Jabatan', orDash(skp.employee.positionName)],
    ['Periode Penilaian', `${formatDate(skp.periodStart)} s.d. ${formatDate(skp.periodEnd)}`],
  ];
  for (const [label, value] of shortHeader) {
    const r = a.row++;
    annex.getCell(r, 1).value = label;
    annex.getCell(r, 1).font = { bold: true, size: 10 };
    const cell = annex.getCell(r, 2);
    cell.value = value;
    cell.numFmt = '@';
    cell.alignment = { wrapText: true, vertical: 'top' };
  }
  a.blank();
  LAMPIRAN_SECTIONS.forEach((section, i) => {
    a.line(`${i + 1}. ${LAMPIRAN_SECTION_LABELS[section].toLocaleUpperCase('id-ID')}`, {
      bold: true,
      fill: GROUP_FILL,
      border: true,
    });
    a.line(orDash(skp.lampiran[section]), { border: true });
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

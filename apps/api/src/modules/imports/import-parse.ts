import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../lib/app-error.ts';

export type RawRow = Record<string, string>;
/** A data row and its line/row number in the file as a spreadsheet user sees it (header = 1). */
export interface ParsedRow {
  row: number;
  values: RawRow;
}

const isXlsx = (data: Buffer) => data.length > 4 && data.readUInt32LE(0) === 0x04034b50;

/** Reads a people file: XLSX (first sheet) or CSV with `,` or `;`, UTF-8 with or without BOM. */
export async function parsePeopleFile(data: Buffer): Promise<ParsedRow[]> {
  if (data.length === 0) throw new AppError('IMPORT_FILE_INVALID', 'Berkas kosong');
  return isXlsx(data) ? parseXlsx(data) : parseCsv(data);
}

function parseCsv(data: Buffer): ParsedRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', 'Berkas bukan CSV UTF-8 atau XLSX');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw new AppError('IMPORT_FILE_INVALID', 'Berkas bukan CSV UTF-8 atau XLSX');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const result = Papa.parse<RawRow>(text, {
    header: true,
    delimiter,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    transform: (v) => v.trim(),
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal) {
    throw new AppError(
      'IMPORT_FILE_INVALID',
      `CSV tidak dapat dibaca (baris ${(fatal.row ?? 0) + 2}): ${fatal.message}`,
    );
  }
  return result.data.map((values, index) => ({ row: index + 2, values }));
}

async function parseXlsx(data: Buffer): Promise<ParsedRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('IMPORT_FILE_INVALID', 'Berkas XLSX rusak atau tidak dapat dibaca');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_FILE_INVALID', 'Berkas XLSX tidak memiliki lembar kerja');
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col] = cell.text.trim();
  });
  const rows: ParsedRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const record: RawRow = {};
    let any = false;
    headers.forEach((header, col) => {
      if (!header) return;
      const value = row.getCell(col).text.trim();
      if (value) any = true;
      record[header] = value;
    });
    if (any) rows.push({ row: r, values: record });
  }
  return rows;
}

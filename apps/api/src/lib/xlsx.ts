import ExcelJS from 'exceljs';

export interface SheetColumn<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
}

/** One-sheet XLSX workbook with a bold, frozen header row and auto-filter. */
export async function buildWorkbook<T>(
  sheetName: string,
  columns: SheetColumn<T>[],
  rows: T[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sigap';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // NIPs are text: 18 digits exceed a spreadsheet number's precision.
  sheet.getColumn(1).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The people file's columns (as the API reads them) and a client-side CSV template. */
export interface ImportColumn {
  header: string;
  /** Key under import.columns.<key> for the explanation. */
  key: string;
  required: boolean;
  example: string;
}

export const IMPORT_COLUMNS: ImportColumn[] = [
  { header: 'NIP', key: 'nip', required: true, example: '199001012015031001' },
  { header: 'Nama', key: 'name', required: true, example: 'Budi Santoso' },
  { header: 'Gelar Depan', key: 'frontTitle', required: false, example: '' },
  { header: 'Gelar Belakang', key: 'backTitle', required: false, example: 'S.Kom.' },
  { header: 'Jenis Pegawai', key: 'employmentType', required: true, example: 'PNS' },
  { header: 'Golongan', key: 'golongan', required: true, example: 'III/a' },
  { header: 'Jabatan', key: 'position', required: true, example: 'Pranata Komputer Ahli Pertama' },
  { header: 'Jenis Jabatan', key: 'positionKind', required: true, example: 'JF' },
  { header: 'Jenjang Jabatan', key: 'positionLevel', required: false, example: 'AHLI_PERTAMA' },
  { header: 'Kode Unit', key: 'unit', required: true, example: 'KODE.UNIT' },
  { header: 'NIP Atasan', key: 'raterNip', required: false, example: '' },
];

const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** CSV (UTF-8 with BOM, so spreadsheet programs read it right): the header and one example row. */
export function templateCsv(): string {
  const header = IMPORT_COLUMNS.map((c) => cell(c.header)).join(',');
  const example = IMPORT_COLUMNS.map((c) => cell(c.example)).join(',');
  return `\ufeff${header}\r\n${example}\r\n`;
}

export const templateHref = (): string => `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;

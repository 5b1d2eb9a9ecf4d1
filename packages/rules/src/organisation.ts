/**
 * Position kinds and levels (rules §1) and the default rater per position (rules §5.5,
 * Permenpan-RB 6/2022 lampiran). The reporting line itself is data: these defaults only seed it.
 */
export const POSITION_KINDS = ['JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'JF'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const POSITION_LEVELS = {
  JPT: ['UTAMA', 'MADYA', 'PRATAMA'],
  ADMINISTRATOR: ['ADMINISTRATOR'],
  PENGAWAS: ['PENGAWAS'],
  PELAKSANA: ['PELAKSANA'],
  JF: ['AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA'],
} as const satisfies Record<PositionKind, readonly string[]>;
export type PositionLevel = (typeof POSITION_LEVELS)[PositionKind][number];

export function isValidLevel(kind: PositionKind, level: string): boolean {
  return (POSITION_LEVELS[kind] as readonly string[]).includes(level);
}

export const EMPLOYMENT_TYPES = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Golongan ruang for PNS (PP 99/2000) and PPPK grades (Perpres 98/2020). */
export const PNS_GOLONGAN = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;
export const PPPK_GOLONGAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export function isValidGolongan(type: EmploymentType, golongan: string): boolean {
  return type === 'PNS'
    ? (PNS_GOLONGAN as readonly string[]).includes(golongan)
    : (PPPK_GOLONGAN as readonly string[]).includes(golongan);
}

/** Who rates a position by default: the head of region, or the leader of a unit of a given kind. */
export type DefaultRater = 'HEAD_OF_REGION' | 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS' | 'UNIT_LEADER';

/** Rules §5.5: the default rater of each position kind/level. */
export function defaultRater(kind: PositionKind, level: string): DefaultRater {
  switch (kind) {
    case 'JPT':
      return 'HEAD_OF_REGION';
    case 'ADMINISTRATOR':
      return 'JPT_PRATAMA';
    case 'PENGAWAS':
      return 'ADMINISTRATOR';
    case 'PELAKSANA':
      return 'PENGAWAS';
    case 'JF':
      return level === 'AHLI_MADYA' || level === 'AHLI_UTAMA' ? 'JPT_PRATAMA' : 'UNIT_LEADER';
  }
}

export const UNIT_KINDS = [
  'SEKRETARIAT_DAERAH',
  'SEKRETARIAT_DPRD',
  'INSPEKTORAT',
  'DINAS',
  'BADAN',
  'SATUAN',
  'KECAMATAN',
  'KELURAHAN',
  'BAGIAN',
  'SEKRETARIAT',
  'BIDANG',
  'SUBBAGIAN',
  'SEKSI',
  'UPT',
  'PUSKESMAS',
  'LAINNYA',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Finds a cycle in a reporting graph (employee → rater). Returns the NIPs/ids on the first cycle found,
 * or null. Used by the import dry run and by a reporting-line change.
 */
export function findReportingCycle(raterOf: ReadonlyMap<string, string | null>): string[] | null {
  const state = new Map<string, 1 | 2>(); // 1 visiting, 2 done
  for (const start of raterOf.keys()) {
    if (state.get(start) === 2) continue;
    const path: string[] = [];
    let current: string | null | undefined = start;
    while (current != null && state.get(current) !== 2) {
      if (state.get(current) === 1) {
        return path.slice(path.indexOf(current));
      }
      state.set(current, 1);
      path.push(current);
      current = raterOf.get(current);
    }
    for (const node of path) state.set(node, 2);
  }
  return null;
}

import { type EmploymentType, formatNip, type PositionKind, type UnitKind } from '@sigap/rules';
import { v7 } from 'uuid';
import {
  BACHELOR_TITLES,
  DIPLOMA_TITLES,
  FEMALE_NAMES,
  FEMALE_SECOND_NAMES,
  FRONT_TITLES,
  MALE_NAMES,
  MALE_SECOND_NAMES,
  MASTER_TITLES,
} from './names.ts';
import { CITY_STRUCTURE, type UnitTemplate } from './structure.ts';

/** Small deterministic PRNG (mulberry32): the same seed gives the same city every time. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}

export interface DemoUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
}
export interface DemoPosition {
  id: string;
  unitId: string;
  name: string;
  kind: PositionKind;
  level: string;
  isUnitHead: boolean;
}
export interface DemoEmployee {
  id: string;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  sex: 'L' | 'P';
  birthDate: string;
  employmentType: EmploymentType;
  golongan: string;
  positionId: string;
  unitId: string;
  /** null = the head of region rates them. */
  raterId: string | null;
}
export interface DemoCity {
  units: DemoUnit[];
  positions: DemoPosition[];
  employees: DemoEmployee[];
}

const PELAKSANA = [
  'Pengadministrasi Perkantoran',
  'Penata Layanan Operasional',
  'Pengelola Layanan Operasional',
  'Operator Layanan Operasional',
  'Penelaah Teknis Kebijakan',
  'Pengolah Data dan Informasi',
];

const PNS_GOLONGAN_BY: Record<string, string[]> = {
  JPT: ['IV/c', 'IV/d'],
  ADMINISTRATOR: ['IV/a', 'IV/b'],
  PENGAWAS: ['III/c', 'III/d'],
  PELAKSANA: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b'],
  AHLI: ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a'],
  TERAMPIL: ['II/c', 'II/d', 'III/a', 'III/b'],
};
const PPPK_GRADE_BY: Record<string, string[]> = {
  PELAKSANA: ['V', 'VI', 'VII'],
  AHLI: ['IX', 'X', 'XI'],
  TERAMPIL: ['VII', 'VIII'],
};

/**
 * Generates the fictional Pemerintah Kota Sukamaju with about `employeeCount` people: every unit has a
 * structural head, staff are Pelaksana or JF, and every person has a rater (their unit head, the next
 * head up, or the Wali Kota for JPT). Deterministic for a given seed.
 */
export function generateCity(
  employeeCount: number,
  seed = 2026,
  today = new Date('2026-01-01T00:00:00Z'),
): DemoCity {
  const random = createRandom(seed);
  const city: DemoCity = { units: [], positions: [], employees: [] };
  const usedNips = new Set<string>();
  const thisYear = today.getUTCFullYear();

  const person = (
    kind: PositionKind | 'AHLI' | 'TERAMPIL',
    employmentType: EmploymentType,
    positionId: string,
    unitId: string,
    raterId: string | null,
  ): DemoEmployee => {
    const sex = random.chance(0.52) ? 'L' : 'P';
    const senior = kind === 'JPT' || kind === 'ADMINISTRATOR';
    const birthYear = senior ? random.int(1966, 1982) : random.int(1968, 2001);
    const birthDate = `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const appointmentYear = Math.min(thisYear - 1, birthYear + random.int(22, 32));
    const appointmentMonth = `${appointmentYear}-${String(random.pick([1, 3, 4, 12])).padStart(2, '0')}`;
    let sequence = random.int(1, 400);
    let nip = formatNip({ birthDate, appointmentMonth, sex, sequence });
    while (usedNips.has(nip)) {
      sequence = (sequence % 999) + 1;
      nip = formatNip({ birthDate, appointmentMonth, sex, sequence });
    }
    usedNips.add(nip);
    const name =
      sex === 'L'
        ? `${random.pick(MALE_NAMES)} ${random.pick(MALE_SECOND_NAMES)}`
        : `${random.pick(FEMALE_NAMES)} ${random.pick(FEMALE_SECOND_NAMES)}`;
    const educated = kind !== 'PELAKSANA' || random.chance(0.5);
    let backTitle: string | null = null;
    if (kind === 'TERAMPIL') backTitle = random.pick(DIPLOMA_TITLES);
    else if (educated) {
      backTitle = random.pick(BACHELOR_TITLES);
      if (senior || random.chance(0.2)) backTitle += `, ${random.pick(MASTER_TITLES)}`;
    }
    let frontTitle: string | null = null;
    if (senior && random.chance(0.3)) {
      frontTitle = random.pick(FRONT_TITLES.filter((t) => (sex === 'L' ? t !== 'Hj.' : t !== 'H.')));
    }
    const band = kind === 'AHLI' || kind === 'TERAMPIL' ? kind : kind === 'JF' ? 'AHLI' : kind;
    const golongan =
      employmentType === 'PNS'
        ? random.pick(PNS_GOLONGAN_BY[band] ?? ['III/a'])
        : random.pick(PPPK_GRADE_BY[band] ?? ['V']);
    return {
      id: v7(),
      nip,
      name,
      frontTitle,
      backTitle,
      sex,
      birthDate,
      employmentType,
      golongan,
      positionId,
      unitId,
      raterId,
    };
  };

  interface Placed {
    unit: DemoUnit;
    template: UnitTemplate;
    headId: string | null; // who rates this unit's staff
    topHeadId: string | null; // head of the top-level unit (JPT), rates JF Ahli Madya
  }
  const placed: Placed[] = [];

  const walk = (
    t: UnitTemplate,
    parent: DemoUnit | null,
    parentHead: string | null,
    topHead: string | null,
  ) => {
    const id = v7();
    const unit: DemoUnit = {
      id,
      parentId: parent?.id ?? null,
      code: t.code,
      name: t.name,
      kind: t.kind,
      path: `${parent?.path ?? '/'}${id}/`,
    };
    city.units.push(unit);
    let headId = parentHead;
    if (t.head && t.headKind) {
      const level = t.headKind === 'JPT' ? 'PRATAMA' : t.headKind;
      const position: DemoPosition = {
        id: v7(),
        unitId: id,
        name: t.head,
        kind: t.headKind,
        level,
        isUnitHead: true,
      };
      city.positions.push(position);
      const head = person(t.headKind, 'PNS', position.id, id, parentHead);
      city.employees.push(head);
      headId = head.id;
    }
    const top = topHead ?? headId;
    placed.push({ unit, template: t, headId, topHeadId: top });
    for (const child of t.children ?? []) walk(child, unit, headId, top);
  };
  for (const t of CITY_STRUCTURE) walk(t, null, null, null);

  // Staff: the rest of the headcount, spread by weight.
  const totalWeight = placed.reduce((sum, p) => sum + p.template.staffWeight, 0);
  const staffTotal = Math.max(0, employeeCount - city.employees.length);
  const positionCache = new Map<string, DemoPosition>();
  const positionFor = (unitId: string, name: string, kind: PositionKind, level: string) => {
    const key = `${unitId}|${name}`;
    let position = positionCache.get(key);
    if (!position) {
      position = { id: v7(), unitId, name, kind, level, isUnitHead: false };
      positionCache.set(key, position);
      city.positions.push(position);
    }
    return position;
  };
  let assigned = 0;
  placed.forEach((p, index) => {
    const share =
      index === placed.length - 1
        ? staffTotal - assigned
        : Math.round((staffTotal * p.template.staffWeight) / totalWeight);
    const count = Math.max(0, Math.min(share, staffTotal - assigned));
    assigned += count;
    for (let i = 0; i < count; i += 1) {
      const functional = p.template.functional;
      const roll = random.next();
      const employmentType: EmploymentType = roll < 0.7 ? 'PNS' : roll < 0.9 ? 'PPPK' : 'PPPK_PARUH_WAKTU';
      if (functional && random.chance(0.6)) {
        const jf = random.pick(functional);
        const madya = jf.level === 'AHLI_MADYA';
        const type = madya ? 'PNS' : employmentType;
        const position = positionFor(p.unit.id, jf.name, 'JF', jf.level);
        const band = jf.level.startsWith('AHLI') ? 'AHLI' : 'TERAMPIL';
        city.employees.push(person(band, type, position.id, p.unit.id, madya ? p.topHeadId : p.headId));
      } else {
        const position = positionFor(p.unit.id, random.pick(PELAKSANA), 'PELAKSANA', 'PELAKSANA');
        city.employees.push(person('PELAKSANA', employmentType, position.id, p.unit.id, p.headId));
      }
    }
  });
  return city;
}

/** Holidays of 2026 (SKB 3 Menteri), for working-day arithmetic. */
export const HOLIDAYS_2026 = [
  '2026-01-01',
  '2026-01-16',
  '2026-02-17',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-04-03',
  '2026-04-05',
  '2026-05-01',
  '2026-05-14',
  '2026-05-27',
  '2026-05-31',
  '2026-06-01',
  '2026-06-16',
  '2026-08-17',
  '2026-08-25',
  '2026-12-25',
];

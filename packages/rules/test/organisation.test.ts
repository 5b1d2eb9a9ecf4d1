import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRater, findReportingCycle, isValidGolongan, isValidLevel } from '../src/organisation.ts';

describe('default raters (rules §5.5)', () => {
  it.each([
    ['JPT', 'PRATAMA', 'HEAD_OF_REGION'],
    ['ADMINISTRATOR', 'ADMINISTRATOR', 'JPT_PRATAMA'],
    ['PENGAWAS', 'PENGAWAS', 'ADMINISTRATOR'],
    ['PELAKSANA', 'PELAKSANA', 'PENGAWAS'],
    ['JF', 'AHLI_MADYA', 'JPT_PRATAMA'],
    ['JF', 'AHLI_MUDA', 'UNIT_LEADER'],
    ['JF', 'AHLI_PERTAMA', 'UNIT_LEADER'],
    ['JF', 'TERAMPIL', 'UNIT_LEADER'],
  ] as const)('%s %s is rated by %s', (kind, level, rater) => {
    expect(defaultRater(kind, level)).toBe(rater);
  });
});

describe('levels and golongan', () => {
  it('knows which levels belong to which position kind', () => {
    expect(isValidLevel('JF', 'AHLI_MUDA')).toBe(true);
    expect(isValidLevel('JPT', 'AHLI_MUDA')).toBe(false);
    expect(isValidLevel('PELAKSANA', 'PELAKSANA')).toBe(true);
  });
  it('separates PNS golongan from PPPK grades', () => {
    expect(isValidGolongan('PNS', 'III/a')).toBe(true);
    expect(isValidGolongan('PNS', 'IX')).toBe(false);
    expect(isValidGolongan('PPPK', 'IX')).toBe(true);
    expect(isValidGolongan('PPPK_PARUH_WAKTU', 'III/a')).toBe(false);
  });
});

describe('reporting cycles', () => {
  it('finds none in a tree', () => {
    const raterOf = new Map<string, string | null>([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'b'],
    ]);
    expect(findReportingCycle(raterOf)).toBeNull();
  });
  it('finds a cycle and names its members', () => {
    const raterOf = new Map<string, string | null>([
      ['a', null],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'b'],
      ['e', 'b'],
    ]);
    expect(findReportingCycle(raterOf)?.sort()).toEqual(['b', 'c', 'd']);
  });
  it('never reports a cycle for a graph where every rater has a smaller index (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), (picks) => {
        const raterOf = new Map<string, string | null>();
        picks.forEach((pick, i) => {
          raterOf.set(`n${i}`, i === 0 ? null : `n${pick % i}`);
        });
        expect(findReportingCycle(raterOf)).toBeNull();
      }),
    );
  });
  it('always finds the cycle closed by pointing the root at a descendant (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 2, maxLength: 100 }), fc.nat(), (picks, leafPick) => {
        const raterOf = new Map<string, string | null>();
        picks.forEach((pick, i) => {
          raterOf.set(`n${i}`, i === 0 ? null : `n${pick % i}`);
        });
        const leaf = 1 + (leafPick % (picks.length - 1));
        raterOf.set('n0', `n${leaf}`);
        const cycle = findReportingCycle(raterOf);
        expect(cycle).not.toBeNull();
        expect(cycle).toContain('n0');
      }),
    );
  });
});

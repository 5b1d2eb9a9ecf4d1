import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayNip, formatNip, normalizeNip, parseNip } from '../src/nip.ts';

const TODAY = new Date('2026-11-23T00:00:00Z');

const validParts = fc
  .record({
    birthYear: fc.integer({ min: 1950, max: 2005 }),
    birthMonth: fc.integer({ min: 1, max: 12 }),
    birthDay: fc.integer({ min: 1, max: 28 }),
    ageAtAppointment: fc.integer({ min: 18, max: 40 }),
    appointmentMonth: fc.integer({ min: 1, max: 12 }),
    sex: fc.constantFrom<'L' | 'P'>('L', 'P'),
    sequence: fc.integer({ min: 1, max: 999 }),
  })
  .filter(
    (p) =>
      p.birthYear + p.ageAtAppointment <= 2026 &&
      !(p.birthYear + p.ageAtAppointment === 2026 && p.appointmentMonth > 12),
  )
  .map((p) => ({
    birthDate: `${p.birthYear}-${String(p.birthMonth).padStart(2, '0')}-${String(p.birthDay).padStart(2, '0')}`,
    appointmentMonth: `${p.birthYear + p.ageAtAppointment}-${String(p.appointmentMonth).padStart(2, '0')}`,
    sex: p.sex,
    sequence: p.sequence,
  }));

describe('NIP', () => {
  it('parses a known NIP', () => {
    const result = parseNip('198503152010011002', TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        nip: '198503152010011002',
        birthDate: '1985-03-15',
        appointmentMonth: '2010-01',
        sex: 'L',
        sequence: 2,
      },
    });
  });

  it('round-trips every well-formed NIP through format and parse (property)', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const nip = formatNip(parts);
        const parsed = parseNip(nip, TODAY);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          expect(parsed.value.birthDate).toBe(parts.birthDate);
          expect(parsed.value.appointmentMonth).toBe(parts.appointmentMonth);
          expect(parsed.value.sex).toBe(parts.sex);
          expect(parsed.value.sequence).toBe(parts.sequence);
        }
      }),
    );
  });

  it('accepts a NIP typed with spaces or dots (property)', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const nip = formatNip(parts);
        expect(parseNip(displayNip(nip), TODAY)).toEqual(parseNip(nip, TODAY));
        expect(normalizeNip(displayNip(nip).replaceAll(' ', '.'))).toBe(nip);
      }),
    );
  });

  it('rejects anything that is not 18 digits (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cleaned = normalizeNip(s);
        fc.pre(!/^\d{18}$/.test(cleaned));
        expect(parseNip(s, TODAY)).toEqual({ ok: false, code: 'NIP_FORMAT' });
      }),
    );
  });

  it('rejects a sex digit other than 1 or 2 (property)', () => {
    fc.assert(
      fc.property(validParts, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (parts, digit) => {
        const nip = formatNip(parts);
        const bad = `${nip.slice(0, 14)}${digit}${nip.slice(15)}`;
        expect(parseNip(bad, TODAY)).toEqual({ ok: false, code: 'NIP_SEX_INVALID' });
      }),
    );
  });

  it('rejects impossible birth dates', () => {
    for (const birth of ['19850230', '19851301', '19850000', '18990101', '20200101']) {
      expect(parseNip(`${birth}2010011002`, TODAY)).toEqual({ ok: false, code: 'NIP_BIRTH_DATE_INVALID' });
    }
    expect(parseNip('198402292010011002', TODAY).ok).toBe(true); // 1984 is a leap year
  });

  it('rejects an appointment month that is invalid, in the future, or before adulthood', () => {
    for (const appointment of ['201013', '201000', '202801', '199501']) {
      expect(parseNip(`19850315${appointment}1002`, TODAY)).toEqual({
        ok: false,
        code: 'NIP_APPOINTMENT_INVALID',
      });
    }
  });
});

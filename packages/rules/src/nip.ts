/**
 * NIP (Nomor Induk Pegawai): the 18-digit national civil-servant number.
 * Layout (BKN): yyyymmdd birth date · yyyymm appointment (TMT CPNS/PPPK) · 1 sex digit (1 male, 2 female)
 * · 3-digit sequence. PPPK numbers follow the same layout.
 */
export type NipErrorCode =
  | 'NIP_FORMAT'
  | 'NIP_BIRTH_DATE_INVALID'
  | 'NIP_APPOINTMENT_INVALID'
  | 'NIP_SEX_INVALID';

export interface ParsedNip {
  nip: string;
  birthDate: string; // yyyy-mm-dd
  appointmentMonth: string; // yyyy-mm
  sex: 'L' | 'P';
  sequence: number;
}

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; code: NipErrorCode };

/** The youngest age at which anyone is appointed an ASN (the legal minimum is 18; 17 tolerates data drift). */
export const MIN_APPOINTMENT_AGE = 17;
const MIN_BIRTH_YEAR = 1930;

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Normalises a NIP typed by a person: strips spaces and dots, which are common in printed NIPs. */
export function normalizeNip(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/** Parses and validates a NIP. `today` bounds the birth and appointment dates (no future dates). */
export function parseNip(input: string, today: Date = new Date()): NipResult {
  const nip = normalizeNip(input);
  if (!/^\d{18}$/.test(nip)) return { ok: false, code: 'NIP_FORMAT' };
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const appointmentYear = Number(nip.slice(8, 12));
  const appointmentMonth = Number(nip.slice(12, 14));
  const sexDigit = nip[14];
  const currentYear = today.getUTCFullYear();
  if (
    birthYear < MIN_BIRTH_YEAR ||
    birthYear > currentYear - MIN_APPOINTMENT_AGE ||
    !isValidDate(birthYear, birthMonth, birthDay)
  ) {
    return { ok: false, code: 'NIP_BIRTH_DATE_INVALID' };
  }
  const appointmentIndex = appointmentYear * 12 + (appointmentMonth - 1);
  const currentIndex = currentYear * 12 + today.getUTCMonth() + 1; // allow next month's appointments
  if (
    appointmentMonth < 1 ||
    appointmentMonth > 12 ||
    appointmentYear < birthYear + MIN_APPOINTMENT_AGE ||
    appointmentIndex > currentIndex
  ) {
    return { ok: false, code: 'NIP_APPOINTMENT_INVALID' };
  }
  if (sexDigit !== '1' && sexDigit !== '2') return { ok: false, code: 'NIP_SEX_INVALID' };
  return {
    ok: true,
    value: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      appointmentMonth: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      sex: sexDigit === '1' ? 'L' : 'P',
      sequence: Number(nip.slice(15, 18)),
    },
  };
}

/** Builds a NIP from its parts (used by the demo generator and tests). */
export function formatNip(parts: {
  birthDate: string;
  appointmentMonth: string;
  sex: 'L' | 'P';
  sequence: number;
}): string {
  const birth = parts.birthDate.replaceAll('-', '');
  const appointment = parts.appointmentMonth.replaceAll('-', '');
  const sex = parts.sex === 'L' ? '1' : '2';
  return `${birth}${appointment}${sex}${String(parts.sequence).padStart(3, '0')}`;
}

/** Groups a NIP the way it is printed on official documents: 19800101 200501 1 001. */
export function displayNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

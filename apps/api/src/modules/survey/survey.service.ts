import { createHash } from 'node:crypto';
import type { SkmResults } from '@sigap/contracts';
import {
  computeIkm,
  krejcieMorgan,
  roundIkm,
  SKM_DEFAULT_QUESTIONS,
  SKM_UNSUR,
  SKM_UNSUR_CODES,
  type SkmTotals,
  type SkmWeightRule,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { dateInZone } from '../../lib/clock.ts';
import * as services from '../services/services.repository.ts';
import { visibleServiceUnit } from '../services/services.service.ts';
import * as repository from './survey.repository.ts';

/** The questions of the Permenpan-RB 14/2017 sample questionnaire, one per unsur (editable per agency). */
export const DEFAULT_QUESTIONS: Record<string, string> = SKM_DEFAULT_QUESTIONS;

export async function publicSurvey(db: Database, serviceUnitId: string) {
  const unit = await services.findPublicServiceUnit(db, serviceUnitId);
  if (!unit) throw notFound('Unit layanan');
  const settings = await services.getSettings(db, unit.agency_id);
  const types = await services.listTypes(db, unit.agency_id, [unit.id]);
  const custom = settings.questionnaire ?? {};
  return {
    serviceUnitId: unit.id,
    serviceUnitName: unit.name,
    agencyName: unit.agency_name,
    visitCodeRequired: unit.visit_code_required,
    types: types.filter((t) => t.active).map((t) => ({ id: t.id, name: t.name })),
    questions: SKM_UNSUR.map((u) => ({
      code: u.code,
      name: u.name,
      question: custom[u.code]?.question ?? (DEFAULT_QUESTIONS[u.code] as string),
      answers: custom[u.code]?.answers?.length === 4 ? (custom[u.code]?.answers as string[]) : [...u.answers],
    })),
  };
}

export interface SubmitInput {
  clientId: string;
  answers: Partial<Record<string, number>>;
  serviceTypeId: string | null;
  sex: 'L' | 'P' | null;
  age: number | null;
  education: string | null;
  occupation: string | null;
  comment: string | null;
  visitCode: string | null;
  channel: 'LINK' | 'KIOSK' | 'QR';
  answeredAt?: string | undefined;
}

/** Quick repeats from one device within this window are flagged for review (not counted in the IKM). */
const REPEAT_WINDOW_MS = 60_000;
const MAX_DELAY_MS = 7 * 86_400_000;

/**
 * Stores one questionnaire answer. Idempotent on the client's id (a kiosk that retries after a network
 * drop stores one row); a visit code is claimed atomically (one answer per code). Anonymous answers are
 * not audited: each is an append-only record in itself, never changed, and auditing would serialise every
 * citizen's submission on the agency's audit chain.
 */
export async function submitResponse(
  db: Database,
  clock: Clock,
  serviceUnitId: string,
  input: SubmitInput,
  client: { ip: string; userAgent: string },
) {
  const unit = await services.findPublicServiceUnitCached(db, serviceUnitId, clock.now());
  if (!unit) throw notFound('Unit layanan');
  const agencyId = unit.agency_id;
  const answered = SKM_UNSUR_CODES.filter((c) => input.answers[c] !== undefined);
  if (answered.length === 0) {
    throw new AppError('SURVEY_INCOMPLETE', 'Jawab setidaknya satu pertanyaan survei');
  }
  const now = clock.now();
  let at = now;
  if (input.answeredAt) {
    at = new Date(input.answeredAt);
    if (at.getTime() > now.getTime() + 5 * 60_000 || now.getTime() - at.getTime() > MAX_DELAY_MS) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Waktu pengisian tidak wajar (lebih dari 7 hari lalu atau di masa depan)',
      );
    }
  }
  if (input.serviceTypeId) {
    const types = await services.listTypes(db, agencyId, [unit.id]);
    if (!types.some((t) => t.id === input.serviceTypeId))
      throw new AppError('VALIDATION_FAILED', 'Jenis layanan tidak dikenal');
  }
  if (unit.visit_code_required && !input.visitCode) {
    throw new AppError('VISIT_CODE_REQUIRED', 'Masukkan kode kunjungan yang tertera pada bukti layanan');
  }
  /** A retry of an answer already stored: the same response, whatever else the request says. */
  const duplicateOf = async (store: Database) => {
    const existing = await repository.findResponse(store, agencyId, input.clientId);
    if (!existing) return null;
    if (existing.service_unit_id !== unit.id) throw new AppError('CONFLICT', 'Jawaban ini sudah tercatat');
    return { id: existing.id, duplicate: true };
  };
  const deviceHash = createHash('sha256')
    .update(`${agencyId}|${client.ip}|${client.userAgent}`)
    .digest('hex');
  const score = (code: string) => (input.answers[code] as number | undefined) ?? null;
  const write = async (store: Database, visitCodeId: string | null) => {
    // A kiosk is one device serving many citizens: its quick repeats are expected.
    const flagged =
      input.channel !== 'KIOSK' &&
      (await repository.recentFromDevice(
        store,
        agencyId,
        deviceHash,
        new Date(now.getTime() - REPEAT_WINDOW_MS),
      )) > 0;
    return repository.insertResponse(store, {
      agencyId,
      id: input.clientId,
      serviceUnitId: unit.id,
      serviceTypeId: input.serviceTypeId,
      respondedOn: dateInZone(at, unit.timezone),
      u1: score('U1'),
      u2: score('U2'),
      u3: score('U3'),
      u4: score('U4'),
      u5: score('U5'),
      u6: score('U6'),
      u7: score('U7'),
      u8: score('U8'),
      u9: score('U9'),
      sex: input.sex,
      age: input.age,
      education: input.education,
      occupation: input.occupation,
      comment: input.comment || null,
      channel: input.channel,
      visitCodeId,
      deviceHash,
      flagged,
      createdAt: now,
    });
  };
  if (!input.visitCode) {
    // One statement: insert, or nothing when the client's id is already stored (a retry).
    if (await write(db, null)) return { id: input.clientId, duplicate: false };
    const duplicate = await duplicateOf(db);
    if (!duplicate) throw new AppError('CONFLICT', 'Jawaban ini sudah tercatat');
    return duplicate;
  }
  const code = input.visitCode.toUpperCase();
  return db.transaction(async (tx) => {
    // A retry must not trip over its own, already claimed visit code.
    const duplicate = await duplicateOf(tx);
    if (duplicate) return duplicate;
    const claim = await repository.claimVisitCode(tx, code, unit.id, now);
    if (claim.state === 'USED')
      throw new AppError('VISIT_CODE_USED', 'Kode kunjungan ini sudah dipakai untuk mengisi survei');
    if (claim.state === 'INVALID')
      throw new AppError('VISIT_CODE_INVALID', 'Kode kunjungan tidak dikenal atau sudah kedaluwarsa');
    const written = await write(tx, claim.id);
    return { id: input.clientId, duplicate: !written };
  });
}

/** First and last day of a survey period: 2026, 2026-S1/S2, 2026-Q1..Q4. */
export function periodRange(period: string): { from: string; to: string } {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  const last = (month: number) => new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  const range = (m1: number, m2: number) => ({
    from: `${year}-${String(m1).padStart(2, '0')}-01`,
    to: `${year}-${String(m2).padStart(2, '0')}-${String(last(m2)).padStart(2, '0')}`,
  });
  if (part === '') return range(1, 12);
  if (part.startsWith('S')) return part === 'S1' ? range(1, 6) : range(7, 12);
  const q = Number(part.slice(1));
  return range(q * 3 - 2, q * 3);
}

/** The periods before `period` of the same kind, oldest first (for the trend). */
export function previousPeriods(period: string, count: number): string[] {
  const year = Number(period.slice(0, 4));
  const part = period.slice(5);
  const out: string[] = [];
  if (part === '') for (let i = count; i >= 1; i -= 1) out.push(String(year - i));
  else {
    const per = part.startsWith('S') ? 2 : 4;
    const letter = part[0];
    const index = year * per + (Number(part.slice(1)) - 1);
    for (let i = count; i >= 1; i -= 1) {
      const k = index - i;
      out.push(`${Math.floor(k / per)}-${letter}${(k % per) + 1}`);
    }
  }
  return out;
}

const totalsOf = (row: repository.TotalsRow): SkmTotals => {
  const sums = {} as SkmTotals['sums'];
  const counts = {} as SkmTotals['counts'];
  SKM_UNSUR_CODES.forEach((code, i) => {
    sums[code] = row[`s${i + 1}`] ?? 0;
    counts[code] = row[`c${i + 1}`] ?? 0;
  });
  return { sums, counts };
};

const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));

export async function results(
  db: Database,
  ctx: RequestContext,
  serviceUnitId: string,
  period: string,
): Promise<SkmResults> {
  const unit = await visibleServiceUnit(db, ctx, serviceUnitId);
  const agencyId = ctx.actor.agencyId;
  const { from, to } = periodRange(period);
  const settings = await services.getSettings(db, agencyId);
  const rule = settings.skmWeightRule as SkmWeightRule;
  const previous = previousPeriods(period, 3);
  // The period's one big scan and the smaller queries run side by side (on PostgreSQL, on separate
  // connections of the pool).
  const [grouped, population, earlier, comments] = await Promise.all([
    repository.totalsWithProfile(db, agencyId, unit.id, from, to),
    services.findPopulation(db, agencyId, unit.id, period),
    Promise.all(
      previous.map((p) => {
        const range = periodRange(p);
        return repository.totals(db, agencyId, unit.id, range.from, range.to);
      }),
    ),
    repository.latestComments(db, agencyId, unit.id, from, to),
  ]);
  const row = grouped.totals;
  const ikm = computeIkm(totalsOf(row), rule);
  const minimumSample = population ? krejcieMorgan(population) : null;
  const trend = previous.map((p, i) => {
    const t = earlier[i] as repository.TotalsRow;
    const value = computeIkm(totalsOf(t), rule).ikm;
    return { period: p, respondents: t.respondents, ikm: value === null ? null : roundIkm(value) };
  });
  trend.push({ period, respondents: row.respondents, ikm: ikm.ikm === null ? null : roundIkm(ikm.ikm) });
  return {
    serviceUnitId: unit.id,
    serviceUnitName: unit.name,
    period,
    from,
    to,
    respondents: row.respondents,
    flagged: row.flagged,
    population,
    minimumSample,
    sampleReached: minimumSample === null ? null : row.respondents >= minimumSample,
    weightRule: rule,
    weight: ikm.weight,
    perUnsur: ikm.perUnsur.map((u, i) => ({
      code: u.code,
      name: SKM_UNSUR[i]?.name ?? u.code,
      respondents: row[`c${i + 1}`] ?? 0,
      nrr: round(u.nrr, 3),
      nrrWeighted: round(u.nrrWeighted, 3),
      ikm: u.ikmScale === null ? null : roundIkm(u.ikmScale),
      grade: u.grade,
    })),
    skm: round(ikm.skm, 3),
    ikm: ikm.ikm === null ? null : roundIkm(ikm.ikm),
    grade: ikm.grade,
    profile: grouped.profile,
    trend,
    comments,
  };
}

export async function rawData(db: Database, ctx: RequestContext, serviceUnitId: string, period: string) {
  const unit = await visibleServiceUnit(db, ctx, serviceUnitId);
  const { from, to } = periodRange(period);
  return { unit, rows: await repository.rawResponses(db, ctx.actor.agencyId, unit.id, from, to) };
}

/**
 * The evaluation's official documents (rules §5.7; Permenpan-RB 6/2022, Lampiran): the Evaluasi Kinerja
 * Pegawai form of one employee and period (results with realisasi and umpan balik, behaviour, the two
 * ratings, the predikat, the kuadran and the unit's curve drawn against its allowed band), and the unit's
 * Penetapan Predikat Kinerja. The loaders check access (the same as the pages they print) and gather the
 * data; the renderers are pure (pdfmake with the standard fonts, see lib/pdf.ts).
 */
import type { Curve, EvaluationDetail, Period, PersonSnapshot, SkpRhk } from '@sigap/contracts';
import {
  BERAKHLAK,
  CURVE_ORDER,
  checkDistribution,
  EMPLOYEE_PREDIKAT_LABELS,
  type EmployeePredikat,
  KUADRAN,
  ORGANISATION_PREDIKAT_LABELS,
  type OrganisationPredikat,
  RATING_LEVEL_LABELS,
  type RatingLevel,
  resolvePattern,
  type SkpApproach,
  type SkpFormat,
} from '@sigap/rules';
import { and, eq, sql } from 'drizzle-orm';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type Database, queryRows } from '../../db/client.ts';
import { unitPredikats } from '../../db/schema/index.ts';
import type { RequestContext } from '../../lib/actor.ts';
import { todayOf } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/app-error.ts';
import { dateInZone } from '../../lib/clock.ts';
import {
  approachLines,
  aspectLabel,
  BASE_STYLES,
  behaviourCell,
  cellText,
  DASH,
  DEFAULT_STYLE,
  documentInfo,
  draftDecorations,
  estimateHeight,
  filler,
  formatDate,
  formatNumberWithUnit,
  headerCell,
  isHead,
  orDash,
  peopleTable,
  perspectiveLabel,
  resultColumns,
  rhkResultsTable,
  sectionHeading,
  signatureBlock,
  tableLayout,
  targetLabel,
  titleBlock,
} from '../../lib/documents.ts';
import { pdfText, renderPdf } from '../../lib/pdf.ts';
import { getAgency } from '../agency/agency.repository.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { headOfRegionSnapshot, loadRhks, snapshotOf } from '../skp/skp.presenter.ts';
import * as skpRepository from '../skp/skp.repository.ts';
import * as service from './evaluation.service.ts';

// ---------------------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------------------

interface AgencyBlock {
  /** e.g. "Pemerintah Kota Sukamaju". */
  agencyName: string;
  /** "Wali Kota" or "Bupati". */
  headTitle: string;
  /** For the date line, e.g. "Kota Sukamaju". */
  place: string;
  /** IANA zone of the agency (times are printed in it). */
  timezone: string;
  /** yyyy-mm-dd */
  printedOn: string;
}

export interface OrganisationBlock {
  predikat: OrganisationPredikat;
  note: string | null;
  setByName: string;
  setAt: string;
  finalisedAt: string | null;
  signature: { name: string; nip: string | null; positionName: string } | null;
}

export interface EvaluationFormInput extends AgencyBlock {
  period: Period;
  evaluation: {
    id: string;
    hasilKerja: RatingLevel;
    perilakuKerja: RatingLevel;
    predikat: EmployeePredikat;
    suggestedHasilKerja: RatingLevel | null;
    feedback: string | null;
    status: 'DRAFT' | 'FINAL';
    finalisedAt: string | null;
    acknowledgedAt: string | null;
  };
  employee: PersonSnapshot;
  rater: PersonSnapshot;
  /** The SKP the evaluation is of (null: the employee had none). */
  skp: {
    format: SkpFormat;
    approach: SkpApproach;
    rhks: SkpRhk[];
    behaviourExpectations: Record<string, string>;
  } | null;
  /** Realisasi per IKI id: the latest reported in the period. */
  realisation: Record<string, { value: number | null; text: string | null; periodName: string }>;
  /** True when the period spans several report periods (realisasi is then the latest one's). */
  multiReport: boolean;
  /** The rater's umpan balik in the period, per IKI id and per BerAKHLAK code. */
  indicatorFeedback: Record<string, string[]>;
  behaviourFeedback: Record<string, string[]>;
  unitName: string;
  organisation: OrganisationBlock | null;
  curve: Curve;
  changes: EvaluationDetail['changes'];
  objection: { status: 'OPEN' | 'DECIDED'; decision: 'CONFIRMED' | 'CHANGED' | null } | null;
}

export interface PenetapanRow {
  nip: string;
  fullName: string;
  positionName: string;
  raterName: string;
  raterNip: string | null;
  hasilKerja: RatingLevel;
  perilakuKerja: RatingLevel;
  predikat: EmployeePredikat;
  /** Changed by an objection's decision after the Penetapan. */
  changedByObjection: boolean;
}

export interface PenetapanInput extends AgencyBlock {
  period: Period;
  unit: { id: string; name: string; code: string };
  organisation: OrganisationBlock & { finalisedAt: string };
  rows: PenetapanRow[];
  /** The curve as finalised (counts at the sign-off) with the pattern's bounds and violations. */
  curve: Curve;
  policy: 'WARN' | 'BLOCK';
}

// ---------------------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------------------

async function agencyBlock(db: Database, ctx: RequestContext): Promise<AgencyBlock> {
  const agency = await getAgency(db, ctx.actor.agencyId);
  return {
    agencyName: agency?.name ?? '',
    headTitle: agency?.headTitle ?? 'Wali Kota',
    place: agency?.shortName ?? '',
    timezone: ctx.actor.agencyTimezone,
    printedOn: todayOf(ctx),
  };
}

async function skpContent(db: Database, agencyId: string, skpId: string) {
  const row = await skpRepository.findSkp(db, agencyId, skpId);
  if (!row) return null;
  return { row, rhks: await loadRhks(db, agencyId, row.id) };
}

/**
 * The Evaluasi Kinerja form of one evaluation. Access is GET /api/evaluations/:id's (the employee, the
 * rater, the objection's decider, agency admins; anyone else 404).
 */
export async function evaluationFormInput(
  db: Database,
  ctx: RequestContext,
  evaluationId: string,
): Promise<EvaluationFormInput> {
  const agencyId = ctx.actor.agencyId;
  const detail = await service.getEvaluation(db, ctx, evaluationId);
  const [raw] = await queryRows<{
    skp_id: string | null;
    rater_employee_id: string | null;
    rater_name: string;
    unit_name: string;
  }>(
    db,
    sql`select v.skp_id, v.rater_employee_id, v.rater_name, u.name as unit_name from evaluations v
        join units u on u.agency_id = v.agency_id and u.id = v.unit_id
        where v.agency_id = ${agencyId} and v.id = ${evaluationId}`,
  );
  if (!raw) throw notFound('Penilaian');
  const { period } = detail;
  const year = Number(period.start.slice(0, 4));
  const skpId =
    raw.skp_id ?? (await skpRepository.findOpenSkp(db, agencyId, detail.evaluation.employeeId, year))?.id;
  const [agency, agencyRow, skp, staff, raterStaff, settings, unitRows, headcount] = await Promise.all([
    agencyBlock(db, ctx),
    getAgency(db, agencyId),
    skpId ? skpContent(db, agencyId, skpId) : null,
    skpRepository.findStaff(db, agencyId, detail.evaluation.employeeId),
    raw.rater_employee_id ? skpRepository.findStaff(db, agencyId, raw.rater_employee_id) : null,
    service.getSettings(db, agencyId),
    queryRows<{ predikat: string }>(
      db,
      sql`select predikat from evaluations where agency_id = ${agencyId}
          and unit_id = ${detail.evaluation.unitId} and period_id = ${period.id}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from employees where agency_id = ${agencyId}
          and unit_id = ${detail.evaluation.unitId} and status = 'ACTIVE'`,
    ),
  ]);
  const employee: PersonSnapshot = skp
    ? skp.row.employeeSnapshot
    : staff
      ? snapshotOf(staff)
      : {
          kind: 'EMPLOYEE',
          employeeId: detail.employee.id,
          nip: detail.employee.nip,
          name: detail.employee.fullName,
          golongan: null,
          positionName: detail.employee.positionName,
          unitName: detail.employee.unitName,
        };
  let rater: PersonSnapshot;
  if (raw.rater_employee_id === null) {
    rater = agencyRow
      ? headOfRegionSnapshot(agencyRow)
      : {
          kind: 'HEAD_OF_REGION',
          employeeId: null,
          nip: null,
          name: raw.rater_name,
          golongan: null,
          positionName: agency.headTitle,
          unitName: agency.agencyName,
        };
  } else if (skp && skp.row.raterEmployeeId === raw.rater_employee_id) {
    rater = skp.row.raterSnapshot;
  } else if (raterStaff) {
    rater = snapshotOf(raterStaff);
  } else {
    rater = {
      kind: 'EMPLOYEE',
      employeeId: raw.rater_employee_id,
      nip: null,
      name: raw.rater_name,
      golongan: null,
      positionName: '-',
      unitName: '-',
    };
  }

  // Realisasi and umpan balik of the report periods inside the evaluation's period.
  const within = sql`p.start_date >= ${period.start}::date and p.end_date <= ${period.end}::date`;
  const [values, notes] = skp
    ? await Promise.all([
        queryRows<{
          indicator_id: string;
          value: number | null;
          text: string | null;
          period_id: string;
          period_name: string;
        }>(
          db,
          sql`select v.indicator_id, v.value, v.text, p.id as period_id, p.name as period_name
              from realisation_reports rep
              join periods p on p.agency_id = rep.agency_id and p.id = rep.period_id
              join realisation_values v on v.agency_id = rep.agency_id and v.report_id = rep.id
              where rep.agency_id = ${agencyId} and rep.skp_id = ${skp.row.id} and ${within}
              order by p.end_date, p.start_date`,
        ),
        queryRows<{ indicator_id: string | null; behaviour_code: string | null; body: string }>(
          db,
          sql`select f.indicator_id, f.behaviour_code, f.body from feedback f
              join periods p on p.agency_id = f.agency_id and p.id = f.period_id
              where f.agency_id = ${agencyId} and f.skp_id = ${skp.row.id} and f.parent_id is null
                and f.author_role = 'RATER' and ${within}
              order by f.created_at, f.id`,
        ),
      ])
    : [[], []];
  const realisation: EvaluationFormInput['realisation'] = {};
  for (const v of values) {
    if (v.value === null && (v.text === null || v.text.trim() === '')) continue;
    realisation[v.indicator_id] = { value: v.value, text: v.text, periodName: v.period_name };
  }
  const indicatorFeedback: Record<string, string[]> = {};
  const behaviourFeedback: Record<string, string[]> = {};
  for (const n of notes) {
    const [into, key] = n.indicator_id
      ? [indicatorFeedback, n.indicator_id]
      : [behaviourFeedback, n.behaviour_code];
    if (key) into[key] = [...(into[key] ?? []), n.body];
  }
  const organisation = detail.unitPredikat;
  return {
    ...agency,
    period,
    evaluation: detail.evaluation,
    employee,
    rater,
    skp: skp
      ? {
          format: skp.row.format as SkpFormat,
          approach: skp.row.approach as SkpApproach,
          rhks: skp.rhks,
          behaviourExpectations: skp.row.behaviourExpectations,
        }
      : null,
    realisation,
    multiReport: new Set(values.map((v) => v.period_id)).size > 1 || period.kind === 'ANNUAL',
    indicatorFeedback,
    behaviourFeedback,
    unitName: raw.unit_name,
    organisation,
    curve: service.curveOf(
      organisation?.predikat ?? null,
      unitRows,
      headcount[0]?.n ?? unitRows.length,
      settings.rounding,
    ),
    changes: detail.changes,
    objection: detail.objection
      ? { status: detail.objection.status, decision: detail.objection.decision }
      : null,
  };
}

/**
 * The Penetapan Predikat Kinerja of a unit and period. Access is the unit page's (the setter, the unit's
 * head, its raters, unit admins over it, agency admins and leaders); before the sign-off 409
 * EVALUATION_NOT_FINAL.
 */
export async function penetapanInput(
  db: Database,
  ctx: RequestContext,
  unitId: string,
  periodId: string | undefined,
): Promise<PenetapanInput> {
  const agencyId = ctx.actor.agencyId;
  const page = await service.unitDetail(db, ctx, unitId, { periodId });
  const organisation = page.predikat;
  if (!organisation?.finalisedAt) {
    throw new AppError(
      'EVALUATION_NOT_FINAL',
      'Penetapan Predikat Kinerja unit ini untuk periode tersebut belum ditandatangani',
    );
  }
  const [agency, settings, stored, rows] = await Promise.all([
    agencyBlock(db, ctx),
    service.getSettings(db, agencyId),
    db
      .select({ finalCounts: unitPredikats.finalCounts })
      .from(unitPredikats)
      .where(
        and(
          eq(unitPredikats.agencyId, agencyId),
          eq(unitPredikats.unitId, page.unit.id),
          eq(unitPredikats.periodId, page.period.id),
        ),
      ),
    queryRows<{
      nip: string;
      name: string;
      front_title: string | null;
      back_title: string | null;
      position_name: string;
      rater_name: string;
      r_name: string | null;
      r_front_title: string | null;
      r_back_title: string | null;
      r_nip: string | null;
      hasil_kerja: RatingLevel;
      perilaku_kerja: RatingLevel;
      predikat: EmployeePredikat;
      changed_by_objection: boolean;
      is_unit_head: boolean;
    }>(
      db,
      sql`select e.nip, e.name, e.front_title, e.back_title, p.name as position_name, v.rater_name,
            r.name as r_name, r.front_title as r_front_title, r.back_title as r_back_title, r.nip as r_nip,
            v.hasil_kerja, v.perilaku_kerja, v.predikat, p.is_unit_head,
            exists (select 1 from evaluation_changes c where c.agency_id = v.agency_id
              and c.evaluation_id = v.id and c.kind = 'OBJECTION') as changed_by_objection
          from evaluations v
          join employees e on e.agency_id = v.agency_id and e.id = v.employee_id
          join positions p on p.agency_id = e.agency_id and p.id = e.position_id
          left join employees r on r.agency_id = v.agency_id and r.id = v.rater_employee_id
          where v.agency_id = ${agencyId} and v.unit_id = ${page.unit.id} and v.period_id = ${page.period.id}
          order by p.is_unit_head desc, e.name, e.nip`,
    ),
  ]);
  const counts = Object.fromEntries(CURVE_ORDER.map((p) => [p, stored[0]?.finalCounts?.[p] ?? 0])) as Record<
    EmployeePredikat,
    number
  >;
  const total = CURVE_ORDER.reduce((s, p) => s + counts[p], 0);
  return {
    ...agency,
    period: page.period,
    unit: { id: page.unit.id, name: page.unit.name, code: page.unit.code },
    organisation: { ...organisation, finalisedAt: organisation.finalisedAt },
    rows: rows.map((r) => ({
      nip: r.nip,
      fullName: fullName(r.name, r.front_title, r.back_title),
      positionName: r.position_name,
      raterName: r.r_name ? fullName(r.r_name, r.r_front_title, r.r_back_title) : r.rater_name,
      raterNip: r.r_nip,
      hasilKerja: r.hasil_kerja,
      perilakuKerja: r.perilaku_kerja,
      predikat: r.predikat,
      changedByObjection: r.changed_by_objection,
    })),
    curve: {
      counts,
      total,
      unrated: 0,
      bounds: resolvePattern(organisation.predikat, total, settings.rounding).map((b) => ({
        ...b,
        predikats: [...b.predikats],
      })),
      violations: checkDistribution(organisation.predikat, counts, settings.rounding).map((v) => ({
        ...v,
        predikats: [...v.predikats],
      })),
    },
    policy: settings.violationPolicy,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------------------

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** An instant in the agency's zone: "16 Maret 2026 pukul 10.00 WIB". */
export function formatDateTime(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
    .format(date)
    .replace(':', '.');
  return `${day} pukul ${time} ${ZONE_ABBREVIATIONS[timeZone] ?? timeZone}`;
}

const t = cellText;

function realisationLabel(input: EvaluationFormInput, indicator: SkpRhk['indicators'][number]): string {
  const r = input.realisation[indicator.id];
  if (!r) return DASH;
  const parts: string[] = [];
  if (r.value !== null) parts.push(formatNumberWithUnit(r.value, indicator.targetUnit));
  if (r.text?.trim()) parts.push(r.text.trim());
  const shown = parts.join('\n') || DASH;
  return input.multiReport ? `${shown}\n(${r.periodName})` : shown;
}

const feedbackLabel = (items: string[] | undefined): string =>
  items && items.length > 0 ? items.map((x) => `• ${x}`).join('\n') : DASH;

/** Rules §5.4: the pattern's bounds drawn per bar (single-predikat bounds; joint ones are listed). */
function bandOf(curve: Curve, predikat: EmployeePredikat): { low: number; high: number } {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  for (const b of curve.bounds) {
    if (b.predikats.length !== 1 || b.predikats[0] !== predikat) continue;
    if (b.bound === 'AT_LEAST') low = Math.max(low, b.people);
    else high = Math.min(high, b.people);
  }
  return { low, high };
}

// ---------------------------------------------------------------------------------------------------------
// PDF building blocks
// ---------------------------------------------------------------------------------------------------------

const STYLES = {
  ...BASE_STYLES,
  note: { italics: true, fontSize: 7.5, color: '#333333' },
  small: { fontSize: 7.5 },
  verdict: { bold: true, fontSize: 10 },
} as const;

/** Label | value rows (the ratings, the predikat, the organisation predikat). */
function verdictTable(rows: [string, string][]): Content {
  return {
    table: {
      widths: [190, '*'],
      body: rows.map(([label, value]) => [
        { text: pdfText(label), bold: true, fillColor: '#f3f3f3' },
        { text: pdfText(value), style: 'verdict' },
      ]),
      dontBreakRows: true,
    },
    layout: tableLayout,
    margin: [0, 0, 0, 10],
  };
}

const KUADRAN_ROWS: readonly RatingLevel[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];
const KUADRAN_COLUMNS: readonly RatingLevel[] = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'];

/** The kuadran kinerja as a 3×3 grid with the employee's cell highlighted. */
function kuadranGrid(hasilKerja: RatingLevel, perilakuKerja: RatingLevel): Content {
  const body: TableCell[][] = [
    [
      headerCell('Hasil Kerja \\ Perilaku Kerja', { fontSize: 7.5 }),
      ...KUADRAN_COLUMNS.map((c) => headerCell(RATING_LEVEL_LABELS[c], { fontSize: 7.5 })),
    ],
  ];
  for (const row of KUADRAN_ROWS) {
    body.push([
      headerCell(RATING_LEVEL_LABELS[row], { fontSize: 7.5 }),
      ...KUADRAN_COLUMNS.map((column): TableCell => {
        const predikat = KUADRAN[row][column];
        const mine = row === hasilKerja && column === perilakuKerja;
        return {
          text: pdfText(
            mine ? `» ${EMPLOYEE_PREDIKAT_LABELS[predikat]} «` : EMPLOYEE_PREDIKAT_LABELS[predikat],
          ),
          alignment: 'center',
          margin: [0, 8, 0, 8],
          bold: mine,
          color: mine ? '#ffffff' : '#333333',
          fillColor: mine ? '#1f5f8b' : '#fafafa',
        } as TableCell;
      }),
    ]);
  }
  return {
    stack: [
      { text: 'KUADRAN KINERJA', style: 'section', margin: [0, 0, 0, 4] },
      { table: { widths: [70, '*', '*', '*'], body, dontBreakRows: true }, layout: tableLayout },
      {
        text: pdfText(
          'Baris: rating hasil kerja; kolom: rating perilaku kerja. Sel yang diarsir: pegawai ini.',
        ),
        style: 'note',
        margin: [0, 3, 0, 0],
      },
    ],
  };
}

/**
 * Rules §5.4: the curve drawn as bars (x: Sangat Kurang → Sangat Baik, y: people) with the allowed band
 * of each predikat shaded, its number above each bar, and the pattern's rules below.
 */
function curveChart(
  curve: Curve,
  organisation: OrganisationPredikat | null,
  width: number,
  title = 'KURVA DISTRIBUSI PREDIKAT KINERJA UNIT',
): Content {
  const HEIGHT = 90;
  const columnWidth = (width - 5 * 6.5) / 5;
  const bands = CURVE_ORDER.map((p) => bandOf(curve, p));
  const scale = Math.max(
    1,
    ...CURVE_ORDER.map((p) => curve.counts[p] ?? 0),
    ...bands.map((b) => (Number.isFinite(b.high) ? Math.min(b.high, curve.total) : 0)),
    ...bands.map((b) => b.low),
  );
  const y = (people: number) => HEIGHT - (Math.min(people, scale) / scale) * HEIGHT;
  const barWidth = Math.min(34, columnWidth * 0.55);
  const barX = (columnWidth - barWidth) / 2;
  const bars: TableCell[] = CURVE_ORDER.map((p, i) => {
    const n = curve.counts[p] ?? 0;
    const band = bands[i] as { low: number; high: number };
    const high = Number.isFinite(band.high) ? band.high : Math.max(curve.total, scale);
    const outside = organisation !== null && (n < band.low || n > band.high);
    const shapes: Record<string, unknown>[] = [
      // the axis
      { type: 'line', x1: 0, y1: HEIGHT, x2: columnWidth, y2: HEIGHT, lineWidth: 0.7, lineColor: '#444444' },
    ];
    if (organisation !== null) {
      shapes.push({
        type: 'rect',
        x: 2,
        y: y(high),
        w: columnWidth - 4,
        h: Math.max(0, y(band.low) - y(high)),
        color: '#cfe8d5',
      });
      if (Number.isFinite(band.high)) {
        shapes.push({
          type: 'line',
          x1: 2,
          y1: y(band.high),
          x2: columnWidth - 2,
          y2: y(band.high),
          lineWidth: 1,
          lineColor: '#2e7d32',
          dash: { length: 2 },
        });
      }
      if (band.low > 0) {
        shapes.push({
          type: 'line',
          x1: 2,
          y1: y(band.low),
          x2: columnWidth - 2,
          y2: y(band.low),
          lineWidth: 1,
          lineColor: '#2e7d32',
          dash: { length: 2 },
        });
      }
    }
    if (n > 0) {
      shapes.push({
        type: 'rect',
        x: barX,
        y: y(n),
        w: barWidth,
        h: HEIGHT - y(n),
        color: outside ? '#b00020' : '#1f5f8b',
      });
    }
    return { canvas: shapes, margin: [0, 0, 0, 0] } as unknown as TableCell;
  });
  const label = (p: EmployeePredikat) => EMPLOYEE_PREDIKAT_LABELS[p];
  const body: TableCell[][] = [
    CURVE_ORDER.map((p) => ({ text: String(curve.counts[p] ?? 0), alignment: 'center', bold: true })),
    bars,
    CURVE_ORDER.map((p) => ({ text: pdfText(label(p)), alignment: 'center', fontSize: 7 })),
  ];
  const rules = curve.bounds.map((b) => pdfText(b.rule));
  return {
    stack: [
      { text: pdfText(title), style: 'section', margin: [0, 0, 0, 4] },
      {
        table: { widths: CURVE_ORDER.map(() => columnWidth), body },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 3,
          paddingRight: () => 3,
          paddingTop: () => 1,
          paddingBottom: () => 1,
        },
      },
      {
        text: pdfText(
          organisation
            ? `Predikat kinerja organisasi: ${ORGANISATION_PREDIKAT_LABELS[organisation]}. ` +
                `Jumlah pegawai dinilai: ${curve.total}. Area hijau: batas pola distribusi; batang merah: di luar batas.`
            : `Predikat kinerja organisasi belum ditetapkan. Jumlah pegawai dinilai: ${curve.total}.`,
        ),
        style: 'note',
        margin: [0, 3, 0, 0],
      },
      ...(rules.length > 0 ? [{ ul: rules, style: 'note', margin: [0, 2, 0, 0] } as Content] : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Evaluasi Kinerja Pegawai
// ---------------------------------------------------------------------------------------------------------

/** Content width of A4 landscape with 40 pt margins, minus 6 pt padding and a 0.5 pt rule per column. */
const RESULT_WIDTHS = {
  JA_JF: [18, 100, 112, 44, 130, 62, 110, 124],
  JPT: [18, 180, 180, 70, 130, 136],
} as const;

function periodLines(period: Period): string[] {
  return [
    `PERIODE: ${period.name.toLocaleUpperCase('id-ID')}${period.final ? ' (AKHIR)' : ''}`,
    `PERIODE PENILAIAN: ${formatDate(period.start)} s.d. ${formatDate(period.end)}`,
  ];
}

function formTitle(input: EvaluationFormInput): Content {
  const lines = [
    ...(input.skp ? approachLines(input.skp.approach, input.skp.format) : []),
    input.agencyName.toLocaleUpperCase('id-ID'),
  ];
  return titleBlock('EVALUASI KINERJA PEGAWAI', lines, periodLines(input.period));
}

function resultsTable(input: EvaluationFormInput): Content {
  const skp = input.skp;
  if (!skp) {
    return {
      text: pdfText(
        'Pegawai tidak memiliki SKP yang disetujui untuk periode ini; hasil kerja dinilai langsung.',
      ),
      style: 'note',
      margin: [0, 0, 0, 10],
    };
  }
  const jpt = skp.format === 'JPT';
  const columns = [
    ...resultColumns(skp.format),
    'Realisasi Berdasarkan Bukti Dukung',
    'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
  ];
  const widths = [...RESULT_WIDTHS[skp.format]];
  const leadCount = jpt ? 2 : 3;
  return rhkResultsTable(
    skp.rhks,
    columns,
    widths,
    (rhk, i) => {
      const indicators = rhk.indicators.length > 0 ? rhk.indicators : [null];
      const rowSpan = indicators.length;
      const lead: TableCell[] = [
        { text: String(i + 1), alignment: 'center', rowSpan },
        ...(jpt ? [] : [{ text: t(rhk.parentRhkText), rowSpan } as TableCell]),
        { text: t(rhk.text), rowSpan } as TableCell,
      ];
      let height = 0;
      const rows: TableCell[][] = indicators.map((iki, j) => {
        const texts = iki
          ? [
              ...(jpt ? [] : [aspectLabel(iki.aspect)]),
              `${iki.text}${jpt && iki.perspective ? `\nPerspektif: ${perspectiveLabel(iki.perspective)}` : ''}`,
              targetLabel(skp.approach, iki),
              realisationLabel(input, iki),
              feedbackLabel(input.indicatorFeedback[iki.id]),
            ]
          : [...(jpt ? [] : [DASH]), DASH, DASH, DASH, DASH];
        height += Math.max(...texts.map((x, k) => estimateHeight(x, widths[leadCount + k] ?? 80)));
        return [...(j === 0 ? lead : filler(leadCount)), ...texts.map((x) => ({ text: pdfText(x) }))];
      });
      return {
        rows,
        height: Math.max(
          height,
          estimateHeight(orDash(rhk.text), widths[leadCount - 1] ?? 100),
          jpt ? 0 : estimateHeight(orDash(rhk.parentRhkText), widths[1] ?? 100),
        ),
      };
    },
    { headroom: 40, marginBottom: 8 },
  );
}

function behaviourTable(input: EvaluationFormInput): Content {
  const expectations = input.skp?.behaviourExpectations ?? {};
  const body: TableCell[][] = [
    [
      headerCell('No'),
      headerCell('Perilaku Kerja'),
      headerCell('Ekspektasi Khusus Pimpinan'),
      headerCell('Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung'),
    ],
  ];
  BERAKHLAK.forEach((value, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      behaviourCell(value),
      { text: t(expectations[value.code]) },
      { text: pdfText(feedbackLabel(input.behaviourFeedback[value.code])) },
    ]);
  });
  return {
    table: { headerRows: 1, widths: [20, 250, '*', '*'], body, dontBreakRows: true },
    layout: tableLayout,
    margin: [0, 0, 0, 8],
  };
}

const CHANGE_KIND_LABELS = { CALIBRATION: 'Kalibrasi', OBJECTION: 'Keputusan keberatan' } as const;

function changesBlock(input: EvaluationFormInput): Content[] {
  if (input.changes.length === 0 && !input.objection) return [];
  const items = input.changes.map((c) => {
    const from = EMPLOYEE_PREDIKAT_LABELS[c.before.predikat as EmployeePredikat] ?? c.before.predikat;
    const to = EMPLOYEE_PREDIKAT_LABELS[c.after.predikat as EmployeePredikat] ?? c.after.predikat;
    return pdfText(
      `${CHANGE_KIND_LABELS[c.kind]} oleh ${c.actorName}, ${formatDateTime(c.at, input.timezone)}: ` +
        `${from} -> ${to}. Alasan: ${c.reason}`,
    );
  });
  if (input.objection?.status === 'OPEN')
    items.push('Keberatan sedang diproses oleh atasan pejabat penilai.');
  return [sectionHeading('RIWAYAT PERUBAHAN'), { ul: items, margin: [0, 0, 0, 8] }];
}

function formSignatures(input: EvaluationFormInput): Content {
  const { employee, rater, organisation, evaluation } = input;
  const final = evaluation.status === 'FINAL' && organisation?.finalisedAt;
  const dateLine = `${input.place}, ${formatDate(
    final && organisation?.finalisedAt
      ? dateInZone(new Date(organisation.finalisedAt), input.timezone)
      : input.printedOn,
  )}`;
  // The same number of lines above each block, so the names line up.
  const raterLines = [
    ' ',
    'Pejabat Penilai Kinerja',
    isHead(rater) ? rater.positionName.trim() || input.headTitle : ' ',
  ];
  const blocks: Content[] = [
    signatureBlock(
      [' ', 'Pegawai yang Dinilai', ' '],
      { name: employee.name, nip: employee.nip, showNip: !isHead(employee) },
      evaluation.acknowledgedAt
        ? `Diterima secara elektronik pada ${formatDateTime(evaluation.acknowledgedAt, input.timezone)}`
        : null,
    ),
    signatureBlock(
      raterLines,
      { name: rater.name, nip: rater.nip, showNip: !isHead(rater) },
      final ? 'Penilaian dilakukan secara elektronik melalui Sigap' : null,
    ),
  ];
  const signature = organisation?.signature;
  if (final && signature && organisation?.finalisedAt) {
    blocks.push(
      signatureBlock(
        [dateLine, 'Menetapkan,', signature.positionName],
        { name: signature.name, nip: signature.nip, showNip: signature.nip !== null },
        `Ditandatangani secara elektronik pada ${formatDateTime(organisation.finalisedAt, input.timezone)}`,
      ),
    );
  } else {
    blocks.push({
      width: '*',
      alignment: 'center',
      stack: [
        { text: pdfText(dateLine) },
        { text: 'Menetapkan,' },
        {
          text: pdfText('DRAF: Penetapan Predikat Kinerja unit belum ditandatangani'),
          style: 'draft',
          margin: [0, 12, 0, 0],
        },
      ],
    } as Content);
  }
  return { unbreakable: true, margin: [0, 12, 0, 0], columns: blocks, columnGap: 16 } as Content;
}

function formDefinition(input: EvaluationFormInput): TDocumentDefinitions {
  const { evaluation, organisation } = input;
  const note =
    evaluation.status === 'FINAL'
      ? null
      : 'DRAF — belum ditetapkan: Penetapan Predikat Kinerja unit belum ditandatangani';
  const suggestion = evaluation.suggestedHasilKerja
    ? ` (saran sistem dari realisasi: ${RATING_LEVEL_LABELS[evaluation.suggestedHasilKerja]})`
    : '';
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: documentInfo(
      `Evaluasi Kinerja ${input.period.name} ${input.employee.name}`,
      'Evaluasi Kinerja Pegawai',
      input.agencyName,
      input.printedOn,
    ),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES as TDocumentDefinitions['styles'],
    ...draftDecorations(note, `Evaluasi Kinerja ${input.period.name} - ${input.employee.name}`),
    content: [
      formTitle(input),
      peopleTable(input.employee, input.rater, input.headTitle, 10),
      verdictTable([
        [
          'CAPAIAN KINERJA ORGANISASI',
          organisation
            ? `${ORGANISATION_PREDIKAT_LABELS[organisation.predikat]} (${input.unitName})`
            : `Belum ditetapkan (${input.unitName})`,
        ],
      ]),
      sectionHeading('HASIL KERJA'),
      resultsTable(input),
      verdictTable([['RATING HASIL KERJA', `${RATING_LEVEL_LABELS[evaluation.hasilKerja]}${suggestion}`]]),
      sectionHeading('PERILAKU KERJA'),
      behaviourTable(input),
      verdictTable([
        ['RATING PERILAKU KERJA', RATING_LEVEL_LABELS[evaluation.perilakuKerja]],
        ['PREDIKAT KINERJA PEGAWAI', EMPLOYEE_PREDIKAT_LABELS[evaluation.predikat]],
      ]),
      ...(evaluation.feedback?.trim()
        ? [
            sectionHeading('CATATAN PEJABAT PENILAI KINERJA'),
            { text: pdfText(evaluation.feedback), margin: [0, 0, 0, 8] } as Content,
          ]
        : []),
      {
        unbreakable: true,
        margin: [0, 4, 0, 8],
        columns: [
          { width: 330, stack: [kuadranGrid(evaluation.hasilKerja, evaluation.perilakuKerja)] },
          {
            width: '*',
            stack: [curveChart(input.curve, organisation?.predikat ?? null, 761.89 - 330 - 24)],
          },
        ],
        columnGap: 24,
      } as Content,
      ...changesBlock(input),
      formSignatures(input),
    ],
  };
}

/** The Evaluasi Kinerja Pegawai of one employee and period as an A4 landscape PDF, DRAF until final. */
export async function renderEvaluationPdf(input: EvaluationFormInput): Promise<Buffer> {
  return renderPdf(formDefinition(input));
}

// ---------------------------------------------------------------------------------------------------------
// Penetapan Predikat Kinerja
// ---------------------------------------------------------------------------------------------------------

function penetapanDefinition(input: PenetapanInput): TDocumentDefinitions {
  const { organisation, curve } = input;
  const signature = organisation.signature;
  const body: TableCell[][] = [
    [
      headerCell('No'),
      headerCell('Nama / NIP'),
      headerCell('Jabatan'),
      headerCell('Pejabat Penilai Kinerja'),
      headerCell('Rating Hasil Kerja'),
      headerCell('Rating Perilaku Kerja'),
      headerCell('Predikat Kinerja'),
    ],
  ];
  input.rows.forEach((r, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: pdfText(r.fullName), bold: true }, { text: pdfText(`NIP. ${r.nip}`) }] },
      { text: t(r.positionName) },
      {
        stack: [
          { text: t(r.raterName) },
          ...(r.raterNip ? [{ text: pdfText(`NIP. ${r.raterNip}`), style: 'small' }] : []),
        ],
      },
      { text: pdfText(RATING_LEVEL_LABELS[r.hasilKerja]) },
      { text: pdfText(RATING_LEVEL_LABELS[r.perilakuKerja]) },
      {
        stack: [
          { text: pdfText(EMPLOYEE_PREDIKAT_LABELS[r.predikat]), bold: true },
          ...(r.changedByObjection
            ? [{ text: 'diubah melalui keputusan keberatan', style: 'note' } as Content]
            : []),
        ],
      },
    ]);
  });
  if (input.rows.length === 0) {
    body.push([{ text: DASH, alignment: 'center' }, { text: DASH, colSpan: 6 }, {}, {}, {}, {}, {}]);
  }
  const countsBody: TableCell[][] = [
    [...CURVE_ORDER.map((p) => headerCell(EMPLOYEE_PREDIKAT_LABELS[p])), headerCell('Jumlah')],
    [
      ...CURVE_ORDER.map((p) => ({ text: String(curve.counts[p] ?? 0), alignment: 'center' }) as TableCell),
      { text: String(curve.total), alignment: 'center', bold: true },
    ],
  ];
  const violations =
    curve.violations.length === 0
      ? [{ text: 'Distribusi predikat kinerja pegawai memenuhi pola distribusi.', margin: [0, 0, 0, 8] }]
      : [
          {
            text: pdfText(
              `Pelanggaran pola distribusi pada saat penetapan (kebijakan instansi: ${
                input.policy === 'BLOCK' ? 'menolak' : 'memperingatkan'
              }):`,
            ),
            margin: [0, 0, 0, 2],
          },
          { ul: curve.violations.map((v) => pdfText(v.message)), margin: [0, 0, 0, 8] },
        ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 40],
    info: documentInfo(
      `Penetapan Predikat Kinerja ${input.unit.name} ${input.period.name}`,
      'Penetapan Predikat Kinerja',
      input.agencyName,
      input.printedOn,
    ),
    defaultStyle: DEFAULT_STYLE,
    styles: STYLES as TDocumentDefinitions['styles'],
    ...draftDecorations(null, `Penetapan Predikat Kinerja ${input.period.name} - ${input.unit.name}`),
    content: [
      titleBlock(
        'PENETAPAN PREDIKAT KINERJA PEGAWAI',
        [input.agencyName.toLocaleUpperCase('id-ID'), input.unit.name.toLocaleUpperCase('id-ID')],
        periodLines(input.period),
        12,
      ),
      verdictTable([
        ['PREDIKAT KINERJA ORGANISASI', ORGANISATION_PREDIKAT_LABELS[organisation.predikat]],
        [
          'Ditetapkan oleh',
          `${organisation.setByName}, ${formatDateTime(organisation.setAt, input.timezone)}`,
        ],
        ...(organisation.note?.trim()
          ? ([['Dasar / rekomendasi', organisation.note]] as [string, string][])
          : []),
      ]),
      sectionHeading('PREDIKAT KINERJA PEGAWAI'),
      {
        table: { headerRows: 1, widths: [18, '*', 90, 90, 52, 52, 62], body, dontBreakRows: true },
        layout: tableLayout,
        margin: [0, 0, 0, 10],
      },
      sectionHeading('KURVA DISTRIBUSI PADA SAAT PENETAPAN'),
      {
        table: { widths: [...CURVE_ORDER.map(() => '*'), 50], body: countsBody },
        layout: tableLayout,
        margin: [0, 0, 0, 8],
      },
      {
        unbreakable: true,
        stack: [curveChart(curve, organisation.predikat, 515.28, 'POLA DISTRIBUSI')],
        margin: [0, 0, 0, 8],
      } as Content,
      ...(violations as Content[]),
      {
        unbreakable: true,
        margin: [0, 16, 0, 0],
        columns: [
          { width: '*', text: '' },
          signatureBlock(
            [
              `Ditetapkan di ${input.place}`,
              `pada tanggal ${formatDate(dateInZone(new Date(organisation.finalisedAt), input.timezone))}`,
              signature?.positionName ?? '',
            ],
            {
              name: signature?.name ?? organisation.setByName,
              nip: signature?.nip ?? null,
              showNip: (signature?.nip ?? null) !== null,
            },
            `Ditandatangani secara elektronik pada ${formatDateTime(organisation.finalisedAt, input.timezone)}`,
          ),
        ],
      } as Content,
    ],
  };
}

/** The unit's Penetapan Predikat Kinerja as an A4 portrait PDF (only once signed). */
export async function renderPenetapanPdf(input: PenetapanInput): Promise<Buffer> {
  return renderPdf(penetapanDefinition(input));
}

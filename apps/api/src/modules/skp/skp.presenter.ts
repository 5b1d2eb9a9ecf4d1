import type { PersonSnapshot, SkpRhk, SkpSummary } from '@sigap/contracts';
import type {
  IkiAspect,
  RhkCategory,
  SkpApproach,
  SkpFormat,
  SkpStatus,
  TargetDirection,
} from '@sigap/rules';
import type { Database } from '../../db/client.ts';
import { fullName } from '../employees/employees.presenter.ts';
import { listIndicators, listRhks, type SkpRow, type StaffRow } from './skp.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentSummary(row: SkpRow, rhkCount: number): SkpSummary {
  return {
    id: row.id,
    employeeId: row.employeeId,
    year: row.year,
    version: row.version,
    current: row.current,
    status: row.status as SkpStatus,
    format: row.format as SkpFormat,
    approach: row.approach as SkpApproach,
    employee: row.employeeSnapshot,
    rater: row.raterSnapshot,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    rhkCount,
    submittedAt: iso(row.submittedAt),
    decidedAt: iso(row.decidedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Who the person is today, frozen into the SKP (rules §3: a snapshot, not a join). */
export function snapshotOf(staff: StaffRow): PersonSnapshot {
  return {
    kind: 'EMPLOYEE',
    employeeId: staff.id,
    nip: staff.nip,
    name: fullName(staff.name, staff.front_title, staff.back_title),
    golongan: staff.golongan,
    positionName: staff.position_name,
    unitName: staff.unit_name,
  };
}

export function headOfRegionSnapshot(agency: {
  headTitle: string;
  headName: string;
  name: string;
}): PersonSnapshot {
  return {
    kind: 'HEAD_OF_REGION',
    employeeId: null,
    nip: null,
    name: agency.headName || agency.headTitle,
    golongan: null,
    positionName: agency.headTitle,
    unitName: agency.name,
  };
}

export const staffRef = (s: StaffRow) => ({
  id: s.id,
  nip: s.nip,
  fullName: fullName(s.name, s.front_title, s.back_title),
  positionName: s.position_name,
  unitName: s.unit_name,
});

/** An SKP's RHKs with their IKIs, in order, as the API and the documents show them. */
export async function loadRhks(db: Database, agencyId: string, skpId: string): Promise<SkpRhk[]> {
  const rhks = await listRhks(db, agencyId, skpId);
  const indicators = await listIndicators(
    db,
    agencyId,
    rhks.map((r) => r.id),
  );
  return rhks.map((r) => ({
    id: r.id,
    category: r.category as RhkCategory,
    text: r.text,
    parentRhkId: r.parent_rhk_id,
    parentRhkText: r.parent_text,
    klasifikasi: r.klasifikasi,
    penugasanDari: r.penugasan_dari,
    indicators: indicators
      .filter((i) => i.rhkId === r.id)
      .map((i) => ({
        id: i.id,
        aspect: i.aspect as IkiAspect,
        text: i.text,
        targetValue: i.targetValue,
        targetUnit: i.targetUnit,
        targetText: i.targetText,
        perspective: i.perspective,
        direction: i.direction as TargetDirection,
      })),
  }));
}

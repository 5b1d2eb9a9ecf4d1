import type { EmployeeListItem } from '@sigap/contracts';
import type { EmploymentType, PositionKind } from '@sigap/rules';
import type { EmployeeListRow, PersonRow } from './employees.repository.ts';

/** "Dr. Budi Santoso, S.Kom., M.T.": the name as it appears on official documents. */
export function fullName(name: string, frontTitle: string | null, backTitle: string | null): string {
  return `${frontTitle ? `${frontTitle} ` : ''}${name}${backTitle ? `, ${backTitle}` : ''}`;
}

export const presentListItem = (r: EmployeeListRow): EmployeeListItem => ({
  id: r.id,
  nip: r.nip,
  fullName: fullName(r.name, r.front_title, r.back_title),
  employmentType: r.employment_type as EmploymentType,
  golongan: r.golongan,
  positionName: r.position_name,
  positionKind: r.position_kind as PositionKind,
  unitId: r.unit_id,
  unitName: r.unit_name,
  status: r.status as 'ACTIVE' | 'INACTIVE',
});

export const presentPerson = (p: PersonRow) => ({
  kind: 'EMPLOYEE' as const,
  id: p.id,
  nip: p.nip,
  fullName: fullName(p.name, p.front_title, p.back_title),
  positionName: p.position_name,
  unitName: p.unit_name,
});

export const headOfRegion = (agency: { headTitle: string; headName: string }) => ({
  kind: 'HEAD_OF_REGION' as const,
  fullName: agency.headName ? `${agency.headTitle} ${agency.headName}` : agency.headTitle,
});

import type { DatabaseHandle } from '../src/db/client.ts';
import { queryRows, sql } from '../src/db/client.ts';

export interface EvaluationUnitFixture {
  unit: { id: string; name: string; path: string };
  /** The head of the unit, rated by the setter; rates everyone else placed in the unit. */
  head: { id: string; nip: string };
  /** The head of the parent unit: sets the unit's organisation predikat and rates the head. */
  setter: { id: string; nip: string };
  /** The other people placed directly in the unit, by NIP. */
  members: { id: string; nip: string; name: string }[];
}

/**
 * A unit of the demo city for the evaluation procedure (rules §5): its head is rated by the head of the
 * parent unit and rates every other person placed in the unit (at least four of them).
 */
export async function findEvaluationUnit(
  handle: DatabaseHandle,
  agencyId: string,
): Promise<EvaluationUnitFixture> {
  const [pick] = await queryRows<{
    unit_id: string;
    unit_name: string;
    unit_path: string;
    head_id: string;
    head_nip: string;
    setter_id: string;
    setter_nip: string;
  }>(
    handle.db,
    sql`select u.id as unit_id, u.name as unit_name, u.path as unit_path, h.id as head_id, h.nip as head_nip,
          s.id as setter_id, s.nip as setter_nip
        from units u
        join employees h on h.agency_id = u.agency_id and h.unit_id = u.id and h.status = 'ACTIVE'
        join positions hp on hp.agency_id = h.agency_id and hp.id = h.position_id and hp.is_unit_head
        join reporting_lines hl on hl.agency_id = h.agency_id and hl.employee_id = h.id and hl.valid_to is null
        join employees s on s.agency_id = u.agency_id and s.id = hl.rater_employee_id and s.unit_id = u.parent_id
        join positions sp on sp.agency_id = s.agency_id and sp.id = s.position_id and sp.is_unit_head
        where u.agency_id = ${agencyId}
          and (select count(*) from employees m join reporting_lines ml on ml.agency_id = m.agency_id
                 and ml.employee_id = m.id and ml.valid_to is null and ml.rater_employee_id = h.id
               where m.agency_id = u.agency_id and m.unit_id = u.id and m.status = 'ACTIVE') >= 4
          and not exists (select 1 from employees m join reporting_lines ml on ml.agency_id = m.agency_id
                 and ml.employee_id = m.id and ml.valid_to is null
               where m.agency_id = u.agency_id and m.unit_id = u.id and m.status = 'ACTIVE' and m.id <> h.id
                 and ml.rater_employee_id is distinct from h.id)
        order by u.code limit 1`,
  );
  if (!pick) throw new Error('no suitable unit in the demo city');
  const members = await queryRows<{ id: string; nip: string; name: string }>(
    handle.db,
    sql`select id, nip, name from employees where agency_id = ${agencyId} and unit_id = ${pick.unit_id}
        and status = 'ACTIVE' and id <> ${pick.head_id} order by nip`,
  );
  return {
    unit: { id: pick.unit_id, name: pick.unit_name, path: pick.unit_path },
    head: { id: pick.head_id, nip: pick.head_nip },
    setter: { id: pick.setter_id, nip: pick.setter_nip },
    members,
  };
}

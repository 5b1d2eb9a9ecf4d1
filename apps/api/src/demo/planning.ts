import { generatePeriods } from '@sigap/rules';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../db/client.ts';
import { periods, planningYears, skpEvents, skpIndicators, skpRhks, skps } from '../db/schema/index.ts';
import { type Clock, dateInZone, systemClock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import { fullName } from '../modules/employees/employees.presenter.ts';

/** Results every Kepala Dinas/Badan of the demo city has agreed with the Wali Kota (Perjanjian Kinerja). */
const JPT_RESULTS = [
  {
    text: (unit: string) => `Meningkatnya kualitas pelayanan publik ${unit}`,
    indicator: 'Indeks Kepuasan Masyarakat (IKM) layanan',
    target: 85,
    unit: 'indeks',
    perspective: 'PENERIMA_LAYANAN',
  },
  {
    text: (unit: string) => `Meningkatnya akuntabilitas kinerja ${unit}`,
    indicator: 'Nilai SAKIP perangkat daerah',
    target: 75,
    unit: 'nilai',
    perspective: 'PROSES_BISNIS',
  },
  {
    text: (unit: string) => `Terserapnya anggaran ${unit} secara tepat waktu`,
    indicator: 'Persentase realisasi anggaran',
    target: 95,
    unit: '%',
    perspective: 'ANGGARAN',
  },
];

/**
 * The demo's performance year: the current year opened with monthly periods (deadline 31 January), and
 * an approved SKP for every JPT (Kepala Dinas/Badan, Sekda, Camat) so their staff can cascade from it
 * at once. Only for the demo city on first start; tests open their years themselves.
 */
export async function seedDemoPlanning(db: Database, agencyId: string, clock: Clock = systemClock) {
  const now = clock.now();
  const year = Number(dateInZone(now, 'Asia/Jakarta').slice(0, 4));
  const plans = generatePeriods(year, { monthly: true, quarterly: false });
  const jpt = await queryRows<{
    id: string;
    nip: string;
    name: string;
    front_title: string | null;
    back_title: string | null;
    golongan: string;
    position_id: string;
    position_name: string;
    unit_id: string;
    unit_name: string;
  }>(
    db,
    sql`select e.id, e.nip, e.name, e.front_title, e.back_title, e.golongan, e.position_id, p.name as position_name,
          e.unit_id, u.name as unit_name
        from employees e
        join positions p on p.agency_id = e.agency_id and p.id = e.position_id and p.kind = 'JPT'
        join units u on u.agency_id = e.agency_id and u.id = e.unit_id
        where e.agency_id = ${agencyId} and e.status = 'ACTIVE' order by e.nip`,
  );
  const [agency] = await queryRows<{ name: string; head_title: string; head_name: string }>(
    db,
    sql`select name, head_title, head_name from agencies where id = ${agencyId}`,
  );
  await db.transaction(async (tx) => {
    await tx.insert(planningYears).values({
      agencyId,
      year,
      skpDeadline: `${year}-01-31`,
      monthly: true,
      quarterly: false,
      fillingDays: 5,
    });
    await tx.insert(periods).values(
      plans.map((p) => ({
        agencyId,
        id: newId(),
        year,
        kind: p.kind,
        seq: p.seq,
        name: p.name,
        startDate: p.start,
        endDate: p.end,
        fillDeadline: p.fillDeadline,
        isFinal: p.final,
      })),
    );
    const skpRows: (typeof skps.$inferInsert)[] = [];
    const rhkRows: (typeof skpRhks.$inferInsert)[] = [];
    const indicatorRows: (typeof skpIndicators.$inferInsert)[] = [];
    const eventRows: (typeof skpEvents.$inferInsert)[] = [];
    for (const e of jpt) {
      const id = newId();
      skpRows.push({
        agencyId,
        id,
        employeeId: e.id,
        year,
        status: 'APPROVED',
        format: 'JPT',
        approach: 'KUANTITATIF',
        positionId: e.position_id,
        unitId: e.unit_id,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        employeeSnapshot: {
          kind: 'EMPLOYEE',
          employeeId: e.id,
          nip: e.nip,
          name: fullName(e.name, e.front_title, e.back_title),
          golongan: e.golongan,
          positionName: e.position_name,
          unitName: e.unit_name,
        },
        raterSnapshot: {
          kind: 'HEAD_OF_REGION',
          employeeId: null,
          nip: null,
          name: agency?.head_name || 'Wali Kota',
          golongan: null,
          positionName: agency?.head_title ?? 'Wali Kota',
          unitName: agency?.name ?? '',
        },
        behaviourExpectations: {
          BERORIENTASI_PELAYANAN: 'Menindaklanjuti setiap pengaduan masyarakat paling lambat 5 hari kerja',
          KOLABORATIF: 'Aktif berkoordinasi lintas perangkat daerah',
        },
        submittedAt: now,
        decidedAt: now,
      });
      JPT_RESULTS.forEach((r, index) => {
        const rhkId = newId();
        rhkRows.push({
          agencyId,
          id: rhkId,
          skpId: id,
          seq: index + 1,
          category: 'UTAMA',
          text: r.text(e.unit_name),
          penugasanDari: agency?.head_title ?? 'Wali Kota',
        });
        indicatorRows.push({
          agencyId,
          id: newId(),
          rhkId,
          seq: 1,
          aspect: 'KUANTITAS',
          text: r.indicator,
          targetValue: r.target,
          targetUnit: r.unit,
          perspective: r.perspective,
        });
      });
      for (const [action, from, to] of [
        ['create', null, 'DRAFT'],
        ['submit', 'DRAFT', 'SUBMITTED'],
        ['approve', 'SUBMITTED', 'APPROVED'],
      ] as const) {
        eventRows.push({
          agencyId,
          id: newId(),
          skpId: id,
          action,
          fromStatus: from,
          toStatus: to,
          actorName:
            action === 'approve' ? 'Pimpinan (data demo)' : fullName(e.name, e.front_title, e.back_title),
          note: action === 'create' ? 'Data demo' : null,
        });
      }
    }
    if (skpRows.length > 0) {
      await tx.insert(skps).values(skpRows);
      await tx.insert(skpRhks).values(rhkRows);
      await tx.insert(skpIndicators).values(indicatorRows);
      await tx.insert(skpEvents).values(eventRows);
    }
  });
  return { year, approvedSkps: jpt.length };
}

import type {
  EvaluationAnnual,
  EvaluationMonitoring,
  EvaluationMonitoringEmployeePage,
} from '@sigap/contracts';
import type { EmployeePredikat } from '@sigap/rules';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQueryString } from '../../lib/api.ts';
import { EVALUATION_KEY } from './evaluation.api.ts';

export type { EvaluationAnnual, EvaluationMonitoring, EvaluationMonitoringEmployeePage };
export type CurveMonitoringRow = EvaluationMonitoring['rows'][number];
export type CurveMonitoringCounts = EvaluationMonitoring['totals'];
export type CurveMonitoringPerson = EvaluationMonitoringEmployeePage['items'][number];
export type CurveMonitorStatus = CurveMonitoringPerson['status'];
export type AnnualEntry = NonNullable<EvaluationAnnual['periods'][number]['evaluation']>;

/** The statuses of a person's evaluation in a period, in the order of its life. */
export const CURVE_MONITOR_STATUSES: readonly CurveMonitorStatus[] = ['NOT_RATED', 'DRAFT', 'FINAL'];

export const CURVE_STATUS_COLOR: Record<CurveMonitorStatus, string> = {
  NOT_RATED: 'gray',
  DRAFT: 'orange',
  FINAL: 'green',
};

/**
 * Monitoring kurva (rules §5.4) of a period (default: the current one), agency-wide or under a unit.
 * Under EVALUATION_KEY, so any rating or sign-off refreshes it.
 */
export function useCurveMonitoring(periodId: string | null, unitId: string | undefined) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'monitoring', periodId ?? 'current', unitId ?? null],
    queryFn: ({ signal }) =>
      api.get<EvaluationMonitoring>('/api/evaluation/monitoring', { periodId, unitId }, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export interface CurvePeopleFilter {
  periodId: string;
  unitId: string | undefined;
  ownStaffOnly: boolean;
  status: CurveMonitorStatus | undefined;
  predikat: EmployeePredikat | undefined;
  openObjection: boolean;
}

/** The people behind a monitoring row, a page at a time. */
export function useCurveMonitoringPeople(filter: CurvePeopleFilter | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'monitoring-people', filter, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<EvaluationMonitoringEmployeePage>(
        '/api/evaluation/monitoring/employees',
        {
          periodId: filter?.periodId,
          unitId: filter?.unitId,
          ownStaffOnly: filter?.ownStaffOnly ? 'true' : undefined,
          status: filter?.status,
          predikat: filter?.predikat,
          openObjection: filter?.openObjection ? 'true' : undefined,
          page,
          pageSize,
        },
        signal,
      ),
    enabled: filter !== null,
    // Keep the rows on screen while turning pages of the same list, not when the filter changes.
    placeholderData: (previous, previousQuery) =>
      previousQuery && JSON.stringify(previousQuery.queryKey[3]) === JSON.stringify(filter)
        ? previous
        : undefined,
    staleTime: 15_000,
  });
}

/** One employee's year: the periodic evaluations side by side and the annual one. */
export function useEvaluationAnnual(employeeId: string, year: number) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'annual', employeeId, year],
    queryFn: ({ signal }) =>
      api.get<EvaluationAnnual>(`/api/evaluation/employees/${employeeId}/annual`, { year }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The agency's recap of a period as XLSX (agency admins and leaders; a plain link carries the cookie). */
export const agencyRecapXlsxUrl = (periodId: string) =>
  `/api/evaluation/recap.xlsx${toQueryString({ periodId })}`;

/** The SIASN-style export of a period's finalised results (agency admins). */
export const siasnExportUrl = (periodId: string, format: 'csv' | 'json') =>
  `/api/evaluation/export${toQueryString({ periodId, format })}`;

/** The annual view's address. */
export const annualPath = (employeeId: string, year: number | string) =>
  `/evaluasi/pegawai/${employeeId}/tahun/${year}`;

/** Share of `part` in `total`, 0–100 (0 when there is nobody). */
export const shareOf = (part: number, total: number) => (total > 0 ? (part / total) * 100 : 0);

/** "12,5" with at most one decimal. */
export const formatShare = (value: number) =>
  new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value);

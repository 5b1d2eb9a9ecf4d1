import type { Monitoring, SkpMonitorStatus } from '@sigap/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, toQueryString } from '../../lib/api.ts';

export type { Monitoring, SkpMonitorStatus };
export type MonitoringRow = Monitoring['rows'][number];
export type MonitoringCounts = Monitoring['totals'];

/** The statuses in the order of the SKP's life (same as the API's SKP_MONITOR_STATUSES). */
export const MONITOR_STATUSES: readonly SkpMonitorStatus[] = [
  'NOT_STARTED',
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
];

/** Mantine palette names (shade 6 is used for dots, borders and bar sections). */
export const STATUS_COLOR: Record<SkpMonitorStatus, string> = {
  NOT_STARTED: 'gray',
  DRAFT: 'yellow',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
};

export interface MonitoringEmployee {
  employeeId: string;
  nip: string;
  fullName: string;
  positionName: string;
  unitName: string;
  status: SkpMonitorStatus;
  skpId: string | null;
  overdue: boolean;
}

export interface MonitoringEmployeePage {
  items: MonitoringEmployee[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PeopleFilter {
  year: number;
  unitId?: string | undefined;
  status?: SkpMonitorStatus | undefined;
  /** Only the people placed in the unit itself (its "staf langsung" row). */
  ownStaffOnly?: boolean;
}

export const MONITORING_KEY = ['skp-monitoring'] as const;

/** Counts per status for a year, agency-wide or under a unit; refetched when the window regains focus. */
export function useMonitoring(year: number, unitId: string | undefined) {
  return useQuery({
    queryKey: [...MONITORING_KEY, 'recap', year, unitId ?? null],
    queryFn: ({ signal }) => api.get<Monitoring>('/api/skp-monitoring', { year, unitId }, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

/** The people behind a count, a page at a time. */
export function useMonitoringPeople(filter: PeopleFilter | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...MONITORING_KEY, 'people', filter, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<MonitoringEmployeePage>(
        '/api/skp-monitoring/employees',
        {
          year: filter?.year,
          unitId: filter?.unitId,
          status: filter?.status,
          ownStaffOnly: filter?.ownStaffOnly ? 'true' : undefined,
          page,
          pageSize,
        },
        signal,
      ),
    enabled: filter !== null,
    // Keep the rows on screen while turning pages of the same list, not when another list opens.
    placeholderData: (previous, previousQuery) =>
      previousQuery && JSON.stringify(previousQuery.queryKey[2]) === JSON.stringify(filter)
        ? previous
        : undefined,
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

/** The XLSX recap (a plain link: the session cookie goes along). */
export const monitoringExportUrl = (year: number, unitId: string | undefined) =>
  `/api/skp-monitoring/export.xlsx${toQueryString({ year, unitId })}`;

/** Share of `part` in `total`, 0–100 (0 when there is nobody). */
export const percentOf = (part: number, total: number) => (total > 0 ? (part / total) * 100 : 0);

/** "12,5" style percentage with at most one decimal, Indonesian digits. */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(value);
}

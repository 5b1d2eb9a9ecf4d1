import type { TeamProgress, UnitProgress } from '@sigap/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type { TeamProgress, UnitProgress };
export type TeamMember = TeamProgress['items'][number];
export type TeamIndicator = TeamMember['indicators'][number];
export type UnitRow = UnitProgress['rows'][number];
export type UnitTotals = UnitProgress['totals'];

export const PROGRESS_KEY = ['progress'] as const;

/** How often the live pages ask again (they also refresh when the window regains focus). */
export const TEAM_REFRESH_MS = 15_000;
export const UNITS_REFRESH_MS = 20_000;

/** The rater's team in a period (default: the current one). */
export function useTeamProgress(periodId: string | null) {
  return useQuery({
    queryKey: [...PROGRESS_KEY, 'team', periodId ?? 'current'],
    queryFn: ({ signal }) => api.get<TeamProgress>('/api/progress/team', { periodId }, signal),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    refetchInterval: TEAM_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/** Completion and achievement per unit of the person's scope, or of the children of `unitId`. */
export function useUnitProgress(periodId: string | null, unitId: string | null) {
  return useQuery({
    queryKey: [...PROGRESS_KEY, 'units', periodId ?? 'current', unitId ?? 'top'],
    queryFn: ({ signal }) => api.get<UnitProgress>('/api/progress/units', { periodId, unitId }, signal),
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    refetchInterval: UNITS_REFRESH_MS,
    refetchOnWindowFocus: true,
  });
}

/** "14.05.32": the time of the last answer, in the agency's zone. */
export function formatClock(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

import type { Period, PlanningYear } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type { Period, PlanningYear };

export interface PlanningYearList {
  items: PlanningYear[];
  abilities: string[];
}

export interface CreatePlanningYearInput {
  year: number;
  skpDeadline: string;
  monthly: boolean;
  quarterly: boolean;
  fillingDays: number;
}

export const PLANNING_KEY = ['planning-years'] as const;

/** The agency's performance years, newest first (any signed-in user may read them). */
export function usePlanningYears() {
  return useQuery({
    queryKey: PLANNING_KEY,
    queryFn: ({ signal }) => api.get<PlanningYearList>('/api/planning/years', undefined, signal),
    select: (data) => ({ ...data, items: [...data.items].sort((a, b) => b.year - a.year) }),
    staleTime: 60_000,
  });
}

function useInvalidatePlanning() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: PLANNING_KEY });
    // The deadline decides what monitoring calls overdue.
    void client.invalidateQueries({ queryKey: ['skp-monitoring'] });
  };
}

export function useCreatePlanningYear() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: (input: CreatePlanningYearInput) => api.post<PlanningYear>('/api/planning/years', input),
    onSuccess: invalidate,
  });
}

export function useUpdateSkpDeadline() {
  const invalidate = useInvalidatePlanning();
  return useMutation({
    mutationFn: ({ year, skpDeadline }: { year: number; skpDeadline: string }) =>
      api.patch<PlanningYear>(`/api/planning/years/${year}`, { skpDeadline }),
    onSuccess: invalidate,
  });
}

/** A `yyyy-mm-dd` that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCDate() === Number(m[3]);
}

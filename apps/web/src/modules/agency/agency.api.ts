import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface AgencySummary {
  agencyName: string;
  units: number;
  activeUnits: number;
  employees: number;
  byEmploymentType: Record<string, number>;
  byPositionKind: Record<string, number>;
  withoutRater: number;
}

export function useAgencySummary() {
  return useQuery({
    queryKey: ['agency-summary'],
    queryFn: ({ signal }) => api.get<AgencySummary>('/api/agency/summary', undefined, signal),
  });
}

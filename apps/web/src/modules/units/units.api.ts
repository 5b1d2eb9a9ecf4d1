import type { Unit } from '@sigap/contracts';
import type { UnitKind } from '@sigap/rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type UnitItem = Unit & { abilities: string[] };
export interface UnitList {
  items: UnitItem[];
  abilities: string[];
}

export const UNITS_KEY = ['units'] as const;

export function useUnits() {
  return useQuery({
    queryKey: UNITS_KEY,
    queryFn: ({ signal }) => api.get<UnitList>('/api/units', undefined, signal),
    staleTime: 60_000,
  });
}

export interface CreateUnitInput {
  parentId: string | null;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface UpdateUnitInput {
  parentId?: string | null;
  code?: string;
  name?: string;
  kind?: UnitKind;
  active?: boolean;
}

function useInvalidateUnits() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: UNITS_KEY });
    void client.invalidateQueries({ queryKey: ['agency-summary'] });
  };
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => api.post<Unit>('/api/units', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: ({ id, ...patch }: UpdateUnitInput & { id: string }) =>
      api.patch<Unit>(`/api/units/${id}`, patch),
    onSuccess: invalidate,
  });
}

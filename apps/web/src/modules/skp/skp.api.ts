import type {
  Matrix,
  PersonSnapshot,
  PlanningYear,
  SkpContentBody,
  SkpDetail,
  SkpSummary,
} from '@sigap/contracts';
import type { RhkCategory, SkpApproach, SkpStatus } from '@sigap/rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

/** GET /api/skps/mine (MySkpsSchema). */
export interface MySkps {
  year: number;
  skpDeadline: string | null;
  deadlinePassed: boolean;
  items: SkpSummary[];
  abilities: string[];
}

/** GET /api/skps/team (TeamSchema). */
export interface TeamItem {
  employee: { id: string; nip: string; fullName: string; positionName: string; unitName: string };
  skp: SkpSummary | null;
  canDecide: boolean;
}
export interface Team {
  year: number;
  items: TeamItem[];
}

/** GET /api/skps/:id/cascade (CascadeOptionsSchema). */
export interface CascadeOptions {
  required: boolean;
  status: 'AVAILABLE' | 'NOT_REQUIRED' | 'SUPERIOR_NO_APPROVED_SKP' | 'NO_SUPERIOR';
  superior: PersonSnapshot | null;
  superiorSkpStatus: SkpStatus | null;
  rhks: { id: string; category: RhkCategory; text: string }[];
  message: string;
}

/** One entry of a 400 SKP_INVALID's details. */
export interface SkpProblem {
  path: string;
  code: string;
  message: string;
}

export type SkpEvent = SkpDetail['events'][number];

export const skpKey = (id: string) => ['skp', id] as const;
const MINE_KEY = ['skps-mine'] as const;
const TEAM_KEY = ['skps-team'] as const;
const matrixKey = (id: string) => ['skp-matrix', id] as const;

export function usePlanningYears() {
  return useQuery({
    queryKey: ['planning-years'],
    queryFn: ({ signal }) =>
      api.get<{ items: PlanningYear[]; abilities: string[] }>('/api/planning/years', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useMySkps(year: number) {
  return useQuery({
    queryKey: [...MINE_KEY, year],
    queryFn: ({ signal }) => api.get<MySkps>('/api/skps/mine', { year }, signal),
  });
}

export function useTeamSkps(year: number) {
  return useQuery({
    queryKey: [...TEAM_KEY, year],
    queryFn: ({ signal }) => api.get<Team>('/api/skps/team', { year }, signal),
  });
}

export function useSkp(id: string | null) {
  return useQuery({
    queryKey: skpKey(id ?? ''),
    queryFn: ({ signal }) => api.get<SkpDetail>(`/api/skps/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useCascade(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['skp-cascade', id],
    queryFn: ({ signal }) => api.get<CascadeOptions>(`/api/skps/${id}/cascade`, undefined, signal),
    enabled,
  });
}

export function useMatrix(id: string | null) {
  return useQuery({
    queryKey: matrixKey(id ?? ''),
    queryFn: ({ signal }) => api.get<Matrix>(`/api/skps/${id}/matrix`, undefined, signal),
    enabled: id !== null,
  });
}

/** Lists that show SKP states (mine, team, monitoring) are stale after any change of an SKP. */
function useRefreshLists() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: MINE_KEY });
    void client.invalidateQueries({ queryKey: TEAM_KEY });
    void client.invalidateQueries({ queryKey: ['skp-matrix'] });
    void client.invalidateQueries({ queryKey: ['skp-monitoring'] });
  };
}

export function useCreateSkp() {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (input: { year: number; approach: SkpApproach; copyFromPreviousYear: boolean }) =>
      api.post<SkpDetail>('/api/skps', input),
    onSuccess: (detail) => {
      client.setQueryData(skpKey(detail.id), detail);
      refresh();
    },
  });
}

/** PUT of the whole content (autosave); the caller puts the answer in the cache itself. */
export const saveSkpContent = (id: string, body: SkpContentBody) =>
  api.put<SkpDetail>(`/api/skps/${id}/content`, body);

type Transition = 'submit' | 'approve' | 'return' | 'revise';

/** A workflow step; the answer (the SKP after it) replaces the cached SKP. */
export function useSkpTransition(id: string, action: Transition) {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (note?: string) =>
      api.post<SkpDetail>(`/api/skps/${id}/${action}`, note === undefined ? undefined : { note }),
    onSuccess: (detail) => {
      client.setQueryData(skpKey(detail.id), detail);
      if (detail.id !== id) void client.invalidateQueries({ queryKey: skpKey(id) });
      refresh();
    },
  });
}

export function useAssignFromMatrix(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshLists();
  return useMutation({
    mutationFn: (assignments: { rhkId: string; employeeId: string }[]) =>
      api.post<{ created: number; draftsCreated: number }>(`/api/skps/${id}/matrix/assign`, {
        assignments,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: matrixKey(id) });
      refresh();
    },
  });
}

export const skpDocumentUrl = (id: string, kind: 'pdf' | 'xlsx') => `/api/skps/${id}/${kind}`;

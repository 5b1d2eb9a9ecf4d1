import type {
  Evaluation,
  EvaluationDetail,
  EvaluationSettings,
  EvaluationTeam,
  EvaluationUnit,
  EvaluationUnitsSchema,
  MyEvaluationsSchema,
} from '@sigap/contracts';
import type { RatingLevel } from '@sigap/rules';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../lib/api.ts';

export type { Evaluation, EvaluationDetail, EvaluationSettings, EvaluationTeam, EvaluationUnit };
export type EvaluationUnits = z.infer<typeof EvaluationUnitsSchema>;
export type MyEvaluations = z.infer<typeof MyEvaluationsSchema>;
export type TeamItem = EvaluationTeam['items'][number];
export type UnitItem = EvaluationUnit['items'][number];
export type UnitListItem = EvaluationUnits['items'][number];

/** Every evaluation query starts with this key: any change refreshes all of them (curves included). */
export const EVALUATION_KEY = ['evaluation'] as const;

export function useEvaluationSettings() {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'settings'],
    queryFn: ({ signal }) => api.get<EvaluationSettings>('/api/evaluation/settings', undefined, signal),
    staleTime: 60_000,
  });
}

/** The rater's people in a period (default: the current one), with the curves of their units. */
export function useEvaluationTeam(periodId: string | null) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'team', periodId ?? 'current'],
    queryFn: ({ signal }) => api.get<EvaluationTeam>('/api/evaluation/team', { periodId }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The units whose organisation predikat the signed-in person sets. */
export function useEvaluationUnits(periodId: string | null) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'units', periodId ?? 'current'],
    queryFn: ({ signal }) => api.get<EvaluationUnits>('/api/evaluation/units', { periodId }, signal),
    placeholderData: keepPreviousData,
  });
}

export interface UnitFilter {
  periodId: string | null;
  raterId: string | null;
  positionKind: string | null;
}

export function useEvaluationUnit(unitId: string, filter: UnitFilter) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'unit', unitId, filter],
    queryFn: ({ signal }) =>
      api.get<EvaluationUnit>(
        `/api/evaluation/units/${unitId}`,
        { periodId: filter.periodId, raterId: filter.raterId, positionKind: filter.positionKind },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMyEvaluations() {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'mine'],
    queryFn: ({ signal }) => api.get<MyEvaluations>('/api/evaluations/mine', undefined, signal),
  });
}

export function useEvaluationDetail(id: string) {
  return useQuery({
    queryKey: [...EVALUATION_KEY, 'detail', id],
    queryFn: ({ signal }) => api.get<EvaluationDetail>(`/api/evaluations/${id}`, undefined, signal),
  });
}

/** After any change every evaluation view is stale (the curve moves with each rating). */
function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: EVALUATION_KEY });
}

export function useUpdateEvaluationSettings() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Partial<EvaluationSettings>) =>
      api.patch<EvaluationSettings>('/api/evaluation/settings', body),
    onSuccess: refresh,
  });
}

export interface RateBody {
  hasilKerja: RatingLevel;
  perilakuKerja: RatingLevel;
  feedback: string | null;
}

export function useRate(employeeId: string, periodId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RateBody) =>
      api.put<Evaluation>(`/api/evaluation/employees/${employeeId}/periods/${periodId}`, body),
    onSuccess: refresh,
  });
}

export function useSetUnitPredikat(unitId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { periodId: string; predikat: string; note: string | null }) =>
      api.put<EvaluationUnit>(`/api/evaluation/units/${unitId}/predikat`, body),
    onSuccess: refresh,
  });
}

export function useFinaliseUnit(unitId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (periodId: string) =>
      api.post<EvaluationUnit>(`/api/evaluation/units/${unitId}/finalise`, { periodId }),
    onSuccess: refresh,
  });
}

export function useCalibrate(evaluationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { hasilKerja: RatingLevel; perilakuKerja: RatingLevel; reason: string }) =>
      api.post<Evaluation>(`/api/evaluations/${evaluationId}/calibrate`, body),
    onSuccess: refresh,
  });
}

export function useAcknowledge(evaluationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post<EvaluationDetail>(`/api/evaluations/${evaluationId}/acknowledge`),
    onSuccess: refresh,
  });
}

export function useFileObjection(evaluationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (reasons: string) =>
      api.post<EvaluationDetail>(`/api/evaluations/${evaluationId}/objection`, { reasons }),
    onSuccess: refresh,
  });
}

export function usePostObjectionMessage(evaluationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { body: string; addressedTo: 'RATER' | 'EMPLOYEE' | null }) =>
      api.post<EvaluationDetail>(`/api/evaluations/${evaluationId}/objection/messages`, body),
    onSuccess: refresh,
  });
}

export interface DecideBody {
  decision: 'CONFIRMED' | 'CHANGED';
  hasilKerja?: RatingLevel;
  perilakuKerja?: RatingLevel;
  note: string;
}

export function useDecideObjection(evaluationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DecideBody) =>
      api.post<EvaluationDetail>(`/api/evaluations/${evaluationId}/objection/decide`, body),
    onSuccess: refresh,
  });
}

/** Official documents (rules §5.7): the evaluation form, the unit's Penetapan and its recap. */
export const evaluationPdfUrl = (id: string) => `/api/evaluations/${id}/pdf`;
export const penetapanPdfUrl = (unitId: string, periodId: string) =>
  `/api/evaluation/units/${unitId}/penetapan.pdf?periodId=${encodeURIComponent(periodId)}`;
export const recapXlsxUrl = (unitId: string, periodId: string) =>
  `/api/evaluation/units/${unitId}/recap.xlsx?periodId=${encodeURIComponent(periodId)}`;

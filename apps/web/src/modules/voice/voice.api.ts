import type { ServiceUnit, SkmResults } from '@sigap/contracts';
import type { SkmUnsurCode } from '@sigap/rules';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQueryString } from '../../lib/api.ts';

export type { SkmResults };

/** A service unit as listed, with what the user may do with it (update, addType, visitCodes, population, results). */
export type ServiceUnitItem = ServiceUnit & { abilities: string[] };
export type ServiceType = ServiceUnit['types'][number];
export interface ServiceUnitList {
  items: ServiceUnitItem[];
  /** `create` when the user may add service units. */
  abilities: string[];
}

export type WeightRule = 'EXACT' | 'THREE_DECIMALS' | 'TWO_DECIMALS';
export const WEIGHT_RULES: readonly WeightRule[] = ['EXACT', 'THREE_DECIMALS', 'TWO_DECIMALS'];

export interface VoiceSettings {
  skmWeightRule: WeightRule;
  officerRatingsEnabled: boolean;
  officerRatingMinResponses: number;
  publicMinResponses: number;
  /** The agency's own wording per unsur; an unsur not listed uses the default wording. */
  questionnaire: Partial<Record<SkmUnsurCode, QuestionWording>>;
}

/** An unsur's question and its four answers (scores 1..4). */
export interface QuestionWording {
  question: string;
  answers: string[];
}

export const SERVICE_UNITS_KEY = ['service-units'] as const;
export const VOICE_SETTINGS_KEY = ['voice-settings'] as const;
export const SKM_KEY = ['skm-results'] as const;

export function useServiceUnits() {
  return useQuery({
    queryKey: SERVICE_UNITS_KEY,
    queryFn: ({ signal }) => api.get<ServiceUnitList>('/api/service-units', undefined, signal),
    staleTime: 30_000,
  });
}

/** After a change: the list (names, types, flags) and every result page that shows the unit. */
function useInvalidateServiceUnits() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: SERVICE_UNITS_KEY });
    void client.invalidateQueries({ queryKey: SKM_KEY });
  };
}

export interface CreateServiceUnitInput {
  unitId: string;
  name: string;
  visitCodeRequired: boolean;
}

export function useCreateServiceUnit() {
  const invalidate = useInvalidateServiceUnits();
  return useMutation({
    mutationFn: (input: CreateServiceUnitInput) => api.post<ServiceUnit>('/api/service-units', input),
    onSuccess: invalidate,
  });
}

export interface UpdateServiceUnitInput {
  name?: string;
  visitCodeRequired?: boolean;
  active?: boolean;
}

export function useUpdateServiceUnit() {
  const invalidate = useInvalidateServiceUnits();
  return useMutation({
    mutationFn: ({ id, ...patch }: UpdateServiceUnitInput & { id: string }) =>
      api.patch<ServiceUnit>(`/api/service-units/${id}`, patch),
    onSuccess: invalidate,
  });
}

export function useAddServiceType(serviceUnitId: string) {
  const invalidate = useInvalidateServiceUnits();
  return useMutation({
    mutationFn: (input: { name: string; resolutionDays: number }) =>
      api.post<ServiceUnit>(`/api/service-units/${serviceUnitId}/types`, input),
    onSuccess: invalidate,
  });
}

export function useSetPopulation(serviceUnitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: string; population: number }) =>
      api.put<{ period: string; population: number }>(
        `/api/service-units/${serviceUnitId}/population`,
        input,
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...SKM_KEY, serviceUnitId] }),
  });
}

export interface VisitCode {
  code: string;
  expiresAt: string;
}

export function useCreateVisitCodes(serviceUnitId: string) {
  return useMutation({
    mutationFn: (input: { count: number; officerEmployeeId?: string; validDays: number }) =>
      api.post<{ codes: VisitCode[] }>(`/api/service-units/${serviceUnitId}/visit-codes`, input),
  });
}

export function useVoiceSettings(enabled = true) {
  return useQuery({
    queryKey: VOICE_SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<VoiceSettings>('/api/voice/settings', undefined, signal),
    enabled,
  });
}

export function useUpdateVoiceSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<VoiceSettings>) => api.patch<VoiceSettings>('/api/voice/settings', input),
    onSuccess: (settings) => {
      client.setQueryData(VOICE_SETTINGS_KEY, settings);
      // The weight rule changes every IKM shown.
      void client.invalidateQueries({ queryKey: SKM_KEY });
    },
  });
}

/** The SKM/IKM results of one service unit for a period (2026, 2026-S1, 2026-Q1…). */
export function useSkmResults(serviceUnitId: string, period: string) {
  return useQuery({
    queryKey: [...SKM_KEY, serviceUnitId, period],
    queryFn: ({ signal }) =>
      api.get<SkmResults>(`/api/service-units/${serviceUnitId}/skm`, { period }, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  });
}

/** Plain links (the session cookie goes along). */
export const skmReportUrl = (id: string, period: string) =>
  `/api/service-units/${id}/skm/report.pdf${toQueryString({ period })}`;
export const skmDataUrl = (id: string, period: string) =>
  `/api/service-units/${id}/skm/responses.xlsx${toQueryString({ period })}`;
export const posterUrl = (id: string) => `/api/service-units/${id}/poster.pdf`;

/** The public pages' absolute addresses (the API gives paths; the citizens' pages live on this origin). */
export const absoluteUrl = (path: string) => `${window.location.origin}${path}`;

import type { Position } from '@sigap/contracts';
import type { PositionKind } from '@sigap/rules';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../lib/api.ts';

export const POSITIONS_KEY = ['positions'] as const;
export const positionsKey = (unitId: string) => [...POSITIONS_KEY, unitId] as const;

/** The positions (jabatan) of one unit; idle while no unit is chosen. */
export function usePositions(unitId: string | null) {
  return useQuery({
    queryKey: positionsKey(unitId ?? ''),
    queryFn: ({ signal }) => api.get<Position[]>('/api/positions', { unitId }, signal),
    enabled: unitId !== null,
    staleTime: 30_000,
  });
}

export interface CreatePositionInput {
  unitId: string;
  name: string;
  kind: PositionKind;
  level: string;
  isUnitHead: boolean;
}

export interface UpdatePositionInput {
  name?: string;
  level?: string;
  isUnitHead?: boolean;
}

export function useCreatePosition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePositionInput) => api.post<Position>('/api/positions', input),
    onSuccess: (position) => client.invalidateQueries({ queryKey: positionsKey(position.unitId) }),
  });
}

export function useUpdatePosition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: UpdatePositionInput & { id: string }) =>
      api.patch<Position>(`/api/positions/${id}`, patch),
    onSuccess: (position) => {
      void client.invalidateQueries({ queryKey: positionsKey(position.unitId) });
      // Employee records show the position's name and level.
      void client.invalidateQueries({ queryKey: ['employees'] });
      void client.invalidateQueries({ queryKey: ['employee'] });
    },
  });
}

/** "JPT · Pratama" or just "Pelaksana" when the level repeats the kind. */
export function positionKindLabel(t: TFunction, kind: string, level: string): string {
  const kindLabel = t(`positionKind.${kind}`);
  return level === kind
    ? kindLabel
    : `${kindLabel} · ${t(`positionLevel.${level}`, { defaultValue: level })}`;
}

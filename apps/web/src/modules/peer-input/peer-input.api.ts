import type {
  CreatePeerRoundBody,
  PeerAnswerBody,
  PeerRequest,
  PeerRound,
  PeerRoundList,
} from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const REQUESTS_KEY = ['peer-requests'] as const;
const MINE_KEY = ['peer-rounds-mine'] as const;
const TEAM_KEY = ['peer-rounds-team'] as const;

/** The signed-in peer's pending requests. */
export function usePeerRequests(enabled = true) {
  return useQuery({
    queryKey: REQUESTS_KEY,
    queryFn: ({ signal }) => api.get<{ items: PeerRequest[] }>('/api/peer-requests', undefined, signal),
    enabled,
  });
}

/** The rounds about the signed-in employee. */
export function useMyPeerRounds(year: number, enabled = true) {
  return useQuery({
    queryKey: [...MINE_KEY, year],
    queryFn: ({ signal }) => api.get<PeerRoundList>('/api/peer-rounds/mine', { year }, signal),
    enabled,
  });
}

/** The rounds about the people the signed-in user rates. */
export function useTeamPeerRounds(year: number, enabled = true) {
  return useQuery({
    queryKey: [...TEAM_KEY, year],
    queryFn: ({ signal }) => api.get<PeerRoundList>('/api/peer-rounds/team', { year }, signal),
    enabled,
  });
}

export function useCreatePeerRound() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePeerRoundBody) => api.post<PeerRound>('/api/peer-rounds', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: TEAM_KEY });
      void client.invalidateQueries({ queryKey: REQUESTS_KEY });
    },
  });
}

export function useAnswerPeerRequest(roundId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PeerAnswerBody) =>
      api.post<{ ok: true }>(`/api/peer-requests/${roundId}/answer`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: REQUESTS_KEY });
      void client.invalidateQueries({ queryKey: MINE_KEY });
      void client.invalidateQueries({ queryKey: TEAM_KEY });
    },
  });
}

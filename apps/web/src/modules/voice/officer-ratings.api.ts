import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export interface OfficerRating {
  id: string;
  score: number;
  comment: string | null;
  reply: string | null;
  repliedAt: string | null;
  /** yyyy-mm only (an exact time could point at the citizen). */
  month: string;
}

export interface OfficerRatings {
  employee: { id: string; name: string };
  enabled: boolean;
  minResponses: number;
  year: number | null;
  summary: { shown: boolean; count: number; mean: number | null; distribution: number[] | null };
  ratings: OfficerRating[];
  /** `reply` on one's own ratings once they are shown. */
  abilities: string[];
}

export const OFFICER_RATINGS_KEY = ['officer-ratings'] as const;

/** The signed-in officer's ratings by citizens (all years, or one). */
export function useMyOfficerRatings(year: number | null) {
  return useQuery({
    queryKey: [...OFFICER_RATINGS_KEY, 'mine', year],
    queryFn: ({ signal }) =>
      api.get<OfficerRatings>('/api/officer-ratings/mine', { year: year ?? undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useReplyToRating() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: string }) =>
      api.post<OfficerRating>(`/api/officer-ratings/${id}/reply`, { reply }),
    onSuccess: () => void client.invalidateQueries({ queryKey: OFFICER_RATINGS_KEY }),
  });
}

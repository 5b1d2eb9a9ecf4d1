import type {
  CoachingRecord,
  CoachingSession,
  CoachingTeam,
  CompetencyEvaluation,
  CompetencyEvaluationBody,
  MyCoaching,
  RateCoachingBody,
  RecordCoachingBody,
  ScheduleCoachingBody,
} from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

const MINE_KEY = ['coaching-mine'] as const;
const TEAM_KEY = ['coaching-team'] as const;
const RECORD_KEY = ['coaching-record'] as const;

export function useMyCoaching(year: number, enabled = true) {
  return useQuery({
    queryKey: [...MINE_KEY, year],
    queryFn: ({ signal }) => api.get<MyCoaching>('/api/coaching/mine', { year }, signal),
    enabled,
  });
}

export function useCoachingTeam(year: number, enabled = true) {
  return useQuery({
    queryKey: [...TEAM_KEY, year],
    queryFn: ({ signal }) => api.get<CoachingTeam>('/api/coaching/team', { year }, signal),
    enabled,
  });
}

/** An employee's coaching record of a year (sessions, ratings, competency evaluations). */
export function useCoachingRecord(employeeId: string | null, year: number) {
  return useQuery({
    queryKey: [...RECORD_KEY, employeeId, year],
    queryFn: ({ signal }) =>
      api.get<CoachingRecord>(`/api/coaching/employees/${employeeId}`, { year }, signal),
    enabled: employeeId !== null,
  });
}

/** Every coaching list is stale after any change. */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: MINE_KEY });
    void client.invalidateQueries({ queryKey: TEAM_KEY });
    void client.invalidateQueries({ queryKey: RECORD_KEY });
  };
}

export function useScheduleSession() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ScheduleCoachingBody) => api.post<CoachingSession>('/api/coaching/sessions', body),
    onSuccess: refresh,
  });
}

export function useRecordSession(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RecordCoachingBody) =>
      api.post<CoachingSession>(`/api/coaching/sessions/${id}/record`, body),
    onSuccess: refresh,
  });
}

export function useCancelSession(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post<CoachingSession>(`/api/coaching/sessions/${id}/cancel`, {}),
    onSuccess: refresh,
  });
}

export function useRateSession(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RateCoachingBody) =>
      api.post<CoachingSession>(`/api/coaching/sessions/${id}/rating`, body),
    onSuccess: refresh,
  });
}

export function useEvaluateCompetency(employeeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CompetencyEvaluationBody) =>
      api.post<CompetencyEvaluation>(`/api/coaching/employees/${employeeId}/competencies`, body),
    onSuccess: refresh,
  });
}

/** "+07:00": the UTC offset of a time zone at an instant (Indonesian zones keep no summer time). */
export function zoneOffset(timeZone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!match) return '+00:00';
  return `${match[1]}:${match[2] ?? '00'}`;
}

/** A date and a time of day in the agency's zone as an ISO instant with its offset. */
export const localToIso = (date: string, time: string, timeZone: string): string =>
  `${date}T${time}:00${zoneOffset(timeZone, new Date(`${date}T12:00:00Z`))}`;

/** The date and the time of day ("HH:MM") of an instant in a zone, for date/time inputs. */
export function isoToLocal(instant: string | Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

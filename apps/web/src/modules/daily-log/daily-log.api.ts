import type {
  DailyLogCalendar,
  DailyLogDay,
  DailyLogEvidence,
  DailyLogProblemItem,
  DailyLogRhkList,
  DailyLogSettings,
  DailyLogTeam,
  SaveDailyLogBody,
} from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, isApiError, toQueryString } from '../../lib/api.ts';
import { useSession } from '../auth/session.ts';

/** Every daily-log query starts with this key: a change invalidates them all. */
const ROOT = ['daily-log'] as const;
const calendarKey = (month: string) => [...ROOT, 'calendar', month] as const;
const dayKey = (date: string) => [...ROOT, 'day', date] as const;

export function useDailyLogSettings() {
  return useQuery({
    queryKey: [...ROOT, 'settings'],
    queryFn: ({ signal }) => api.get<DailyLogSettings>('/api/daily-logs/settings', undefined, signal),
    staleTime: 60_000,
  });
}

export function useUpdateDailyLogSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => api.put<DailyLogSettings>('/api/daily-logs/settings', { enabled }),
    onSuccess: () => client.invalidateQueries({ queryKey: ROOT }),
  });
}

export function useDailyLogCalendar(month: string) {
  return useQuery({
    queryKey: calendarKey(month),
    queryFn: ({ signal }) => api.get<DailyLogCalendar>('/api/daily-logs/mine', { month }, signal),
  });
}

export function useDailyLogDay(date: string | null) {
  return useQuery({
    queryKey: dayKey(date ?? ''),
    queryFn: ({ signal }) => api.get<DailyLogDay>(`/api/daily-logs/mine/${date}`, undefined, signal),
    enabled: date !== null,
  });
}

export function useLinkableRhks(date: string | null) {
  const year = date?.slice(0, 4) ?? '';
  return useQuery({
    queryKey: [...ROOT, 'rhks', year],
    queryFn: ({ signal }) =>
      api.get<DailyLogRhkList>('/api/daily-logs/mine/rhks', { date: date ?? undefined }, signal),
    enabled: date !== null,
    staleTime: 5 * 60_000,
  });
}

/** Stores the answer of a save or submit as the day, and refreshes the calendars. */
function useDayUpdate() {
  const client = useQueryClient();
  return (day: DailyLogDay) => {
    client.setQueryData(dayKey(day.date), day);
    void client.invalidateQueries({ queryKey: [...ROOT, 'calendar'] });
    void client.invalidateQueries({ queryKey: [...ROOT, 'team'] });
  };
}

export function useSaveDailyLog(date: string) {
  const update = useDayUpdate();
  return useMutation({
    mutationFn: (body: SaveDailyLogBody) => api.put<DailyLogDay>(`/api/daily-logs/mine/${date}`, body),
    onSuccess: update,
  });
}

export function useSubmitDailyLog(date: string) {
  const update = useDayUpdate();
  return useMutation({
    mutationFn: () => api.post<DailyLogDay>(`/api/daily-logs/mine/${date}/submit`),
    onSuccess: update,
  });
}

/**
 * A raw request for what lib/api.ts does not send (a file as the body, DELETE): the session's CSRF
 * token, and failures as ApiError with the server's code.
 */
async function sendRaw<T>(
  method: 'POST' | 'DELETE',
  path: string,
  csrfToken: string,
  body?: Blob,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': 'application/octet-stream' } : {}),
      },
      body: body ?? null,
    });
  } catch {
    throw new ApiError('NETWORK', 0, 'Tidak dapat terhubung ke server');
  }
  if (response.status === 204) return undefined as T;
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    const fallback =
      response.status === 413
        ? 'FILE_TOO_LARGE'
        : response.status === 415
          ? 'FILE_TYPE_REFUSED'
          : 'BAD_REQUEST';
    throw new ApiError(
      error?.code ?? (response.status >= 500 ? 'INTERNAL' : fallback),
      response.status,
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as T;
}

/** Adds evidence to a day (a file or a link) or removes it; the day is reloaded afterwards. */
export function useDayEvidence(date: string) {
  const client = useQueryClient();
  const { csrfToken } = useSession();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: dayKey(date) });
    void client.invalidateQueries({ queryKey: [...ROOT, 'calendar'] });
  };
  const upload = useMutation({
    mutationFn: (file: File) =>
      sendRaw<DailyLogEvidence>(
        'POST',
        `/api/daily-logs/mine/${date}/evidence/files${toQueryString({ fileName: file.name.slice(0, 200) })}`,
        csrfToken,
        file,
      ),
    onSuccess: refresh,
  });
  const addLink = useMutation({
    mutationFn: (link: { url: string; label?: string }) =>
      api.post<DailyLogEvidence>(`/api/daily-logs/mine/${date}/evidence/links`, link),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (evidenceId: string) =>
      sendRaw<void>('DELETE', `/api/daily-logs/mine/${date}/evidence/${evidenceId}`, csrfToken),
    onSuccess: refresh,
  });
  return { upload, addLink, remove };
}

export const evidenceHref = (id: string) => `/api/daily-logs/evidence/${id}`;

// ---------- the rater ----------

export function useDailyLogTeam(from: string, to: string) {
  return useQuery({
    queryKey: [...ROOT, 'team', from, to],
    queryFn: ({ signal }) => api.get<DailyLogTeam>('/api/daily-logs/team', { from, to }, signal),
  });
}

export function useEmployeeDay(employeeId: string | null, date: string | null) {
  return useQuery({
    queryKey: [...ROOT, 'employee-day', employeeId, date],
    queryFn: ({ signal }) =>
      api.get<DailyLogDay>(`/api/daily-logs/employees/${employeeId}/${date}`, undefined, signal),
    enabled: employeeId !== null && date !== null,
  });
}

export function useDailyLogDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { action: 'approve' | 'return'; logIds: string[]; note?: string }) =>
      api.post<{ action: 'approve' | 'return'; decided: number }>('/api/daily-logs/decisions', body),
    onSettled: () => client.invalidateQueries({ queryKey: ROOT }),
  });
}

/** The problems of a refused save or submit (400 DAILY_LOG_INVALID), or none. */
export function problemsOf(error: unknown): DailyLogProblemItem[] {
  if (isApiError(error) && error.code === 'DAILY_LOG_INVALID' && Array.isArray(error.details)) {
    return error.details as DailyLogProblemItem[];
  }
  return [];
}

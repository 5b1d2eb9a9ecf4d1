import type {
  CreateFeedbackBody,
  Evidence,
  Feedback,
  RealisationReport,
  SaveRealisationBody,
} from '@sigap/contracts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, toQueryString } from '../../lib/api.ts';

export type { Evidence, Feedback, RealisationReport, SaveRealisationBody };
export type RealisationRhk = RealisationReport['rhks'][number];
export type RealisationIndicator = RealisationRhk['indicators'][number];
export type ReportPeriod = RealisationReport['periods'][number];

export const REALISATION_KEY = ['realisation'] as const;

/** One period's report; `null`: the period the server picks (the current one, else the latest). */
export const realisationKey = (skpId: string, periodId: string | null) =>
  [...REALISATION_KEY, skpId, periodId ?? 'current'] as const;

/** The report of a period (refetched now and then so feedback from the other side shows up). */
export function useRealisation(skpId: string | null, periodId: string | null) {
  return useQuery({
    queryKey: realisationKey(skpId ?? '', periodId),
    queryFn: ({ signal }) =>
      api.get<RealisationReport>(`/api/skps/${skpId}/realisation`, { periodId }, signal),
    enabled: skpId !== null,
    staleTime: 10_000,
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

/**
 * Puts a report the server answered with into the cache: under its period, and under "current" when that
 * entry shows the same period.
 */
export function storeReport(client: QueryClient, report: RealisationReport): void {
  const skpId = report.skp.id;
  client.setQueryData(realisationKey(skpId, report.period.id), report);
  const current = client.getQueryData<RealisationReport>(realisationKey(skpId, null));
  if (current && current.period.id === report.period.id) {
    client.setQueryData(realisationKey(skpId, null), report);
  }
  // The progress pages count reports: they are stale now.
  void client.invalidateQueries({ queryKey: ['progress'] });
}

/** Changes one cached report of the period (evidence, feedback) without a round trip. */
function patchReport(
  client: QueryClient,
  skpId: string,
  periodId: string,
  change: (report: RealisationReport) => RealisationReport,
): void {
  for (const key of [realisationKey(skpId, periodId), realisationKey(skpId, null)]) {
    const report = client.getQueryData<RealisationReport>(key);
    if (report && report.period.id === periodId) client.setQueryData(key, change(report));
  }
  void client.invalidateQueries({ queryKey: ['progress'] });
}

const withIndicator = (
  report: RealisationReport,
  indicatorId: string,
  change: (indicator: RealisationIndicator) => RealisationIndicator,
): RealisationReport => ({
  ...report,
  rhks: report.rhks.map((rhk) => ({
    ...rhk,
    indicators: rhk.indicators.map((i) => (i.id === indicatorId ? change(i) : i)),
  })),
});

/** PUT of the whole realisation of a period (autosave); the caller stores the answer. */
export const saveRealisation = (skpId: string, periodId: string, body: SaveRealisationBody) =>
  api.put<RealisationReport>(`/api/skps/${skpId}/realisation/${periodId}`, body);

export function useSubmitRealisation(skpId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RealisationReport>(`/api/skps/${skpId}/realisation/${periodId}/submit`),
    onSuccess: (report) => storeReport(client, report),
  });
}

export function useReopenRealisation(skpId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      api.post<RealisationReport>(`/api/skps/${skpId}/realisation/${periodId}/reopen`, { note }),
    onSuccess: (report) => storeReport(client, report),
  });
}

export function useAddEvidenceLink(skpId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { indicatorId: string; url: string; title: string | null }) =>
      api.post<Evidence>(`/api/skps/${skpId}/realisation/${periodId}/evidence-links`, input),
    onSuccess: (evidence, input) =>
      patchReport(client, skpId, periodId, (report) =>
        withIndicator(report, input.indicatorId, (i) => ({ ...i, evidence: [...i.evidence, evidence] })),
      ),
  });
}

/** Stores an uploaded file in the cached report (the upload itself goes through `uploadEvidence`). */
export function useEvidenceAdded(skpId: string, periodId: string) {
  const client = useQueryClient();
  return (indicatorId: string, evidence: Evidence) =>
    patchReport(client, skpId, periodId, (report) =>
      withIndicator(report, indicatorId, (i) => ({ ...i, evidence: [...i.evidence, evidence] })),
    );
}

export function useDeleteEvidence(skpId: string, periodId: string, csrfToken: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { indicatorId: string; evidenceId: string }) =>
      sendRaw<void>('DELETE', `/api/evidence/${input.evidenceId}`, { csrfToken }),
    onSuccess: (_, input) =>
      patchReport(client, skpId, periodId, (report) =>
        withIndicator(report, input.indicatorId, (i) => ({
          ...i,
          evidence: i.evidence.filter((e) => e.id !== input.evidenceId),
        })),
      ),
  });
}

export function useCreateFeedback(skpId: string, periodId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<CreateFeedbackBody, 'periodId'>) =>
      api.post<Feedback>(`/api/skps/${skpId}/feedback`, { ...input, periodId }),
    onSuccess: (feedback) =>
      patchReport(client, skpId, periodId, (report) => ({
        ...report,
        feedback: report.feedback.some((f) => f.id === feedback.id)
          ? report.feedback
          : [...report.feedback, feedback],
      })),
  });
}

// ---------- bukti dukung: files ----------

/** What the file picker offers (the server decides from the bytes: PDF, images, office documents). */
export const EVIDENCE_ACCEPT = [
  '.pdf',
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
].join(',');

export { EVIDENCE_MAX_BYTES, EVIDENCE_PER_ITEM } from './limits.ts';

/** "1,5 MB", "820 KB", "12 B". */
export function formatBytes(bytes: number): string {
  const format = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * A request through XMLHttpRequest (fetch cannot report upload progress): the raw body, the session's
 * CSRF token, and failures as ApiError with the server's code (like lib/api.ts).
 */
function sendRaw<T>(
  method: 'POST' | 'DELETE',
  path: string,
  options: { csrfToken: string; body?: Blob; onProgress?: (fraction: number) => void },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    if (options.body) xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (options.onProgress) {
      const report = options.onProgress;
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) report(event.loaded / event.total);
      };
    }
    xhr.onerror = () => reject(new ApiError('NETWORK', 0, 'Tidak dapat terhubung ke server'));
    xhr.onload = () => {
      let data: unknown = null;
      if (xhr.responseText) {
        try {
          data = JSON.parse(xhr.responseText);
        } catch {
          data = null;
        }
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve((xhr.status === 204 ? undefined : data) as T);
        return;
      }
      const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)
        ?.error;
      const fallback =
        xhr.status === 413
          ? 'FILE_TOO_LARGE'
          : xhr.status === 415
            ? 'FILE_TYPE_REFUSED'
            : xhr.status >= 500
              ? 'INTERNAL'
              : 'BAD_REQUEST';
      reject(
        new ApiError(error?.code ?? fallback, xhr.status, error?.message ?? xhr.statusText, error?.details),
      );
    };
    xhr.send(options.body ?? null);
  });
}

/** Uploads one file as bukti dukung of an IKI; `onProgress` gets 0..1 while the bytes go up. */
export function uploadEvidence(input: {
  skpId: string;
  periodId: string;
  indicatorId: string;
  file: File;
  csrfToken: string;
  onProgress: (fraction: number) => void;
}): Promise<Evidence> {
  const query = toQueryString({ indicatorId: input.indicatorId, fileName: input.file.name.slice(0, 200) });
  return sendRaw<Evidence>(
    'POST',
    `/api/skps/${input.skpId}/realisation/${input.periodId}/evidence${query}`,
    {
      csrfToken: input.csrfToken,
      body: input.file,
      onProgress: input.onProgress,
    },
  );
}

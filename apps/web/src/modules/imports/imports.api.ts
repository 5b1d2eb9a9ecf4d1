import type { ImportJob, ImportReport } from '@sigap/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export const POLL_MS = 300;

export function useDryRun() {
  return useMutation({
    mutationFn: (file: File) =>
      api.upload<ImportReport>('/api/imports/employees/dry-run', file, { fileName: file.name }),
  });
}

export function useCommitImport() {
  return useMutation({
    mutationFn: (file: File) =>
      api.upload<ImportJob>('/api/imports/employees/commit', file, { fileName: file.name }),
  });
}

const finished = (job: ImportJob | undefined) => job?.phase === 'DONE' || job?.phase === 'FAILED';

/** Polls a running import every ~300 ms until it is DONE or FAILED; then refreshes lists. */
export function useImportJob(initial: ImportJob | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['import-job', initial?.id],
    queryFn: async ({ signal }) => {
      const job = await api.get<ImportJob>(`/api/imports/${initial?.id}`, undefined, signal);
      if (job.phase === 'DONE') {
        void client.invalidateQueries({ queryKey: ['employees'] });
        void client.invalidateQueries({ queryKey: ['units'] });
        void client.invalidateQueries({ queryKey: ['agency-summary'] });
      }
      return job;
    },
    enabled: initial !== null,
    initialData: initial ?? undefined,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (finished(query.state.data) ? false : POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
    retry: 3,
  });
}

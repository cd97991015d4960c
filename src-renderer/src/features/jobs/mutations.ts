/** What changes jobs, and what each change invalidates. Progress and endings arrive as events (api/live-invalidation.ts). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiPayload } from '../../../../src-main/contract/api';
import { useApi } from '../../api/api-context';
import { listKeys } from '../lists/queries';
import { segmentKeys } from '../segments/queries';
import { jobKeys } from './queries';

export function useStartJob() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ApiPayload<'jobs.start'>) => api['jobs.start'](request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.list() }),
  });
}

/** The same job again with some fields left out. */
export function useRerunJob() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ApiPayload<'jobs.rerun'>) => api['jobs.rerun'](request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.list() }),
  });
}

/** The job's own `jobs.progress` events say when it stopped. */
export function useCancelJob() {
  const api = useApi();
  return useMutation({ mutationFn: (jobId: number) => api['jobs.cancel']({ jobId }) });
}

export function useDeleteJob() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: number) => api['jobs.delete']({ jobId }),
    onSuccess: async (_result, jobId) => {
      queryClient.removeQueries({ queryKey: jobKeys.job(jobId) });
      // The scores it wrote go: segments on lookalike_score and list members' scores read them.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: jobKeys.list() }),
        queryClient.invalidateQueries({ queryKey: segmentKeys.all }),
        queryClient.invalidateQueries({ queryKey: listKeys.all }),
      ]);
    },
  });
}

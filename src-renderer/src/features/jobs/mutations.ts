/** What changes jobs, and what each change invalidates. Progress and endings arrive as events (api/live-invalidation.ts). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiPayload } from '../../../../src-main/contract/api';
import type { Entity, JobSummaryDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { listKeys } from '../lists/queries';
import { segmentKeys } from '../segments/queries';
import { jobKeys } from './queries';

/** What the table shows of a job just queued, before the list is read again. */
export interface QueuedSource {
  name: string;
  entity: Entity;
}

/** The jobs list with a just-queued job on top, unless it is there already. Pure, for the tests. */
export function withQueuedJob(
  jobs: JobSummaryDto[] | undefined,
  jobId: number,
  request: ApiPayload<'jobs.start'>,
  source: QueuedSource,
  now: Date = new Date(),
): JobSummaryDto[] | undefined {
  if (!jobs || jobs.some((job) => job.id === jobId)) return jobs;
  const queued: JobSummaryDto = {
    id: jobId,
    entity: source.entity,
    status: 'pending',
    source: { ...request.source, name: source.name },
    positives: 0,
    candidates: 0,
    progress: { processed: 0, total: 0 },
    error: null,
    createdAt: now.toISOString(),
    startedAt: null,
    finishedAt: null,
  };
  return [queued, ...jobs];
}

/**
 * Queues a job. It shows as queued in the jobs table as soon as `jobs.start` answers (laid into the cached
 * lists from its answer), without waiting for the list to be read again.
 */
export function useStartJob() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request }: { request: ApiPayload<'jobs.start'>; source?: QueuedSource }) => api['jobs.start'](request),
    onSuccess: ({ jobId }, { request, source }) => {
      if (source) queryClient.setQueriesData<JobSummaryDto[]>({ queryKey: jobKeys.list() }, (jobs) => withQueuedJob(jobs, jobId, request, source));
      return queryClient.invalidateQueries({ queryKey: jobKeys.list() });
    },
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

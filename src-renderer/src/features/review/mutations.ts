/** What changes a job's marks, and the re-ranking that learns from them. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiPayload } from '../../../../src-main/contract/api';
import { useApi } from '../../api/api-context';
import { jobKeys } from '../jobs/queries';
import { reviewKeys } from './queries';

/** Marks (or with `mark: null` unmarks) records of a job; the answer is the job's marks, laid straight into the cache. */
export function useMarkRecords() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ApiPayload<'jobs.mark'>) => api['jobs.mark'](request),
    onSuccess: (marks) => queryClient.setQueryData(reviewKeys.marks(marks.jobId), marks),
  });
}

/** Queues the job again, learning from its marks; answers with the new job's id. */
export function useRerankWithMarks() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: number) => api['jobs.rerank']({ jobId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.list() }),
  });
}

/**
 * The review loop's reads, under the job's own prefix (jobKeys.job), so
 * whatever refreshes a job (its backtest re-ranking it, its deletion)
 * refreshes its marks and what it moved too.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';
import type { JobMarksDto, ReviewMarkValue } from '../../../../src-main/contract/dto';
import { jobKeys } from '../jobs/queries';

export const reviewKeys = {
  marks: (jobId: number) => [...jobKeys.job(jobId), 'marks'] as const,
  moved: (jobId: number, top: number) => [...jobKeys.job(jobId), 'moved', top] as const,
};

export const marksQuery = (api: Api, jobId: number) =>
  queryOptions({ queryKey: reviewKeys.marks(jobId), queryFn: () => api['jobs.marks']({ jobId }) });

export const movedQuery = (api: Api, jobId: number, top: number) =>
  queryOptions({ queryKey: reviewKeys.moved(jobId, top), queryFn: () => api['jobs.moved']({ jobId, top }) });

/** Record id → its mark, for the grid's mark column. */
export function markIndex(marks: JobMarksDto | undefined): Map<number, ReviewMarkValue> {
  return new Map((marks?.marks ?? []).map((m) => [m.id, m.mark]));
}

/** What a mark is called on screen. */
export const MARK_LABELS: Record<ReviewMarkValue, string> = { good: 'Good fit', not_a_fit: 'Not a fit' };

/**
 * A job's data under one prefix (`jobKeys.job(id)`), so whatever changes a
 * job — its backtest ending and maybe re-ranking it, its deletion —
 * invalidates or drops all of it at once. The list is invalidated by the
 * `jobs.progress` events (a job queued, its backtest started, a job ended)
 * and by starting or deleting one.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';
import type { CandidateSortColumn, GridQueryDto, JobSortColumn, SortDto } from '../../../../src-main/contract/dto';
import { FINE_BINS } from './score-histogram';

/** A page of a job's candidates: where, how many, above which score, in which order (none: best first). */
export interface CandidatePageRequest {
  offset: number;
  limit: number;
  minScore: number;
  sort?: SortDto<CandidateSortColumn>;
  /** The grid's search, filters and chosen extra fields (components/GridFilters.tsx). */
  query?: GridQueryDto;
}

export const jobKeys = {
  all: ['jobs'] as const,
  /** The jobs in every order: what a change to any job invalidates. */
  list: () => [...jobKeys.all, 'list'] as const,
  sortedList: (sort: SortDto<JobSortColumn> | undefined) => [...jobKeys.list(), sort ?? 'newest first'] as const,
  job: (jobId: number) => [...jobKeys.all, 'job', jobId] as const,
  detail: (jobId: number) => [...jobKeys.job(jobId), 'detail'] as const,
  candidates: (jobId: number, page: CandidatePageRequest) => [...jobKeys.job(jobId), 'candidates', page] as const,
  histogram: (jobId: number) => [...jobKeys.job(jobId), 'histogram'] as const,
  compare: (jobId: number, ids: readonly number[]) => [...jobKeys.job(jobId), 'compare', [...ids]] as const,
};

export const jobsListQuery = (api: Api, sort?: SortDto<JobSortColumn>) =>
  queryOptions({ queryKey: jobKeys.sortedList(sort), queryFn: () => api['jobs.list'](sort ? { sort } : undefined) });

/** The job's own record without its top candidates: params, strategy, backtest, diagnostics, coverage gaps. */
export const jobDetailQuery = (api: Api, jobId: number) =>
  queryOptions({ queryKey: jobKeys.detail(jobId), queryFn: () => api['jobs.get']({ jobId, limit: 0 }) });

export const candidatesQuery = (api: Api, jobId: number, page: CandidatePageRequest) =>
  queryOptions({
    queryKey: jobKeys.candidates(jobId, page),
    queryFn: () =>
      api['jobs.candidates']({
        jobId,
        offset: page.offset,
        limit: page.limit,
        ...(page.minScore > 0 ? { minScore: page.minScore } : {}),
        ...(page.sort ? { sort: page.sort } : {}),
        ...(page.query?.search ? { search: page.query.search } : {}),
        ...(page.query?.filters?.length ? { filters: page.query.filters } : {}),
        ...(page.query?.extras?.length ? { extras: page.query.extras } : {}),
        ...(page.query?.fold ? { fold: true } : {}),
      }),
  });

/** Fine bins over [0, 1]: the chart fits its axis and bars to the scores from them (score-histogram.ts). */
export const histogramQuery = (api: Api, jobId: number) =>
  queryOptions({ queryKey: jobKeys.histogram(jobId), queryFn: () => api['jobs.histogram']({ jobId, bins: FINE_BINS }) });

export const compareQuery = (api: Api, jobId: number, ids: readonly number[]) =>
  queryOptions({ queryKey: jobKeys.compare(jobId, ids), queryFn: () => api['jobs.compare']({ jobId, ids: [...ids] }) });

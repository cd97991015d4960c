/**
 * Keeps the query cache fresh from what main pushes: one subscription for
 * the whole window (mounted by the app shell), so no screen passes counters
 * down. What each event invalidates:
 *
 * - `imports.progress` ending (completed, failed, cancelled): the records
 *   changed, so the workspace counts, the import history, campaigns (their
 *   outcomes come from imports), segment counts and list members.
 * - `jobs.progress`: a job queued, its backtest starting (its candidates are
 *   saved by then) or a job ending changes the jobs list; a job ending also
 *   changes that job's own data (the backtest may re-rank it) and the scores
 *   segments and list members read.
 *
 * - `segments.changed`: a segment saved, edited or deleted in any window or
 *   through the API changes the segments and the workspace counts.
 * - `workspace.merged`: duplicates merged or a merge undone (any window, the
 *   command line's session): every query.
 *
 * Changes made in this window (lists, segments, deletions) are also
 * invalidated by their mutations (features/<x>/mutations.ts), at once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { campaignKeys } from '../features/campaigns/queries';
import { importKeys } from '../features/imports/queries';
import { FINAL_STATUSES } from '../features/jobs/job-progress';
import { jobKeys } from '../features/jobs/queries';
import { listKeys } from '../features/lists/queries';
import { segmentKeys } from '../features/segments/queries';
import { workspaceKeys } from '../features/workspace/queries';
import { useApiEvents } from './api-context';

export function useLiveInvalidation(): void {
  const events = useApiEvents();
  const queryClient = useQueryClient();

  useEffect(() => {
    const invalidate = (...keys: ReadonlyArray<readonly unknown[]>) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    // Jobs whose backtest start was seen: the list is read again once per job for it, not on every tick.
    const backtests = new Set<number>();
    const stopImports = events.on('imports.progress', (event) => {
      if (event.status === 'running') return;
      invalidate(workspaceKeys.all, importKeys.all, campaignKeys.all, segmentKeys.all, listKeys.all);
    });
    const stopJobs = events.on('jobs.progress', (event) => {
      const backtestStarted = event.phase === 'backtest' && !backtests.has(event.jobId);
      if (backtestStarted) backtests.add(event.jobId);
      const ended = FINAL_STATUSES.includes(event.status);
      if (event.status === 'pending' || ended || backtestStarted) invalidate(jobKeys.list());
      if (ended) invalidate(jobKeys.job(event.jobId), segmentKeys.all, listKeys.all);
    });
    const stopSegments = events.on('segments.changed', () => invalidate(segmentKeys.all, workspaceKeys.all));
    // A merge or its undo rewrites records, lists, campaigns and jobs' examples: everything is read again.
    const stopMerges = events.on('workspace.merged', () => void queryClient.invalidateQueries());
    return () => {
      stopMerges();
      stopImports();
      stopJobs();
      stopSegments();
    };
  }, [events, queryClient]);
}

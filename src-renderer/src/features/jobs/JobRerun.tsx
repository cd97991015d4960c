/**
 * "Run again …" from a notice beside a job's results (leave out fields, a
 * lower minimum): the rerun as state, and what came of it — the new job,
 * linked, or why it did not start. One home for the notices that offer it
 * (CoverageNotice, DiagnosticsNotice, EmptyResultNotice).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiPayload } from '../../../../src-main/contract/api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { paths } from '../../app/paths';
import { useRerunJob } from './mutations';

export type RerunState = { kind: 'busy' } | { kind: 'done'; jobId: number } | { kind: 'error'; error: unknown } | null;

/** What the rerun changes: the fields left out, or the minimum score. */
export type RerunChange = Omit<ApiPayload<'jobs.rerun'>, 'jobId'>;

export function useJobRerun(jobId: number) {
  const rerunJob = useRerunJob();
  const [state, setState] = useState<RerunState>(null);
  const rerun = async (change: RerunChange) => {
    setState({ kind: 'busy' });
    try {
      const started = await rerunJob.mutateAsync({ jobId, ...change });
      setState({ kind: 'done', jobId: started.jobId });
    } catch (e) {
      setState({ kind: 'error', error: e });
    }
  };
  /** Started or starting: its buttons are done. */
  const started = state?.kind === 'busy' || state?.kind === 'done';
  return { state, rerun, started };
}

/** The new job, linked, once it started; why it did not, if it did not. */
export function RerunOutcome({ state }: { state: RerunState }) {
  if (state?.kind === 'done') {
    return (
      <span role="status">
        Started <Link to={paths.job(state.jobId)}>job #{state.jobId}</Link>; it appears in the jobs table.
      </span>
    );
  }
  return state?.kind === 'error' ? <ErrorNotice inline error={state.error} /> : null;
}

/**
 * Above a job's candidates: how many the analyst marked and "Re-rank with
 * my marks", which queues the job again learning from them and opens the new
 * job; on a re-ranked job, which job and marks it came from and the way to
 * "What moved". Shows nothing for a job with neither.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { JobSummaryDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { paths } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { useRerankWithMarks } from './mutations';
import { marksQuery } from './queries';
import './review.css';

export function ReviewLoopBar({ job }: { job: Pick<JobSummaryDto, 'id' | 'status'> }) {
  const api = useApi();
  const marks = useQuery(marksQuery(api, job.id));
  const rerank = useRerankWithMarks();
  const navigate = useNavigate();
  if (!marks.data) return null;
  const { good, notAFit, rerankedFrom } = marks.data;
  if (good + notAFit === 0 && rerankedFrom === null) return null;
  return (
    <div className="review-loop" data-testid="review-loop">
      {rerankedFrom && (
        <p className="review-loop__origin">
          Re-ranked from{' '}
          <Link to={paths.job(rerankedFrom.jobId)}>job #{rerankedFrom.jobId}</Link> with {formatCount(rerankedFrom.good)} good{' '}
          {rerankedFrom.good === 1 ? 'fit' : 'fits'} as examples and {formatCount(rerankedFrom.notAFit)} not a fit as counter-examples.{' '}
          <Link to={paths.jobMoved(job.id)} className="review-loop__moved">
            What moved
          </Link>
        </p>
      )}
      {good + notAFit > 0 && (
        <p className="review-loop__marks">
          <span data-testid="review-counts">
            Your marks: {formatCount(good)} good {good === 1 ? 'fit' : 'fits'}, {formatCount(notAFit)} not a fit.
          </span>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={rerank.isPending || job.status !== 'completed'}
            onClick={() => rerank.mutate(job.id, { onSuccess: ({ jobId }) => navigate(paths.job(jobId)) })}
          >
            Re-rank with my marks
          </button>
          {rerank.isError && <ErrorNotice inline error={rerank.error} />}
        </p>
      )}
    </div>
  );
}

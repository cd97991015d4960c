/**
 * What a job asked for, above its results (issue 11): the examples it
 * started from, the filters the candidates had to pass, the minimum score,
 * the most it kept, and the strategy that ranked them (with the one asked
 * for when `auto` chose). Read from the job's stored parameters, which the
 * core wrote; a field it does not find is left out rather than guessed.
 */
import type { JobDetailDto, JobSummaryDto } from '../../../../src-main/contract/dto';
import { formatCondition, type Condition } from '../../../../src-main/contract/condition-syntax';
import { formatCount } from '../../lib/format';
import './job-summary.css';

interface StoredParams {
  minScore?: unknown;
  maxResults?: unknown;
  filters?: unknown;
  exclude?: unknown;
}

function isCondition(value: unknown): value is Condition {
  const c = value as Condition;
  return typeof c === 'object' && c !== null && typeof c.field === 'string' && typeof c.op === 'string' && Array.isArray(c.values);
}

export function JobSummaryLine({ job, detail }: { job: JobSummaryDto; detail: JobDetailDto | null }) {
  const params = (detail?.params && typeof detail.params === 'object' ? detail.params : {}) as StoredParams;
  const filters = Array.isArray(params.filters) ? params.filters.filter(isCondition).map(formatCondition) : [];
  const excluded = Array.isArray(params.exclude) ? params.exclude.length : 0;
  const strategy = detail?.strategy;
  return (
    <dl className="job-summary" data-testid="job-summary">
      <div>
        <dt>Examples</dt>
        <dd>
          {job.source.kind} “{job.source.name}” ({formatCount(job.positives)})
        </dd>
      </div>
      <div>
        <dt>Filters</dt>
        <dd data-testid="job-summary-filters">{filters.length > 0 ? filters.map((f) => <code key={f}>{f}</code>) : 'none'}</dd>
      </div>
      {excluded > 0 && (
        <div>
          <dt>Excluding</dt>
          <dd>
            {excluded} {excluded === 1 ? 'source' : 'sources'}
          </dd>
        </div>
      )}
      {typeof params.minScore === 'number' && (
        <div>
          <dt>Minimum score</dt>
          <dd data-testid="job-summary-min-score">{params.minScore}</dd>
        </div>
      )}
      {typeof params.maxResults === 'number' && (
        <div>
          <dt>At most</dt>
          <dd>{formatCount(params.maxResults)}</dd>
        </div>
      )}
      <div>
        <dt>Strategy</dt>
        <dd data-testid="job-summary-strategy">
          {strategy ? (strategy.requested !== strategy.used ? `${strategy.used} (${strategy.requested} chose it)` : strategy.used) : 'loading…'}
        </dd>
      </div>
    </dl>
  );
}

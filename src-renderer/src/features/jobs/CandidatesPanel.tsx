/**
 * A finished job's candidates, best first, with how their scores spread and
 * why each one is similar (the blocks that add most to its score). Narrowed
 * by a minimum score (typed, or a histogram bar picked); selected rows go to
 * a list, a CSV or a side-by-side comparison with the examples. The sort,
 * the page and the minimum are in the address (`#/jobs/12?sort=company.desc&page=3&min=0.6`),
 * so reload and a bookmark return to the same rows; opening another job
 * starts at its first page (its address has none of them). Mounted with
 * `key={job.id}`.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CANDIDATE_SORT_COLUMNS, type CandidateSortColumn, type JobCandidateDto, type JobSummaryDto, type SortDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { useGridAddress } from '../../components/use-grid-address';
import type { GridSpec } from '../../lib/grid-address';
import { withServerSorting } from '../../lib/server-sort';
import { formatCount } from '../../lib/format';
import { AddToListBar } from './AddToListBar';
import { ExportButton } from '../../components/ExportButton';
import { candidateColumns, type CandidateSelection } from './candidate-columns';
import { ComparePanel } from './ComparePanel';
import { BacktestNotice } from './BacktestNotice';
import { CoverageNotice } from './CoverageNotice';
import { DiagnosticsNotice, diagnosticsWorthShowing } from './DiagnosticsNotice';
import { ScoreFilter } from './ScoreFilter';
import { candidatesQuery, histogramQuery, jobDetailQuery, jobKeys } from './queries';
import { ScoreHistogramChart } from './ScoreHistogramChart';

const PAGE_SIZE = 50;
/** Records side by side at most (the core's limit). */
const MAX_COMPARED = 6;
const NO_CANDIDATES: JobCandidateDto[] = [];
/** What a job's strategy says while its backtest has not been saved yet (src-main/jobs/phases/backtest.ts). */
const PENDING_WHY = 'checking by backtest';
/** The core's own order: best first. */
const BY_RANK: SortDto<CandidateSortColumn> = { column: 'rank', direction: 'asc' };
const GRID: GridSpec<CandidateSortColumn> = { columns: CANDIDATE_SORT_COLUMNS, defaultSort: BY_RANK, minScore: true };

interface Props {
  job: JobSummaryDto;
  /** The job's backtest is still running (its candidates are saved; `auto` may re-rank them when it ends). */
  backtestRunning?: boolean;
  onClose: () => void;
}

export function CandidatesPanel({ job, backtestRunning = false, onClose }: Props) {
  const api = useApi();
  const queryClient = useQueryClient();
  // Everything under jobKeys.job is read again when the job's backtest ends (api/live-invalidation.ts): it may have re-ranked the candidates.
  // Sorted by the core over every candidate; a new order starts again at its first page (the selection stays).
  const grid = useGridAddress(GRID, PAGE_SIZE);
  const { offset, setOffset } = grid;
  const { minScore } = grid.state;
  const { sort, tableOptions: sortOptions } = grid.serverSort;
  const page = useQuery(candidatesQuery(api, job.id, { offset, limit: PAGE_SIZE, minScore, sort }));
  const { clampToTotal } = grid;
  const loadedTotal = page.data?.total;
  useEffect(() => {
    if (loadedTotal !== undefined) clampToTotal(loadedTotal);
  }, [loadedTotal, clampToTotal]);
  const histogram = useQuery(histogramQuery(api, job.id));
  // The job's own view of its examples (fields they have and the others lack), its strategy and backtest.
  // Invalidated details stay on screen while they load again: the notices keep their place and state.
  const detail = useQuery(jobDetailQuery(api, job.id));
  const shownDetail = detail.data ?? null;
  // A job whose backtest is still under way says so in its strategy until the backtest is saved; without a live
  // event for it (the window opened meanwhile), look again every few seconds.
  const backtestPending = detail.isSuccess && detail.data.backtest === null && detail.data.strategy?.why === PENDING_WHY;
  useEffect(() => {
    if (!backtestPending || backtestRunning) return;
    const timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: jobKeys.job(job.id) }), 3000);
    return () => clearTimeout(timer);
  }, [backtestPending, backtestRunning, queryClient, job.id, detail.dataUpdatedAt]);
  // Picked ids across pages; 'all' once the user chose every candidate of the job (that passes the filter).
  const [picked, setPicked] = useState<Set<number> | 'all'>(new Set());
  const [compared, setCompared] = useState<number[] | null>(null);
  const closeCompare = useCallback(() => setCompared(null), []);
  // A new minimum is a new set of candidates: back to its first page, nothing picked.
  const setMinScore = (value: number) => {
    if (value === minScore) return;
    grid.setMinScore(value);
    setPicked(new Set());
  };
  const onPage = page.data?.candidates ?? NO_CANDIDATES;
  const isSelected = (id: number) => picked === 'all' || picked.has(id);
  const allOnPage = onPage.length > 0 && onPage.every((c) => isSelected(c.id));
  const selection: CandidateSelection = {
    isSelected,
    allOnPage,
    toggle: (id) =>
      setPicked((p) => {
        const next = new Set(p === 'all' ? onPage.map((c) => c.id) : p);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    togglePage: () =>
      setPicked((p) => {
        const next = new Set(p === 'all' ? [] : p);
        for (const c of onPage) {
          if (allOnPage) next.delete(c.id);
          else next.add(c.id);
        }
        return next;
      }),
  };
  const columns = useMemo(
    () => withServerSorting(candidateColumns(job.entity, selection, (id) => setCompared([id])), CANDIDATE_SORT_COLUMNS, BY_RANK),
    [job.entity, picked, onPage],
  );
  const total = page.data?.total ?? (minScore > 0 ? 0 : job.candidates);
  const pickedCount = picked === 'all' ? total : picked.size;
  const canCompare = picked !== 'all' && picked.size >= 1 && picked.size <= MAX_COMPARED;
  const table = useReactTable({
    data: page.data?.candidates ?? NO_CANDIDATES,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (c) => String(c.id),
    ...sortOptions,
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const headingId = `candidates-heading-${job.id}`;
  const noun = job.entity === 'leads' ? 'leads' : 'companies';

  return (
    <section className="candidates panel" aria-labelledby={headingId} data-testid="candidates-panel">
      <header className="panel__header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            Candidates of job #{job.id}
          </h3>
          <p className="panel__subtitle">
            {formatCount(job.candidates)} {noun} like the {formatCount(job.positives)} examples of {job.source.kind} “{job.source.name}”, best first.
          </p>
        </div>
        <span className="candidates__actions">
          {total > 0 && (
            <ExportButton
              request={{ jobId: job.id, ...(minScore > 0 ? { minScore } : {}) }}
              selected={picked === 'all' ? null : [...picked]}
              total={total}
              noun={{ one: 'candidate', many: 'candidates' }}
              allDescription={minScore > 0 ? `scoring ${minScore} or more` : undefined}
            />
          )}
          <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close candidates">
            Close
          </button>
        </span>
      </header>
      {(shownDetail !== null || backtestRunning) && (
        <BacktestNotice jobId={job.id} detail={shownDetail} running={backtestRunning || backtestPending} />
      )}
      {shownDetail?.diagnostics && diagnosticsWorthShowing(shownDetail.diagnostics) && (
        <DiagnosticsNotice jobId={job.id} diagnostics={shownDetail.diagnostics} />
      )}
      {shownDetail !== null && shownDetail.coverageGaps.length > 0 && (
        <CoverageNotice jobId={job.id} entity={job.entity} gaps={shownDetail.coverageGaps} />
      )}
      {histogram.isSuccess && job.candidates > 0 && (
        <ScoreHistogramChart histogram={histogram.data} minScore={minScore} onPickBin={setMinScore} />
      )}
      {job.candidates > 0 && (
        <div className="candidates__filters">
          <ScoreFilter value={minScore} onChange={setMinScore} />
        </div>
      )}
      {page.isError ? (
        <ErrorNotice title="Could not load the candidates" error={page.error} onRetry={() => void page.refetch()} />
      ) : job.candidates === 0 ? (
        <p className="page__note">No candidate reached the minimum score. Run the job again with a lower one.</p>
      ) : total === 0 && page.isSuccess ? (
        <p className="page__note">No candidate scores {minScore} or more.</p>
      ) : (
        <>
          <div className="candidates__toolbar">
            {picked !== 'all' && allOnPage && total > onPage.length && (
              <button type="button" className="button button--ghost" onClick={() => setPicked('all')}>
                Select all {formatCount(total)} candidates
              </button>
            )}
            {pickedCount > 0 && (
              <AddToListBar
                entity={job.entity}
                jobId={job.id}
                selection={picked === 'all' ? 'all' : [...picked]}
                total={total}
                minScore={minScore}
              />
            )}
            {picked !== 'all' && picked.size > 0 && (
              <button
                type="button"
                className="button"
                disabled={!canCompare}
                title={canCompare ? undefined : `Pick at most ${MAX_COMPARED} to compare`}
                onClick={() => setCompared([...picked])}
              >
                Compare {formatCount(picked.size)} side by side
              </button>
            )}
          </div>
          <div aria-busy={page.isFetching}>
            <DataTable table={table} label={`Candidates of job ${job.id}`} testId="candidates-table" rowTestId={(row) => `candidate-row-${row.original.rank}`} />
          </div>
          <Pager
            label="Candidate pages"
            offset={offset}
            pageSize={PAGE_SIZE}
            shown={page.data?.candidates.length ?? 0}
            total={total}
            loading={page.isFetching}
            onOffset={setOffset}
            rangeTestId="candidates-range"
          />
        </>
      )}
      {compared && <ComparePanel jobId={job.id} ids={compared} onClose={closeCompare} />}
    </section>
  );
}

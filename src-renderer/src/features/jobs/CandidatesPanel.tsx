/**
 * A finished job's candidates, best first, with how their scores spread and
 * why each one is similar (the blocks that add most to its score). Narrowed
 * by a minimum score (typed, or a histogram bar picked); selected rows go to
 * a list, a CSV or a side-by-side comparison with the examples. The sort,
 * the page, the page size, the quick search, the column filters and the
 * minimum are in the address (`#/jobs/12?sort=company.desc&page=3&size=100&q=acme&min=0.6`),
 * so reload and a bookmark return to the same rows; opening another job
 * starts at its first page (its address has none of them). The columns
 * added from the chooser are remembered per entity (localStorage). Ticked
 * candidates stay ticked across pages, sorts and searches until cleared
 * (Esc, or "Clear selection"). Mounted with `key={job.id}`.
 */
import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  CANDIDATE_SORT_COLUMNS,
  GRID_FILTER_COLUMNS,
  type CandidateSortColumn,
  type JobCandidateDto,
  type JobSummaryDto,
  type SortDto,
} from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { DataTable } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { GridToolStrip } from '../../components/GridToolStrip';
import { chosenFieldColumns } from '../../components/record-field-columns';
import { useEscape } from '../../components/use-escape';
import { GridPager } from '../../components/GridPager';
import { useGridAddress } from '../../components/use-grid-address';
import { useGridTools } from '../../components/use-grid-tools';
import type { GridSpec } from '../../lib/grid-address';
import { withServerSorting } from '../../lib/server-sort';
import { formatCount } from '../../lib/format';
import { AddToListBar } from './AddToListBar';
import { ExportButton } from '../../components/ExportButton';
import { candidateColumns } from './candidate-columns';
import { ComparePanel } from './ComparePanel';
import { useCandidateSelection } from './use-candidate-selection';
import { ReviewLoopBar } from '../review/ReviewLoopBar';
import { BacktestNotice } from './BacktestNotice';
import { CoverageNotice } from './CoverageNotice';
import { DiagnosticsNotice, diagnosticsWorthShowing } from './DiagnosticsNotice';
import { EmptyResultNotice } from './EmptyResultNotice';
import { JobSummaryLine } from './JobSummaryLine';
import { ScoreFilter } from './ScoreFilter';
import { candidatesQuery, histogramQuery, jobDetailQuery, jobKeys } from './queries';
import { ScoreHistogramChart } from './ScoreHistogramChart';

/** Records side by side at most (the core's limit). */
const MAX_COMPARED = 6;
const NO_CANDIDATES: JobCandidateDto[] = [];
/** What a job's strategy says while its backtest has not been saved yet (src-main/jobs/phases/backtest.ts). */
const PENDING_WHY = 'checking by backtest';
/** The core's own order: best first. */
const BY_RANK: SortDto<CandidateSortColumn> = { column: 'rank', direction: 'asc' };
const GRID: GridSpec<CandidateSortColumn> = { columns: CANDIDATE_SORT_COLUMNS, defaultSort: BY_RANK, minScore: true, filterColumns: GRID_FILTER_COLUMNS };
/** The columns the candidates table always shows, per entity (the chooser offers the others). */
const FIXED_COLUMNS = { leads: ['title', 'company'], companies: ['domain', 'industry'] } as const;

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
  const grid = useGridAddress(GRID);
  const { offset, pageSize } = grid;
  const { minScore, search, filters, fold } = grid.state;
  const { sort, tableOptions: sortOptions } = grid.serverSort;
  const tools = useGridTools(grid, 'candidates', job.entity);
  const { chosenColumns, query, narrowed } = tools;
  // The rows on screen stay while the next page, order or search loads: typing a search must not blank the table.
  const page = useQuery({ ...candidatesQuery(api, job.id, { offset, limit: pageSize, minScore, sort, query }), placeholderData: keepPreviousData });
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
  const onPage = page.data?.candidates ?? NO_CANDIDATES;
  // Ticked ids across pages; 'all' once the user chose every candidate of the job (that passes the filter).
  const { picked, setPicked, current: selection, stable: stableSelection, count: countPicked, clear: clearSelection } = useCandidateSelection(onPage);
  const [compared, setCompared] = useState<number[] | null>(null);
  // "Every candidate" means every one of the score filter, which a search or column filter no longer shows: a narrowed
  // grid starts with nothing picked rather than keep a choice the bar below would apply to rows not shown.
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    setPicked((p) => (p === 'all' ? new Set() : p));
  }, [search, filtersKey, fold, setPicked]);
  const closeCompare = useCallback(() => setCompared(null), []);
  // A new minimum is a new set of candidates: back to its first page, nothing picked.
  // Stable between renders so the (memoised) histogram does not redraw on every page or tick.
  const setGridMinScore = grid.setMinScore;
  const setMinScore = useCallback(
    (value: number) => {
      if (value === minScore) return;
      setGridMinScore(value);
      setPicked(new Set());
    },
    [minScore, setGridMinScore, setPicked],
  );
  const columns = useMemo(
    () =>
      withServerSorting(
        candidateColumns(job.entity, stableSelection, (id) => setCompared([id]), job.id, chosenFieldColumns<JobCandidateDto>(chosenColumns)),
        CANDIDATE_SORT_COLUMNS,
        BY_RANK,
      ),
    [job.entity, job.id, stableSelection, chosenColumns],
  );
  const total = page.data?.total ?? (minScore > 0 || narrowed ? 0 : job.candidates);
  const pickedCount = countPicked(total);
  // Esc: close the comparison (the dialog does that itself), else clear the selection, else close the results.
  useEscape(() => {
    if (compared) return false;
    if (pickedCount > 0) clearSelection();
    else onClose();
    return true;
  });
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
          <JobSummaryLine job={job} detail={shownDetail} />
        </div>
        <span className="candidates__actions">
          {total > 0 && (
            <ExportButton
              // Everything the grid shows by: "all shown" writes those rows, in this order.
              request={{ jobId: job.id, ...(minScore > 0 ? { minScore } : {}), ...(sort ? { sort } : {}), search, filters, fold }}
              selected={picked === 'all' ? null : [...picked]}
              total={total}
              noun={{ one: 'candidate', many: 'candidates' }}
              allDescription={[minScore > 0 ? `scoring ${minScore} or more` : '', narrowed ? 'that the search, filters and folding leave' : ''].filter(Boolean).join(', ') || undefined}
              extraFields={page.data?.extraFields ?? []}
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
      <ReviewLoopBar job={job} />
      {histogram.isSuccess && job.candidates > 0 && (
        <ScoreHistogramChart histogram={histogram.data} minScore={minScore} onPickBin={setMinScore} />
      )}
      {job.candidates > 0 && (
        <div className="candidates__filters">
          <ScoreFilter value={minScore} onChange={setMinScore} />
        </div>
      )}
      {job.candidates > 0 && (
        <GridToolStrip tools={tools} scoreLabel="Score" fixedColumns={FIXED_COLUMNS[job.entity]} page={page} />
      )}
      {page.isError ? (
        <ErrorNotice title="Could not load the candidates" error={page.error} onRetry={() => void page.refetch()} />
      ) : job.candidates === 0 ? (
        <EmptyResultNotice job={job} detail={shownDetail} />
      ) : total === 0 && page.isSuccess && !page.isPlaceholderData ? (
        <p className="page__note" role="status">
          {narrowed
            ? `No candidate matches the search and filters${minScore > 0 ? ` among those scoring ${minScore} or more` : ''}.`
            : `No candidate scores ${minScore} or more.`}
        </p>
      ) : (
        <>
          <div className="candidates__toolbar">
            {picked !== 'all' && selection.allOnPage && total > onPage.length && !narrowed && (
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
            {pickedCount > 0 && (
              // The count itself is the list bar's ("6 leads selected"); this clears it, on every page.
              <span className="selection-count" data-testid="selection-count">
                <button type="button" className="button button--ghost button--small" onClick={clearSelection}>
                  Clear selection
                </button>
              </span>
            )}
          </div>
          <div aria-busy={page.isFetching}>
            <DataTable
              table={table}
              label={`Candidates of job ${job.id}`}
              testId="candidates-table"
              rowTestId={(row) => `candidate-row-${row.original.rank}`}
              isRowSelected={(row) => selection.isSelected(row.original.id)}
              onRowToggle={(row) => selection.toggle(row.original.id)}
            />
          </div>
          <GridPager
            grid={grid}
            label="Candidate pages"
            shown={page.data?.candidates.length ?? 0}
            total={total}
            loading={page.isFetching}
            rangeTestId="candidates-range"
          />
        </>
      )}
      {compared && <ComparePanel jobId={job.id} ids={compared} onClose={closeCompare} />}
    </section>
  );
}

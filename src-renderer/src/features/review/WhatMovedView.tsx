/**
 * `#/jobs/:jobId/moved`: what re-ranking with the analyst's marks changed,
 * against the job it came from — where each marked record went, which
 * records entered and left the top N, and the biggest rises and falls.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MovedRecordDto, WhatMovedDto } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { idParam, paths } from '../../app/paths';
import { useViewTitle } from '../../app/view-title';
import { ErrorNotice } from '../../components/ErrorNotice';
import '../../components/DataTable.css';
import { formatCount } from '../../lib/format';
import { changeText, standingText } from './moved-text';
import { MARK_LABELS, movedQuery } from './queries';
import './review.css';

const TOPS = [20, 50, 100, 500] as const;

export function WhatMovedView() {
  const jobId = idParam(useParams().jobId);
  useViewTitle(jobId === null ? 'What moved' : `What moved · job #${jobId}`);
  if (jobId === null) return <ErrorNotice title="No such job" error={new Error('The address names no job.')} />;
  return <WhatMoved jobId={jobId} />;
}

function WhatMoved({ jobId }: { jobId: number }) {
  const api = useApi();
  const [top, setTop] = useState<number>(50);
  const moved = useQuery(movedQuery(api, jobId, top));
  return (
    <div className="page what-moved" data-testid="what-moved">
      <header className="page__header">
        <div>
          <h2 className="page__title">What moved in job #{jobId}</h2>
          {moved.data && (
            <p className="panel__subtitle">
              Re-ranked with your marks, compared with <Link to={paths.job(moved.data.fromJobId)}>job #{moved.data.fromJobId}</Link>.{' '}
              <Link to={paths.job(jobId)}>Back to the results of job #{jobId}</Link>
            </p>
          )}
        </div>
        <label className="field">
          <span className="field__label">Compare the top</span>
          <select value={top} onChange={(e) => setTop(Number(e.target.value))} aria-label="How many of the best to compare">
            {TOPS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </header>
      {moved.isError && <ErrorNotice title="Could not compare the rankings" error={moved.error} onRetry={() => void moved.refetch()} />}
      {moved.isPending && <p className="page__note">Comparing the rankings…</p>}
      {moved.data && <MovedTables moved={moved.data} />}
    </div>
  );
}

function MovedTables({ moved }: { moved: WhatMovedDto }) {
  const before = `Job #${moved.fromJobId}`;
  const after = `Job #${moved.jobId}`;
  return (
    <div className="what-moved__sections">
      <MovedTable
        id="marked"
        title="Your marked records"
        empty="No marks."
        rows={moved.marked}
        before={before}
        after={after}
        showMark
        wide
      />
      <MovedTable id="entered" title={`Entered the top ${moved.top}`} empty={`Nothing new in the top ${moved.top}.`} rows={moved.entered} before={before} after={after} />
      <MovedTable id="left" title={`Left the top ${moved.top}`} empty={`Nothing left the top ${moved.top}.`} rows={moved.left} before={before} after={after} />
      <MovedTable id="rises" title="Biggest rises" empty="Nothing rose." rows={moved.rises} before={before} after={after} />
      <MovedTable id="falls" title="Biggest falls" empty="Nothing fell." rows={moved.falls} before={before} after={after} />
    </div>
  );
}

interface TableProps {
  id: string;
  title: string;
  empty: string;
  rows: MovedRecordDto[];
  before: string;
  after: string;
  showMark?: boolean;
  /** Across the whole page (a table with more columns). */
  wide?: boolean;
}

function MovedTable({ id, title, empty, rows, before, after, showMark = false, wide = false }: TableProps) {
  const headingId = `moved-${id}`;
  return (
    <section className={`panel what-moved__section${wide ? ' what-moved__section--wide' : ''}`} aria-labelledby={headingId} data-testid={`moved-${id}`}>
      <h3 id={headingId} className="panel__title">
        {title} <span className="section__count">{formatCount(rows.length)}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="page__note">{empty}</p>
      ) : (
        // Focusable, so a table wider than the screen can be scrolled from the keyboard.
        <div className="data-table__scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
          <table className="data-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {showMark && <th scope="col">Your mark</th>}
                <th scope="col" className="data-table__cell--end">
                  {before}: rank (score)
                </th>
                <th scope="col" className="data-table__cell--end">
                  {after}: rank (score)
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid={`moved-${id}-${r.id}`}>
                  <td>
                    <span className="cell-title">{r.name ?? `#${r.id}`}</span>
                  </td>
                  {showMark && <td>{r.mark ? MARK_LABELS[r.mark] : ''}</td>}
                  <td className="data-table__cell--end">{standingText(r.oldRank, r.oldScore)}</td>
                  <td className="data-table__cell--end">{standingText(r.newRank, r.newScore, r.nowExample, r.leftOut)}</td>
                  <td className={`what-moved__change what-moved__change--${changeKind(r)}`}>{changeText(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function changeKind(r: MovedRecordDto): 'up' | 'down' | 'same' {
  if (r.nowExample || (r.oldRank === null && r.newRank !== null)) return 'up';
  if (r.newRank === null && r.oldRank !== null) return 'down';
  if (r.oldRank === null || r.newRank === null || r.oldRank === r.newRank) return 'same';
  return r.oldRank > r.newRank ? 'up' : 'down';
}

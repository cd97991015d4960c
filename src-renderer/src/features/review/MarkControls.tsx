/**
 * The analyst's verdict on candidates, in the two places it is given: for
 * the grid's selection ("Mark 3 as good fit"), and for one record in Compare
 * (two toggle buttons, the pressed one is its mark; pressing it again clears
 * it). Marks are stored with the job at once; "Re-rank with my marks"
 * (ReviewLoopBar) learns from them.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReviewMarkValue } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { useMarkRecords } from './mutations';
import { markIndex, marksQuery } from './queries';
import './review.css';

/** "Mark N as good fit / not a fit" for the records picked in the grid, and "Clear marks" when any of them has one. */
export function MarkSelectionButtons({ jobId, ids }: { jobId: number; ids: number[] }) {
  const api = useApi();
  const marks = useQuery(marksQuery(api, jobId));
  const mark = useMarkRecords();
  // What the last mark did, for the selection it was made on (a new selection starts without it).
  const [done, setDone] = useState<{ text: string; selection: string } | null>(null);
  const selectionKey = `${ids.length}:${ids[0]}:${ids[ids.length - 1]}`;
  const index = markIndex(marks.data);
  const anyMarked = ids.some((id) => index.has(id));
  const count = formatCount(ids.length);
  const apply = (value: ReviewMarkValue | null) => {
    setDone(null);
    mark.mutate(
      { jobId, ids, mark: value },
      {
        onSuccess: () =>
          setDone({
            text: value === null ? `Cleared the marks of ${count}.` : `Marked ${count} as ${value === 'good' ? 'a good fit' : 'not a fit'}.`,
            selection: selectionKey,
          }),
      },
    );
  };
  return (
    <span className="review-marks" data-testid="mark-selection">
      <button type="button" className="button button--small" disabled={mark.isPending || ids.length === 0} onClick={() => apply('good')}>
        Mark {count} as good fit
      </button>
      <button type="button" className="button button--small" disabled={mark.isPending || ids.length === 0} onClick={() => apply('not_a_fit')}>
        Mark {count} as not a fit
      </button>
      {anyMarked && (
        <button type="button" className="button button--ghost button--small" disabled={mark.isPending} onClick={() => apply(null)}>
          Clear marks
        </button>
      )}
      {done?.selection === selectionKey && !mark.isError && (
        <span className="review-marks__done" role="status">
          {done.text}
        </span>
      )}
      {mark.isError && <ErrorNotice inline error={mark.error} />}
    </span>
  );
}

/** Good fit / Not a fit for one record (Compare); `label` names the record for screen readers. */
export function MarkToggle({ jobId, id, label }: { jobId: number; id: number; label: string }) {
  const api = useApi();
  const marks = useQuery(marksQuery(api, jobId));
  const mark = useMarkRecords();
  const current = markIndex(marks.data).get(id) ?? null;
  const toggle = (value: ReviewMarkValue) => mark.mutate({ jobId, ids: [id], mark: current === value ? null : value });
  return (
    <span className="review-toggle" role="group" aria-label={`Your verdict on ${label}`} data-testid={`mark-toggle-${id}`}>
      <button
        type="button"
        className={`button button--small review-toggle__good${current === 'good' ? ' review-toggle--on' : ''}`}
        aria-pressed={current === 'good'}
        disabled={mark.isPending}
        onClick={() => toggle('good')}
      >
        Good fit
      </button>
      <button
        type="button"
        className={`button button--small review-toggle__bad${current === 'not_a_fit' ? ' review-toggle--on' : ''}`}
        aria-pressed={current === 'not_a_fit'}
        disabled={mark.isPending}
        onClick={() => toggle('not_a_fit')}
      >
        Not a fit
      </button>
      {mark.isError && <ErrorNotice inline error={mark.error} />}
    </span>
  );
}

/** The grid's mark column: a small badge for a marked record, nothing otherwise. */
export function MarkCell({ jobId, id }: { jobId: number; id: number }) {
  const api = useApi();
  const marks = useQuery(marksQuery(api, jobId));
  const mark = markIndex(marks.data).get(id);
  if (!mark) return null;
  return (
    <span className={`review-badge review-badge--${mark === 'good' ? 'good' : 'bad'}`} data-mark={mark}>
      <span aria-hidden="true">{mark === 'good' ? '✓ ' : '✕ '}</span>
      {mark === 'good' ? 'Good fit' : 'Not a fit'}
    </span>
  );
}

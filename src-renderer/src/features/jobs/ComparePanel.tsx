/**
 * Side by side: a few records beside what the job's examples have in
 * common. Each field shows the value as imported and what the engine reads
 * it as, marked where it is like the examples; below, each record's score
 * broken down by feature block (the parts add up to the score). Each
 * record that is not an example can be marked a good fit or not a fit here
 * (the review loop, features/review).
 *
 * A native modal <dialog> over the candidates (showModal: the page behind
 * is inert and focus stays inside); Escape, Close or a click on the backdrop
 * returns to them.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { CandidateComparison, ComparedRecord, ComparedValue, ExampleFieldSummary } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, recordLabel } from '../../lib/format';
import { MarkToggle } from '../review/MarkControls';
import { compareQuery } from './queries';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function ComparePanel({ jobId, ids, onClose }: { jobId: number; ids: number[]; onClose: () => void }) {
  const api = useApi();
  const comparison = useQuery(compareQuery(api, jobId, ids));
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    headingRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const headingId = `compare-heading-${jobId}`;
  return (
    <dialog
      ref={dialogRef}
      className="compare panel"
      aria-labelledby={headingId}
      data-testid="compare-panel"
      // Escape: the browser's cancel; keep React in charge of closing.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // A click on the backdrop lands on the dialog element itself.
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <header className="panel__header">
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            Side by side with the examples
          </h3>
          {comparison.status === 'success' && <ExamplesNote comparison={comparison.data} />}
        </div>
        <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close comparison">
          Close
        </button>
      </header>
      {comparison.isError && <ErrorNotice title="Could not compare" error={comparison.error} onRetry={() => void comparison.refetch()} />}
      {comparison.isPending && <p className="page__note">Comparing…</p>}
      {comparison.status === 'success' && <ComparisonTables comparison={comparison.data} />}
    </dialog>
  );
}

interface FieldRow {
  key: string;
  label: string;
  summary: ExampleFieldSummary;
  value: (r: ComparedRecord) => ComparedValue;
}

/** One field: the examples' most common values with their shares, then each record's value as imported and as read. */
function FieldRowView({ row, records }: { row: FieldRow; records: ComparedRecord[] }) {
  return (
    <tr data-testid={`compare-field-${row.key}`}>
      <th scope="row">{row.label}</th>
      <td className="compare__examples">
        {row.summary.top.length === 0 ? (
          <span className="jobs__muted">—</span>
        ) : (
          <ul className="compare__shares">
            {row.summary.top.map((t) => (
              <li key={t.feature}>
                {t.feature} <span className="compare__share">{percent(t.share)}</span>
                {t.overall != null && <span className="compare__overall"> · {percent(t.overall)} of all</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      {records.map((r) => {
        const v = row.value(r);
        const read = v.features.join(', ');
        return (
          <td key={r.id} className={v.likeExamples ? 'compare__cell compare__cell--like' : 'compare__cell'}>
            {v.value ?? (read ? null : <span className="jobs__muted">—</span>)}
            {read && read.toLowerCase() !== (v.value ?? '').toLowerCase() && <span className="compare__read">{read}</span>}
            {v.likeExamples && (
              <span className="compare__like" title="Like most of the examples">
                <span aria-hidden="true">✓</span>
                <span className="visually-hidden">like the examples</span>
              </span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

function ExamplesNote({ comparison }: { comparison: CandidateComparison }) {
  const { count, asRun } = comparison.examples;
  return (
    <p className="panel__subtitle">
      {asRun
        ? `What the ${formatCount(count)} examples of job #${comparison.jobId} have in common (weighted as in its profile: won 3, replied 2, others 1).`
        : `Job #${comparison.jobId} ran before its examples were kept; these are the ${formatCount(count)} examples its source holds now.`}
    </p>
  );
}

/** Deals and contacts exported without a name still have a company, or their CRM id, to go by. */
const recordName = (r: ComparedRecord) => r.name ?? r.values.company.value ?? recordLabel(r);

function recordHeading(r: ComparedRecord): string {
  if (r.isExample) return 'One of the examples';
  if (r.rank === null || r.score === null) return 'Not among the candidates';
  return `Rank ${formatCount(r.rank)} · score ${r.score.toFixed(3)}`;
}

function ComparisonTables({ comparison }: { comparison: CandidateComparison }) {
  const { records, examples } = comparison;
  // Blocks that add something for at least one record, in layout order.
  const blocks = comparison.blocks.filter((b) => records.some((r) => (r.reasons[b.block] ?? 0) !== 0));
  // Standard fields nobody here has (an export of custom fields has few) would only be rows of dashes.
  const fields = comparison.fields.filter(
    (f) => examples.fields[f.key].top.length > 0 || records.some((r) => r.values[f.key].value !== null || r.values[f.key].features.length > 0),
  );
  const rows: FieldRow[] = [
    ...fields.map((f) => ({ key: f.key, label: f.label, summary: examples.fields[f.key], value: (r: ComparedRecord) => r.values[f.key] })),
  ];
  const extraRows: FieldRow[] = comparison.extraFields.map((x) => ({
    key: `extra:${x.key}`,
    label: x.label,
    summary: examples.extras[x.key] ?? { top: [], coverage: 0 },
    value: (r: ComparedRecord) => r.extras[x.key] ?? { value: null, features: [], likeExamples: false },
  }));
  return (
    <>
      <div className="compare__scroll">
        <table className="compare__table" data-testid="compare-table">
          <caption className="visually-hidden">
            Fields of the compared records beside the examples’ most common values, then each record’s score by feature
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col" className="compare__examples">
                Examples ({formatCount(examples.count)})
              </th>
              {records.map((r) => (
                <th scope="col" key={r.id} data-testid={`compare-record-${r.id}`}>
                  <span className="cell-title">{recordName(r)}</span>
                  <span className="compare__standing">{recordHeading(r)}</span>
                  {!r.isExample && <MarkToggle jobId={comparison.jobId} id={r.id} label={recordName(r)} />}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <FieldRowView key={row.key} row={row} records={records} />
            ))}
          </tbody>
          {extraRows.length > 0 && (
            <tbody data-testid="compare-extras">
              <tr className="compare__section">
                <th scope="colgroup" colSpan={records.length + 2}>
                  Imported columns the engine reads
                </th>
              </tr>
              {extraRows.map((row) => (
                <FieldRowView key={row.key} row={row} records={records} />
              ))}
            </tbody>
          )}
          <tbody data-testid="compare-reasons">
            <tr className="compare__section">
              <th scope="colgroup" colSpan={records.length + 2}>
                Why similar: each feature’s part of the score
              </th>
            </tr>
            {blocks.map((b) => (
              <tr key={b.block} data-testid={`compare-reason-${b.block}`}>
                <th scope="row">{b.label}</th>
                <td className="compare__examples" />
                {records.map((r) => {
                  const part = r.reasons[b.block] ?? 0;
                  return (
                    <td key={r.id}>
                      <span className="bar-cell">
                        <meter min={0} max={1} value={Math.max(0, part)} aria-hidden="true" />
                        <span>{part.toFixed(3)}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className="compare__total">
              <th scope="row">Score</th>
              <td className="compare__examples" />
              {records.map((r) => (
                <td key={r.id} data-testid={`compare-score-${r.id}`}>
                  {r.score === null ? <span className="jobs__muted">—</span> : r.score.toFixed(3)}
                  {r.missing.length > 0 && <span className="compare__read">no {r.missing.map((p) => (p === 'lead' ? 'contact' : p)).join(' or ')} data</span>}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

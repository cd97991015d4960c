/**
 * Writes a CRM-ready CSV — a job's candidates (those passing its score
 * filter) or a list's members — and says where it went and how many rows it
 * holds. Its label says what it will write: the ticked rows when there are
 * any ("Export 50 selected", only those ids are sent), else every row the
 * grid holds ("Export all 488 shown"). In the desktop app the core asks where
 * with a Save dialog; in a browser it goes to the workspace's exports folder.
 */
import { useState } from 'react';
import type { ApiPayload } from '../../../src-main/contract/api';
import { useApi } from '../api/api-context';
import { formatCount } from '../lib/format';
import { ErrorNotice } from './ErrorNotice';
import './ExportButton.css';

/** The most ids one export takes (the core's limit). */
const MAX_SELECTED = 100_000;

interface Props {
  /** The job (and its score filter) or the list, without a selection. */
  request: ApiPayload<'exports.csv'>;
  /** The ticked record ids, or null/empty for none (then every row is written). */
  selected: readonly number[] | null;
  /** How many rows "all" is. */
  total: number;
  noun: { one: string; many: string };
  /** What narrows "all", for the tooltip (e.g. "scoring 0.6 or more"). */
  allDescription?: string;
  /**
   * Why "all" cannot be written now (the grid is narrowed by a search or filters the export does not
   * apply): then only a selection exports, and the button says so rather than write other rows.
   */
  allUnavailable?: string;
}

export function ExportButton({ request, selected, total, noun, allDescription, allUnavailable }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done'; text: string; file: string } | { kind: 'error'; error: unknown } | null>(null);
  const ids = selected && selected.length > 0 ? selected : null;
  const count = ids ? ids.length : total;
  const unavailable = ids === null && allUnavailable !== undefined;
  const label = ids ? `Export ${formatCount(ids.length)} selected` : unavailable ? 'Export selected' : `Export all ${formatCount(total)} shown`;
  const what = `${formatCount(count)} ${count === 1 ? noun.one : noun.many}`;
  const title = ids ? `Write the ${what} selected to a CSV` : `Write all ${what}${allDescription ? ` ${allDescription}` : ''} to a CSV`;

  const exportCsv = async () => {
    setBusy(true);
    setMessage(null);
    try {
      // A selection is explicit: the score filter that picked the page does not apply to it.
      const payload: ApiPayload<'exports.csv'> = ids
        ? 'jobId' in request
          ? { jobId: request.jobId, ids: [...ids] }
          : { listId: request.listId, ids: [...ids] }
        : request;
      const result = await api['exports.csv'](payload);
      // Cancelled in the Save dialog: nothing was written, nothing to say.
      if ('cancelled' in result) return;
      setMessage({ kind: 'done', text: `Exported ${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'} to`, file: result.file });
    } catch (e) {
      setMessage({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  const tooMany = ids !== null && ids.length > MAX_SELECTED;
  return (
    <span className="export">
      {message?.kind === 'done' && (
        <span className="export__message export__message--done" role="status" data-testid="export-status">
          {message.text} <code className="export__file">{message.file}</code>
        </span>
      )}
      {message?.kind === 'error' && <ErrorNotice inline title="Not exported" error={message.error} />}
      <button
        type="button"
        className="button"
        onClick={exportCsv}
        disabled={busy || tooMany || unavailable}
        title={tooMany ? `Select at most ${formatCount(MAX_SELECTED)} to export a selection` : unavailable ? allUnavailable : title}
        data-testid="export-button"
      >
        {busy ? 'Exporting…' : label}
      </button>
    </span>
  );
}

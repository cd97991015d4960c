/**
 * Writes a CRM-ready CSV — a job's candidates or a list's members — and says
 * where it went, how many rows it holds and in which flavour. Its label says
 * what it will write: the ticked rows when there are any ("Export 50
 * selected", only those ids are sent), else every row the grid shows ("Export
 * all 42 shown": the grid's minimum score, search, filters, folding and sort
 * are sent, so the file holds those rows in that order). It opens a dialog
 * with the command line's choices (ExportDialog.tsx); the last ones are kept
 * for the next export. In the desktop app the core then asks where with a
 * Save dialog; in a browser the file goes to the workspace's exports folder.
 */
import { useState } from 'react';
import { DEFAULT_EXPORT_FLAVOUR, type ExportResultDto } from '../../../src-main/contract/dto';
import { useApi } from '../api/api-context';
import { formatCount } from '../lib/format';
import { ErrorNotice } from './ErrorNotice';
import { ExportDialog } from './ExportDialog';
import { exportPayload, writtenHow, writtenText, type ExportChoices, type ExportPayload } from './export-choices';
import './ExportButton.css';

/** The most ids one export takes (the core's limit). */
const MAX_SELECTED = 100_000;

interface Props {
  /** The job (with its minimum score) or the list, with the grid's search, filters, folding and sort; without a selection. */
  request: ExportPayload;
  /** The ticked record ids, or null/empty for none (then every row shown is written). */
  selected: readonly number[] | null;
  /** How many rows the grid shows (all its pages): what "all" writes. */
  total: number;
  noun: { one: string; many: string };
  /** What narrows "all", for the tooltip (e.g. "scoring 0.6 or more, matching the search"). */
  allDescription?: string;
  /** The workspace's imported extra headers for the entity, to pick from. */
  extraFields: readonly string[];
}

const FIRST_CHOICES: ExportChoices = { flavour: DEFAULT_EXPORT_FLAVOUR, extras: { kind: 'all' } };

export function ExportButton({ request, selected, total, noun, allDescription, extraFields }: Props) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [choices, setChoices] = useState<ExportChoices>(FIRST_CHOICES);
  const [message, setMessage] = useState<{ kind: 'done'; result: ExportResultDto } | { kind: 'error'; error: unknown } | null>(null);
  const ids = selected && selected.length > 0 ? selected : null;
  const count = ids ? ids.length : total;
  const label = ids ? `Export ${formatCount(ids.length)} selected` : `Export all ${formatCount(total)} shown`;
  const what = `${formatCount(count)} ${count === 1 ? noun.one : noun.many}`;
  const title = ids ? `Write the ${what} selected to a CSV` : `Write all ${what}${allDescription ? ` ${allDescription}` : ''} to a CSV`;

  const exportCsv = async (chosen: ExportChoices) => {
    setChoosing(false);
    setChoices(chosen);
    setBusy(true);
    setMessage(null);
    try {
      const result = await api['exports.csv'](exportPayload(request, ids, chosen));
      // Cancelled in the Save dialog: nothing was written, nothing to say.
      if ('cancelled' in result) return;
      setMessage({ kind: 'done', result });
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
          <span data-testid="export-written">
            {writtenText(message.result)} <code className="export__file">{message.result.file}</code>
          </span>{' '}
          <span data-testid="export-flavour">({writtenHow(message.result)})</span>
        </span>
      )}
      {message?.kind === 'error' && <ErrorNotice inline title="Not exported" error={message.error} />}
      <button
        type="button"
        className="button"
        onClick={() => setChoosing(true)}
        disabled={busy || tooMany || count === 0}
        aria-haspopup="dialog"
        title={tooMany ? `Select at most ${formatCount(MAX_SELECTED)} to export a selection` : title}
        data-testid="export-button"
      >
        {busy ? 'Exporting…' : label}
      </button>
      {choosing && <ExportDialog title={`${label}: ${what}`} extraFields={extraFields} initial={choices} onExport={(c) => void exportCsv(c)} onCancel={() => setChoosing(false)} />}
    </span>
  );
}

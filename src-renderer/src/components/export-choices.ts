/**
 * What the Export dialog turns the user's choices into (ExportDialog.tsx):
 * the `exports.csv` payload — the ticked rows, else the grid's whole query so
 * the file holds exactly the rows shown — and the words that say what was
 * written. Pure, so the rules are tested without a window.
 */
import type { ApiPayload } from '../../../src-main/contract/api';
import { EXPORT_EXTRA_COLUMNS_CAP, type ExportExtraColumns, type ExportFlavour, type ExportResultDto } from '../../../src-main/contract/dto';
import { formatCount } from '../lib/format';

export type ExportPayload = ApiPayload<'exports.csv'>;

/** The imported extra columns to write: every one, none, or those picked (at most EXPORT_EXTRA_COLUMNS_CAP). */
export type ExtraChoice = { kind: 'all' } | { kind: 'none' } | { kind: 'picked'; headers: readonly string[] };

export interface ExportChoices {
  flavour: ExportFlavour;
  extras: ExtraChoice;
}

/** The most extra columns one can pick (the core writes at most this many with `all`, too). */
export const MAX_PICKED_EXTRAS = EXPORT_EXTRA_COLUMNS_CAP;

/** How each flavour is offered, in the order shown (the default first). */
export const FLAVOUR_CHOICES: readonly { value: ExportFlavour; label: string; hint: string }[] = [
  { value: 'crm', label: 'For a CRM (exact)', hint: 'Values exactly as stored, so HubSpot or Salesforce re-imports them unchanged; only cells that could run as a formula get a leading apostrophe.' },
  { value: 'spreadsheet', label: 'For a spreadsheet (safe)', hint: 'Every cell starting with = + - or @ gets a leading apostrophe, phone numbers included, for a file opened in Excel or Sheets.' },
];

export const FLAVOUR_NAMES: Record<ExportFlavour, string> = { crm: 'for a CRM', spreadsheet: 'for a spreadsheet' };

export function extraColumnsOf(choice: ExtraChoice): ExportExtraColumns {
  if (choice.kind === 'all') return 'all';
  if (choice.kind === 'none') return [];
  return choice.headers.slice(0, MAX_PICKED_EXTRAS);
}

/**
 * The payload for the rows the button names. A selection is explicit: only
 * those ids, in the source's order, without the score filter or the grid's
 * query that picked them. Without one, the request as the grid holds it
 * (its minimum score, search, filters, folding and sort) is sent whole.
 */
export function exportPayload(request: ExportPayload, selected: readonly number[] | null, choices: ExportChoices): ExportPayload {
  const options = { flavour: choices.flavour, extraColumns: extraColumnsOf(choices.extras) };
  if (selected && selected.length > 0) {
    return 'jobId' in request ? { jobId: request.jobId, ids: [...selected], ...options } : { listId: request.listId, ids: [...selected], ...options };
  }
  return { ...request, ...options };
}

/** "Exported 42 rows to" (the file follows). */
export function writtenText(result: ExportResultDto): string {
  return `Exported ${formatCount(result.rows)} ${result.rows === 1 ? 'row' : 'rows'} to`;
}

/** Which flavour was written and with what: "for a spreadsheet, with 3 extra columns". */
export function writtenHow(result: ExportResultDto): string {
  const n = result.extraColumns.length;
  const extras =
    n === 0 ? 'no extra columns' : `${formatCount(n)} extra ${n === 1 ? 'column' : 'columns'}${result.extraColumnsCapped ? ', the first of more' : ''}`;
  return `${FLAVOUR_NAMES[result.flavour]}, ${extras}`;
}

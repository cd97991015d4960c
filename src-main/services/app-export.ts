/**
 * Exports from the app: where the CSV goes is the shell's choice. The
 * desktop shell asks with a Save dialog (the path never comes from the
 * renderer); the web host, which cannot show one, writes to `exports/`
 * beside the workspace. Either way the suggestion is named after what the
 * file holds, for what and when (`lookalike-job-7-for-crm-2026-11-26.csv`,
 * `lookalike-job-7-min-0.80-for-crm-2026-11-26.csv` for those scoring 0.8 or
 * more, `list-3-for-spreadsheet-2026-11-26.csv` for the spreadsheet flavour,
 * `lookalike-job-7-selected-50-for-crm-2026-11-26.csv` for a selection,
 * `list-3-shown-42-for-crm-2026-11-26.csv` for the 42 rows a search, filters
 * or folding leave), and
 * the source is checked before anything is asked or written.
 *
 * A name the user picked in the Save dialog (which asked before replacing a
 * file) is written over; any other name is never: if it is taken by the time
 * the file is complete — another export of the same thing, say — the file
 * takes the next number (csv/export-csv.ts; issue 9, defect 8).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { DEFAULT_EXPORT_FLAVOUR, type ExportCancelledDto, type ExportResultDto } from '../contract/dto';
import { numberedName } from '../csv/export-csv';
import type { Workspace } from '../db/workspace';
import { exportCsv, pager, type ExportRequest } from './export-service';

/** A path the user chose and may be replaced, or a proposed one (`{ proposed }`) that never replaces a file. */
export type ExportTarget = string | { proposed: string };

/** Picks the file to write, from a suggested folder and name; null when the user cancelled. */
export type ChooseExportFile = (suggested: { folder: string; fileName: string }) => Promise<ExportTarget | null>;

/** Without a dialog: the suggested name in the suggested folder, numbered when taken, so no file is ever overwritten. */
export const exportsFolderChoice: ChooseExportFile = async ({ folder, fileName }) => {
  const first = join(folder, fileName);
  let file = first;
  for (let n = 2; existsSync(file); n++) file = numberedName(first, n);
  return { proposed: file };
};

/** `shown`: how many rows the grid's search, filters or folding leave (null when the export is not narrowed by them). */
export function suggestedExportName(source: ExportRequest, now: Date, shown: number | null = null): string {
  const of = 'jobId' in source ? `lookalike-job-${source.jobId}` : `list-${source.listId}`;
  const min = 'jobId' in source && source.minScore ? `-min-${source.minScore.toFixed(2)}` : '';
  const what = source.ids ? `${of}-selected-${source.ids.length}` : shown !== null ? `${of}${min}-shown-${shown}` : `${of}${min}`;
  return `${what}-for-${source.flavour ?? DEFAULT_EXPORT_FLAVOUR}-${now.toISOString().slice(0, 10)}.csv`;
}

export async function exportForApp(
  ws: Workspace,
  source: ExportRequest,
  choose: ChooseExportFile = exportsFolderChoice,
  now = new Date(),
): Promise<ExportResultDto | ExportCancelledDto> {
  const { shown } = pager(ws, source); // an unknown or unfinished source, or a wrong query, fails here, before a dialog opens
  const folder = join(dirname(ws.path), 'exports');
  mkdirSync(folder, { recursive: true });
  const chosen = await choose({ folder, fileName: suggestedExportName(source, now, shown) });
  if (chosen === null) return { cancelled: true };
  const file = typeof chosen === 'string' ? chosen : chosen.proposed;
  // A name typed without an extension (Linux save dialogs do not add one) still gets .csv; the dialog did not
  // ask about replacing that name, so a file already there is kept.
  if (!extname(file)) return exportCsv(ws, source, `${file}.csv`, 'number');
  return exportCsv(ws, source, file, typeof chosen === 'string' ? 'replace' : 'number');
}

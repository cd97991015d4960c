/**
 * Exports from the app: where the CSV goes is the shell's choice. The
 * desktop shell asks with a Save dialog (the path never comes from the
 * renderer); the web host, which cannot show one, writes to `exports/`
 * beside the workspace. Either way the suggestion is named after what the
 * file holds and when (`lookalike-job-7-2026-11-26.csv`,
 * `lookalike-job-7-min-0.80-2026-11-26.csv` for those scoring 0.8 or more,
 * `list-3-2026-11-26.csv`), and the source is checked before anything is
 * asked or written.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { ExportCancelledDto, ExportResultDto } from '../contract/dto';
import type { Workspace } from '../db/workspace';
import { exportCsv, pager, type ExportSource } from './export-service';

/** Picks the file to write, from a suggested folder and name; null when the user cancelled. */
export type ChooseExportFile = (suggested: { folder: string; fileName: string }) => Promise<string | null>;

/** Without a dialog: the suggested name in the suggested folder, numbered when taken, so no file is ever overwritten. */
export const exportsFolderChoice: ChooseExportFile = async ({ folder, fileName }) => {
  const stem = fileName.replace(/\.csv$/, '');
  let file = join(folder, fileName);
  for (let n = 2; existsSync(file); n++) file = join(folder, `${stem}-${n}.csv`);
  return file;
};

export function suggestedExportName(source: ExportSource, now: Date): string {
  const what =
    'jobId' in source
      ? `lookalike-job-${source.jobId}${source.minScore ? `-min-${source.minScore.toFixed(2)}` : ''}`
      : `list-${source.listId}`;
  return `${what}-${now.toISOString().slice(0, 10)}.csv`;
}

export async function exportForApp(
  ws: Workspace,
  source: ExportSource,
  choose: ChooseExportFile = exportsFolderChoice,
  now = new Date(),
): Promise<ExportResultDto | ExportCancelledDto> {
  pager(ws, source); // an unknown or unfinished source fails here, before a dialog opens
  const folder = join(dirname(ws.path), 'exports');
  mkdirSync(folder, { recursive: true });
  const chosen = await choose({ folder, fileName: suggestedExportName(source, now) });
  if (chosen === null) return { cancelled: true };
  // A name typed without an extension (Linux save dialogs do not add one) still gets .csv.
  return exportCsv(ws, source, extname(chosen) ? chosen : `${chosen}.csv`);
}

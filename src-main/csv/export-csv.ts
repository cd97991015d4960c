/**
 * Writing CSV that analysts open in Excel or load into their CRM.
 *
 * Formula injection: a text cell that starts with = + - @ tab or CR is
 * prefixed with `'` so a spreadsheet shows it instead of running it
 * (OWASP's CSV-injection advice). papaparse's `escapeFormulae: true` uses
 * /^[=+\-@\t\r].*$/, whose `.` stops at a line break — so a multi-line cell
 * such as "=HYPERLINK(…)\nx" slipped through; the anchored patterns below
 * look at the whole cell from its first character. Numbers are written as
 * numbers and left alone: -5 in a numeric column is a value, not a formula.
 *
 * Two flavours (issue 11, item 8). `spreadsheet` neutralises every cell
 * starting with one of those characters. `crm` writes what a CRM re-imports
 * unchanged: the apostrophe is data to a CRM, so `'+1 451 555 0100` would be
 * stored with it. It leaves alone the cells that are data whatever reads
 * them — a signed number (`-12.5`, `+3`) or a phone number (`+1 451 555
 * 0100`, `+44 (0)20 7946 0958`): digits and phone punctuation only, so
 * nothing a spreadsheet could run as a function, a cell reference or a DDE
 * call (`+cmd|…`), which OWASP's guidance is about. Anything else starting
 * with + or -, and every cell starting with = @ tab or CR, is neutralised in
 * both; so is `-2+3`, which is arithmetic rather than a number.
 *
 * Files start with a UTF-8 BOM (Excel otherwise reads UTF-8 as the local
 * code page and mangles accents) and use CRLF line ends (RFC 4180).
 *
 * A file is written under a temporary name of its own beside the target
 * (`name.csv.<host>-<pid>-<random>.partial`) and given its real name only when
 * complete, so a failed or killed export never leaves a truncated file under
 * the real name, and exports running at once never share a temporary file
 * (issue 9, defect 8). The real name is either replaced (a name the user
 * chose, and a Save dialog asked about) or taken exclusively — a hard link,
 * which fails rather than replace — moving on to "name-2.csv", "name-3.csv"…
 * while the name is taken. Temporary files a killed export left behind are
 * removed by the next export to the same name.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { link, open, readdir, rename, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import Papa from 'papaparse';

/** The cells a spreadsheet would evaluate: the first character only, whatever follows. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A signed decimal number, whole cell: `-12.5`, `+3`, `-.5`, `-1e5`. */
const SIGNED_NUMBER = String.raw`[+-](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
/** An international phone number, whole cell: + then digits, spaces, ( ) . - / (no letters, no second +). */
const PHONE = String.raw`\+\d[\d ().\/-]*\d`;
/**
 * The cells the `crm` flavour neutralises: FORMULA_START, except a whole
 * cell that is a signed number or a phone number. `$` without the m flag is
 * the end of the cell, so a line break after a number is still neutralised.
 */
export const CRM_FORMULA_START = new RegExp(String.raw`^(?!(?:${SIGNED_NUMBER}|${PHONE})$)[=+\-@\t\r]`);

/** `spreadsheet`: every risky first character neutralised; `crm`: exact values, formulas still neutralised. */
export type CsvFlavour = 'crm' | 'spreadsheet';

export type CsvCell = string | number | null;

const UNPARSE: Record<CsvFlavour, Papa.UnparseConfig> = {
  spreadsheet: { escapeFormulae: FORMULA_START, newline: '\r\n', header: false },
  crm: { escapeFormulae: CRM_FORMULA_START, newline: '\r\n', header: false },
};

/** Rows as CSV text, each line ended with CRLF; formula-like text cells neutralised as `flavour` says. */
export function csvLines(rows: readonly (readonly CsvCell[])[], flavour: CsvFlavour = 'spreadsheet'): string {
  if (!rows.length) return '';
  return Papa.unparse(rows as CsvCell[][], UNPARSE[flavour]) + '\r\n';
}

/** When the real name is taken: replace that file, or take the next free numbered name. */
export type IfTaken = 'replace' | 'number';

export interface CsvFileWriter {
  /** Appends rows; resolves once the file stream can take more (back-pressure). */
  write(rows: readonly (readonly CsvCell[])[]): Promise<void>;
  /** Flushes and moves the file into place; resolves with the name it got. */
  finish(): Promise<string>;
  /** Removes the partial file; the target is left as it was. */
  abort(): Promise<void>;
}

/** "folder/name-2.csv" for "folder/name.csv" and n = 2. */
export function numberedName(path: string, n: number): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-${n}${ext}`;
}

export async function openCsvFile(
  path: string,
  header: readonly string[],
  ifTaken: IfTaken = 'replace',
  flavour: CsvFlavour = 'spreadsheet',
): Promise<CsvFileWriter> {
  await removeStalePartials(path);
  const partial = `${path}.${hostname()}-${process.pid}-${randomBytes(6).toString('hex')}.partial`;
  const stream = createWriteStream(partial, { encoding: 'utf8', flags: 'wx' });
  await once(stream, 'open');
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const put = async (text: string) => {
    if (failure) throw failure;
    if (!stream.write(text)) await drained(stream);
  };
  await put('\uFEFF' + csvLines([header], flavour));
  return {
    write: (rows) => put(csvLines(rows, flavour)),
    async finish() {
      stream.end();
      await once(stream, 'finish');
      if (failure) throw failure;
      if (ifTaken === 'number') return linkUnderFreeName(partial, path);
      await rename(partial, path); // atomic: readers see the old file or the new one, whole
      return path;
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}

/** Gives the complete file `partial` the name `path`, or the first free numbered one; never replaces a file. */
async function linkUnderFreeName(partial: string, path: string): Promise<string> {
  for (let n = 1; ; n++) {
    const target = n === 1 ? path : numberedName(path, n);
    try {
      await link(partial, target);
    } catch (e) {
      if (errnoOf(e) === 'EEXIST') continue;
      // No hard links here (FAT and exFAT drives, some network shares): claim the name with an exclusive
      // create, then move the file over the empty claim.
      try {
        await (await open(target, 'wx')).close();
      } catch (claim) {
        if (errnoOf(claim) === 'EEXIST') continue;
        throw claim;
      }
      await rename(partial, target);
      return target;
    }
    await rm(partial, { force: true });
    return target;
  }
}

/** Removes `path`'s temporary files whose export process, on this host, is gone (killed mid-write); best effort. */
async function removeStalePartials(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return; // the folder is missing or unreadable: creating the file will say so
  }
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(.+)-(\d+)-[0-9a-f]+\.partial$/.exec(name.slice(prefix.length)) : null;
    if (!m || m[1] !== hostname() || Number(m[2]) === process.pid) continue;
    try {
      process.kill(Number(m[2]), 0);
    } catch (e) {
      if (errnoOf(e) === 'ESRCH') await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
    }
  }
}

function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function drained(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

import { resolve } from 'node:path';
import type { Entity, KeyCounts, Outcome, RecordKey } from '../../contract/dto';
import { RECORD_KEY_WORDS } from '../../contract/record-keys';
import type { Delimiter } from '../../csv/index';
import { OUTCOMES } from '../../crm/index';
import type { ImportOptions, ImportResult } from '../../import/import-file';
import type { ImportPreview } from '../../import/preview';
import { previewImportFile } from '../../services/local-services';
import type { CliIo } from '../context';
import { DB_OPTION, JSON_OPTION, dbPath, onePositional, parseCommandArgs, splitPair } from '../options';
import { writingWorkspace } from '../session';
import { UsageError } from '../usage';

const DELIMITERS: Record<string, Delimiter> = { ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t', '|': '|', pipe: '|' };

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DB_OPTION,
    ...JSON_OPTION,
    entity: { type: 'string' },
    map: { type: 'string', multiple: true },
    key: { type: 'string' },
    outcome: { type: 'string', multiple: true },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    'dry-run': { type: 'boolean' },
  });
  const file = resolve(io.cwd, onePositional(positionals, 'FILE'));
  const options: ImportOptions = {
    entity: parseEntity(values.entity as string | undefined),
    overrides: Object.fromEntries(((values.map as string[] | undefined) ?? []).map((m) => splitPair(m, '--map'))),
    keyHeader: values.key as string | undefined,
    outcomeOverrides: parseOutcomes((values.outcome as string[] | undefined) ?? []),
    encoding: values.encoding as string | undefined,
    delimiter: parseDelimiter(values.delimiter as string | undefined),
  };

  if (values['dry-run']) {
    // Against an existing workspace, the dry run also counts the rows that would update its records.
    const preview = await previewImportFile(file, options, dbPath(values.db, io.cwd));
    io.out(values.json ? JSON.stringify(preview, null, 2) : formatPreview(preview));
    return 0;
  }

  return writingWorkspace(values, io, 'import', async (session) => {
    let lastShown = 0;
    const result = await session.local.importFile(file, {
      ...options,
      onProgress: io.interactive
        ? (p) => {
            const now = Date.now();
            if (now - lastShown < 250) return;
            lastShown = now;
            const pct = p.bytesTotal ? Math.floor((100 * p.bytesRead) / p.bytesTotal) : 0;
            io.err(`\r${p.file}: ${p.rows.toLocaleString('en-US')} rows, ${pct}%`);
          }
        : undefined,
    });
    if (values.json) {
      io.out(JSON.stringify(result));
    } else {
      io.out(
        `Imported ${result.file} as ${result.entity}${result.preset ? ` (${result.preset})` : ''}: ` +
          `${result.imported} new, ${result.updated} updated${byKey(result.updatedBy)}, ${result.unchanged} unchanged, ${result.rejected} rejected ` +
          `— batch ${result.batchId}, ${(result.durationMs / 1000).toFixed(1)} s.` +
          (result.rejected ? `\nSee the rejected rows with: npm run --silent lookalike -- rejects ${result.batchId}` : '') +
          warningLines(result),
      );
    }
    return 0;
  }, { forJobs: true, create: true });
}

/** What was kept but not as written: values that did not parse, bytes the encoding could not read (the first few, with their rows). */
function warningLines(result: ImportResult): string {
  if (result.warnings === 0) return '';
  const shown = result.rowWarnings.slice(0, WARNINGS_SHOWN);
  const lines = [
    `\n${result.warnings.toLocaleString('en-US')} warning${result.warnings === 1 ? '' : 's'}` +
      (result.replacedBytes ? ` (${result.replacedBytes.toLocaleString('en-US')} unreadable byte${result.replacedBytes === 1 ? '' : 's'} stored as �)` : '') +
      ':',
    ...shown.map((w) => `  row ${w.rowNumber}${w.column ? `, column ${w.column}` : ''}: ${w.reason}`),
  ];
  if (result.warnings > shown.length) lines.push(`  … and ${(result.warnings - shown.length).toLocaleString('en-US')} more.`);
  lines.push(`All of them are kept with the batch: npm run --silent lookalike -- warnings ${result.batchId}`);
  return lines.join('\n');
}

/** The bytes the import would store as �, with their first rows; nothing when there are none. */
function replacedBytesLines(r: ImportPreview['replaced'], encoding: string): string[] {
  if (r.bytes === 0) return [];
  const scope = r.wholeFile ? '' : ` in the first ${r.rowsChecked.toLocaleString('en-US')} rows`;
  const lines = [
    '',
    `${r.bytes.toLocaleString('en-US')} byte${r.bytes === 1 ? '' : 's'}${scope} cannot be read as ${encoding} and would be stored as � ` +
      `(${r.rows.toLocaleString('en-US')} row${r.rows === 1 ? '' : 's'}, each with a warning):`,
    ...r.firstRows.map((row) => `  row ${row.rowNumber}: ${row.bytes} byte${row.bytes === 1 ? '' : 's'} in ${row.columns.join(', ') || 'the row'}`),
  ];
  if (r.rows > r.firstRows.length) lines.push(`  … and ${(r.rows - r.firstRows.length).toLocaleString('en-US')} more rows.`);
  return lines;
}

/** Row warnings printed after an import; --json carries more. */
const WARNINGS_SHOWN = 10;

/** ` (12 by email, 3 by record id)`, or nothing when no key was used. */
function byKey(counts: KeyCounts): string {
  const parts = (Object.entries(counts) as [RecordKey, number][]).map(([key, n]) => `${n} by ${RECORD_KEY_WORDS[key]}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function parseEntity(v: string | undefined): Entity | 'auto' {
  if (v === undefined || v === 'auto' || v === 'leads' || v === 'companies') return v ?? 'auto';
  throw new UsageError(`--entity must be auto, leads or companies, got "${v}"`);
}

function parseDelimiter(v: string | undefined): Delimiter | undefined {
  if (v === undefined) return undefined;
  const d = DELIMITERS[v];
  if (!d) throw new UsageError(`--delimiter must be one of , ; tab |, got "${v}"`);
  return d;
}

function parseOutcomes(pairs: string[]): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  for (const p of pairs) {
    const [value, outcome] = splitPair(p, '--outcome');
    if (!OUTCOMES.includes(outcome as Outcome)) throw new UsageError(`--outcome "${p}": the outcome must be one of ${OUTCOMES.join(', ')}`);
    out[value] = outcome as Outcome;
  }
  return out;
}

function formatPreview(p: ImportPreview): string {
  const delimiterName = p.format.delimiter === '\t' ? 'tab' : p.format.delimiter;
  const lines = [
    `File       ${p.file}`,
    `Format     ${p.format.encoding}${p.format.bom ? ' (BOM)' : ''}, delimiter ${delimiterName}, line ends ${JSON.stringify(p.format.newline).slice(1, -1)}`,
    `Preset     ${p.preset ?? 'none (generic mapping)'}`,
    `Entity     ${p.entity}`,
    `Identity   ${p.identity.kind}${p.identity.column ? ` (${p.identity.column})` : ''}`,
    '',
    'Mapping (header → field):',
  ];
  const width = Math.min(40, Math.max(...p.columns.map((c) => c.header.length)));
  for (const c of p.columns) {
    const target = c.ignored ? '(ignored)' : c.field ?? '(kept as extra field)';
    lines.push(`  ${c.header.padEnd(width)}  → ${target.padEnd(22)} ${c.source === 'none' ? '' : `[${c.source}]`}${c.sample ? `  e.g. ${c.sample}` : ''}`);
    lines.push(`  ${''.padEnd(width)}    ${c.reason}`);
  }
  if (p.outcomes.length) {
    lines.push('', 'Outcomes (column: value → outcome; override a status with --outcome "Value=outcome"):');
    for (const o of p.outcomes) lines.push(`  ${o.column}: ${o.value} → ${o.outcome}  (${o.rows} of the previewed rows)`);
  }
  if (p.implicitCampaign) lines.push('', `Rows with an outcome join the campaign "${p.implicitCampaign}" (the file has no campaign column).`);
  lines.push('', `First ${p.rows.length} rows as they would be stored:`);
  for (const r of p.rows) lines.push('  ' + JSON.stringify(r));
  if (p.rejected.length) {
    lines.push('', 'Rows that would be rejected (in the previewed part):');
    for (const r of p.rejected) lines.push(`  row ${r.rowNumber}${r.column ? `, column ${r.column}` : ''}: ${r.reason}`);
  }
  if (p.existing && p.existing.rowsChecked > 0) {
    const { matched, rowsChecked, wholeFile } = p.existing;
    const scope = wholeFile ? `${matched} of ${rowsChecked} rows` : `${matched} of the first ${rowsChecked} rows`;
    lines.push('', `${scope} match records already in the workspace${byKey(p.existing.byKey)}: they update those records instead of adding new ones.`);
  }
  lines.push(...replacedBytesLines(p.replaced, p.format.encoding));
  lines.push('', 'Dry run: nothing was written.');
  return lines.join('\n');
}

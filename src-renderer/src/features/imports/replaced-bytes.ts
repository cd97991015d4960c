/** What the preview says of the bytes an import will store as � (none: null). */
import type { ImportPreviewDto } from '../../../../src-main/contract/dto';
import { formatCount } from '../../lib/format';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export function replacedBytesText(r: ImportPreviewDto['replacedBytes'], encoding: string): { summary: string; rows: string } | null {
  if (r.bytes === 0) return null;
  const scope = r.wholeFile ? '' : ` in its first ${formatCount(r.rowsChecked)} rows`;
  const summary =
    `${plural(r.bytes, 'byte', 'bytes')} of this file${scope} cannot be read as ${encoding}: the import stores ${r.bytes === 1 ? 'it' : 'them'} as � ` +
    `in ${plural(r.rows, 'row', 'rows')}, keeps those rows and lists each with its warnings.`;
  const listed = r.firstRows.map((row) => `row ${formatCount(row.rowNumber)} (${row.columns.join(', ') || 'whole row'})`).join(', ');
  const more = r.rows > r.firstRows.length ? `, and ${plural(r.rows - r.firstRows.length, 'more row', 'more rows')}` : '';
  return { summary, rows: `${r.rows === 1 ? 'Row' : 'Rows'}: ${listed}${more}.` };
}

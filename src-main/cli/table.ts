/** Plain-text tables for human output: columns padded to their widest cell, long cells cut with an ellipsis. */
export type Cell = string | number | null | undefined;

export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[], maxWidth = 40): string {
  const text = (c: Cell) => {
    const s = c === null || c === undefined ? '' : String(c).replace(/\s+/g, ' ');
    return s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s;
  };
  const cells = [headers.map(text), ...rows.map((r) => headers.map((_, i) => text(r[i])))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

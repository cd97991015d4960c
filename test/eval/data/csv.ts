/** RFC 4180 writing for the evaluation-data generators. */

/** Quotes a cell only when it holds the delimiter, a quote or a line break. */
export function csvCell(value: string, delimiter = ','): string {
  const needsQuotes = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Always quotes, the way R's write.table (and so the UCI bank-marketing files) writes strings. */
export function quotedCell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly string[], delimiter = ',', eol = '\r\n'): string {
  return cells.map((c) => csvCell(c, delimiter)).join(delimiter) + eol;
}

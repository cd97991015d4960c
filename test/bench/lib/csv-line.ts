/** RFC 4180 cell quoting for generated files: quote only when needed, double embedded quotes. */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with a CRLF terminator, the line ending HubSpot and Excel exports use. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

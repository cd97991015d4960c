/**
 * A set of row indices as a packed bitmap: bit (row & 7) of byte (row >> 3).
 * Used for the rows a search must skip (already in a list, the profile's own
 * examples, suppressed). One bit per row keeps a million-row exclusion set at
 * 125 KB, cheap to clone into a worker or to share.
 */

export type RowBitmap = Uint8Array;

export function createRowBitmap(rowCount: number): RowBitmap {
  if (!Number.isInteger(rowCount) || rowCount < 0) throw new RangeError(`row count must be a non-negative integer, got ${rowCount}`);
  return new Uint8Array(Math.ceil(rowCount / 8));
}

export function markRow(bitmap: RowBitmap, row: number): void {
  const byte = row >>> 3;
  if (!Number.isInteger(row) || row < 0 || byte >= bitmap.length) throw new RangeError(`row ${row} is outside a bitmap of ${bitmap.length * 8} rows`);
  bitmap[byte] = (bitmap[byte] as number) | (1 << (row & 7));
}

/** Rows beyond the bitmap's end count as unmarked, so a bitmap built before rows were appended stays valid. */
export function isRowMarked(bitmap: RowBitmap, row: number): boolean {
  return (((bitmap[row >>> 3] ?? 0) >>> (row & 7)) & 1) === 1;
}

export function rowBitmapOf(rowCount: number, rows: Iterable<number>): RowBitmap {
  const bitmap = createRowBitmap(rowCount);
  for (const row of rows) markRow(bitmap, row);
  return bitmap;
}

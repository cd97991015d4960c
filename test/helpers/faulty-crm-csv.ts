/**
 * The CRM export with faults an import keeps rows through (issue 9), as the
 * service tests and the browser journey both write it: valid UTF-8 but for
 * three bytes — two in row 3's first name (data row R2), one in row 5's notes
 * (R4) — and row 4's email (R3) holds a control character, dropped with a
 * warning. Row numbers count the header as row 1, as the import reports them.
 * The last rows differ by test (a plain row, or one with formula payloads),
 * so the caller gives them.
 */
import { writeFileSync } from 'node:fs';

/** A last row without faults. */
export const PLAIN_LAST_ROW = 'R5,Chloë,c@x.com,fine';

/** Writes the file at `path` (header Record ID, First Name, Email, Notes), ending with `lastRows` (CSV lines); returns `path`. */
export function writeFaultyCrmCsv(path: string, lastRows: readonly string[] = [PLAIN_LAST_ROW]): string {
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('Record ID,First Name,Email,Notes\nR1,André,a@x.com,fine\nR2,Ma', 'utf8'),
      Buffer.from([0xe9, 0xe9]), // Latin-1 "éé": not UTF-8
      Buffer.from('l,m@x.com,ok\nR3,Zoë,c@d\x04e.com,ok\nR4,Jürgen,j@x.com,note ', 'utf8'),
      Buffer.from([0x96]), // a Windows-1252 dash
      Buffer.from(` later\n${lastRows.map((row) => `${row}\n`).join('')}`, 'utf8'),
    ]),
  );
  return path;
}

/**
 * Missing-value markers for canonical fields. CRM and form exports write
 * "no answer" in many ways (`Select` is X Education's unanswered dropdown,
 * `#N/A` is Excel's). Extras are never passed through here: they keep the
 * raw text.
 */

function isMissingMarker(trimmed: string): boolean {
  switch (trimmed.length) {
    case 1:
      return trimmed === '-';
    case 2:
      return trimmed === '--';
    case 3:
      return trimmed.toLowerCase() === 'n/a';
    case 4: {
      const lower = trimmed.toLowerCase();
      return lower === 'null' || lower === '#n/a';
    }
    case 6:
      return trimmed.toLowerCase() === 'select';
    default:
      return false;
  }
}

/** Space and control characters; anything above may start or end a value untrimmed (NBSP and friends go through trim). */
const SPACE = 32;
const ASCII_END = 127;

function needsTrim(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= SPACE || last <= SPACE || first > ASCII_END || last > ASCII_END;
}

/** The trimmed value, or null when the cell is empty, whitespace or a missing marker. */
export function presentValue(raw: string | undefined | null): string | null {
  if (raw == null || raw.length === 0) return null;
  // Called for every mapped cell of every row: skip the trim call for the common already-clean cell.
  const trimmed = needsTrim(raw) ? raw.trim() : raw;
  if (trimmed.length === 0 || (trimmed.length <= 6 && isMissingMarker(trimmed))) return null;
  return trimmed;
}

/** True when the cell has any non-whitespace character (the test for keeping an extra). */
export function isBlank(raw: string | undefined | null): boolean {
  if (raw == null || raw.length === 0) return true;
  return needsTrim(raw) && raw.trim().length === 0;
}

export function isMissingValue(raw: string | undefined | null): boolean {
  return presentValue(raw) === null;
}

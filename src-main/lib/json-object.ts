/**
 * A stored JSON object (a record's extra fields, say), or null when the text
 * is empty, damaged, or not an object. The workspace may hold hand-edited or
 * damaged values; reading one must never throw.
 */
export function parseJsonObject(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

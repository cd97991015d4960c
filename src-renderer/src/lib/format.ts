/** Display formatting shared by every screen. Pure; locale from the browser. */
const countFormat = new Intl.NumberFormat(undefined);
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const sameYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** The year is said only when it is not this one. */
const dateTimeFormatFor = (date: Date, now: Date) => (date.getFullYear() === now.getFullYear() ? sameYearFormat : dateTimeFormat);

/** "12 Mar, 14:05" this year, "12 Mar 2024, 14:05" before; the raw text if it does not parse. */
export function formatDateTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormatFor(date, now).format(date);
}

/**
 * formatDateTime's text cut where the time of day begins ("Dec 5, " and "11:32 PM"), so a narrow cell can put
 * the time beneath the date; `date + time` is formatDateTime's text. Whole in `date` if it does not parse.
 */
export function formatDateTimeParts(iso: string, now: Date = new Date()): { date: string; time: string } {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { date: iso, time: '' };
  const format = dateTimeFormatFor(date, now);
  const parts = format.formatToParts(date);
  // The hour or, where it comes first ("오후 11:32"), the day period: the locale's order decides, not a fixed index.
  const cut = parts.findIndex((p) => p.type === 'hour' || p.type === 'dayPeriod');
  // Cut format()'s own text: engines may space its parts differently (a narrow no-break space before "PM").
  const whole = format.format(date);
  const at = parts.slice(0, Math.max(cut, 0)).reduce((length, p) => length + p.value.length, 0);
  return cut <= 0 ? { date: whole, time: '' } : { date: whole.slice(0, at), time: whole.slice(at) };
}

/** "0.4 s", "12 s", "3 min 05 s" between two ISO timestamps; null while unfinished. */
export function formatDuration(startIso: string, endIso: string | null): string | null {
  if (!endIso) return null;
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The preset's display name as stored by the importer; imports without one were mapped by header names. */
export function formatPreset(preset: string | null): string {
  return preset ?? 'None';
}

/** Tab, comma and friends named, since a literal tab is invisible in a cell. */
export function formatDelimiter(delimiter: string): string {
  const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
  return names[delimiter] ?? delimiter;
}

/**
 * What to call a record in a table: its name, else its email, else its id in
 * the CRM it came from (to find it there), else the workspace's own number.
 */
export function recordLabel(r: { id: number; name: string | null; email?: string | null; recordId?: string | null }): string {
  return r.name ?? r.email ?? r.recordId ?? `#${r.id}`;
}

/**
 * Multi-value cells. HubSpot separates checkbox values with `;` and its
 * option labels may contain commas (`Health, Wellness and Fitness`), so a
 * cell with any `;` is split on `;` only; otherwise on `,` (Apollo's
 * `Gmail, , Android`). Items are trimmed and empty items dropped.
 */
import { presentValue } from './missing';

export function splitList(raw: string | null | undefined): string[] {
  const value = presentValue(raw);
  if (value === null) return [];
  const separator = value.includes(';') ? ';' : ',';
  const items: string[] = [];
  for (const part of value.split(separator)) {
    const item = presentValue(part);
    if (item !== null) items.push(item);
  }
  return items;
}

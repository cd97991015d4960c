/** Typed option values: ids (positive whole numbers, one or comma-separated), numbers, entities, outcomes. Bad input is a usage error. */
import type { Entity, Outcome } from '../contract/dto';
import { OUTCOMES } from '../crm/index';
import { UsageError } from './usage';

export function parseId(text: string | undefined, what: string): number {
  const id = Number(text);
  if (text === undefined || !/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(`${what} must be a positive whole number, got "${text ?? ''}"`);
  }
  return id;
}

/** "3,5, 8" → [3, 5, 8]; an empty item or a non-number is a usage error naming it. */
export function parseIdList(text: string, flag: string): number[] {
  return text.split(',').map((part) => parseId(part, `each id in ${flag}`));
}

export function parseNumber(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} must be a number, got "${text}"`);
  return n;
}

export function parseEntity(v: string | undefined): Entity {
  if (v === undefined || v === 'leads' || v === 'companies') return v ?? 'leads';
  throw new UsageError(`--entity must be leads or companies, got "${v}"`);
}

/** `--positive won,replied` (repeatable): the outcomes that make an example. */
export function parseOutcomes(texts: readonly string[]): Outcome[] {
  const outcomes = texts.flatMap((p) => p.split(',')).map((p) => p.trim());
  for (const p of outcomes) if (!OUTCOMES.includes(p as Outcome)) throw new UsageError(`--positive takes outcomes (${OUTCOMES.join(', ')}), got "${p}"`);
  return outcomes as Outcome[];
}

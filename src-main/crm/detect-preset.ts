/**
 * Scores every preset against a header row and returns the best one that
 * clears its threshold. Ties go to the preset listed first.
 */
import type { CrmPreset } from './presets';
import { PRESETS } from './presets';

export interface DetectedPreset {
  id: string;
  name: string;
  score: number;
}

function looseSpelling(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface HeaderSpellings {
  exact: ReadonlySet<string>;
  loose: ReadonlySet<string>;
}

function spellingsOf(headers: readonly string[]): HeaderSpellings {
  return {
    exact: new Set(headers.map((h) => h.trim())),
    loose: new Set(headers.map(looseSpelling)),
  };
}

function hasSignal(spellings: HeaderSpellings, signal: string): boolean {
  return signal.startsWith('=') ? spellings.exact.has(signal.slice(1)) : spellings.loose.has(looseSpelling(signal));
}

export function scorePreset(preset: CrmPreset, headers: readonly string[]): number {
  const spellings = spellingsOf(headers);
  return scoreWith(preset, headers, spellings);
}

function scoreWith(preset: CrmPreset, headers: readonly string[], spellings: HeaderSpellings): number {
  let score = 0;
  for (const [signal, weight] of preset.signals) {
    if (hasSignal(spellings, signal)) score += weight;
  }
  const prefix = preset.prefixSignal;
  if (prefix) {
    let prefixScore = 0;
    for (const header of headers) if (prefix.pattern.test(header.trim())) prefixScore += prefix.weight;
    score += Math.min(prefixScore, prefix.max);
  }
  return score;
}

export function detectPreset(headers: readonly string[]): DetectedPreset | null {
  const spellings = spellingsOf(headers);
  let best: DetectedPreset | null = null;
  for (const preset of PRESETS) {
    const score = scoreWith(preset, headers, spellings);
    if (score >= preset.minScore && (best === null || score > best.score)) {
      best = { id: preset.id, name: preset.name, score };
    }
  }
  return best;
}

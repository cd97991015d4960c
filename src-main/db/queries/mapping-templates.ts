/**
 * Mapping templates (migration 0006): the column overrides and status remaps
 * a file was imported with, per CRM preset and header layout, so the next
 * preview of a file laid out the same starts from them.
 */
import type Database from 'better-sqlite3';
import type { Entity, OutcomeChoice } from '../../contract/dto';
import { prepared } from '../statements';

export interface MappingTemplate {
  entity: Entity | null;
  overrides: Record<string, string>;
  outcomes: Record<string, OutcomeChoice>;
  savedAt: string;
}

export interface TemplateKey {
  preset: string;
  headerDigest: string;
}

interface TemplateRow {
  entity: Entity | null;
  overrides: string;
  outcomes: string;
  saved_at: string;
}

export function getMappingTemplate(db: Database.Database, key: TemplateKey): MappingTemplate | null {
  const row = prepared<[string, string], TemplateRow>(
    db,
    'SELECT entity, overrides, outcomes, saved_at FROM mapping_templates WHERE preset = ? AND header_digest = ?',
  ).get(key.preset, key.headerDigest);
  if (!row) return null;
  return { entity: row.entity, overrides: JSON.parse(row.overrides), outcomes: JSON.parse(row.outcomes), savedAt: row.saved_at };
}

export function saveMappingTemplate(db: Database.Database, key: TemplateKey, template: MappingTemplate): void {
  prepared(
    db,
    `INSERT INTO mapping_templates (preset, header_digest, entity, overrides, outcomes, saved_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (preset, header_digest) DO UPDATE SET entity = excluded.entity, overrides = excluded.overrides,
       outcomes = excluded.outcomes, saved_at = excluded.saved_at`,
  ).run(key.preset, key.headerDigest, template.entity, JSON.stringify(template.overrides), JSON.stringify(template.outcomes), template.savedAt);
}

export function deleteMappingTemplate(db: Database.Database, key: TemplateKey): void {
  prepared(db, 'DELETE FROM mapping_templates WHERE preset = ? AND header_digest = ?').run(key.preset, key.headerDigest);
}

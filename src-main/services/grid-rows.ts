/**
 * What the results grids (a job's candidates, a list's members) show of each
 * record beyond its name and score: its canonical fields by column name, the
 * extra fields the user chose as columns, and whether it is a duplicate of an
 * earlier record of the same person or company. The extras and duplicates are read for
 * the page's rows only (db/queries/record-grid.ts).
 */
import type { DuplicateDto, Entity, GridQueryDto, RecordFieldsDto } from '../contract/dto';
import { duplicatesOf, pickedExtras } from '../db/queries/record-grid';
import type { ScoredRecordRow } from '../db/queries/record-rows';
import type Database from 'better-sqlite3';

export function recordFields(r: ScoredRecordRow): RecordFieldsDto {
  const shared = {
    domain: r.domain,
    industry: r.industry,
    employees: r.employees,
    revenue: r.revenue,
    country: r.country,
    state: r.state,
    city: r.city,
    status: r.status,
    owner: r.owner,
    createdAt: r.created_at,
  };
  if (r.entity === 'companies') {
    return { ...shared, email: null, title: null, company: r.name, seniority: null, department: null, outcome: null, leadScore: null };
  }
  return { ...shared, email: r.email, title: r.title, company: r.company, seniority: r.seniority, department: r.department, outcome: r.outcome, leadScore: r.score };
}

/** The page's extras and duplicates, by record id; `rankOf` names a duplicate's rank in the job shown. */
export interface PageExtras {
  extra: (id: number) => Record<string, string>;
  duplicateOf: (id: number) => DuplicateDto | null;
}

const NO_EXTRA: Record<string, string> = {};

export function pageExtras(
  db: Database.Database,
  entity: Entity,
  rows: readonly ScoredRecordRow[],
  query: GridQueryDto,
  rankOf: (ids: number[]) => Map<number, number> = () => new Map(),
): PageExtras {
  const ids = rows.map((r) => r.id);
  const extras = pickedExtras(db, entity, ids, query.extras ?? []);
  const dups = duplicatesOf(db, entity, ids);
  const ranks = dups.length > 0 ? rankOf(dups.map((d) => d.dup_id)) : new Map<number, number>();
  const byId = new Map(dups.map((d) => [d.id, { id: d.dup_id, name: d.dup_name, by: d.by, rank: ranks.get(d.dup_id) ?? null } satisfies DuplicateDto]));
  return { extra: (id) => extras.get(id) ?? NO_EXTRA, duplicateOf: (id) => byId.get(id) ?? null };
}

/**
 * exclusions: rows that may not be candidates — the examples, excluded lists
 * and segments, records failing the filters, and in a re-ranking the records
 * the analyst marked not a fit (judged already: offering them again would ask
 * the same question twice; records like them fall through the training set's
 * counter-examples).
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../../contract/dto';
import { segmentMemberIds } from '../../db/queries/segments';
import { rowOf } from '../../engine/backtest-data';
import { memberIds } from '../../engine/sources';
import type { Condition } from '../../segments/condition';
import { createRowBitmap, markRow } from '../../../src-model/vector-search/row-bitmap';
import type { JobPhase } from '../job-phase';

export const exclusionsPhase: JobPhase = {
  name: 'exclusions',
  lap: 'exclusionsMs',
  run(state) {
    const { db, params, matrix: m } = state;
    const exclude = createRowBitmap(m.rows);
    const mark = (id: number) => {
      const r = rowOf(m.ids, id);
      if (r >= 0) markRow(exclude, r);
    };
    for (const id of state.positives.ids) mark(id);
    for (const ref of params.exclude) for (const id of memberIds(db, ref).ids) mark(id);
    for (const id of params.review?.notAFit ?? []) mark(id);
    const allowed = filteredIds(db, params.entity, params.filters);
    if (allowed) for (let r = 0; r < m.rows; r++) if (!allowed.has(m.ids[r]!)) markRow(exclude, r);
    state.exclude = exclude;
  },
};

/** Record ids that pass the job's filters, or null when there are none. */
function filteredIds(db: Database.Database, entity: Entity, filters: Condition[]): Set<number> | null {
  if (filters.length === 0) return null;
  return new Set(segmentMemberIds(db, { entity, conditions: filters }));
}

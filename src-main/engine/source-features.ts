/**
 * Which imported columns a job's source forbids as features: a segment's
 * own conditions. A segment "y = yes" or "Lead Stage = Customer" holds every
 * record with that value, so the value says nothing about which of the
 * others are alike, yet it would dominate any profile of the members, and a
 * backtest would "recover" held-out members by the very value that defines
 * them. Those columns are left out of the features, as an analyst would.
 */
import type Database from 'better-sqlite3';
import type { Entity } from '../contract/dto';
import { describeFields } from '../db/queries/record-filter';
import { getSegment } from '../db/queries/segments';
import type { SourceRef } from './sources';

export function sourceDefiningFields(db: Database.Database, entity: Entity, source: SourceRef): string[] {
  if (source.kind !== 'segment') return [];
  const segment = getSegment(db, source.id);
  if (!segment) return [];
  return describeFields(entity, segment.conditions).flatMap((f) => (f.resolved.kind === 'extra' ? [f.resolved.header] : []));
}

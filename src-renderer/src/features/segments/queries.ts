/**
 * Saved segments with how many records match now (invalidated by segment
 * changes, announced as `segments.changed` from any window, by imports and
 * jobs), and what the builder offers: fields and their common values.
 */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';
import type { Entity } from '../../../../src-main/contract/dto';

export const segmentKeys = {
  all: ['segments'] as const,
  list: () => [...segmentKeys.all, 'list'] as const,
  /** Fields and values change with imports, which invalidate `all`. */
  fields: (entity: Entity) => [...segmentKeys.all, 'fields', entity] as const,
  values: (entity: Entity, field: string, search: string) => [...segmentKeys.all, 'values', entity, field, search] as const,
};

export const segmentsQuery = (api: Api) => queryOptions({ queryKey: segmentKeys.list(), queryFn: () => api['segments.list']() });

export const conditionFieldsQuery = (api: Api, entity: Entity) =>
  queryOptions({ queryKey: segmentKeys.fields(entity), queryFn: () => api['segments.fields']({ entity }) });

/** How many values the value box offers at once. */
export const VALUES_SHOWN = 12;

export const fieldValuesQuery = (api: Api, entity: Entity, field: string, search: string) =>
  queryOptions({
    queryKey: segmentKeys.values(entity, field, search),
    queryFn: () => api['segments.values']({ entity, field, limit: VALUES_SHOWN, ...(search ? { search } : {}) }),
  });

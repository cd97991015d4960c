/** Saved segments with how many records match now: invalidated by segment mutations, imports and jobs (lookalike_score). */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';

export const segmentKeys = {
  all: ['segments'] as const,
  list: () => [...segmentKeys.all, 'list'] as const,
};

export const segmentsQuery = (api: Api) => queryOptions({ queryKey: segmentKeys.list(), queryFn: () => api['segments.list']() });

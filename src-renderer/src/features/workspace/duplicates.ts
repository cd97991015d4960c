/**
 * An older workspace's duplicate leads and companies (issue 9, defect 4
 * follow-up): the preview, and the merge and its undo. Both mutations change
 * records, lists, campaigns and jobs' examples, so they refresh every query;
 * the `workspace.merged` event does the same in other windows.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';
import { DUPLICATE_KEY_WORDS, type DuplicateKeyCount } from '../../../../src-main/contract/duplicates';
import { useApi } from '../../api/api-context';
import { formatCount } from '../../lib/format';
import { workspaceKeys } from './queries';

export const duplicatesQuery = (api: Api) =>
  queryOptions({ queryKey: [...workspaceKeys.all, 'duplicates'] as const, queryFn: () => api['workspace.duplicates']() });

export function useMergeDuplicates() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => api['workspace.mergeDuplicates'](), onSettled: () => queryClient.invalidateQueries() });
}

export function useUndoMerge() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (mergeId: number) => api['workspace.undoMerge']({ mergeId }), onSettled: () => queryClient.invalidateQueries() });
}

export const keyWords = (key: DuplicateKeyCount['key']) => DUPLICATE_KEY_WORDS[key];

export const countOf = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "3,985 leads and 5,015 companies", leaving out a zero. */
export function recordsText(leads: number, companies: number): string {
  const parts = [...(leads ? [countOf(leads, 'lead', 'leads')] : []), ...(companies ? [countOf(companies, 'company', 'companies')] : [])];
  return parts.join(' and ') || 'No records';
}

/** The keys that joined them, strongest first and without repeats: "same email / same domain". */
export function keysText(counts: readonly DuplicateKeyCount[]): string {
  return [...new Set(counts.filter((c) => c.records > 0).map((c) => DUPLICATE_KEY_WORDS[c.key]))].join(' / ');
}

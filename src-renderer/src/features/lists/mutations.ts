/**
 * What changes lists. No event says a list changed (only this window changes
 * them), so each mutation invalidates the lists, their members and the
 * workspace counts itself.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiPayload } from '../../../../src-main/contract/api';
import type { Entity } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { workspaceKeys } from '../workspace/queries';
import { listKeys } from './queries';

const listsChanged = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: listKeys.all }), queryClient.invalidateQueries({ queryKey: workspaceKeys.all })]);

/** What to add to a list: picked records (`jobId`: picked in that job's grid, whose scores they keep), or a finished job's candidates (those scoring at least `minScore`). */
export type AddedRecords = { ids: number[]; entity?: Entity; jobId?: number } | { fromJob: number; minScore?: number };

/** Adds records to a list, creating the list first when the target is a new one. */
export function useAddToList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, records }: { target: { listId: number } | { create: ApiPayload<'lists.create'> }; records: AddedRecords }) => {
      const listId = 'listId' in target ? target.listId : (await api['lists.create'](target.create)).id;
      return api['lists.add']({ listId, ...records });
    },
    // Settled, not succeeded: a list created before the add failed is still a new list.
    onSettled: () => listsChanged(queryClient),
  });
}

export function useRemoveFromList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (request: ApiPayload<'lists.remove'>) => api['lists.remove'](request), onSuccess: () => listsChanged(queryClient) });
}

/** Members taken off a list, each with the job its score came from (null: none), for Undo. */
export type RemovedMembers = { id: number; jobId: number | null }[];

/**
 * Undo of "Take off the list": puts the members back, each with the job (and
 * so the score) it had — one add per job, since an add keeps one job's
 * scores. Answers how many went back.
 */
export function useRestoreToList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ listId, entity, members }: { listId: number; entity: Entity; members: RemovedMembers }) => {
      const byJob = new Map<number | null, number[]>();
      for (const m of members) byJob.set(m.jobId, [...(byJob.get(m.jobId) ?? []), m.id]);
      let added = 0;
      for (const [jobId, ids] of byJob) {
        added += (await api['lists.add']({ listId, ids, entity, ...(jobId === null ? {} : { jobId }) })).added;
      }
      return added;
    },
    onSettled: () => listsChanged(queryClient),
  });
}

export function useDeleteList() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (listId: number) => api['lists.delete']({ listId }),
    onSuccess: (_r, listId) => {
      queryClient.removeQueries({ queryKey: [...listKeys.all, 'members', listId] });
      // Not awaited: the caller closes the list at once, and the lists read again behind it.
      void listsChanged(queryClient);
    },
  });
}

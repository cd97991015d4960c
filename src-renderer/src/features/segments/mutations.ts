/**
 * What changes segments. Each invalidates the segments and the workspace
 * counts at once in this window; other windows (and this one, for changes
 * made through the API) follow the `segments.changed` event (api/live-invalidation.ts).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ApiPayload } from '../../../../src-main/contract/api';
import { useApi } from '../../api/api-context';
import { workspaceKeys } from '../workspace/queries';
import { segmentKeys } from './queries';

const segmentsChanged = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: segmentKeys.all }), queryClient.invalidateQueries({ queryKey: workspaceKeys.all })]);

export function useCreateSegment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (request: ApiPayload<'segments.create'>) => api['segments.create'](request), onSuccess: () => segmentsChanged(queryClient) });
}

export function useUpdateSegment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (request: ApiPayload<'segments.update'>) => api['segments.update'](request), onSuccess: () => segmentsChanged(queryClient) });
}

export function useDeleteSegment() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (segmentId: number) => api['segments.delete']({ segmentId }), onSuccess: () => segmentsChanged(queryClient) });
}

/** The workspace's path and counts (the stat tiles): read again after anything that adds or removes records, lists or segments. */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';

export const workspaceKeys = {
  all: ['workspace'] as const,
  info: () => [...workspaceKeys.all, 'info'] as const,
};

export const workspaceInfoQuery = (api: Api) => queryOptions({ queryKey: workspaceKeys.info(), queryFn: () => api['workspace.info']() });

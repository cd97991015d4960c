/** Campaigns come from imports (their outcomes): invalidated when an import ends. */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: () => [...campaignKeys.all, 'list'] as const,
};

export const campaignsListQuery = (api: Api) => queryOptions({ queryKey: campaignKeys.list(), queryFn: () => api['campaigns.list']() });

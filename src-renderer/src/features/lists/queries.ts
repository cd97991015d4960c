/** Lists and their members (with each member's latest score): invalidated by list mutations, imports and jobs that write scores. */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';

export const listKeys = {
  all: ['lists'] as const,
  list: () => [...listKeys.all, 'list'] as const,
  members: (listId: number, offset: number, limit: number) => [...listKeys.all, 'members', listId, { offset, limit }] as const,
};

export const listsQuery = (api: Api) => queryOptions({ queryKey: listKeys.list(), queryFn: () => api['lists.list']() });

export const listMembersQuery = (api: Api, listId: number, offset: number, limit: number) =>
  queryOptions({ queryKey: listKeys.members(listId, offset, limit), queryFn: () => api['lists.members']({ listId, offset, limit }) });

/** Lists and their members (with each member's latest score): invalidated by list mutations, imports and jobs that write scores. */
import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../../src-main/contract/api';
import type { GridQueryDto, ListMemberSortColumn, ListSortColumn, SortDto } from '../../../../src-main/contract/dto';

export const listKeys = {
  all: ['lists'] as const,
  /** The lists in every order. */
  list: () => [...listKeys.all, 'list'] as const,
  sortedList: (sort: SortDto<ListSortColumn> | undefined) => [...listKeys.list(), sort ?? 'by id'] as const,
  /** A page of a list's members; everything under [...all, 'members', listId] is that list's. */
  members: (listId: number, offset: number, limit: number, sort?: SortDto<ListMemberSortColumn>, query: GridQueryDto = {}) =>
    [...listKeys.all, 'members', listId, { offset, limit, sort: sort ?? null, query }] as const,
};

export const listsQuery = (api: Api, sort?: SortDto<ListSortColumn>) =>
  queryOptions({ queryKey: listKeys.sortedList(sort), queryFn: () => api['lists.list'](sort ? { sort } : undefined) });

export const listMembersQuery = (api: Api, listId: number, offset: number, limit: number, sort?: SortDto<ListMemberSortColumn>, query: GridQueryDto = {}) =>
  queryOptions({
    queryKey: listKeys.members(listId, offset, limit, sort, query),
    queryFn: () =>
      api['lists.members']({
        listId,
        offset,
        limit,
        ...(sort ? { sort } : {}),
        ...(query.search ? { search: query.search } : {}),
        ...(query.filters?.length ? { filters: query.filters } : {}),
        ...(query.extras?.length ? { extras: query.extras } : {}),
        ...(query.fold ? { fold: true } : {}),
      }),
  });

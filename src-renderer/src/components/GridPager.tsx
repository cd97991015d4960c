/**
 * The pager under a results grid whose page and page size live in its
 * address (useGridAddress): a job's candidates, a list's members.
 */
import type { ComponentProps } from 'react';
import { Pager } from './Pager';
import type { GridAddress } from './use-grid-address';

type Props<C extends string> = { grid: GridAddress<C> } & Omit<ComponentProps<typeof Pager>, 'offset' | 'pageSize' | 'onOffset' | 'onPageSize'>;

export function GridPager<C extends string>({ grid, ...pager }: Props<C>) {
  return <Pager {...pager} offset={grid.offset} pageSize={grid.pageSize} onOffset={grid.setOffset} onPageSize={grid.setPageSize} />;
}

/**
 * What the tools above a results grid (GridToolStrip) choose, as the query
 * the core answers: the search, filters and folding from the grid's address
 * (useGridAddress), and the columns added from the chooser (remembered per
 * grid and entity, useChosenColumns), of which the imported extra fields are
 * read with the rows.
 */
import { useMemo } from 'react';
import type { Entity, GridQueryDto } from '../../../src-main/contract/dto';
import { chosenExtras } from '../lib/grid-columns';
import type { GridAddress } from './use-grid-address';
import { useChosenColumns } from './use-chosen-columns';

export interface GridTools<C extends string> {
  grid: GridAddress<C>;
  entity: Entity;
  chosenColumns: string[];
  setChosenColumns: (columns: string[]) => void;
  /** Sent with every page. */
  query: GridQueryDto;
  /** A search, a filter or folding leaves out rows: counts and "all shown" then speak of fewer. */
  narrowed: boolean;
}

/** `name`: the grid whose chosen columns are remembered (`candidates`, `members`). */
export function useGridTools<C extends string>(grid: GridAddress<C>, name: string, entity: Entity): GridTools<C> {
  const { search, filters, fold } = grid.state;
  const [chosenColumns, setChosenColumns] = useChosenColumns(name, entity);
  const query: GridQueryDto = useMemo(() => ({ search, filters, extras: chosenExtras(chosenColumns), fold }), [search, filters, chosenColumns, fold]);
  const narrowed = search !== '' || filters.length > 0 || fold;
  return { grid, entity, chosenColumns, setChosenColumns, query, narrowed };
}

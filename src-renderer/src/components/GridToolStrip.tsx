/**
 * The strip of tools above a results grid — a job's candidates, a list's
 * members: quick search and column filters, Fold duplicates, and the column
 * chooser. Their choices are kept by useGridTools (the address, and the
 * chosen columns per entity); the strip only shows and changes them.
 */
import { useMemo } from 'react';
import { filterableColumns } from '../lib/grid-columns';
import { ColumnChooser } from './ColumnChooser';
import { FoldDuplicates } from './FoldDuplicates';
import { GridFilters } from './GridFilters';
import type { GridTools } from './use-grid-tools';
import './GridTools.css';

interface Props<C extends string> {
  tools: GridTools<C>;
  /** What the filters call the score column: "Score", "Lookalike score". */
  scoreLabel: string;
  /** Columns the grid always shows (the chooser does not offer them). */
  fixedColumns: readonly string[];
  /** The page on screen: its counts before and after narrowing, and the imported extra fields the chooser offers. */
  page: { isPlaceholderData: boolean; data?: { total: number; unfiltered: number; extraFields: string[] } };
}

export function GridToolStrip<C extends string>({ tools, scoreLabel, fixedColumns, page }: Props<C>) {
  const { grid, entity } = tools;
  const filterColumns = useMemo(() => filterableColumns(entity, scoreLabel), [entity, scoreLabel]);
  return (
    <div className="candidates__grid-tools">
      <GridFilters
        search={grid.state.search}
        filters={grid.state.filters}
        columns={filterColumns}
        onSearch={grid.setSearch}
        onFilters={grid.setFilters}
        // "N of M shown" waits for the rows of the new search, not the ones kept on screen meanwhile.
        matching={page.isPlaceholderData ? null : (page.data?.total ?? null)}
        unfiltered={page.data?.unfiltered ?? null}
        noun={entity === 'leads' ? 'leads' : 'companies'}
        entity={entity}
        fold={grid.state.fold}
        extraFields={page.data?.extraFields}
      />
      <FoldDuplicates fold={grid.state.fold} onFold={grid.setFold} />
      <ColumnChooser
        entity={entity}
        fixed={fixedColumns}
        extraFields={page.data?.extraFields ?? []}
        chosen={tools.chosenColumns}
        onChange={tools.setChosenColumns}
      />
    </div>
  );
}

/**
 * The columns a user chose for a grid (lib/grid-columns.ts), kept in
 * localStorage per grid and entity: a choice made on one job's results holds
 * for the next job, and after a reload. Storage that is full or switched off
 * keeps the choice for the session only.
 */
import { useCallback, useState } from 'react';
import type { Entity } from '../../../src-main/contract/dto';
import { columnsStorageKey, parseChosenColumns } from '../lib/grid-columns';

function read(key: string, entity: Entity): string[] {
  try {
    return parseChosenColumns(window.localStorage.getItem(key), entity);
  } catch {
    return [];
  }
}

export function useChosenColumns(grid: string, entity: Entity): [string[], (columns: string[]) => void] {
  const key = columnsStorageKey(grid, entity);
  const [chosen, setChosen] = useState(() => read(key, entity));
  const choose = useCallback(
    (columns: string[]) => {
      setChosen(columns);
      try {
        window.localStorage.setItem(key, JSON.stringify(columns));
      } catch {
        // Kept for this session only.
      }
    },
    [key],
  );
  return [chosen, choose];
}

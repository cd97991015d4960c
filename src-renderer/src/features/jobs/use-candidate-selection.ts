/**
 * The candidates ticked in a job's grid, kept across pages, sorts and
 * searches until cleared: a set of ids, or every candidate of the score
 * filter ('all', chosen from the bar below a fully ticked page). The grid's
 * columns read it through one object that keeps its identity (`stable`), so
 * a tick redraws the row ticked and the header's box, not every row.
 */
import { useMemo, useRef, useState } from 'react';
import type { JobCandidateDto } from '../../../../src-main/contract/dto';
import type { CandidateSelection } from './candidate-columns';
import { toggled } from '../../lib/toggled';

export type Picked = Set<number> | 'all';

export interface CandidateSelectionState {
  picked: Picked;
  setPicked: (next: Picked | ((prev: Picked) => Picked)) => void;
  /** The selection as of this render (whether the page is all ticked). */
  current: CandidateSelection;
  /** The same, read through a ref: one object for the life of the grid. */
  stable: CandidateSelection;
  /** How many are ticked, `total` being the candidates of the score filter. */
  count: (total: number) => number;
  clear: () => void;
}

export function useCandidateSelection(onPage: readonly JobCandidateDto[]): CandidateSelectionState {
  const [picked, setPicked] = useState<Picked>(new Set());
  // One selection object per (ticks, page).
  const current = useMemo<CandidateSelection>(() => {
    const isSelected = (id: number) => picked === 'all' || picked.has(id);
    const allOnPage = onPage.length > 0 && onPage.every((c) => isSelected(c.id));
    return {
      isSelected,
      allOnPage,
      toggle: (id) => setPicked((p) => toggled(p === 'all' ? new Set(onPage.map((c) => c.id)) : p, id)),
      togglePage: () =>
        setPicked((p) => {
          const next = new Set(p === 'all' ? [] : p);
          for (const c of onPage) {
            if (allOnPage) next.delete(c.id);
            else next.add(c.id);
          }
          return next;
        }),
    };
  }, [picked, onPage]);
  const ref = useRef(current);
  ref.current = current;
  const stable = useMemo<CandidateSelection>(
    () => ({
      isSelected: (id) => ref.current.isSelected(id),
      toggle: (id) => ref.current.toggle(id),
      togglePage: () => ref.current.togglePage(),
      get allOnPage() {
        return ref.current.allOnPage;
      },
    }),
    [],
  );
  return {
    picked,
    setPicked,
    current,
    stable,
    count: (total) => (picked === 'all' ? total : picked.size),
    clear: () => setPicked(new Set()),
  };
}

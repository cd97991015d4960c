/**
 * Which rows of a grid page are mounted. A page of up to VIRTUALISE_OVER rows
 * mounts them all (they cost little, and the page scrolls as a whole); a
 * bigger one (250 or 500 a page) scrolls inside its own box and mounts only
 * the rows in view plus a few either side (@tanstack/react-virtual, measured
 * as they render), with the height of the others kept by spacer rows so the
 * scrollbar stays true.
 *
 * The grid's one tab stop (DataTable's roving tabindex) must be a mounted
 * row, or Tab would pass over the rows: when the focused row has scrolled
 * out and unmounted, the first mounted row takes the tab stop until it comes
 * back (rovingTabStop) — the first, so Tab from the header reaches it before
 * the controls inside the rows after it.
 */
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useMemo, type RefObject } from 'react';

/** Pages of more rows than this are virtualised. */
export const VIRTUALISE_OVER = 100;
/** A row's height before it is measured (one line of text with the cell padding). */
const ESTIMATED_ROW_PX = 41;
/** Rows mounted beyond each edge of the box, so a quick scroll or arrow key does not show blank space. */
const OVERSCAN = 8;

export interface RowWindow {
  virtual: boolean;
  /** The indexes of the rows to mount, in order. */
  indexes: number[];
  /** Heights of the rows not mounted above and below them. */
  padTop: number;
  padBottom: number;
  /** Brings a row into the box (a no-op when every row is mounted). */
  scrollToIndex: (index: number) => void;
  /** Ref for each mounted row, so its real height replaces the estimate. */
  measure: (element: HTMLTableRowElement | null) => void;
}

export function useRowWindow(count: number, scrollRef: RefObject<HTMLElement | null>): RowWindow {
  const virtual = count > VIRTUALISE_OVER;
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    enabled: virtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    // Until the box is measured (a frame after the page turns virtual), it is taken as the window's height:
    // without a size the first render mounted no rows, and the page showed a frame of empty grid.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    overscan: OVERSCAN,
    // The sticky header covers the top of the box: a row scrolled "into view" must land below it.
    scrollPaddingStart: ESTIMATED_ROW_PX,
    // Scroll updates render as ordinary updates, not synchronously inside the scroll event (see the deferred span).
    useFlushSync: false,
  });
  const scrollToIndex = useCallback(
    (index: number) => {
      if (virtual) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtual, virtualizer],
  );
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const total = virtual ? virtualizer.getTotalSize() : 0;
  const span = useMemo(() => rowSpan(items, total, count), [items, total, count]);
  // Rows that scroll into view mount in a deferred render, which React splits into short slices (a fast scroll
  // shows the overscan first): mounting them inside the scroll event was the grid's longest task at 500 a page.
  const shown = useDeferredValue(span);
  return { virtual, ...shown, scrollToIndex, measure: virtualizer.measureElement };
}

/** The rows to mount and the height of those left out, from the virtualizer's items (null: mount every row). */
export function rowSpan(items: readonly VirtualItem[] | null, total: number, count: number): Pick<RowWindow, 'indexes' | 'padTop' | 'padBottom'> {
  if (!items) return { indexes: Array.from({ length: count }, (_, i) => i), padTop: 0, padBottom: 0 };
  if (items.length === 0) return { indexes: [], padTop: 0, padBottom: 0 };
  const last = items[items.length - 1]!;
  return { indexes: items.map((i) => i.index), padTop: items[0]!.start, padBottom: Math.max(0, total - last.end) };
}

/** The row that is the grid's tab stop: the focused one while it is mounted, else the first mounted, so Tab always lands on a row that is there. */
export function rovingTabStop(focused: number, indexes: readonly number[]): number {
  return indexes.length === 0 || indexes.includes(focused) ? focused : indexes[0]!;
}

/**
 * The window's keyboard shortcuts (issue 11), in one table that both the
 * listener and the "?" list read, so what is documented is what works:
 * `/` the quick search of the grid shown, `g` then `j`/`l`/`i`/`s`/`c` a
 * view, `?` this list. Keys typed into a field are the field's (a `/` in a
 * search is a slash); a `g` waits a second and a half for its second key.
 * Esc (the open panel, the selection) and the arrows and Space (rows of a
 * grid) belong to the grids themselves (components/use-escape.ts,
 * components/DataTable.tsx) and are listed here for the help only.
 */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths } from './paths';

/** How long a `g` waits for the view's key. */
const CHORD_MS = 1500;

/** `g` then this key goes to the view. */
export const GO_TO: Readonly<Record<string, { path: () => string; label: string }>> = {
  j: { path: paths.jobs, label: 'Jobs' },
  l: { path: paths.lists, label: 'Lists' },
  i: { path: paths.import, label: 'Import' },
  s: { path: paths.segments, label: 'Segments' },
  c: { path: paths.campaigns, label: 'Campaigns' },
};

/** Every shortcut as the help lists it. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; what: string }> = [
  { keys: ['/'], what: 'Search the grid shown' },
  ...Object.entries(GO_TO).map(([key, view]) => ({ keys: ['g', key], what: `Go to ${view.label}` })),
  { keys: ['Esc'], what: 'Clear the selection, then close the open results or list' },
  { keys: ['↑', '↓'], what: 'Move between the rows of a grid (Home, End: first, last)' },
  { keys: ['Space'], what: 'Tick or untick the row' },
  { keys: ['Enter'], what: 'Open the row (jobs, lists)' },
  { keys: ['?'], what: 'Show this list' },
];

/** The attribute of the quick-search field `/` focuses (components/GridFilters.tsx). */
export const QUICK_SEARCH_SELECTOR = '[data-quick-search]';

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Listens for the shortcuts on the whole window; `onHelp` shows the list. */
export function useShortcuts(onHelp: () => void): void {
  const navigate = useNavigate();
  const latest = useRef({ navigate, onHelp });
  latest.current = { navigate, onHelp };
  useEffect(() => {
    let chordUntil = 0;
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      // Inside a modal dialog (Compare) the page behind is inert: no view changes under it.
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const now = Date.now();
      if (now < chordUntil) {
        chordUntil = 0;
        const view = GO_TO[event.key.toLowerCase()];
        if (view) {
          event.preventDefault();
          latest.current.navigate(view.path());
        }
        return;
      }
      if (event.key === 'g') {
        chordUntil = now + CHORD_MS;
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>(QUICK_SEARCH_SELECTOR);
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        latest.current.onHelp();
      }
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

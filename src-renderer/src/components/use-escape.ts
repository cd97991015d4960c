/**
 * Esc for the open panel (issue 11's keyboard): `onEscape` runs on Escape
 * pressed anywhere in the window, except in a text field or list box (Esc
 * there is theirs: a search field clears itself) and except when something
 * closer already handled it (a dialog, a menu). The handler returns whether
 * it did something, so one Esc does one thing.
 */
import { useEffect, useRef } from 'react';

const OWN_ESCAPE = 'input, textarea, select, dialog, [role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]';

export function useEscape(onEscape: () => boolean): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (target instanceof Element && target.closest(OWN_ESCAPE)) return;
      if (latest.current()) event.preventDefault();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}

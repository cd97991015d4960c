/** Names the view in the window's title, so history entries, tabs and bookmarks say which view they are. */
import { useEffect } from 'react';

const APP = 'Lookalike Studio';

export function useViewTitle(view: string): void {
  useEffect(() => {
    document.title = `${view} · ${APP}`;
  }, [view]);
}

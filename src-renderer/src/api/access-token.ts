/**
 * The web host's access token. The first page load carries it as `?token=`;
 * we keep it in sessionStorage (per tab, gone when the tab closes) and strip
 * it from the address bar so it is not bookmarked, shared or sent as a referrer.
 */
const STORAGE_KEY = 'lookalike.webhost-token';
const QUERY_PARAM = 'token';

export function takeAccessToken(location: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(QUERY_PARAM);
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(QUERY_PARAM);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(STORAGE_KEY);
}

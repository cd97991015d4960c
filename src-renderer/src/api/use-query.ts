/**
 * A small read hook: runs `load` whenever `key` changes, ignores answers to
 * superseded keys and exposes `reload`. Enough until a query cache is needed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError } from '../../../src-main/contract/errors';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'success'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: AppError };

/**
 * `latest` is the data of the last load that succeeded, kept while a new key
 * loads: a table refreshed in place neither blinks nor closes what is open.
 */
export function useQuery<T>(key: string, load: () => Promise<T>): QueryState<T> & { reload: () => void; latest: T | null } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const latest = useRef<T | null>(null);
  if (state.status === 'success') latest.current = state.data;
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'success', data }),
      (error: unknown) => current && setState({ status: 'error', error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; `key` names what it loads.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload, latest: latest.current };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal', error instanceof Error ? error.message : String(error));
}

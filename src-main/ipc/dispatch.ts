/**
 * One dispatch table for every transport. IPC (`register-ipc.ts`) and the
 * loopback web host both call `dispatch(method, payload)`, so validation and
 * error mapping happen in exactly one place:
 * - an unknown method or a payload failing its schema never reaches a service;
 *   the refusal says in words which field breaks which rule (schema-refusal.ts);
 * - an AppError thrown by a service becomes `{ ok: false, error }`;
 * - SQLite's "database is busy" (a write that waited behind an import) becomes
 *   a `conflict` that says to try again;
 * - anything else becomes a generic `internal` error, logged here once, so
 *   stack traces and SQL never leak to the renderer.
 */
import type { ApiMethod } from '../contract/api';
import type { ServedApi } from '../contract/json-text';
import { apiSchemas } from '../contract/api';
import { AppError, isAppError, type Result } from '../contract/errors';
import { describeIssues } from './schema-refusal';

export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported; defaults to console.error. */
  logError?: (message: string, error: unknown) => void;
}

export function isApiMethod(method: string): method is ApiMethod {
  // hasOwn, not `in`: `constructor` or `__proto__` must not look like methods.
  return Object.hasOwn(apiSchemas, method);
}

export function createDispatch(api: ServedApi, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((message, error) => console.error(message, error));

  return async function dispatch(method, payload) {
    if (!isApiMethod(method)) {
      return failure(new AppError('not_found', `Unknown API method "${method}".`, { method }));
    }
    const parsed = apiSchemas[method].safeParse(payload);
    if (!parsed.success) {
      return failure(
        new AppError('invalid_input', describeIssues(parsed.error.issues), {
          method,
          // Issues are plain objects (path, code, message), safe to send over IPC and JSON.
          issues: parsed.error.issues.map(({ code, path, message }) => ({ code, path: path.map((key) => (typeof key === 'number' ? key : String(key))), message })),
        }),
      );
    }
    try {
      // The schema table and the Api interface share keys, so the parsed payload fits the handler.
      const handler = api[method] as (payload: unknown) => Promise<unknown>;
      const data = await handler.call(api, parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (isAppError(error)) return failure(error);
      // SQLite's one writer: an import holds the workspace for its whole file, and a write that waited
      // out the busy timeout behind it is a conflict to retry, not a bug.
      if ((error as { code?: unknown })?.code === 'SQLITE_BUSY') {
        return failure(new AppError('conflict', 'The workspace is busy: an import is writing to it. Try again when it has finished.'));
      }
      logError(`Unexpected error in ${method}:`, error);
      return failure(new AppError('internal', 'Something went wrong inside Lookalike Studio. The details are in the log.'));
    }
  };
}

function failure(error: AppError): Result<never> {
  return { ok: false, error: error.toData() };
}

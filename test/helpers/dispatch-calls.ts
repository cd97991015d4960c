import type { Dispatch } from '../../src-main/ipc/dispatch';
import { JsonText } from '../../src-main/contract/json-text';

/**
 * Calls through the app's dispatch table (payload validation included) as a
 * test reads them: `ok` returns the data or throws with the error's code and
 * message; `fails` returns the error or throws if the call succeeded.
 * `dispatch` is read on every call, so a test may swap it between tests.
 */
export function dispatchCalls(dispatch: () => Dispatch) {
  return {
    async ok<T>(method: string, payload?: unknown): Promise<T> {
      const r = await dispatch()(method, payload);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return plainData(r.data) as T;
    },
    async fails(method: string, payload?: unknown): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
      const r = await dispatch()(method, payload);
      if (r.ok) throw new Error(`${method} should have failed`);
      return r.error;
    },
  };
}

/** A dispatch answer's data as the renderer reads it: an answer sent as JSON text (contract/json-text.ts) parsed. */
export function plainData<T>(data: T | JsonText<T>): T {
  return data instanceof JsonText ? (JSON.parse(data.text) as T) : data;
}

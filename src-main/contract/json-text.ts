/**
 * An answer already written as JSON on the thread that built it.
 *
 * The preview of a 5,000-column file is 2.2 MB of JSON: received from the
 * read worker as an object it cost the main thread 47 ms to rebuild, and the
 * web host 25 ms more to write out again, back to back (the host's worst
 * wait during that preview, 123–163 ms against a 100 ms bar). As one string
 * it crosses threads as a copy of its bytes; the web host sends it as it is,
 * and the desktop window parses it in its preload (api-bridge.ts), off the
 * main process.
 *
 * Only the main process's side sees this type: to the renderer the method
 * answers its contract's object, whichever way it travelled.
 */
import type { Api } from './api';
import type { Result } from './errors';

export class JsonText<T> {
  /** The value the text holds, for the type checker only. */
  declare readonly value?: T;

  constructor(readonly text: string) {}

  static of<T>(value: T): JsonText<T> {
    return new JsonText<T>(JSON.stringify(value));
  }
}

/** The methods whose answer may come as JSON text (each a large answer built on a worker). */
export type JsonTextMethod = 'imports.preview';

/** The contract as the main process serves it: the JsonTextMethod methods may answer with JSON text. */
export type ServedApi = Omit<Api, JsonTextMethod> & {
  [M in JsonTextMethod]: Api[M] extends (...args: infer P) => Promise<infer R> ? (...args: P) => Promise<R | JsonText<R>> : never;
};

/** How a success whose data is JSON text crosses Electron's IPC: the preload parses `json` into `data`. */
export interface JsonTextEnvelope {
  ok: true;
  json: string;
}

/** The envelope as IPC sends it: JSON text as a JsonTextEnvelope (a class does not survive the structured clone). */
export function toIpcEnvelope(result: Result<unknown>): Result<unknown> | JsonTextEnvelope {
  return result.ok && result.data instanceof JsonText ? { ok: true, json: result.data.text } : result;
}

/** The envelope as the renderer reads it, from what IPC delivered. */
export function fromIpcEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && (envelope as { ok?: unknown }).ok === true && typeof (envelope as { json?: unknown }).json === 'string') {
    return { ok: true, data: JSON.parse((envelope as JsonTextEnvelope).json) as unknown };
  }
  return envelope;
}

/** The envelope's JSON as the web host sends it: JSON text goes in as it is, not parsed and written again. */
export function envelopeJson(result: Result<unknown>): string {
  return result.ok && result.data instanceof JsonText ? `{"ok":true,"data":${result.data.text}}` : JSON.stringify(result);
}

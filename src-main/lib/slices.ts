/**
 * Long loops a job runs on the main thread (its phases, and the embedding
 * pages it reads), cut into slices with a turn of
 * the event loop between them, so the window's IPC and the web host answer
 * other requests while the loop runs (issue 11, item 6: "within 100 ms").
 * Slices end by time, not by count: the same loop is cheap on a small
 * workspace and costly per item on a 5,000-column one.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../contract/errors';

/**
 * A slice's length: long enough that turns cost little, and short enough
 * that the loop is not all slices. Every HTTP call the web host answers
 * takes a few turns (its connection, its body, its answer): with 25 ms
 * slices back to back the cheapest call waited 0.6–1.3 s at 300k leads
 * while a job explained and saved its 50k candidates, though no slice
 * overran; with 10 ms slices, 56–194 ms, and the job took no longer.
 */
export const SLICE_MS = 10;

export interface Slicer {
  /** Yields to the event loop when the current slice has run its time; checks the job's cancellation there. */
  maybeYield(): Promise<void> | undefined;
}

export function slicer(signal?: AbortSignal, sliceMs = SLICE_MS): Slicer {
  let sliceStart = performance.now();
  return {
    maybeYield() {
      if (performance.now() - sliceStart < sliceMs) return undefined;
      return (async () => {
        await nextTurn();
        if (signal?.aborted) throw new AppError('cancelled', 'The job was cancelled.');
        sliceStart = performance.now();
      })();
    },
  };
}

/** Maps `items` in time slices (see slicer). */
export async function mapInSlices<T, U>(items: readonly T[], map: (item: T, index: number) => U, signal?: AbortSignal, sliceMs = SLICE_MS): Promise<U[]> {
  const slices = slicer(signal, sliceMs);
  const out: U[] = new Array<U>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = map(items[i]!, i);
    const turn = slices.maybeYield();
    if (turn) await turn;
  }
  return out;
}

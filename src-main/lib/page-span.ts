/**
 * How many ids the next read of a paged scan should span, so that one read
 * (a synchronous SQLite call on the main thread) lasts about a slice.
 *
 * A fixed span cannot serve both workspaces the app meets: 4,096 leads of a
 * CRM export are one 8 ms read, but 4,096 leads of a 5,000-column file are
 * 160 MB of page text, a 4 s read that held the web host for all of it.
 * So the span starts small and follows the measured time per id: each read
 * sets the next span to what would have taken `targetMs`, grown at most
 * fourfold a step (one fast read of a few sparse ids proves little).
 */
import { SLICE_MS } from './slices';

/** The first read's span: small enough to be a slice on the widest file the importer takes. */
const FIRST_SPAN = 8;
/** A read's span grows at most this much from the one before. */
const MAX_GROWTH = 4;

export class PageSpan {
  private span: number;

  constructor(
    private readonly maxSpan: number,
    private readonly targetMs = SLICE_MS,
    first = FIRST_SPAN,
  ) {
    this.span = Math.max(1, Math.min(maxSpan, first));
  }

  /** The span of the next read. */
  get next(): number {
    return this.span;
  }

  /** Records that the read just made, of `span` ids, took `ms`; the next span follows from it. */
  took(span: number, ms: number): void {
    const grown = Math.min(this.maxSpan, span * MAX_GROWTH);
    const fitted = ms > 0 ? Math.floor((this.targetMs * span) / ms) : grown;
    this.span = Math.max(1, Math.min(grown, fitted));
  }

  /**
   * Times `read` over the next span of ids from `lo` (ending at `limit` at
   * the latest) and learns from it; returns what it read and where the next
   * read starts.
   */
  read<T>(lo: number, limit: number, read: (lo: number, hi: number) => T): { value: T; hi: number } {
    const hi = Math.min(limit, lo + this.span);
    const started = performance.now();
    const value = read(lo, hi);
    this.took(hi - lo, performance.now() - started);
    return { value, hi };
  }
}

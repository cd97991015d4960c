/**
 * The rows a mapping's value checks look at: the first rows of the file,
 * read by the same pass that then imports them.
 *
 * The preview, the dry run and the import all take their sample here, from
 * the same reader, so the three decide the same mapping for the same file.
 * The sampled chunks are kept and replayed, so the import reads the file
 * once and still streams it: only the sample (at most MAPPING_SAMPLE_ROWS
 * rows, fewer once SAMPLE_MAX_BYTES of the file are read, for files of huge
 * rows) is held before the first row is written.
 */
import type { CsvChunk } from '../csv/index';

/** Enough rows to tell a handful of repeated words from names, few enough to read in milliseconds. */
export const MAPPING_SAMPLE_ROWS = 500;
/** A file whose rows are megabytes each is sampled on fewer rows rather than held in memory. */
export const SAMPLE_MAX_BYTES = 16 * 1024 * 1024;

export interface SampledChunks {
  /** Cells of the sampled rows, in header order. */
  sample: string[][];
  /** Every chunk of the file: the sampled ones again, then the rest as it is read. Iterate once. */
  chunks: AsyncGenerator<CsvChunk>;
  /** Closes the file when the chunks will not be iterated to the end (or at all). Safe to call twice. */
  close(): Promise<void>;
}

export async function sampleChunks(source: AsyncGenerator<CsvChunk>, rows = MAPPING_SAMPLE_ROWS): Promise<SampledChunks> {
  const buffered: CsvChunk[] = [];
  const sample: string[][] = [];
  let ended = false;
  try {
    while (sample.length < rows) {
      const next = await source.next();
      if (next.done) {
        ended = true;
        break;
      }
      buffered.push(next.value);
      for (const row of next.value.rows) if (sample.length < rows) sample.push(row.fields);
      if (next.value.bytesRead >= SAMPLE_MAX_BYTES) break;
    }
  } catch (e) {
    await source.return(undefined);
    throw e;
  }

  async function* replay(): AsyncGenerator<CsvChunk> {
    try {
      // Shifted, not indexed: a replayed chunk is released as soon as its rows are written.
      for (let chunk = buffered.shift(); chunk; chunk = buffered.shift()) yield chunk;
      if (!ended) yield* source;
    } finally {
      await source.return(undefined);
    }
  }
  const close = async (): Promise<void> => {
    await source.return(undefined);
  };
  return { sample, chunks: replay(), close };
}

/**
 * Whether a file holds any byte that is not UTF-8, by a native pass over its
 * bytes (Buffer's isUtf8, no decoding or parsing): fast enough to run on a
 * whole file before an import preview, so the preview reads and parses the
 * rest of the file to find the rows of the bytes it will replace only when
 * there are some (issue 9: a stray byte is told before the import, not after).
 */
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { withoutIncompleteTail } from './utf8';

const READ_BYTES = 1 << 20;

export async function holdsInvalidUtf8(path: string, signal?: AbortSignal): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    // Bytes of a sequence cut by the previous read, moved to the start of the buffer.
    let carried = 0;
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, carried, buffer.length - carried, null);
      // At the end of the file a sequence still cut off is invalid: the decoder replaces it too.
      if (bytesRead === 0) return carried > 0;
      const end = carried + bytesRead;
      const whole = withoutIncompleteTail(buffer.subarray(0, end));
      if (!isUtf8(whole)) return true;
      carried = end - whole.length;
      buffer.copy(buffer, 0, whole.length, end);
    }
  } finally {
    await handle.close();
  }
}

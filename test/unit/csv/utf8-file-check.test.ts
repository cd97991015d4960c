import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsInvalidUtf8 } from '../../../src-main/csv/utf8-file-check';
import { tempDir } from '../../helpers/temp-workspace';

let t: ReturnType<typeof tempDir>;
beforeEach(() => {
  t = tempDir();
});
afterEach(() => t.cleanup());

const file = (bytes: Buffer): string => {
  const path = join(t.dir, 'f.csv');
  writeFileSync(path, bytes);
  return path;
};
const MIB = 1 << 20;

describe('holdsInvalidUtf8', () => {
  it('passes an empty file, ASCII, and UTF-8 with a BOM and accents', async () => {
    expect(await holdsInvalidUtf8(file(Buffer.alloc(0)))).toBe(false);
    expect(await holdsInvalidUtf8(file(Buffer.from('a,b\n1,2\n')))).toBe(false);
    expect(await holdsInvalidUtf8(file(Buffer.from('\uFEFFName\nAndré Pérez 😀\n', 'utf8')))).toBe(false);
  });

  it('finds one stray byte anywhere, also past the first read', async () => {
    expect(await holdsInvalidUtf8(file(Buffer.from([0x61, 0x96, 0x0a])))).toBe(true);
    const late = Buffer.alloc(3 * MIB + 17, 0x61);
    late[2 * MIB + 5] = 0x96;
    expect(await holdsInvalidUtf8(file(late))).toBe(true);
  });

  it('does not mistake a character cut by a read boundary for a bad byte', async () => {
    for (const cut of [1, 2, 3]) {
      const emoji = Buffer.from('😀', 'utf8'); // 4 bytes, split `cut` bytes before the boundary
      const bytes = Buffer.concat([Buffer.alloc(MIB - cut, 0x61), emoji, Buffer.from('\n')]);
      expect(await holdsInvalidUtf8(file(bytes)), `cut ${cut}`).toBe(false);
    }
  });

  it('finds a sequence cut off by the end of the file', async () => {
    expect(await holdsInvalidUtf8(file(Buffer.concat([Buffer.from('abc'), Buffer.from([0xe2, 0x82])])))).toBe(true);
  });

  it('stops when asked to', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(holdsInvalidUtf8(file(Buffer.from('abc')), controller.signal)).rejects.toThrow();
  });
});

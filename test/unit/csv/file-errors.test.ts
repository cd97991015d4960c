import { afterAll, describe, expect, it } from 'vitest';
import { CsvFileError, openCsv } from '../../../src-main/csv/index';
import { fixture, readAll, tempFolder } from './read-all';

const temp = tempFolder();
afterAll(() => temp.cleanup());

async function openError(path: string): Promise<CsvFileError> {
  try {
    await openCsv(path);
  } catch (e) {
    if (e instanceof CsvFileError) return e;
    throw e;
  }
  throw new Error(`expected ${path} to be refused`);
}

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex');

describe('files refused as a whole', () => {
  it('refuses a 0-byte file as empty', async () => {
    const e = await openError(temp.file('zero.csv', ''));
    expect(e.code).toBe('empty_file');
    expect(e.message).toBe('file is empty');
  });

  it('refuses a file holding only a BOM as empty', async () => {
    expect((await openError(temp.file('bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf])))).code).toBe('empty_file');
  });

  it('refuses a file holding only blank lines and spaces as empty', async () => {
    expect((await openError(fixture('whitespace-only.csv'))).code).toBe('empty_file');
  });

  it('refuses a PNG renamed to .csv, saying what it looks like', async () => {
    const png = Buffer.concat([PNG_HEAD, Buffer.alloc(2000, 0x00), Buffer.from('IEND')]);
    const e = await openError(temp.file('picture.csv', png));
    expect(e.code).toBe('not_text');
    expect(e.message).toMatch(/PNG image/);
    expect(e.file).toMatch(/picture\.csv$/);
  });

  it('refuses a zipped workbook (.xlsx) renamed to .csv', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml'), Buffer.alloc(100, 7)]);
    const e = await openError(temp.file('workbook.csv', zip));
    expect(e.code).toBe('not_text');
    expect(e.message).toMatch(/ZIP archive/);
  });

  it('refuses unrecognised binary data from its control bytes', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const e = await openError(temp.file('random.csv', bytes));
    expect(e.code).toBe('not_text');
    expect(e.message).toMatch(/binary data/);
  });

  it('reports a missing file as not found', async () => {
    const e = await openError(fixture('does-not-exist.csv'));
    expect(e.code).toBe('not_found');
  });

  it('refuses a folder as unreadable', async () => {
    const e = await openError(fixture(''));
    expect(e.code).toBe('unreadable');
  });

  it('refuses a first row with no names at all', async () => {
    const e = await openError(fixture('no-header-names.csv'));
    expect(e.code).toBe('no_header');
  });

  it('refuses a header row whose quote never closes', async () => {
    const e = await openError(temp.file('broken-header.csv', 'id,"name\n1,Ann\n'));
    expect(e.code).toBe('no_header');
    expect(e.message).toMatch(/quote/);
  });
});

describe('files that are fine with no rows', () => {
  it('accepts a header-only file with zero rows', async () => {
    const r = await readAll(fixture('header-only.csv'));
    expect(r.header.names).toEqual(['id', 'name', 'email']);
    expect(r.rows).toEqual([]);
    expect(r.rejected).toEqual([]);
  });

  it('accepts a header-only file without a final line end', async () => {
    const r = await readAll(fixture('header-only-no-newline.csv'));
    expect(r.header.names).toEqual(['id', 'name', 'email']);
    expect(r.rows).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatFilter, pageCount, pageOffset, parseFilter, parseMinScore, parsePage, parsePageSize, parseSort, readGridState, writeGridState, type GridSpec, type GridState } from '../../../src-renderer/src/lib/grid-address';

const COLUMNS = ['rank', 'score', 'company'] as const;
type Column = (typeof COLUMNS)[number];
const CANDIDATES: GridSpec<Column> = { columns: COLUMNS, defaultSort: { column: 'rank', direction: 'asc' }, minScore: true };
const MEMBERS: GridSpec<Column> = { columns: COLUMNS, defaultSort: null };
/** The parts of a grid's state these tests leave at their defaults. */
const D = { pageSize: 50, search: '', filters: [], fold: false };
const FILTERS = ['score', 'country', 'employees', 'title'];
const FILTERED: GridSpec<Column> = { ...CANDIDATES, filterColumns: FILTERS };

const read = (query: string, spec: GridSpec<Column> = CANDIDATES) => readGridState(new URLSearchParams(query), spec);
const write = (query: string, state: Parameters<typeof writeGridState<Column>>[1], spec: GridSpec<Column> = CANDIDATES) =>
  writeGridState(new URLSearchParams(query), state, spec).toString();

describe("a results grid's state in the address", () => {
  it('reads the sort, page and minimum score of a bookmarked address', () => {
    expect(read('sort=company.desc&page=3&min=0.6')).toEqual({ sort: { column: 'company', direction: 'desc' }, page: 3, minScore: 0.6, ...D });
    expect(read('sort=score.asc')).toEqual({ sort: { column: 'score', direction: 'asc' }, page: 1, minScore: 0, ...D });
  });

  it('reads an empty address as the default: the grid\'s own order, page 1, every row', () => {
    expect(read('')).toEqual({ sort: null, page: 1, minScore: 0, ...D });
  });

  it('falls back to the default order for an unknown column, a bad direction or the default order spelled out', () => {
    for (const text of ['why.asc', 'company', 'company.up', '.desc', 'company.desc.desc', '', 'rank.asc']) {
      expect(parseSort(text, CANDIDATES), text).toBeNull();
    }
    expect(parseSort('rank.desc', CANDIDATES)).toEqual({ column: 'rank', direction: 'desc' });
    expect(parseSort(null, CANDIDATES)).toBeNull();
  });

  it('falls back to page 1 for anything but a whole number from 1', () => {
    for (const text of ['0', '-2', '2.5', 'abc', '', ' 3', '03', '1e3', '99999999', 'Infinity']) {
      expect(parsePage(text), text).toBe(1);
    }
    expect(parsePage('12')).toBe(12);
    expect(parsePage(null)).toBe(1);
  });

  it('falls back to every row for a minimum that is not a decimal from 0 to 1', () => {
    for (const text of ['abc', '-0.2', '1.5', '1e9', '1e-1', 'NaN', '', ' 0.5', '0x1']) {
      expect(parseMinScore(text), text).toBe(0);
    }
    expect(parseMinScore('0.6')).toBe(0.6);
    expect(parseMinScore('.25')).toBe(0.25);
    expect(parseMinScore('1')).toBe(1);
  });

  it('ignores a minimum score on a grid that has none (a list)', () => {
    expect(read('min=0.6&page=2', MEMBERS)).toEqual({ sort: null, page: 2, minScore: 0, ...D });
  });

  it('writes sort, page and min in that order, and nothing for a default', () => {
    expect(write('', { sort: { column: 'company', direction: 'desc' }, page: 3, minScore: 0.6, ...D })).toBe('sort=company.desc&page=3&min=0.6');
    expect(write('', { sort: null, page: 1, minScore: 0, ...D })).toBe('');
    expect(write('', { sort: { column: 'rank', direction: 'asc' }, page: 1, minScore: 0, ...D })).toBe('');
    expect(write('', { sort: null, page: 2, minScore: 0, ...D }, MEMBERS)).toBe('page=2');
  });

  it('drops what is not valid or not the grid\'s own when it writes, and keeps parameters it does not own', () => {
    expect(write('min=0.5&page=abc&view=wide', { sort: null, page: 1, minScore: 0.5, ...D }, MEMBERS)).toBe('view=wide');
    expect(write('sort=why.asc', { sort: { column: 'why' as Column, direction: 'asc' }, page: 0, minScore: 2, ...D })).toBe('');
  });

  it('reads back what it wrote (a reload shows the same rows)', () => {
    const states = [
      { sort: { column: 'company', direction: 'desc' }, page: 3, minScore: 0.6, ...D },
      { sort: { column: 'rank', direction: 'desc' }, page: 1, minScore: 0.15, ...D },
      { sort: null, page: 40, minScore: 1, ...D },
      { sort: null, page: 1, minScore: 0, ...D },
    ] as const;
    for (const state of states) expect(read(write('', state))).toEqual(state);
  });

  it('rewrites a messy address to its clean form', () => {
    const messy = 'page=2&sort=company.asc&min=0.50&extra=1&sort=score.desc';
    expect(writeGridState(new URLSearchParams(messy), read(messy), CANDIDATES).toString()).toBe('extra=1&sort=company.asc&page=2&min=0.5');
  });

  it('turns pages into offsets and counts pages, an empty grid having one', () => {
    expect(pageOffset(1, 50)).toBe(0);
    expect(pageOffset(3, 50)).toBe(100);
    expect(pageCount(100, 50)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
    expect(pageCount(0, 50)).toBe(1);
  });

  it('reads and writes the page size, the search and the filters, after the sort and page', () => {
    const state: GridState<Column> = {
      sort: null,
      page: 2,
      minScore: 0.5,
      pageSize: 250,
      search: 'acme & co',
      filters: [
        { column: 'country', in: ['Germany', 'Spain'] },
        { column: 'employees', min: 50, max: 200 },
        { column: 'title', contains: 'vp: sales' },
        { column: 'score', max: 0.9 },
      ],
      fold: true,
    };
    const text = write('', state, FILTERED);
    expect(text).toBe('page=2&size=250&q=acme+%26+co&f=country%3Ain%3AGermany%7CSpain&f=employees%3Arange%3A50..200&f=title%3Ahas%3Avp%3A+sales&f=score%3Arange%3A..0.9&min=0.5&dups=fold');
    expect(read(text, FILTERED)).toEqual(state);
    // Only `dups=fold` folds; anything else there is the default (shown, and dropped from the address).
    expect(read('dups=yes', FILTERED).fold).toBe(false);
    expect(write('dups=yes', read('dups=yes', FILTERED), FILTERED)).toBe('');
  });

  it('falls back to 50 rows a page for a size it does not offer', () => {
    for (const text of ['0', '75', '1000', 'abc', '100.0', ' 100', null]) expect(parsePageSize(text), String(text)).toBe(50);
    expect(parsePageSize('500')).toBe(500);
  });

  it('drops a filter on a column the grid cannot filter, or one that does not read as a filter', () => {
    for (const text of ['password:has:x', 'title', 'title:has:', 'title:like:x', 'employees:range:..', 'employees:range:a..b', 'employees:range:1..2..3', 'country:in:|']) {
      expect(parseFilter(text, FILTERS), text).toBeNull();
    }
    expect(read('f=password:has:x&f=title:has:vp', FILTERED).filters).toEqual([{ column: 'title', contains: 'vp' }]);
    // A grid without filters reads none.
    expect(read('f=title:has:vp').filters).toEqual([]);
    expect(formatFilter({ column: 'employees', min: 10 })).toBe('employees:range:10..');
  });
});

/**
 * A batch's rejected rows as CSV (`lookalike rejects`), written by the same
 * CSV writer as the app's exports: a raw line is whatever the file held, and
 * a spreadsheet must not run a cell of it as a formula.
 */
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertBatch, insertRejectedRow } from '../../../src-main/db/queries/import-batches';
import { openAppServices, type AppServices } from '../../../src-main/services/app-services';
import { tempWorkspace } from '../../helpers/temp-workspace';

let ws: ReturnType<typeof tempWorkspace>;
let services: AppServices;
let batchId: number;

beforeEach(() => {
  ws = tempWorkspace();
  services = openAppServices(ws);
  batchId = insertBatch(ws.db, {
    fileName: 'formula.csv',
    filePath: '/tmp/formula.csv',
    fileSize: 1,
    entity: 'leads',
    preset: null,
    encoding: 'utf-8',
    delimiter: ',',
    mapping: {},
    status: 'completed',
    startedAt: '2026-01-01T00:00:00Z',
  });
});
afterEach(async () => {
  await services.close();
  ws.cleanup();
});

const records = () => [...services.local.rejectedRowsCsv(batchId)];

describe('rejected rows as CSV', () => {
  it('neutralises a reject cell that starts with =, even one that goes on over several lines', () => {
    insertRejectedRow(ws.db, batchId, { rowNumber: 3, column: null, reason: 'too many fields', raw: '=cmd|x,two,three' });
    insertRejectedRow(ws.db, batchId, { rowNumber: 5, column: '@col', reason: '+bad', raw: '=HYPERLINK("http://evil.example")\nx' });
    const [header, ...rows] = records();
    expect(header).toBe('row,column,reason,raw');
    expect(rows).toEqual(["3,,too many fields,\"'=cmd|x,two,three\"", `5,"'@col","'+bad","'=HYPERLINK(""http://evil.example"")\nx"`]);
    const cells = Papa.parse<string[]>(rows.join('\n')).data;
    expect(cells.map((r) => r[3])).toEqual(["'=cmd|x,two,three", "'=HYPERLINK(\"http://evil.example\")\nx"]);
  });

  it('leaves row numbers as numbers and gives one record per rejected row, in row order', () => {
    insertRejectedRow(ws.db, batchId, { rowNumber: 9, column: 'Email', reason: 'NUL byte', raw: 'b' });
    insertRejectedRow(ws.db, batchId, { rowNumber: 2, column: null, reason: 'too many fields', raw: 'a,b,c' });
    expect(records()).toEqual(['row,column,reason,raw', '2,,too many fields,"a,b,c"', '9,Email,NUL byte,b']);
  });

  it('refuses a batch that does not exist, naming the workspace', () => {
    expect(() => services.local.rejectedRowsCsv(batchId + 1)).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining(ws.path) }));
  });
});

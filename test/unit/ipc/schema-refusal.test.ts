import { describe, expect, it } from 'vitest';
import { apiSchemas } from '../../../src-main/contract/api';
import { createDispatch } from '../../../src-main/ipc/dispatch';
import type { Api } from '../../../src-main/contract/api';
import { describeIssues, fieldLabel } from '../../../src-main/ipc/schema-refusal';

const refusal = (method: keyof typeof apiSchemas, payload: unknown): string => {
  const parsed = apiSchemas[method].safeParse(payload);
  if (parsed.success) throw new Error(`${method} accepted ${JSON.stringify(payload)}`);
  return describeIssues(parsed.error.issues);
};
const source = { kind: 'list', id: 1 };

describe('refusals of payloads in words', () => {
  it('names the field and its rule for the numbers of a job', () => {
    expect(refusal('jobs.start', { source, maxResults: 1e9 })).toBe('Max results must be a whole number from 1 to 1,000,000.');
    expect(refusal('jobs.start', { source, maxResults: 2.5 })).toBe('Max results must be a whole number from 1 to 1,000,000.');
    expect(refusal('jobs.start', { source, minScore: 'abc' })).toBe('Min score must be a number from 0 to 1.');
    expect(refusal('jobs.start', { source, minScore: 1.5, maxResults: 0 })).toBe(
      'Min score must be a number from 0 to 1; max results must be a whole number from 1 to 1,000,000.',
    );
  });

  it('names the field for lists, segments, pages and exports', () => {
    expect(refusal('jobs.candidates', { jobId: 1, limit: 5000 })).toBe('Page size must be a whole number from 1 to 500.');
    expect(refusal('lists.create', { name: '  ', entity: 'leads' })).toBe('List name must not be empty.');
    expect(refusal('segments.create', { name: 'x', entity: 'leads', where: [] })).toBe('Give at least one condition.');
    expect(refusal('exports.csv', { jobId: 1, minScore: 2 })).toBe('Min score must be a number from 0 to 1.');
    expect(refusal('lists.add', { listId: 1, fromJob: 2, top: 0 })).toBe('Top must be a whole number of at least 1.');
  });

  it("names an export's flavour and extra columns rules, and takes both on a job or a list", () => {
    expect(refusal('exports.csv', { jobId: 1, flavour: 'excel' })).toBe('Flavour must be crm or spreadsheet.');
    expect(refusal('exports.csv', { listId: 1, extraColumns: 'some' })).toBe('Extra columns must be "all" or a list of headers.');
    expect(refusal('exports.csv', { listId: 1, extraColumns: [''] })).toBe('An extra column header must not be empty.');
    expect(apiSchemas['exports.csv'].safeParse({ jobId: 1, ids: [2], flavour: 'spreadsheet', extraColumns: 'all' }).success).toBe(true);
    expect(apiSchemas['exports.csv'].safeParse({ listId: 1, flavour: 'crm', extraColumns: [] }).success).toBe(true);
  });

  it('names an unknown field, and prefixes other problems with the field', () => {
    expect(refusal('jobs.cancel', { jobId: 1, sneaky: true })).toBe('"sneaky" is not a field of this request.');
    expect(refusal('jobs.cancel', { jobId: 'x' })).toMatch(/^Job id: /);
    expect(fieldLabel(['filters', 2])).toBe('filters 3');
  });

  it('is the message dispatch answers with, the issues kept as details', async () => {
    const dispatch = createDispatch({} as Api);
    const result = await dispatch('jobs.start', { source, maxResults: 1e9 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Max results must be a whole number from 1 to 1,000,000.', details: { method: 'jobs.start' } },
    });
  });
});

/** What the new-job form offers to start from and to leave out (src-renderer/src/features/jobs/job-sources.ts). */
import { describe, expect, it } from 'vitest';
import type { CampaignSummary, ListSummary, SegmentSummary } from '../../../src-main/contract/dto';
import { jobSourceOptions, sourceRefOf } from '../../../src-renderer/src/features/jobs/job-sources';
import type { OutcomeSource } from '../../../src-renderer/src/features/jobs/outcome-sources';

const campaign: CampaignSummary = { id: 4, name: 'Webinar', members: 300, outcomes: { won: 12, replied: 40, lost: 3, open: 200, sent: 30, opened: 15 }, createdAt: '' };
const list: ListSummary = { id: 7, name: 'Customers', entity: 'companies', members: 1, createdAt: '' };
const segment: SegmentSummary = { id: 9, name: 'DACH', entity: 'leads', conditions: ['country in (Germany, Austria)'], members: 1200, createdAt: '' };
const won: OutcomeSource = { value: 'outcome:won', condition: 'outcome = won', name: 'Won leads', count: 4238, estimated: true };

describe('the sources a job can start from', () => {
  it('groups outcomes, campaigns, lists and segments, each labelled with its size, and knows what the jobs table shows while queued', () => {
    const { groups } = jobSourceOptions([campaign], [list], [segment], [won]);
    expect(groups.map((g) => [g.kind, g.options.map((o) => o.label)])).toEqual([
      ['outcome', ['Won leads — about 4,238 leads (outcome = won)']],
      ['campaign', ['Webinar — 12 won, 40 replied']],
      ['list', ['Customers — 1 company']],
      ['segment', ['DACH — 1,200 members']],
    ]);
    expect(groups.flatMap((g) => g.options.map((o) => [o.value, o.queued]))).toEqual([
      ['outcome:won', { name: 'Won leads', entity: 'leads' }],
      ['campaign:4', { name: 'Webinar', entity: 'leads' }],
      ['list:7', { name: 'Customers', entity: 'companies' }],
      ['segment:9', { name: 'DACH', entity: 'leads' }],
    ]);
  });

  it('offers the lists and segments as what to leave out, and reads a saved source back as the contract names it', () => {
    expect(jobSourceOptions([campaign], [list], [segment], []).exclusions).toEqual([
      { kind: 'list', id: 7, label: 'Customers (list, 1 company)' },
      { kind: 'segment', id: 9, label: 'DACH (segment, 1,200 members)' },
    ]);
    expect(sourceRefOf('segment:12')).toEqual({ kind: 'segment', id: 12 });
  });
});

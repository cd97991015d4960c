import { describe, expect, it } from 'vitest';
import {
  buildMapping,
  classifyOutcome,
  combineOutcome,
  describeStatusOutcomes,
  MappingError,
  normalizeOutcome,
  parseOutcomeOverride,
} from '../../../src-main/crm/index';

describe('normalizeOutcome', () => {
  it.each(['Closed Won', 'won', 'Won', 'Customer', 'customer', 'Closed - Converted', 'closedwon', 'Gewonnen', 'Closed Won - Expansion'])(
    'reads %j as won',
    (value) => expect(normalizeOutcome(value)).toBe('won'),
  );

  it.each(['Replied', 'Engaged', 'Meeting Booked', 'CONNECTED', 'Connected', 'OPEN_DEAL', 'Open Deal', 'Interested', 'Contacted'])(
    'reads %j as replied',
    (value) => expect(normalizeOutcome(value)).toBe('replied'),
  );

  it.each([
    'Closed Lost', 'lost', 'Lost', 'Disqualified', 'Unsubscribed', 'Bounced', 'UNQUALIFIED', 'Unqualified',
    'Closed - Not Converted', 'Verloren', 'Junk Lead', 'closedlost',
  ])('reads %j as lost', (value) => expect(normalizeOutcome(value)).toBe('lost'));

  it('reads outreach-only statuses as sent or opened', () => {
    expect(normalizeOutcome('Working - Contacted')).toBe('sent');
    expect(normalizeOutcome('ATTEMPTED_TO_CONTACT')).toBe('sent');
    expect(normalizeOutcome('Email Opened')).toBe('opened');
  });

  it('reads anything else as open', () => {
    expect(normalizeOutcome('Engaging')).toBe('open');
    expect(normalizeOutcome('Prospecting')).toBe('open');
    expect(normalizeOutcome('marketingqualifiedlead')).toBe('open');
    expect(normalizeOutcome('Something custom')).toBe('open');
  });

  it('applies overrides to exact values, case-insensitively, before the vocabulary', () => {
    expect(normalizeOutcome('Engaging', { Engaging: 'replied' })).toBe('replied');
    expect(normalizeOutcome('ENGAGING', { engaging: 'replied' })).toBe('replied');
    expect(normalizeOutcome('Won', { Won: 'lost' })).toBe('lost');
    expect(normalizeOutcome('Engaging soon', { Engaging: 'replied' })).toBe('open');
  });

  it('tells known open words from unknown ones', () => {
    expect(classifyOutcome('Prospecting')).toBe('open');
    expect(classifyOutcome('Something custom')).toBeNull();
  });
});

describe('parseOutcomeOverride', () => {
  it('parses Value=outcome, splitting on the last =', () => {
    expect(parseOutcomeOverride('Engaging=replied')).toEqual({ value: 'Engaging', outcome: 'replied' });
    expect(parseOutcomeOverride('a=b=WON')).toEqual({ value: 'a=b', outcome: 'won' });
  });

  it('rejects an unknown outcome, listing the valid ones', () => {
    expect(() => parseOutcomeOverride('Engaging=engaged')).toThrow(MappingError);
    expect(() => parseOutcomeOverride('Engaging=engaged')).toThrow(/Valid outcomes: open, sent, opened, replied, won, lost/);
  });

  it('rejects a spec without a value', () => {
    expect(() => parseOutcomeOverride('replied')).toThrow(/must look like "Value=outcome"/);
  });
});

describe('combineOutcome', () => {
  it('lets a won flag beat every status', () => {
    expect(combineOutcome({ won: true, replied: null, status: 'lost' })).toBe('won');
  });

  it('lets a lost status beat a reply', () => {
    expect(combineOutcome({ won: false, replied: true, status: 'lost' })).toBe('lost');
  });

  it('takes a reply from the flag or the status', () => {
    expect(combineOutcome({ won: null, replied: true, status: 'open' })).toBe('replied');
    expect(combineOutcome({ won: false, replied: null, status: 'replied' })).toBe('replied');
  });

  it("otherwise uses the status's outcome, or open", () => {
    expect(combineOutcome({ won: false, replied: false, status: 'sent' })).toBe('sent');
    expect(combineOutcome({ won: null, replied: null, status: 'won' })).toBe('won');
    expect(combineOutcome({ won: false, replied: null, status: null })).toBe('open');
  });
});

describe('describeStatusOutcomes', () => {
  const mapping = buildMapping(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value']);
  const rows = [
    ['1', 'A', 'GTX', 'Cancity', 'Won', '', '', ''],
    ['2', 'A', 'GTX', 'Isdom', 'Lost', '', '', ''],
    ['3', 'B', 'GTX', '', 'Engaging', '', '', ''],
    ['4', 'B', 'GTX', '', 'Won', '', '', ''],
    ['5', 'B', 'GTX', '', '', '', '', ''],
    ['6', 'C', 'GTX', '', 'Stalled', '', '', ''],
  ];

  it('lists each status value seen with its outcome and count, most frequent first', () => {
    expect(describeStatusOutcomes(mapping, rows)).toEqual({
      column: 'deal_stage',
      values: [
        { value: 'Won', outcome: 'won', recognised: true, count: 2 },
        { value: 'Engaging', outcome: 'open', recognised: true, count: 1 },
        { value: 'Lost', outcome: 'lost', recognised: true, count: 1 },
        { value: 'Stalled', outcome: 'open', recognised: false, count: 1 },
      ],
    });
  });

  it('shows the effect of outcome overrides', () => {
    const preview = describeStatusOutcomes(mapping, rows, { Engaging: 'replied' });
    expect(preview.values.find((v) => v.value === 'Engaging')?.outcome).toBe('replied');
  });

  it('reports no column when the file has no status', () => {
    expect(describeStatusOutcomes(buildMapping(['Email']), [['a@b.com']])).toEqual({ column: null, values: [] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  countsByKey,
  COMPANY_MERGE_GUARDS,
  COMPANY_MERGE_KEYS,
  LEAD_MERGE_GUARDS,
  LEAD_MERGE_KEYS,
  leadGroupsAfterCompanyMerges,
  planMerges,
  survivorsOf,
  withSurvivingCompanies,
  type MergePolicy,
  type StoredRecord,
} from '../../../src-main/crm/merge-plan';

const LEADS: MergePolicy = {
  entity: 'leads',
  keys: LEAD_MERGE_KEYS,
  columns: ['record_id', 'email', 'full_name', 'title', 'outcome', 'replied', 'won', 'extra'],
  guards: LEAD_MERGE_GUARDS,
  blanks: { outcome: 'open' },
  extraColumn: 'extra',
};
const COMPANIES: MergePolicy = {
  entity: 'companies',
  keys: COMPANY_MERGE_KEYS,
  columns: ['record_id', 'name', 'domain', 'country'],
  guards: COMPANY_MERGE_GUARDS,
};

const lead = (id: number, values: Record<string, string | number | null>): StoredRecord => ({
  id,
  values: { record_id: null, email: null, full_name: null, title: null, outcome: 'open', replied: null, won: null, extra: null, ...values },
});

describe('planMerges', () => {
  it('merges leads with one name at one company when no record id or email tells them apart', () => {
    const real = lead(1, { record_id: 'R1', email: 'jane@acme.com', full_name: 'Jane Doe' });
    const noEmail = lead(2, { full_name: 'Jane Doe', outcome: 'won', won: 1 });
    const otherJane = lead(3, { full_name: 'Jane Doe', email: 'jane.doe@acme.com' });
    const plan = planMerges(LEADS, [real, noEmail], [{ key: 'name_company', value: '5:jane doe', ids: [1, 2] }]);
    expect(plan.merges).toHaveLength(1);
    expect(plan.merges[0]!.survivor).toBe(1);
    expect(plan.merges[0]!.merged).toEqual([{ id: 2, key: 'name_company' }]);
    // A second Jane Doe at the company with her own email is another person: the group stays as it is, reported.
    const apart = planMerges(LEADS, [real, otherJane], [{ key: 'name_company', value: '5:jane doe', ids: [1, 3] }]);
    expect(apart.merges).toEqual([]);
    expect(apart.keptApart).toEqual([{ key: 'name_company', value: '5:jane doe', ids: [1, 3], differs: 'email' }]);
  });

  it('merges an email-keyed skeleton into the lead with a record id, filling only its blanks', () => {
    const real = lead(1, { record_id: 'R1', email: 'jane@acme.com', full_name: 'Jane Doe', title: 'VP Sales', extra: '{"Snack":"crisps"}' });
    const skeleton = lead(7, { email: 'jane@acme.com', outcome: 'won', replied: 1, won: 1, title: '', extra: '{"Sequence step":"3","Snack":""}' });
    const plan = planMerges(LEADS, [skeleton, real], [{ key: 'email', value: 'jane@acme.com', ids: [7, 1] }]);
    expect(plan.keptApart).toEqual([]);
    expect(plan.merges).toHaveLength(1);
    const [m] = plan.merges;
    expect(m!.survivor).toBe(1);
    expect(m!.merged).toEqual([{ id: 7, key: 'email' }]);
    expect(m!.fills).toEqual([
      { column: 'outcome', value: 'won', from: 7 },
      { column: 'replied', value: 1, from: 7 },
      { column: 'won', value: 1, from: 7 },
      { column: 'extra', value: JSON.stringify({ Snack: 'crisps', 'Sequence step': '3' }), from: 7 },
    ]);
    expect(m!.conflicts).toEqual([]);
  });

  it('never overwrites a value: a different one is reported as a conflict, the survivor keeps its own', () => {
    const real = lead(1, { record_id: 'R1', email: 'a@x.com', title: 'CTO', outcome: 'replied', extra: '{"Tier":"A"}' });
    const other = lead(2, { email: 'a@x.com', title: 'Chief Technology Officer', outcome: 'won', full_name: 'Ann', extra: '{"Tier":"B"}' });
    const [m] = planMerges(LEADS, [real, other], [{ key: 'email', value: 'a@x.com', ids: [1, 2] }]).merges;
    expect(m!.fills).toEqual([{ column: 'full_name', value: 'Ann', from: 2 }]);
    expect(m!.conflicts).toEqual([
      { column: 'title', kept: 'CTO', other: 'Chief Technology Officer', from: 2 },
      { column: 'outcome', kept: 'replied', other: 'won', from: 2 },
      { column: 'extra.Tier', kept: 'A', other: 'B', from: 2 },
    ]);
  });

  it('keeps two leads with DIFFERENT record ids and one email apart, and reports them', () => {
    const a = lead(1, { record_id: 'R1', email: 'team@acme.com' });
    const b = lead(2, { record_id: 'R2', email: 'team@acme.com' });
    const skeleton = lead(3, { email: 'team@acme.com', outcome: 'replied' });
    const plan = planMerges(LEADS, [a, b, skeleton], [{ key: 'email', value: 'team@acme.com', ids: [1, 2, 3] }]);
    expect(plan.merges).toEqual([]);
    expect(plan.keptApart).toEqual([{ key: 'email', value: 'team@acme.com', ids: [1, 2, 3], differs: 'record_id' }]);
  });

  it('picks as survivor the record with a record id, then the fullest, then the oldest', () => {
    const sparse = lead(5, { record_id: 'R5', email: 'x@y.com' });
    const full = lead(2, { email: 'x@y.com', full_name: 'X', title: 'CEO' });
    expect(planMerges(LEADS, [sparse, full], [{ key: 'email', value: 'x@y.com', ids: [2, 5] }]).merges[0]!.survivor).toBe(5);
    const older = lead(3, { email: 'z@y.com', title: 'A' });
    const newer = lead(9, { email: 'z@y.com', title: 'A' });
    const fuller = lead(11, { email: 'z@y.com', title: 'A', full_name: 'Zed' });
    expect(planMerges(LEADS, [older, newer], [{ key: 'email', value: 'z@y.com', ids: [9, 3] }]).merges[0]!.survivor).toBe(3);
    expect(planMerges(LEADS, [older, newer, fuller], [{ key: 'email', value: 'z@y.com', ids: [9, 3, 11] }]).merges[0]!.survivor).toBe(11);
  });

  it('joins through overlapping keys once, a record in one merge only, counted by the first key that joined it', () => {
    const real = lead(1, { record_id: 'R1', email: 'a@x.com' });
    const late = lead(2, { record_id: 'R1', email: 'old@x.com' }); // given the same record id by a later file
    const skeleton = lead(3, { email: 'a@x.com', outcome: 'won' });
    const plan = planMerges(LEADS, [real, late, skeleton], [
      { key: 'email', value: 'a@x.com', ids: [1, 3] },
      { key: 'record_id', value: 'R1', ids: [1, 2] },
    ]);
    expect(plan.merges).toHaveLength(1);
    expect(plan.merges[0]!.survivor).toBe(1);
    expect(plan.merges[0]!.merged).toEqual([{ id: 2, key: 'record_id' }, { id: 3, key: 'email' }]);
    expect(plan.merges[0]!.conflicts).toEqual([{ column: 'email', kept: 'a@x.com', other: 'old@x.com', from: 2 }]);
    expect(countsByKey(plan)).toEqual({ record_id: 1, email: 1 });
  });

  it('merges a company made from contacts into its companies-file copy by domain, but a name never joins two domains', () => {
    const fromContacts = { id: 1, values: { record_id: null, name: 'Acme Inc', domain: 'acme.com', country: null } };
    const fromExport = { id: 8, values: { record_id: '991', name: 'Acme Incorporated', domain: 'acme.com', country: 'Germany' } };
    const acmeUk = { id: 9, values: { record_id: null, name: 'Acme Inc', domain: 'acme.co.uk', country: 'UK' } };
    const plan = planMerges(COMPANIES, [fromContacts, fromExport, acmeUk], [
      { key: 'company_name', value: 'acme', ids: [1, 9] },
      { key: 'domain', value: 'acme.com', ids: [1, 8] },
    ]);
    expect(plan.merges).toEqual([
      { entity: 'companies', survivor: 8, merged: [{ id: 1, key: 'domain' }], fills: [], conflicts: [{ column: 'name', kept: 'Acme Incorporated', other: 'Acme Inc', from: 1 }] },
    ]);
    expect(plan.keptApart).toEqual([{ key: 'company_name', value: 'acme', ids: [1, 8, 9], differs: 'domain' }]);
  });

  it('ignores groups of keys the policy does not know, and single-record groups', () => {
    const a = lead(1, { email: 'a@x.com' });
    expect(planMerges(LEADS, [a], [{ key: 'email', value: 'a@x.com', ids: [1] }, { key: 'domain', value: 'x.com', ids: [1, 2] }])).toEqual({ merges: [], keptApart: [] });
  });
});

describe('leads under two copies of one company', () => {
  const LEADS_WITH_COMPANY: MergePolicy = { ...LEADS, columns: [...LEADS.columns, 'company_id'] };
  // Company 8 (the companies export's, with its CRM id) survives; 1 (the contacts file's copy) merges into it.
  const companies = planMerges(
    COMPANIES,
    [
      { id: 1, values: { record_id: null, name: 'Acme Inc', domain: 'acme.com', country: null } },
      { id: 8, values: { record_id: '991', name: 'Acme Inc', domain: 'acme.com', country: 'Germany' } },
    ],
    [{ key: 'domain', value: 'acme.com', ids: [1, 8] }],
  );
  const survivors = survivorsOf(companies);
  // Jane Doe imported once under each copy, with no record id or email; Bob under the copy only.
  const janeUnderCopy = lead(20, { full_name: 'Jane Doe', company_id: 1, title: 'VP Sales' });
  const janeUnderSurvivor = lead(21, { full_name: 'Jane Doe', company_id: 8, outcome: 'won', won: 1 });
  const bob = lead(22, { full_name: 'Bob Roe', company_id: 1 });
  const keys = [
    { id: 20, companyId: 1, nameKey: 'jane doe' },
    { id: 21, companyId: 8, nameKey: 'jane doe' },
    { id: 22, companyId: 1, nameKey: 'bob roe' },
  ];

  it('are not duplicates as stored: their name key holds two company ids', () => {
    // What the stored index yields: no name_company group (each copy holds one Jane).
    expect(planMerges(LEADS_WITH_COMPANY, [janeUnderCopy, janeUnderSurvivor, bob], []).merges).toEqual([]);
    expect(survivors).toEqual(new Map([[1, 8]]));
  });

  it('become one lead once the plan reads them through the company merge, without a conflict on the company', () => {
    const groups = leadGroupsAfterCompanyMerges([], keys, survivors);
    expect(groups).toEqual([{ key: 'name_company', value: '8:jane doe', ids: [20, 21] }]);
    const plan = planMerges(LEADS_WITH_COMPANY, withSurvivingCompanies([janeUnderCopy, janeUnderSurvivor, bob], survivors), groups);
    expect(plan.merges).toEqual([
      {
        entity: 'leads',
        // The fuller record survives; the copy's lead gives its title, and its company link (1, now 8) is no conflict.
        survivor: 21,
        merged: [{ id: 20, key: 'name_company' }],
        fills: [{ column: 'title', value: 'VP Sales', from: 20 }],
        conflicts: [],
      },
    ]);
    expect(countsByKey(plan)).toEqual({ name_company: 1 });
  });

  it('replaces a stored group of a merged company by the regrouped one, which reads as a whole (two different emails keep all three apart)', () => {
    const twin = { id: 23, companyId: 1, nameKey: 'jane doe' };
    const stored = [
      { key: 'name_company' as const, value: '1:jane doe', ids: [20, 23] },
      { key: 'email' as const, value: 'x@y.com', ids: [30, 31] },
      { key: 'name_company' as const, value: '5:ann lee', ids: [40, 41] },
    ];
    const groups = leadGroupsAfterCompanyMerges(stored, [...keys, twin], survivors);
    expect(groups).toEqual([stored[1], stored[2], { key: 'name_company', value: '8:jane doe', ids: [20, 21, 23] }]);
    const otherJane = lead(21, { full_name: 'Jane Doe', company_id: 8, email: 'jane@acme.com' });
    const plan = planMerges(LEADS_WITH_COMPANY, [janeUnderCopy, otherJane, lead(23, { full_name: 'Jane Doe', company_id: 1, email: 'j.doe@acme.com' })], groups);
    expect(plan.merges).toEqual([]);
    expect(plan.keptApart).toEqual([{ key: 'name_company', value: '8:jane doe', ids: [20, 21, 23], differs: 'email' }]);
  });

  it('leaves groups and records as they are when no company merges', () => {
    const stored = [{ key: 'name_company' as const, value: '1:jane doe', ids: [20, 23] }];
    expect(leadGroupsAfterCompanyMerges(stored, [], new Map())).toEqual(stored);
    const records = [janeUnderCopy];
    expect(withSurvivingCompanies(records, new Map())[0]).toBe(janeUnderCopy);
    expect(withSurvivingCompanies(records, survivors)[0]!.values['company_id']).toBe(8);
    expect(janeUnderCopy.values['company_id']).toBe(1);
  });
});

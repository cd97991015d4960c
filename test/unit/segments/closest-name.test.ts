import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../src-main/segments/closest-name';

describe('closestName', () => {
  const fields = ['first_name', 'title', 'industry', 'country', 'company', 'employees', 'won', 'company.industry'];

  it('suggests the field one or two edits away', () => {
    expect(closestName('industy', fields)).toBe('industry');
    expect(closestName('contry', fields)).toBe('country');
    expect(closestName('Titel', fields)).toBe('title');
    expect(closestName('first name', fields)).toBe('first_name');
  });

  it('suggests nothing when no field is near', () => {
    expect(closestName('zzzzzz', fields)).toBeNull();
    expect(closestName('', fields)).toBeNull();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('industyr', 'industry')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

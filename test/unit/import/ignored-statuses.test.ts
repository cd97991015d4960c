import { describe, expect, it } from 'vitest';
import { buildMapping, compileMapping } from '../../../src-main/crm/index';

describe('status values the user ignores', () => {
  const mapping = buildMapping(['Email', 'Lead Status', 'Won'], { entity: 'leads' });

  it('give the row no outcome from its status, in any case, while remaps and the won flag still apply', () => {
    const toRecord = compileMapping(mapping, { outcomeOverrides: { Nurturing: 'replied' }, ignoredStatuses: ['spam'] });
    expect(toRecord(['a@x.example', 'SPAM', '']).outcome).toBeNull();
    expect(toRecord(['a@x.example', ' Spam ', 'yes']).outcome).toBe('won');
    expect(toRecord(['a@x.example', 'nurturing', '']).outcome).toBe('replied');
    expect(toRecord(['a@x.example', 'Bad Fit', '']).outcome).toBe('lost');
  });

  it('are read as before when none are ignored', () => {
    expect(compileMapping(mapping)(['a@x.example', 'Spam', '']).outcome).toBe('open');
  });
});

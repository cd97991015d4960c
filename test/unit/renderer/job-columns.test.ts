/**
 * The Jobs table's "Like" column sorts by what a narrow table shows in it:
 * kind, then entity (which has no column of its own there), then name.
 */
import { describe, expect, it } from 'vitest';
import type { JobSummaryDto } from '../../../src-main/contract/dto';
import { jobColumns } from '../../../src-renderer/src/features/jobs/columns';

const job = (kind: 'segment' | 'list', entity: 'leads' | 'companies', name: string) =>
  ({ source: { kind, name, id: 1 }, entity }) as unknown as JobSummaryDto;

describe('the jobs table', () => {
  it('sorts "Like" by kind, then entity, then name', () => {
    const like = jobColumns(() => undefined, () => undefined).find((c) => c.id === 'source') as unknown as { accessorFn: (j: JobSummaryDto) => string };
    const jobs = [job('segment', 'leads', 'Alpha'), job('list', 'leads', 'Zeta'), job('segment', 'companies', 'Zeta')];
    const sorted = jobs.map(like.accessorFn).sort();
    expect(sorted).toEqual(['List · Leads · Zeta', 'Segment · Companies · Zeta', 'Segment · Leads · Alpha']);
  });
});

/**
 * A finished job's coverage gaps (engine/coverage-gaps.ts): as the job
 * measured them when it ran, or, for jobs run before they were measured,
 * worked out now from its stored examples and the workspace's current
 * vocabulary (less its ignored fields).
 */
import type { CoverageGapDto } from '../contract/dto';
import { jobExampleWeights, type JobRow } from '../db/queries/jobs';
import type { Workspace } from '../db/workspace';
import { measureCoverageGaps } from '../engine/coverage-gaps';
import { currentVocabulary } from '../engine/workspace-vocabulary';

export function jobCoverageGaps(ws: Workspace, job: JobRow, profileInfo: unknown): CoverageGapDto[] {
  if (job.status !== 'completed') return [];
  const measured = (profileInfo as { coverageGaps?: CoverageGapDto[] } | null)?.coverageGaps;
  if (Array.isArray(measured)) return measured;
  const vocab = currentVocabulary(ws.db, job.entity);
  if (!vocab) return [];
  const examples = jobExampleWeights(ws.db, job.id);
  return measureCoverageGaps(ws.db, job.entity, vocab, { ids: examples.map((e) => e.record_id), weights: examples.map((e) => e.weight) });
}

/**
 * reasons: each candidate's shown score and why, from its float vector. The
 * plain centroid keeps its cosine shares per block. Every other strategy
 * explains log-odds against an average record: slot i adds a·qᵢ·(xᵢ − x̄ᵢ),
 * summed per block and per field value, so base + Σ contributions is exactly
 * the logit of the shown score; a negative contribution counts against.
 */
import type { CandidateInput } from '../../db/queries/jobs';
import { slotLabels } from '../../engine/slot-labels';
import { partsPresent } from '../../../src-model/embed/encode';
import { shownScore } from '../../../src-model/strategies/scoring';
import { blockContributions } from '../../../src-model/vector-search/vectors';
import type { JobPhase } from '../job-phase';
import type { JobState } from '../job-state';
import { slicer } from '../../lib/slices';

/** Field values whose share of a candidate's score is smaller than this are not listed. */
const MIN_DETAIL = 0.005;
/** Field values listed per candidate, largest share first. */
const MAX_DETAILS = 8;

export const reasonsPhase: JobPhase = {
  name: 'reasons',
  lap: 'reasonsMs',
  async run(state) {
    state.candidates = await explain(state);
  },
};

/** Candidates whose vectors are read at once. */
const BLOCK_ROWS = 256;

/** The candidates explained in time slices (lib/slices.ts): 50k of them took 1.6–2.5 s in one piece. */
async function explain(state: JobState): Promise<CandidateInput[]> {
  const { scorer, ranked: best, layout, present } = state;
  const ids = state.matrix.ids;
  const dim = layout.dim;
  const blocks = layout.blocks;
  const labels = scorer.center ? slotLabels(state.vocabulary.vocab, layout) : null;
  const a = scorer.calibration.kind === 'logistic' ? scorer.calibration.a : 1;
  const b = scorer.calibration.kind === 'logistic' ? scorer.calibration.b : 0;
  const out: CandidateInput[] = [];
  const slices = slicer(state.signal);
  let vectors: Float32Array<ArrayBufferLike> = new Float32Array(0);
  let blockStart = 0;
  for (let i = 0; i < best.rows.length; i++) {
    // The clock is read at every candidate, not every block: on a wide workspace a block was 0.16 s.
    const turn = slices.maybeYield();
    if (turn) await turn;
    if (i % BLOCK_ROWS === 0) {
      blockStart = i;
      vectors = await state.reader!.readRows(best.rows.subarray(i, Math.min(best.rows.length, i + BLOCK_ROWS)), undefined, { signal: state.signal });
    }
    const v = vectors.subarray((i - blockStart) * dim, (i - blockStart + 1) * dim);
    const j = best.query[i]!;
    const q = scorer.queries[j]!;
    const reasons: Record<string, number> = {};
    const has = partsPresent(v, layout);
    const missing = [...(present.company && !has.company ? ['company'] : []), ...(present.lead && !has.lead ? ['lead'] : [])];
    if (!scorer.center || !labels) {
      blockContributions(q, v, blocks).forEach((c, k) => {
        if (c !== 0) reasons[blocks[k]!.name] = c;
      });
      out.push({ recordId: ids[best.rows[i]!]!, score: shownScore(scorer.calibration, best.raw[i]!), reasons, missing });
      continue;
    }
    const center = scorer.center;
    let base = scorer.offsets[j]!;
    for (let s = 0; s < dim; s++) base += q[s]! * center[s]!;
    base = a * base + b;
    const fields = new Map<string, { contribution: number; value: string; strength: number }>();
    for (const block of blocks) {
      let sum = 0;
      for (let s = block.start; s < block.end; s++) {
        const c = a * q[s]! * (v[s]! - center[s]!);
        if (c === 0) continue;
        sum += c;
        const label = labels[s]!;
        const f = fields.get(label.field) ?? { contribution: 0, value: 'none', strength: 0 };
        f.contribution += c;
        if (v[s]! > f.strength) {
          f.strength = v[s]!;
          f.value = label.value;
        }
        fields.set(label.field, f);
      }
      if (sum !== 0) reasons[block.name] = sum;
    }
    const details = [...fields.entries()]
      .map(([field, f]) => ({ field, value: f.value, contribution: f.contribution }))
      .filter((d) => Math.abs(d.contribution) >= MIN_DETAIL)
      .sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution))
      .slice(0, MAX_DETAILS);
    out.push({ recordId: ids[best.rows[i]!]!, score: shownScore(scorer.calibration, best.raw[i]!), reasons, missing, details, base });
  }
  return out;
}

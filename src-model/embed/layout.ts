/**
 * Where each feature block lives in an embedding of dimension D.
 *
 * The company part is the first half, the lead part the second half (at
 * D = 256: company 0–128, lead 128–256, as in the product guide). Named
 * blocks have fixed sizes; each part's remaining indices are a projection of
 * the record's other fields ("other"). D must be a multiple of 16 (the SIMD
 * kernels read 16 lanes at a time) and leave room for at least MIN_OTHER
 * projection slots in each part.
 */

export type BlockName =
  | 'industry'
  | 'size'
  | 'geography'
  | 'tech'
  | 'intent'
  | 'company_other'
  | 'seniority'
  | 'role'
  | 'title'
  | 'engagement'
  | 'lead_other';

export type PartName = 'company' | 'lead';

export interface Block {
  name: BlockName;
  part: PartName;
  start: number;
  end: number;
}

export interface EmbeddingLayout {
  dim: number;
  parts: Record<PartName, { start: number; end: number }>;
  blocks: Block[];
  byName: Record<BlockName, Block>;
}

export const DEFAULT_DIM = 256;
export const MIN_OTHER = 8;

/** Fixed block sizes, in layout order within each part. */
export const COMPANY_BLOCKS: readonly [BlockName, number][] = [
  ['industry', 20],
  ['size', 5],
  ['geography', 30],
  ['tech', 20],
  ['intent', 20],
];
export const LEAD_BLOCKS: readonly [BlockName, number][] = [
  ['seniority', 5],
  ['role', 9],
  ['title', 20],
  ['engagement', 5],
];

export const BLOCK_LABELS: Record<BlockName, string> = {
  industry: 'Industry',
  size: 'Company size',
  geography: 'Geography',
  tech: 'Tech stack',
  intent: 'Intent signals',
  company_other: 'Other company fields',
  seniority: 'Seniority',
  role: 'Role family',
  title: 'Title keywords',
  engagement: 'Engagement',
  lead_other: 'Other lead fields',
};

export class LayoutError extends Error {
  override name = 'LayoutError';
}

const fixed = (blocks: readonly [BlockName, number][]) => blocks.reduce((n, [, size]) => n + size, 0);

/** The smallest dimension that fits every named block plus MIN_OTHER projection slots per part, rounded up to 16. */
export const MIN_DIM = Math.ceil((2 * (Math.max(fixed(COMPANY_BLOCKS), fixed(LEAD_BLOCKS)) + MIN_OTHER)) / 16) * 16;

export function embeddingLayout(dim: number = DEFAULT_DIM): EmbeddingLayout {
  if (!Number.isInteger(dim) || dim % 16 !== 0 || dim < MIN_DIM) {
    throw new LayoutError(
      `Embedding dimension ${dim} is not usable: it must be a multiple of 16 and at least ${MIN_DIM}, ` +
        `so that each half holds its named blocks (company ${fixed(COMPANY_BLOCKS)}, lead ${fixed(LEAD_BLOCKS)} indices) ` +
        `plus at least ${MIN_OTHER} projection slots.`,
    );
  }
  const half = dim / 2;
  const blocks: Block[] = [];
  const place = (part: PartName, start: number, end: number, named: readonly [BlockName, number][], other: BlockName) => {
    let at = start;
    for (const [name, size] of named) {
      blocks.push({ name, part, start: at, end: at + size });
      at += size;
    }
    blocks.push({ name: other, part, start: at, end });
  };
  place('company', 0, half, COMPANY_BLOCKS, 'company_other');
  place('lead', half, dim, LEAD_BLOCKS, 'lead_other');
  const byName = Object.fromEntries(blocks.map((b) => [b.name, b])) as Record<BlockName, Block>;
  return { dim, parts: { company: { start: 0, end: half }, lead: { start: half, end: dim } }, blocks, byName };
}

/** Each block's weight inside its part (blocks are unit-normalised first); a vocabulary may override them. */
export const DEFAULT_BLOCK_WEIGHTS: Record<BlockName, number> = {
  industry: 1,
  size: 0.8,
  geography: 0.7,
  tech: 0.8,
  intent: 0.8,
  company_other: 0.6,
  seniority: 1,
  role: 1,
  title: 0.7,
  engagement: 0.5,
  lead_other: 0.8,
};

/**
 * Hand-built vocabulary and record batches for the encoder tests. The
 * vocabulary is a plain object (no database): a few known technologies,
 * intents and countries, one numeric and one categorical extra per part.
 * Block weights are the defaults, from the worker-side layout module.
 */
import { DEFAULT_BLOCK_WEIGHTS, embeddingLayout, type BlockName } from '../../../src-model/embed/layout';
import type { FeatureVocabulary, RecordBatch } from '../../../src-model/embed/types';
import type { ReferenceBatch } from './reference-encoder';

export const LAYOUT = embeddingLayout(256);

export const BLOCK_WEIGHTS: Record<BlockName, number> = DEFAULT_BLOCK_WEIGHTS;

export const VOCAB: FeatureVocabulary = {
  dim: 256,
  technologies: ['salesforce', 'hubspot', 'slack', 'aws', 'google analytics'],
  intents: ['crm', 'sales automation', 'data enrichment'],
  countries: ['US', 'DE', 'GB', 'FR'],
  companyNumeric: [
    { key: 'Funding', cuts: [100_000, 1_000_000, 10_000_000] },
    { key: '@revenue', cuts: [1_000_000, 10_000_000, 100_000_000] },
  ],
  companyCategorical: ['Ownership'],
  leadNumeric: [{ key: 'Page Views', cuts: [5, 20, 50] }],
  leadCategorical: ['Lead Source'],
  scoreScale: 100,
  blockWeights: BLOCK_WEIGHTS,
};

/** One record's fields; anything left out is missing (null / NaN). Extras are `unknown` so tests can pass bad values. */
export interface Rec {
  industry?: string;
  employees?: number;
  revenue?: number;
  companyCountry?: string;
  technologies?: string;
  intent?: string;
  companyExtra?: unknown;
  title?: string;
  seniority?: string;
  department?: string;
  score?: number;
  leadCountry?: string;
  leadState?: string;
  leadCity?: string;
  campaign?: string;
  leadExtra?: unknown;
  companyState?: string;
  companyCity?: string;
}

export function batchOf(recs: readonly Rec[]): RecordBatch {
  const s = (f: keyof Rec) => recs.map((r) => (r[f] as string | undefined) ?? null);
  const n = (f: keyof Rec) => Float64Array.from(recs, (r) => (r[f] as number | undefined) ?? NaN);
  const o = (f: keyof Rec) => recs.map((r) => (r[f] ?? null) as Record<string, unknown> | null);
  return {
    count: recs.length,
    ids: Int32Array.from(recs, (_, i) => i + 1),
    companyId: new Int32Array(recs.length),
    industry: s('industry'),
    employees: n('employees'),
    revenue: n('revenue'),
    companyCountry: s('companyCountry'),
    technologies: s('technologies'),
    intent: s('intent'),
    companyExtra: o('companyExtra'),
    title: s('title'),
    seniority: s('seniority'),
    department: s('department'),
    score: n('score'),
    leadCountry: s('leadCountry'),
    leadState: s('leadState'),
    leadCity: s('leadCity'),
    campaign: s('campaign'),
    leadExtra: o('leadExtra'),
    companyState: s('companyState'),
    companyCity: s('companyCity'),
  };
}

/** The same batch as the pre-optimisation encoder took it: extras as JSON text. */
export function referenceBatchOf(batch: RecordBatch): ReferenceBatch {
  const json = (x: Record<string, unknown> | null) => (x === null ? null : JSON.stringify(x));
  return { ...batch, companyExtra: batch.companyExtra.map(json), leadExtra: batch.leadExtra.map(json) };
}

/** Records that between them reach every branch of the encoder. */
export const VARIED: readonly Rec[] = [
  {
    industry: 'Computer Software', employees: 120, revenue: 5_000_000, companyCountry: 'Germany',
    technologies: 'Salesforce; HubSpot, Slack; ObscureTool', intent: 'CRM;  Sales Automation ; weird topic',
    companyExtra: { Ownership: 'Private', Funding: '1,250,000', Founded: '2001-01-01', Employees: 42 },
    title: 'VP of Sales', score: 87, leadCountry: 'Berlin, Germany', leadState: 'Berlin', leadCity: 'Berlin',
    campaign: 'Q3 Webinar', leadExtra: { 'Lead Source': 'Referral', 'Page Views': '35' }, companyState: 'BY', companyCity: 'Munich',
  },
  { title: 'Gerente Comercial', leadCountry: 'Mars Colony', leadExtra: { 'Lead Source': ' PAID ', 'Page Views': 'n/a' } },
  { industry: 'games_video', employees: 5000, companyCountry: 'Atlantis', technologies: 'aws', campaign: 'Spring Promo' },
  { industry: 'Underwater Basket Weaving', employees: 3, companyCountry: 'Brazil', intent: 'data enrichment' },
  { title: 'Software Engineer', seniority: 'C-Level', department: 'Marketing', score: 0, leadCountry: 'US' },
  {},
  { revenue: 250_000_000, companyExtra: { Funding: '-3.5', Ownership: 'Public' }, leadExtra: { 'Page Views': '2' } },
  { title: 'Chief Executive Officer & Founder', score: 150, leadCity: 'São Paulo', leadState: 'SP' },
  { title: 'Marketing Manager', score: -4, leadCountry: 'Brasil', campaign: 'spring promo' },
  { technologies: 'Salesforce;salesforce; ; ,', companyCountry: 'FR', companyCity: 'Paris' },
  { employees: 0, companyExtra: { Ownership: '' }, leadExtra: {} },
  { department: 'Engineering', seniority: 'senior', leadExtra: { 'Lead Source': 'Referral', 'Page Views': '1,000' } },
];

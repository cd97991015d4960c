/**
 * What each slot of an embedding stands for, in words an analyst reads:
 * the field and the value ("Industry" = "Software & SaaS", "TotalVisits" =
 * "band 3 of 4"). Reasons sum contributions per field and name the value
 * the record has. Slots the encoder shares between hashed values (the long
 * tail of the "other" blocks) are labelled by their block.
 */
import { INDUSTRY_BUCKETS, INDUSTRY_BUCKET_LABELS, REGIONS, SIZE_BUCKETS } from '../../src-model/features/index';
import { ROLE_FAMILIES, SENIORITY_LEVELS } from '../../src-model/features/title';
import { hashString } from '../../src-model/features/hash';
import { BLOCK_LABELS, type EmbeddingLayout } from '../../src-model/embed/layout';
import type { FeatureVocabulary } from '../../src-model/embed/types';
import { bandLabel } from './extra-fields';

export interface SlotLabel {
  field: string;
  value: string;
}

const words = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function slotLabels(vocab: FeatureVocabulary, layout: EmbeddingLayout): SlotLabel[] {
  const labels: SlotLabel[] = new Array(layout.dim);
  for (const block of layout.blocks) for (let s = block.start; s < block.end; s++) labels[s] = { field: BLOCK_LABELS[block.name], value: 'other' };
  const B = layout.byName;
  INDUSTRY_BUCKETS.forEach((k, i) => {
    if (B.industry.start + i < B.industry.end) labels[B.industry.start + i] = { field: 'Industry', value: INDUSTRY_BUCKET_LABELS[k] };
  });
  SIZE_BUCKETS.forEach((k, i) => (labels[B.size.start + i] = { field: 'Company size', value: `${k} employees` }));
  REGIONS.forEach((r, i) => (labels[B.geography.start + i] = { field: 'Region', value: words(r) }));
  vocab.countries.forEach((c, i) => {
    const s = B.geography.start + REGIONS.length + i;
    if (s < B.geography.end) labels[s] = { field: 'Country', value: c };
  });
  vocab.technologies.forEach((t, i) => {
    if (B.tech.start + i < B.tech.end) labels[B.tech.start + i] = { field: 'Tech stack', value: t };
  });
  vocab.intents.forEach((t, i) => {
    if (B.intent.start + i < B.intent.end) labels[B.intent.start + i] = { field: 'Intent', value: t };
  });
  SENIORITY_LEVELS.forEach((k, i) => (labels[B.seniority.start + i] = { field: 'Seniority', value: words(k) }));
  ROLE_FAMILIES.forEach((k, i) => (labels[B.role.start + i] = { field: 'Role family', value: words(k) }));
  for (let s = B.title.start; s < B.title.end; s++) labels[s] = { field: 'Title keywords', value: 'title words' };
  for (let s = B.engagement.start; s < B.engagement.end; s++) labels[s] = { field: 'Lead score', value: `band ${s - B.engagement.start + 1} of ${B.engagement.end - B.engagement.start}` };
  const extras = (numeric: FeatureVocabulary['leadNumeric'], categorical: string[], values: Record<string, string[]> | undefined, block: { start: number; end: number }) => {
    const name = (key: string) => (key === '@revenue' ? 'Revenue' : key);
    if (!values) {
      // Older vocabularies hashed numeric bands to known slots (a shared slot keeps the first label).
      const size = block.end - block.start;
      for (const f of numeric) {
        for (let b = 0; b < 4; b++) {
          const s = block.start + (hashString(f.key === '@revenue' ? `revenue#${b}` : `${f.key}#${b}`) % size);
          if (labels[s]!.value === 'other') labels[s] = { field: name(f.key), value: bandLabel(f.cuts, b) };
        }
      }
      return;
    }
    let at = block.start;
    for (const f of numeric) {
      for (const x of f.sentinels ?? []) labels[at++] = { field: name(f.key), value: String(x) };
      for (let b = 0; b <= f.cuts.length; b++) labels[at++] = { field: name(f.key), value: bandLabel(f.cuts, b) };
    }
    for (const key of categorical) for (const v of values[key] ?? []) labels[at++] = { field: key, value: v };
  };
  extras(vocab.companyNumeric, vocab.companyCategorical, vocab.companyValues, B.company_other);
  extras(vocab.leadNumeric, vocab.leadCategorical, vocab.leadValues, B.lead_other);
  return labels;
}

/**
 * The 20 industry buckets an industry cell is mapped to (`industry.ts`, from
 * the tables in `industry-vocabulary.ts`), with their display names.
 *
 * Bucket design: the suggested B2B split, with two widened to keep real data
 * out of `other`: `retail_consumer` also holds hospitality, travel and leisure
 * (consumer-facing services), and `energy_utilities` also holds mining and
 * agriculture (natural resources). Olist segments are product categories of
 * marketplace sellers; they map by what is sold, so `computers` is
 * hardware & electronics, as the same word would be in any other CRM.
 */
export const INDUSTRY_BUCKETS = [
  'software',
  'it_services',
  'internet',
  'hardware_electronics',
  'telecom_networking',
  'financial_services',
  'insurance',
  'healthcare',
  'pharma_biotech',
  'education',
  'manufacturing_industrial',
  'retail_consumer',
  'media_entertainment',
  'marketing_advertising',
  'professional_services',
  'real_estate_construction',
  'energy_utilities',
  'transportation_logistics',
  'government_nonprofit',
  'other',
] as const;

export type IndustryKey = (typeof INDUSTRY_BUCKETS)[number];

/** Display names, index-aligned with `INDUSTRY_BUCKETS`. */
export const INDUSTRY_BUCKET_LABELS: Readonly<Record<IndustryKey, string>> = {
  software: 'Software & SaaS',
  it_services: 'IT services & outsourcing',
  internet: 'Internet & online platforms',
  hardware_electronics: 'Hardware, semiconductors & electronics',
  telecom_networking: 'Telecom & networking',
  financial_services: 'Banking, investment & financial services',
  insurance: 'Insurance',
  healthcare: 'Healthcare providers & medical devices',
  pharma_biotech: 'Pharma & biotech',
  education: 'Education & training',
  manufacturing_industrial: 'Manufacturing & industrial',
  retail_consumer: 'Retail, consumer goods & hospitality',
  media_entertainment: 'Media, entertainment & games',
  marketing_advertising: 'Marketing, advertising & PR',
  professional_services: 'Professional services (consulting, legal, accounting, staffing)',
  real_estate_construction: 'Real estate & construction',
  energy_utilities: 'Energy, utilities & natural resources',
  transportation_logistics: 'Transportation & logistics',
  government_nonprofit: 'Government & non-profit',
  other: 'Other',
};

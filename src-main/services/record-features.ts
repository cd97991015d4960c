/**
 * What the engine reads from a record, in words people use: the value as
 * imported beside the feature it maps to ("CTO & Co-founder" → C-level,
 * Engineering; "Computer Software" → Software & SaaS; "Deutschland" → DE,
 * Western Europe). The comparison screen lines these up against the job's
 * examples. The mappers are the ones the workers embed with, so what this
 * says is what the score was computed from.
 */
import type { ComparedFieldKey } from '../contract/dto';
import type { RecordRow } from '../db/queries/record-rows';
import { bandOf } from '../../src-model/embed/encode';
import { bandLabel, formatNumber, NUMERIC_TEXT, type ExtraFieldSpec } from '../engine/extra-fields';
import {
  countryInfo,
  INDUSTRY_BUCKET_LABELS,
  INDUSTRY_BUCKETS,
  industryBucket,
  parseSeniority,
  parseTitle,
  REGIONS,
  ROLE_FAMILIES,
  SENIORITY_LEVELS,
  SIZE_BUCKETS,
  sizeBucket,
  type Region,
  type RoleFamily,
} from '../../src-model/features/index';

const SENIORITY_LABELS: Record<(typeof SENIORITY_LEVELS)[number], string> = {
  c_level: 'C-level',
  vp: 'VP',
  director: 'Director',
  manager: 'Manager',
  ic: 'Individual contributor',
};

const ROLE_LABELS: Record<RoleFamily, string> = {
  sales: 'Sales',
  marketing: 'Marketing',
  product: 'Product',
  engineering: 'Engineering',
  data_it: 'Data & IT',
  hr_people: 'HR & people',
  finance_legal: 'Finance & legal',
  operations_supply_chain: 'Operations & supply chain',
  customer_success_support: 'Customer success & support',
};

const REGION_LABELS: Record<Region, string> = {
  north_america: 'North America',
  latin_america: 'Latin America',
  western_europe: 'Western Europe',
  northern_europe: 'Northern Europe',
  southern_europe: 'Southern Europe',
  eastern_europe_central_asia: 'Eastern Europe & Central Asia',
  middle_east_africa: 'Middle East & Africa',
  south_asia: 'South Asia',
  east_asia: 'East Asia',
  southeast_asia_oceania: 'Southeast Asia & Oceania',
};

export const FIELD_LABELS: Record<ComparedFieldKey, string> = {
  title: 'Title',
  seniority: 'Seniority',
  role: 'Role family',
  company: 'Company',
  industry: 'Industry',
  size: 'Company size',
  country: 'Country',
  region: 'Region',
  technologies: 'Tech stack',
  intent: 'Intent signals',
  status: 'Status (not scored)',
};

/** The fields compared for each entity, in display order. */
export const COMPARED_FIELDS: Record<'leads' | 'companies', readonly ComparedFieldKey[]> = {
  leads: ['title', 'seniority', 'role', 'company', 'industry', 'size', 'country', 'region', 'technologies', 'intent', 'status'],
  companies: ['industry', 'size', 'country', 'region', 'technologies', 'intent', 'status'],
};

/** A field as imported and what the engine reads it as (none, one, or several features: a tech stack has several). */
export interface FieldReading {
  value: string | null;
  features: string[];
}

const list = (text: string | null): string[] =>
  text
    ? [...new Set(text.split(/[;,]/).map((v) => v.trim()).filter(Boolean).map((v) => v.toLowerCase()))]
    : [];

function seniorityOf(explicit: string | null, title: string | null): string[] {
  let level = explicit ? parseSeniority(explicit) : -1;
  if (level < 0 && title) level = parseTitle(title).seniority;
  return level >= 0 ? [SENIORITY_LABELS[SENIORITY_LEVELS[level]!]] : [];
}

function roleOf(department: string | null, title: string | null): string[] {
  let family = department ? parseTitle(department).roleFamily : -1;
  if (family < 0 && title) family = parseTitle(title).roleFamily;
  return family >= 0 ? [ROLE_LABELS[ROLE_FAMILIES[family]!]] : [];
}

/** Every compared field of a record. */
export function readRecord(row: RecordRow): Record<ComparedFieldKey, FieldReading> {
  const industry = row.industry ? industryBucket(row.industry) : -1;
  const size = sizeBucket(row.employees);
  const lead = row.entity === 'leads' ? row : null;
  // A lead without a location of its own is where its company is (as the engine's geography block has it).
  const countryText = lead ? (lead.country ?? lead.company_country) : row.country;
  const country = countryText ? countryInfo(countryText) : null;
  return {
    title: { value: lead?.title ?? null, features: [] },
    seniority: { value: lead?.seniority ?? null, features: lead ? seniorityOf(lead.seniority, lead.title) : [] },
    role: { value: lead?.department ?? null, features: lead ? roleOf(lead.department, lead.title) : [] },
    company: { value: row.entity === 'leads' ? row.company : row.name, features: [] },
    industry: { value: row.industry, features: industry >= 0 ? [INDUSTRY_BUCKET_LABELS[INDUSTRY_BUCKETS[industry]!]] : [] },
    size: {
      value: row.employees_range ?? (row.employees !== null ? String(row.employees) : null),
      features: size >= 0 ? [`${SIZE_BUCKETS[size]} employees`] : [],
    },
    country: { value: countryText, features: country ? [country.iso2] : [] },
    region: { value: null, features: country ? [REGION_LABELS[REGIONS[country.region]!]] : [] },
    technologies: { value: row.technologies, features: list(row.technologies) },
    intent: { value: row.intent, features: list(row.intent) },
    // Not a feature (it would leak the outcome into the score), but the examples' statuses beside a
    // candidate's say a lot to an analyst, so it is tallied like one.
    status: { value: row.status, features: row.status?.trim() ? [row.status.trim().toLowerCase()] : [] },
  };
}



/** One extra field of a record: the text as imported, and the value (lower case) or band the engine reads. */
export function readExtra(spec: ExtraFieldSpec, extras: { lead: Record<string, unknown> | null; company: Record<string, unknown> | null }): FieldReading {
  const own = spec.part === 'lead' ? extras.lead : (extras.company ?? extras.lead);
  const raw = own?.[spec.key];
  const value = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  if (!value) return { value: null, features: [] };
  if (spec.cuts) {
    const t = value.replace(/,/g, '');
    if (!NUMERIC_TEXT.test(t)) return { value, features: [] };
    const x = Number(t);
    return { value, features: [spec.sentinels?.includes(x) ? `= ${formatNumber(x)}` : bandLabel(spec.cuts, bandOf(x, spec.cuts))] };
  }
  return { value, features: [value.toLowerCase()] };
}

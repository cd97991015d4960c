/**
 * The canonical lead/company fields every CRM export is mapped onto. The names
 * are part of the CLI contract (`--map "Header=field"`), so they never change
 * spelling; add fields at the end only.
 */
export const CANONICAL_FIELDS = [
  'record_id',
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'title',
  'seniority',
  'department',
  'company',
  'domain',
  'industry',
  'employees',
  'revenue',
  'country',
  'state',
  'city',
  'technologies',
  'intent',
  'status',
  'score',
  'campaign',
  'replied',
  'won',
  'owner',
  'created_at',
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

const CANONICAL_FIELD_SET: ReadonlySet<string> = new Set(CANONICAL_FIELDS);

export function isCanonicalField(value: string): value is CanonicalField {
  return CANONICAL_FIELD_SET.has(value);
}

/**
 * Fields that only make sense for a person. A file carrying any of them is a
 * leads file when the entity is left on `auto`.
 */
export const PERSON_LEVEL_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>([
  'first_name',
  'last_name',
  'full_name',
  'email',
  'phone',
  'title',
  'seniority',
  'department',
  'replied',
  'won',
  'campaign',
]);

/** Fields that identify a company; a file with one of them and no person-level field is a companies file. */
export const COMPANY_LEVEL_FIELDS: ReadonlySet<CanonicalField> = new Set<CanonicalField>(['company', 'domain']);

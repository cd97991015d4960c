/**
 * Feature mappers for the lookalike embedding: pure functions from CRM cell
 * text to categorical feature indices, safe to call per row in Piscina
 * workers (lookup tables built at module load, results cached per distinct
 * string). See each module's header for its vocabulary and decisions.
 */
export { INDUSTRY_BUCKETS, INDUSTRY_BUCKET_LABELS, type IndustryKey } from './industry-buckets';
export { industryBucket, industryIndex } from './industry';
export { ROLE_FAMILIES, SENIORITY_LEVELS, type RoleFamily } from './title-categories';
export { parseTitle, parseSeniority, type ParsedTitle } from './title';
export { REGIONS, countryInfo, countryInfoByIso2, type CountryInfo, type Region } from './geo';
export { SIZE_BUCKETS, sizeBucket } from './size';
export { fnv1a32, hashString, hashToSlot, slotOf, signOf, addHashed } from './hash';

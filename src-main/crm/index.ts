/**
 * CRM header mapping, presets and value normalisers: pure functions, no I/O,
 * no SQL. The import service builds a mapping from the header row and the
 * first rows' values, compiles it once and calls the compiled converter for
 * every row.
 */
export { CANONICAL_FIELDS, type CanonicalField, isCanonicalField } from '../../src-model/fields/field-table';
export { headerKey, foldAccents } from './header-key';
export { classifyHeader, type HeaderCandidate, type HeaderClass } from './header-candidates';
export { PRESETS, findPreset, type CrmPreset } from './presets';
export { detectPreset, scorePreset, type DetectedPreset } from './detect-preset';
export {
  buildMapping,
  NO_PRESET,
  type BuildMappingOptions,
  type ColumnMapping,
  type ColumnSource,
  type EntityOption,
  type IdentityKind,
  type IdentityRule,
  type ImportMapping,
} from './mapping';
export { checkValues, createValueJudge, MIN_VALUES_TO_CHECK, type CheckStrictness, type ValueJudge, type ValueVerdict } from './value-checks';
export { fieldLabel } from './mapping-reasons';
export { parseMapOverride, parseMapOverrides, parseColumnTarget, IGNORE_COLUMN, KEEP_AS_EXTRA, type ColumnTarget } from './overrides';
export { compileMapping, type CompileOptions, type FieldWarning, type MappedRecord, type RowMapper } from './compile';
export {
  OUTCOMES,
  isOutcome,
  classifyOutcome,
  normalizeOutcome,
  createOutcomeClassifier,
  parseOutcomeOverride,
  combineOutcome,
  type Outcome,
  type OutcomeSignals,
} from './outcome';
export { describeStatusOutcomes, type StatusOutcome, type StatusPreview } from './status-preview';
export { MappingError } from './errors';
export { presentValue, isMissingValue } from './normalize/missing';
export { parseEmployees, type EmployeeCount } from './normalize/employees';
export { parseRevenue } from './normalize/revenue';
export { parseFlag, looksLikeDate } from './normalize/flag';
export { parseScore, RATING_SCORES } from './normalize/score';
export { normalizeDomain, emailDomain, isFreeEmailDomain } from './normalize/domain';
export { companyNameKey } from './normalize/company-name';
export { splitList } from './normalize/list';

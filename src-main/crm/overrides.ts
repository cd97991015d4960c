/**
 * `--map "Header=field"` overrides. The header may itself contain `=`, so the
 * spec splits on the last one. `Header=-` ignores the column entirely (not
 * stored, not even as an extra); `Header=extra` keeps it as an extra when
 * auto-mapping took it for a field it does not mean.
 */
import { CANONICAL_FIELDS, type CanonicalField, isCanonicalField } from '../../src-model/fields/field-table';
import { MappingError } from './errors';

export const IGNORE_COLUMN = '-';
export const KEEP_AS_EXTRA = 'extra';

export type ColumnTarget = CanonicalField | typeof IGNORE_COLUMN | typeof KEEP_AS_EXTRA;

const VALID_TARGETS = `${CANONICAL_FIELDS.join(', ')}, or "${IGNORE_COLUMN}" to ignore the column, or "${KEEP_AS_EXTRA}" to keep it unmapped`;

export function parseColumnTarget(target: string, header: string): ColumnTarget {
  const trimmed = target.trim();
  if (trimmed === IGNORE_COLUMN || trimmed === KEEP_AS_EXTRA || isCanonicalField(trimmed)) return trimmed;
  throw new MappingError(`Unknown field "${trimmed}" for column "${header}". Valid fields: ${VALID_TARGETS}.`, {
    header,
    field: trimmed,
    validChoices: [...CANONICAL_FIELDS, IGNORE_COLUMN, KEEP_AS_EXTRA],
  });
}

export function parseMapOverride(spec: string): { header: string; target: ColumnTarget } {
  const at = spec.lastIndexOf('=');
  const header = at >= 0 ? spec.slice(0, at).trim() : '';
  if (at < 0 || header.length === 0) {
    throw new MappingError(`Column override "${spec}" must look like "Header=field" (or "Header=-" to ignore it).`, {
      spec,
    });
  }
  return { header, target: parseColumnTarget(spec.slice(at + 1), header) };
}

/** Collects repeated `--map` flags into the `overrides` option of buildMapping. */
export function parseMapOverrides(specs: readonly string[]): Record<string, ColumnTarget> {
  const overrides: Record<string, ColumnTarget> = {};
  for (const spec of specs) {
    const { header, target } = parseMapOverride(spec);
    if (Object.hasOwn(overrides, header)) {
      throw new MappingError(`Column "${header}" is overridden twice.`, { header });
    }
    overrides[header] = target;
  }
  return overrides;
}

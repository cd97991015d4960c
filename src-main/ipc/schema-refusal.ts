/**
 * A payload that fails its schema, said in words: each problem names the
 * field as the screen does and the rule it breaks ("max results must be a
 * whole number from 1 to 1,000,000"), so the refusal can be shown as it is
 * (issue 11). The contract's schemas carry such messages for the fields
 * people type, written in lower case from the field's name on; zod's own
 * messages start with a capital ("Too big: …"), and those are prefixed with
 * the field's name.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** `maxResults` → "max results"; `filters.2` → "filters 3"; the payload itself → "the request". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the request';
  return path
    .map((key) => (typeof key === 'number' ? String(key + 1) : String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()))
    .join(' ');
}

function describe(issue: Issue): string[] {
  const label = fieldLabel(issue.path);
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${label === 'the request' ? '' : `${label}: `}"${key}" is not a field of this request`);
  if (issue.code === 'invalid_union') {
    // The branch that came closest (fewest problems, none about unknown fields) says what was meant.
    const branches = [...issue.errors].sort((a, b) => rank(a) - rank(b));
    const best = branches[0];
    if (best?.length) return best.flatMap((i) => describe({ ...i, path: [...issue.path, ...i.path] } as Issue));
  }
  const message = issue.message;
  return [/^[a-z"]/.test(message) ? message : `${label}: ${message}`];
}

function rank(issues: readonly Issue[]): number {
  return issues.length + (issues.some((i) => i.code === 'unrecognized_keys') ? 1000 : 0);
}

/** The refusal's message: every problem, the first letter capitalised. */
export function describeIssues(issues: readonly Issue[]): string {
  const parts = [...new Set(issues.flatMap(describe))];
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

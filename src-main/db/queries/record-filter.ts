/**
 * Compiles segment conditions and job filters into a SQL WHERE clause over
 * `leads` (alias l, with its company as c) or `companies` (alias c).
 * Fields are resolved against a whitelist (canonical columns, `company.X`,
 * `lookalike_score`, `lookalike_score:SOURCE`, `extra.Header` or any imported
 * header kept as an extra field); values are always bound parameters.
 */
import type { Entity } from '../../contract/dto';
import { AppError } from '../../contract/errors';
import type { Condition } from '../../segments/condition';
import { COMPANY_COLUMNS, LEAD_COLUMNS } from './records';

const NUMERIC = new Set(['id', 'employees', 'revenue', 'score', 'replied', 'won', 'company_id', 'record_count']);
const LEAD_FIELDS = new Set<string>(['id', 'outcome', ...LEAD_COLUMNS]);
const COMPANY_FIELDS = new Set<string>(['id', ...COMPANY_COLUMNS]);

export interface CompiledFilter {
  sql: string;
  params: (string | number)[];
}

interface Operand {
  expr: string;
  numeric: boolean;
  params: (string | number)[];
}

function resolveField(entity: Entity, field: string): Operand {
  const f = field.trim();
  const lower = f.toLowerCase();
  const own = entity === 'leads' ? 'l' : 'c';
  const fields = entity === 'leads' ? LEAD_FIELDS : COMPANY_FIELDS;
  if (fields.has(lower)) return { expr: `${own}.${lower}`, numeric: NUMERIC.has(lower), params: [] };
  if (entity === 'leads' && lower.startsWith('company.') && COMPANY_FIELDS.has(lower.slice(8))) {
    const col = lower.slice(8);
    return { expr: `c.${col}`, numeric: NUMERIC.has(col), params: [] };
  }
  if (lower === 'lookalike_score' || lower.startsWith('lookalike_score:')) {
    const source = lower === 'lookalike_score' ? null : f.slice('lookalike_score:'.length).trim();
    const where = source === null ? '' : ' AND s.source = ?';
    return {
      expr: `(SELECT s.score FROM lookalike_scores s WHERE s.entity = '${entity}' AND s.record_id = ${own}.id${where} ORDER BY s.scored_at DESC LIMIT 1)`,
      numeric: true,
      params: source === null ? [] : [source],
    };
  }
  const header = lower.startsWith('extra.') ? f.slice(6) : f;
  if (!header) throw new AppError('invalid_input', `Unknown field "${field}".`);
  // JSON path with the header quoted; the header itself is a bound parameter.
  return { expr: `json_extract(${own}.extra, '$."' || replace(?, '"', '""') || '"')`, numeric: false, params: [header] };
}

export function compileConditions(entity: Entity, conditions: readonly Condition[]): CompiledFilter {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const cond of conditions) {
    const op = resolveField(entity, cond.field);
    const value = (v: string): string | number => {
      if (!op.numeric) return v;
      const n = Number(v.replace(/,/g, ''));
      if (!Number.isFinite(n)) throw new AppError('invalid_input', `"${cond.field}" is a number; "${v}" is not.`);
      return n;
    };
    const text = op.numeric ? op.expr : `${op.expr} COLLATE NOCASE`;
    switch (cond.op) {
      case 'contains':
        parts.push(`instr(lower(${op.expr}), lower(?)) > 0`);
        params.push(...op.params, cond.values[0]!);
        break;
      case 'in':
        parts.push(`${text} IN (${cond.values.map(() => '?').join(', ')})`);
        params.push(...op.params, ...cond.values.map(value));
        break;
      case '!=':
        parts.push(`(${op.expr} IS NULL OR ${text} != ?)`);
        params.push(...op.params, ...op.params, value(cond.values[0]!));
        break;
      default: {
        // An ordering against a number compares numbers, even on a text or extra field.
        const raw = cond.values[0]!;
        const asNumber = op.numeric || (cond.op !== '=' && raw.trim() !== '' && Number.isFinite(Number(raw.replace(/,/g, ''))));
        parts.push(`${asNumber ? `CAST(${op.expr} AS REAL)` : text} ${cond.op} ?`);
        params.push(...op.params, asNumber ? Number(raw.replace(/,/g, '')) : raw);
      }
    }
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

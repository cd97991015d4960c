/**
 * Conditions built by picking: a field (the canonical ones by their labels,
 * the linked company's, the lookalike score and the workspace's imported
 * columns), an operator that fits its kind, then a value (the field's
 * commonest values offered from the data, yes/no for a yes/no field). The
 * typed lines below stay the source of truth and stay in sync both ways: a
 * picked condition is written as a line, a typed line shows as a row.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { ConditionOp } from '../../../../src-main/contract/condition-syntax';
import type { ConditionFieldDto, Entity } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { composeLine, describeCondition, findField, OPERATORS_BY_KIND, operatorLabel, readLines, valueText, withLine, withoutLine } from './condition-lines';
import { conditionFieldsQuery } from './queries';
import { ValueCombobox } from './ValueCombobox';

const GROUPS: { group: ConditionFieldDto['group']; label: string }[] = [
  { group: 'record', label: 'Fields' },
  { group: 'score', label: 'Lookalike score' },
  { group: 'company', label: "The lead's company" },
  { group: 'imported', label: 'Imported columns' },
];

interface Props {
  entity: Entity;
  text: string;
  onTextChange: (text: string) => void;
  /** The typed lines' label (page objects find the textarea by it). */
  textLabel: string;
  textHint: ReactNode;
  placeholder?: string;
}

interface Draft {
  field: string;
  op: ConditionOp;
  value: string;
  /** The line being edited, or null when adding. */
  editing: number | null;
}

const EMPTY_DRAFT: Draft = { field: '', op: '=', value: '', editing: null };

export function ConditionBuilder({ entity, text, onTextChange, textLabel, textHint, placeholder }: Props) {
  const api = useApi();
  const ids = useId();
  const fields = useQuery(conditionFieldsQuery(api, entity));
  const offered = fields.data ?? [];
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<string | null>(null);
  const lines = readLines(text);
  const field = findField(offered, draft.field);
  const kind = field?.kind ?? 'text';
  const ops = OPERATORS_BY_KIND[kind];

  const chooseField = (name: string) => {
    const chosen = findField(offered, name);
    const allowed = OPERATORS_BY_KIND[chosen?.kind ?? 'text'];
    setProblem(null);
    setDraft((d) => ({ ...d, field: name, op: allowed.includes(d.op) ? d.op : allowed[0]!, value: chosen?.kind === 'yes-no' ? 'yes' : '' }));
  };

  const write = () => {
    if (!draft.field) return setProblem('Choose a field.');
    if (!draft.value.trim() && kind !== 'yes-no') return setProblem('Give a value.');
    const line = composeLine(draft.field, draft.op, draft.value);
    onTextChange(withLine(text, draft.editing ?? lines.length, line));
    setProblem(null);
    setDraft({ ...EMPTY_DRAFT, field: draft.field, op: draft.op, value: kind === 'yes-no' ? draft.value : '' });
  };

  const edit = (index: number) => {
    const condition = lines[index]?.condition;
    if (!condition) return;
    const known = findField(offered, condition.field);
    setProblem(null);
    setDraft({ field: known?.name ?? condition.field, op: condition.op, value: valueText(condition), editing: index });
  };

  const remove = (index: number) => {
    onTextChange(withoutLine(text, index));
    if (draft.editing !== null) setDraft(EMPTY_DRAFT);
  };

  return (
    <div className="condition-builder" data-testid="condition-builder">
      {lines.length > 0 && (
        <ul className="condition-builder__rows" aria-label="Conditions (all must hold)">
          {lines.map((line, i) => (
            <li key={`${i}\n${line.text}`} className={`condition-builder__row${line.error ? ' condition-builder__row--error' : ''}`}>
              <span className="condition-builder__words">{line.condition ? describeCondition(line.condition, findField(offered, line.condition.field)) : line.text}</span>
              {line.error && <span className="condition-builder__problem">{line.error}</span>}
              {line.condition && (
                <button type="button" className="button button--ghost button--small" onClick={() => edit(i)} aria-label={`Edit condition ${line.text}`}>
                  Edit
                </button>
              )}
              <button type="button" className="button button--ghost button--small" onClick={() => remove(i)} aria-label={`Remove condition ${line.text}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="condition-builder__composer" role="group" aria-label={draft.editing === null ? 'Add a condition' : 'Change the condition'}>
        <label className="field">
          <span className="field__label" id={`${ids}-field`}>
            Field
          </span>
          <select aria-labelledby={`${ids}-field`} value={field?.name ?? draft.field} onChange={(e) => chooseField(e.target.value)} disabled={!fields.data}>
            <option value="">{fields.isPending ? 'Loading…' : 'Choose a field'}</option>
            {field === undefined && draft.field && <option value={draft.field}>{draft.field}</option>}
            {GROUPS.map(({ group, label }) => {
              // Fields some record fills first: one nobody filled would match nothing.
              const inGroup = offered.filter((f) => f.group === group).sort((a, b) => Number(b.hasValues) - Number(a.hasValues));
              return inGroup.length === 0 ? null : (
                <optgroup key={group} label={label}>
                  {inGroup.map((f) => (
                    <option key={f.name} value={f.name}>
                      {f.label}
                      {f.group === 'imported' && f.kind === 'number' ? ' (number)' : ''}
                      {f.hasValues ? '' : ' (no values)'}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </label>
        <label className="field">
          <span className="field__label" id={`${ids}-op`}>
            Operator
          </span>
          <select aria-labelledby={`${ids}-op`} value={draft.op} onChange={(e) => setDraft((d) => ({ ...d, op: e.target.value as ConditionOp }))}>
            {(ops.includes(draft.op) ? ops : [draft.op, ...ops]).map((op) => (
              <option key={op} value={op}>
                {operatorLabel(op, kind)}
              </option>
            ))}
          </select>
        </label>
        <div className="field condition-builder__value">
          <span className="field__label" id={`${ids}-value`}>
            Value
          </span>
          {kind === 'yes-no' ? (
            <select aria-labelledby={`${ids}-value`} value={draft.value} onChange={(e) => setDraft((d) => ({ ...d, value: e.target.value }))}>
              <option value="yes">yes</option>
              <option value="no">no</option>
            </select>
          ) : kind === 'number' || kind === 'date' ? (
            <input
              aria-labelledby={`${ids}-value`}
              type={kind === 'date' ? 'date' : 'text'}
              inputMode={kind === 'number' ? 'decimal' : undefined}
              value={draft.value}
              onChange={(e) => setDraft((d) => ({ ...d, value: e.target.value }))}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  write();
                }
              }}
            />
          ) : (
            <ValueCombobox
              entity={entity}
              field={field ? draft.field : ''}
              value={draft.value}
              onChange={(value) => setDraft((d) => ({ ...d, value }))}
              multiple={draft.op === 'in'}
              label="Value"
              placeholder={draft.op === 'in' ? 'a, b, c' : undefined}
            />
          )}
        </div>
        <div className="condition-builder__actions">
          <button type="button" className="button" onClick={write}>
            {draft.editing === null ? 'Add condition' : 'Update condition'}
          </button>
          {draft.editing !== null && (
            <button type="button" className="button button--ghost" onClick={() => setDraft(EMPTY_DRAFT)}>
              Cancel
            </button>
          )}
        </div>
        {problem && (
          <span className="condition-builder__problem" role="alert">
            {problem}
          </span>
        )}
      </div>
      {fields.isError && <ErrorNotice inline title="Could not load the fields" error={fields.error} />}
      <label className="field">
        <span className="field__label">{textLabel}</span>
        <textarea rows={3} value={text} onChange={(e) => onTextChange(e.target.value)} spellCheck={false} placeholder={placeholder} />
        <span className="field__hint">{textHint}</span>
      </label>
    </div>
  );
}

/**
 * New segment, or editing a saved one: a name, leads or companies (fixed
 * once saved), and conditions built by picking a field, an operator and a
 * value, or typed one per line in the command line's syntax (FIELD OP VALUE;
 * every line must hold). The count of matching records follows the changes,
 * with "did you mean" fixes; the core's message names a line at fault.
 */
import { useState, type FormEvent } from 'react';
import type { Entity, SegmentSummary } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConditionBuilder } from './ConditionBuilder';
import { conditionLines, withFieldReplaced, withLineReplaced } from './condition-lines';
import { MatchCount, segmentMatchText } from './MatchCount';
import { useCreateSegment, useUpdateSegment } from './mutations';

const EXAMPLES = ['outcome = won', 'industry contains software', 'company.country in (Germany, France)', 'employees > 50', 'title contains VP'];

interface Props {
  /** The saved segment to edit; without it, a new one. */
  segment?: SegmentSummary;
  onClose: () => void;
  onSaved: (id: number) => void;
}

export function SegmentForm({ segment, onClose, onSaved }: Props) {
  const createSegment = useCreateSegment();
  const updateSegment = useUpdateSegment();
  const [name, setName] = useState(segment?.name ?? '');
  const [entity, setEntity] = useState<Entity>(segment?.entity ?? 'leads');
  const [text, setText] = useState(segment ? segment.conditions.join('\n') : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const where = conditionLines(text);
  const title = segment ? `Edit segment “${segment.name}”` : 'New segment';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(new AppError('invalid_input', 'Name the segment.'));
    if (where.length === 0) return setError(new AppError('invalid_input', 'Write at least one condition.'));
    setBusy(true);
    setError(null);
    try {
      const saved = segment
        ? await updateSegment.mutateAsync({ segmentId: segment.id, name: name.trim(), where })
        : await createSegment.mutateAsync({ name: name.trim(), entity, where });
      onSaved(saved.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="segment-form panel" onSubmit={submit} noValidate data-testid="segment-form" aria-labelledby="segment-form-title">
      <h3 id="segment-form-title" className="panel__title">
        {title}
      </h3>
      <div className="segment-form__row">
        <label className="field">
          <span className="field__label">Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Won software deals" />
        </label>
        <label className="field">
          <span className="field__label">Of</span>
          <select value={entity} onChange={(e) => setEntity(e.target.value as Entity)} disabled={segment !== undefined}>
            <option value="leads">leads</option>
            <option value="companies">companies</option>
          </select>
        </label>
      </div>
      <ConditionBuilder
        entity={entity}
        text={text}
        onTextChange={setText}
        textLabel="Conditions, one per line (all must hold)"
        placeholder={EXAMPLES.slice(0, 2).join('\n')}
        textHint={
          <>
            Or type them: FIELD OP VALUE, with OP one of = != &lt; &gt; &lt;= &gt;= contains in (a, b). Fields: the standard ones (industry, title, country,
            outcome, employees, …), company.FIELD for a lead's company, lookalike_score, or an imported column's header. For example:{' '}
            {EXAMPLES.map((e, i) => (
              <span key={e}>
                {i > 0 && ', '}
                <code>{e}</code>
              </span>
            ))}
            .
          </>
        }
      />
      <MatchCount
        entity={entity}
        where={where}
        describe={(members, estimated) => segmentMatchText(entity, members, estimated)}
        testId="segment-count"
        onFixField={(field, suggestion) => setText((t) => withFieldReplaced(t, field, suggestion))}
        onFixLine={(from, to) => setText((t) => withLineReplaced(t, from, to))}
      />
      {error !== null && <ErrorNotice title="The segment was not saved" error={error} />}
      <div className="segment-form__actions">
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {segment ? 'Save changes' : 'Save segment'}
        </button>
      </div>
    </form>
  );
}

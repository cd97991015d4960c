/**
 * New segment: a name, leads or companies, and conditions one per line in
 * the command line's syntax (FIELD OP VALUE; every line must hold). The
 * count of matching records follows the typing (after a pause); the core's
 * message says what is wrong with a line, naming it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Entity } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { useCreateSegment } from './mutations';

const COUNT_DELAY_MS = 400;
const EXAMPLES = ['outcome = won', 'industry contains software', 'company.country in (Germany, France)', 'employees > 50', 'title contains VP'];

export function SegmentForm({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const api = useApi();
  const createSegment = useCreateSegment();
  const [name, setName] = useState('');
  const [entity, setEntity] = useState<Entity>('leads');
  const [text, setText] = useState('');
  const [count, setCount] = useState<
    { kind: 'idle' } | { kind: 'counting' } | { kind: 'count'; members: number; estimated: boolean } | { kind: 'error'; error: unknown }
  >({ kind: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const where = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const key = `${entity}\n${where.join('\n')}`;

  useEffect(() => {
    if (where.length === 0) {
      setCount({ kind: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setCount({ kind: 'counting' });
      api['segments.count']({ entity, where }).then(
        (r) => current && setCount({ kind: 'count', members: r.members, estimated: r.estimated }),
        (error: unknown) => current && setCount({ kind: 'error', error }),
      );
    }, COUNT_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(new AppError('invalid_input', 'Name the segment.'));
    if (where.length === 0) return setError(new AppError('invalid_input', 'Write at least one condition.'));
    setBusy(true);
    setError(null);
    try {
      const created = await createSegment.mutateAsync({ name: name.trim(), entity, where });
      onCreated(created.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="segment-form panel" onSubmit={submit} noValidate data-testid="segment-form" aria-labelledby="segment-form-title">
      <h3 id="segment-form-title" className="panel__title">
        New segment
      </h3>
      <div className="segment-form__row">
        <label className="field">
          <span className="field__label">Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Won software deals" />
        </label>
        <label className="field">
          <span className="field__label">Of</span>
          <select value={entity} onChange={(e) => setEntity(e.target.value as Entity)}>
            <option value="leads">leads</option>
            <option value="companies">companies</option>
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field__label">Conditions, one per line (all must hold)</span>
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder={EXAMPLES.slice(0, 2).join('\n')} />
        <span className="field__hint">
          FIELD OP VALUE, with OP one of = != &lt; &gt; &lt;= &gt;= contains in (a, b). Fields: the standard ones (industry, title, country, outcome,
          employees, …), company.FIELD for a lead's company, lookalike_score, or an imported column's header. For example:{' '}
          {EXAMPLES.map((e, i) => (
            <span key={e}>
              {i > 0 && ', '}
              <code>{e}</code>
            </span>
          ))}
          .
        </span>
      </label>
      <p className="segment-form__count" aria-live="polite" data-testid="segment-count">
        {count.kind === 'counting' && 'Counting…'}
        {count.kind === 'count' &&
          (count.estimated
            ? `About ${formatCount(count.members)} ${entity === 'leads' ? 'leads match' : 'companies match'} (estimated from a sample; saving counts them all).`
            : `${formatCount(count.members)} ${entity === 'leads' ? 'leads match' : 'companies match'} now.`)}
        {count.kind === 'error' && <ErrorNotice inline error={count.error} testId="segment-count-error" />}
      </p>
      {error !== null && <ErrorNotice title="The segment was not saved" error={error} />}
      <div className="segment-form__actions">
        <button type="button" className="button button--ghost" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Save segment
        </button>
      </div>
    </form>
  );
}

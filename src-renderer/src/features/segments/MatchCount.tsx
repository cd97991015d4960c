/**
 * How many records conditions match now, following the typing after a
 * pause, with the core's "did you mean" as one-click fixes: a mistyped
 * field named in its refusal, a value no record holds that is a typo away
 * from one the data holds. Shared by New/Edit segment and a job's filters.
 */
import { useEffect, useState } from 'react';
import type { ConditionCount, Entity } from '../../../../src-main/contract/dto';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { toAppError } from '../../lib/app-error';
import { formatCount } from '../../lib/format';

const COUNT_DELAY_MS = 400;

type CountState = { kind: 'idle' } | { kind: 'counting' } | { kind: 'count'; count: ConditionCount } | { kind: 'error'; error: unknown };

interface Props {
  entity: Entity;
  where: readonly string[];
  /** "leads match now." — what follows the number. */
  describe: (members: number, estimated: boolean) => string;
  testId: string;
  /** A fix taken: the field `field` renamed `suggestion` everywhere, or the line `from` replaced by `to`. */
  onFixField: (field: string, suggestion: string) => void;
  onFixLine: (from: string, to: string) => void;
}

export function MatchCount({ entity, where, describe, testId, onFixField, onFixLine }: Props) {
  const api = useApi();
  const [state, setState] = useState<CountState>({ kind: 'idle' });
  const key = `${entity}\n${where.join('\n')}`;

  useEffect(() => {
    if (where.length === 0) {
      setState({ kind: 'idle' });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setState({ kind: 'counting' });
      api['segments.count']({ entity, where: [...where] }).then(
        (count) => current && setState({ kind: 'count', count }),
        (error: unknown) => current && setState({ kind: 'error', error }),
      );
    }, COUNT_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for entity and where, which are new arrays on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api]);

  const details = state.kind === 'error' ? toAppError(state.error).details : undefined;
  const fieldFix = typeof details?.field === 'string' && typeof details.suggestion === 'string' ? { field: details.field, suggestion: details.suggestion } : null;

  return (
    <div className="match-count" aria-live="polite">
      <p className="match-count__line" data-testid={testId}>
        {state.kind === 'counting' && 'Counting…'}
        {state.kind === 'count' && describe(state.count.members, state.count.estimated)}
        {state.kind === 'error' && <ErrorNotice inline error={state.error} testId={`${testId}-error`} />}
      </p>
      {fieldFix && (
        <button type="button" className="button button--small" onClick={() => onFixField(fieldFix.field, fieldFix.suggestion)}>
          Use {fieldFix.suggestion}
        </button>
      )}
      {state.kind === 'count' && state.count.suggestions.length > 0 && (
        <ul className="match-count__suggestions" data-testid={`${testId}-suggestions`}>
          {state.count.suggestions.map((s) => (
            <li key={`${s.condition}\n${s.value}`}>
              No record holds “{s.value}”: did you mean <strong>{s.suggestion}</strong>?{' '}
              <button type="button" className="button button--small" onClick={() => onFixLine(s.condition, s.replacement)}>
                Use {s.suggestion}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "1,234 leads match now." or "About 1,200 companies match (…)", for a segment's count. */
export function segmentMatchText(entity: Entity, members: number, estimated: boolean): string {
  const what = entity === 'leads' ? 'leads match' : 'companies match';
  return estimated ? `About ${formatCount(members)} ${what} (estimated from a sample; saving counts them all).` : `${formatCount(members)} ${what} now.`;
}

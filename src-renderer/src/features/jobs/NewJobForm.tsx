/**
 * Starting a lookalike job from the window: pick what already works (a
 * campaign's replied and won leads, a list, or a segment), how similar a
 * candidate must be and how many to keep; optionally leave out the members
 * of lists and segments (customers, people already contacted) and keep only
 * candidates matching conditions (built with the segment builder, with the
 * count of records that pass them and "did you mean" fixes, so a mistyped
 * field is named before the job starts). "Check the examples" runs the seed
 * diagnostics first (cohesion, outliers, suspected outcome leaks); the leaks
 * ticked there are left out of the job's features. Every won lead (or every
 * lead that replied) is offered too, saved as a segment when first used
 * (outcome-sources.ts). The core validates
 * again; its message is shown here when it refuses (a source without
 * examples, a mistyped field).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { JobStartRequest, StrategyName } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { paths } from '../../app/paths';
import { ConditionBuilder } from '../segments/ConditionBuilder';
import { conditionLines, withFieldReplaced, withLineReplaced } from '../segments/condition-lines';
import { MatchCount } from '../segments/MatchCount';
import { useCreateSegment } from '../segments/mutations';
import { ExamplesCheck, useExamplesCheck } from './ExamplesCheck';
import { GROUP_LABELS, plural, sourceRefOf, useJobSources, type Exclusion } from './job-sources';
import { useStartJob } from './mutations';
import { isUnsavedOutcome } from './outcome-sources';
import { toggled } from '../../lib/toggled';

/** The engine's default (engine/job-params.ts): more like the examples than like a typical record. */
const DEFAULT_MIN_SCORE = 0.5;

interface Props {
  /** The source chosen when the form opens (from its address), if it is one of the form's. */
  initialSource?: string;
  onStarted: (jobId: number) => void;
  onClose: () => void;
}

/** Every ranking strategy (typed against the engine's list, so none is missed), with what it does in a line. */
export const STRATEGY_HINTS: Record<StrategyName, string> = {
  auto: 'tries the strategies on your examples and keeps the best',
  centroid: 'plain average of the examples (reference)',
  contrast: 'what sets the examples apart from the workspace',
  learned: 'a model of examples vs the rest',
  blend: 'contrast and learned together, each with an equal say',
  focused: 'blend, then a second look at its top for the traits the near misses lack',
  nearest: 'closest single example',
  multi: 'closest persona among the examples',
};
const STRATEGY_NAMES = Object.keys(STRATEGY_HINTS) as StrategyName[];

export function NewJobForm({ initialSource = '', onStarted, onClose }: Props) {
  const [source, setSource] = useState(initialSource);
  const sources = useJobSources();
  const outcomes = sources.outcomes;
  const createSegment = useCreateSegment();
  const chosenOutcome = outcomes.find((o) => o.value === source);
  const [minScore, setMinScore] = useState(String(DEFAULT_MIN_SCORE));
  const [maxResults, setMaxResults] = useState('1000');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [filtersText, setFiltersText] = useState('');
  const filters = conditionLines(filtersText);
  const [strategy, setStrategy] = useState<StrategyName>('auto');
  const startJob = useStartJob();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const check = useExamplesCheck(source);

  /** The chosen source as the contract names it: an outcome is saved as its segment first (the form said it would be). */
  const resolvedSource = async (): Promise<string> => {
    if (!isUnsavedOutcome(source) || !chosenOutcome) return source;
    const { id } = await createSegment.mutateAsync({ name: chosenOutcome.name, entity: 'leads', where: [chosenOutcome.condition] });
    const saved = `segment:${id}`;
    setSource(saved);
    return saved;
  };

  const runCheck = async () => {
    if (!source) return setError(new AppError('invalid_input', 'Choose what the candidates should look like.'));
    setError(null);
    await check.run(resolvedSource);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const min = Number(minScore);
    const max = Number(maxResults);
    if (!source) return setError(new AppError('invalid_input', 'Choose what the candidates should look like.'));
    if (!(min >= 0 && min <= 1)) return setError(new AppError('invalid_input', 'The minimum score is a number from 0 to 1.'));
    if (!Number.isInteger(max) || max < 1) return setError(new AppError('invalid_input', 'The number of candidates is a whole number of at least 1.'));
    const exclude = [...excluded].map((key) => {
      const [k, v] = key.split(':') as ['list' | 'segment', string];
      return { kind: k, id: Number(v) };
    });
    setBusy(true);
    setError(null);
    let resolved: string;
    try {
      resolved = await resolvedSource();
    } catch (e) {
      setBusy(false);
      return setError(e);
    }
    const request: JobStartRequest = {
      source: sourceRefOf(resolved),
      minScore: min,
      maxResults: max,
      strategy,
      ...(exclude.length ? { exclude } : {}),
      ...(filters.length ? { filters } : {}),
      ...(check.ignoreFields.length ? { ignoreFields: check.ignoreFields } : {}),
    };
    try {
      const queued = groups.flatMap((g) => g.options).find((o) => o.value === source)?.queued;
      onStarted((await startJob.mutateAsync({ request, source: queued })).jobId);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const groups = sources.status === 'success' ? sources.data.groups : [];
  // A source from the address that is not (or no longer) one of the form's is not chosen: the user picks one.
  const offered = groups.some((g) => g.options.some((o) => o.value === source));
  useEffect(() => {
    if (source !== '' && sources.status === 'success' && sources.outcomesRead && !offered) setSource('');
  }, [source, sources.status, sources.outcomesRead, offered]);
  const exclusions: Exclusion[] = (sources.status === 'success' ? sources.data.exclusions : []).filter((x) => `${x.kind}:${x.id}` !== source);
  const empty = sources.status === 'success' && groups.every((g) => g.options.length === 0);
  // Filters are on the records the job ranks: the source's own kind (a campaign's are leads).
  const entity = groups.flatMap((g) => g.options).find((o) => o.value === source)?.queued.entity ?? 'leads';

  return (
    // noValidate: our own messages (role="alert") instead of the browser's bubbles, the same in Electron and Chromium.
    <form className="panel new-job" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`} data-testid="new-job-form">
      <h3 id={`${ids}-title`} className="new-job__title">
        Find lookalikes
      </h3>
      {sources.status === 'error' && <ErrorNotice title="Could not load the campaigns, lists and segments" error={sources.error} onRetry={sources.retry} />}
      {empty && (
        <p className="page__note">
          <Link to={paths.import()}>Import</Link> a file with outcomes, save a <Link to={paths.segments()}>segment</Link>, or fill a list first.
        </p>
      )}
      <div className="new-job__fields">
        <label className="field field--wide">
          <span className="field__label">Like</span>
          <select value={source} onChange={(e) => setSource(e.target.value)} disabled={sources.status !== 'success'} aria-describedby={`${ids}-like-hint`}>
            <option value="">{sources.status === 'pending' ? 'Loading…' : 'Choose an outcome, campaign, list or segment'}</option>
            {groups
              .filter((g) => g.options.length > 0)
              .map((g) => (
                <optgroup key={g.kind} label={GROUP_LABELS[g.kind]}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
          <span id={`${ids}-like-hint`} className="field__hint" data-testid="like-hint">
            {chosenOutcome
              ? `Starting (or checking) saves the segment “${chosenOutcome.name}” (${chosenOutcome.condition}), to reuse and edit under Segments.`
              : "A campaign's won leads count 3×, replied 2×; a list's or segment's members 1×."}
          </span>
        </label>
        <label className="field">
          <span className="field__label">Minimum score</span>
          <input type="number" min={0} max={1} step={0.05} value={minScore} onChange={(e) => setMinScore(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Candidates at most</span>
          <input type="number" min={1} step={1} value={maxResults} onChange={(e) => setMaxResults(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span className="field__label">Ranking</span>
          <select value={strategy} onChange={(e) => setStrategy(e.target.value as StrategyName)} aria-describedby={`${ids}-ranking-hint`}>
            {STRATEGY_NAMES.map((name) => (
              <option key={name} value={name}>
                {name} — {STRATEGY_HINTS[name]}
              </option>
            ))}
          </select>
          <span id={`${ids}-ranking-hint`} className="field__hint">
            {strategy === 'auto' ? 'Each strategy is backtested on the examples after the candidates are saved.' : `${strategy}: ${STRATEGY_HINTS[strategy]}.`}{' '}
            See docs/rankings.md.
          </span>
        </label>
        <ExamplesCheck check={check} canRun={source !== ''} onRun={() => void runCheck()} idPrefix={`${ids}-check`} />
      </div>
      <details className="new-job__more">
        <summary>Leave out records, or keep only some</summary>
        <div className="new-job__fields">
          <fieldset className="field new-job__exclude">
            <legend className="field__label">Leave out the members of</legend>
            {exclusions.length === 0 && <span className="field__hint">No lists or segments yet.</span>}
            {exclusions.map((x) => {
              const key = `${x.kind}:${x.id}`;
              return (
                <label key={key} className="new-job__check">
                  <input
                    type="checkbox"
                    checked={excluded.has(key)}
                    onChange={() => setExcluded((prev) => toggled(prev, key))}
                  />
                  {x.label}
                </label>
              );
            })}
          </fieldset>
          <div className="field field--wide new-job__filters" role="group" aria-label="Only candidates where">
            <span className="field__label">Only candidates where</span>
            <ConditionBuilder
              entity={entity}
              text={filtersText}
              onTextChange={setFiltersText}
              textLabel="Only candidates where (one condition per line)"
              placeholder={'country in (Germany, Austria)\nstatus != Customer'}
              textHint="The same FIELD OP VALUE conditions as a segment’s; every line must hold."
            />
            <MatchCount
              entity={entity}
              where={filters}
              describe={(members, estimated) =>
                `${estimated ? 'About ' : ''}${plural(members, entity === 'leads' ? 'lead passes' : 'company passes', entity === 'leads' ? 'leads pass' : 'companies pass')} the filters${estimated ? ' (estimated from a sample)' : ''}.`
              }
              testId="filters-count"
              onFixField={(field, suggestion) => setFiltersText((t) => withFieldReplaced(t, field, suggestion))}
              onFixLine={(from, to) => setFiltersText((t) => withLineReplaced(t, from, to))}
            />
          </div>
        </div>
      </details>
      {error !== null && <ErrorNotice error={error} />}
      <div className="new-job__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Starting…' : 'Start'}
        </button>
      </div>
    </form>
  );
}

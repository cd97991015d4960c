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
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { CampaignSummary, FieldValuesDto, JobStartRequest, ListSummary, SeedDiagnosticsDto, SegmentSummary, SourceKind, StrategyName } from '../../../../src-main/contract/dto';
import { AppError } from '../../../../src-main/contract/errors';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { paths } from '../../app/paths';
import { campaignsListQuery } from '../campaigns/queries';
import { listsQuery } from '../lists/queries';
import { ConditionBuilder } from '../segments/ConditionBuilder';
import { conditionLines, withFieldReplaced, withLineReplaced } from '../segments/condition-lines';
import { MatchCount } from '../segments/MatchCount';
import { useCreateSegment } from '../segments/mutations';
import { fieldValuesQuery, segmentsQuery } from '../segments/queries';
import { useStartJob, type QueuedSource } from './mutations';
import { isUnsavedOutcome, outcomeSources, type OutcomeSource } from './outcome-sources';
import { diagnosticsTone, SeedDiagnosticsView } from './SeedDiagnosticsView';

/** The engine's default (engine/job-params.ts): more like the examples than like a typical record. */
const DEFAULT_MIN_SCORE = 0.5;

interface Props {
  /** The source chosen when the form opens (from its address), if it is one of the form's. */
  initialSource?: string;
  onStarted: (jobId: number) => void;
  onClose: () => void;
}

interface SourceOption {
  value: string;
  label: string;
  /** What the jobs table shows of it while the job is queued. */
  queued: QueuedSource;
}

interface Exclusion {
  kind: 'list' | 'segment';
  id: number;
  label: string;
}

type GroupKind = 'outcome' | SourceKind;
const GROUP_LABELS: Record<GroupKind, string> = { outcome: 'Outcomes', campaign: 'Campaigns', list: 'Lists', segment: 'Segments' };

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

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
const NO_VALUES: FieldValuesDto = { values: [], sampled: false };

/** The sources a job can start from, grouped, and what it can leave out. */
function sourceOptions(campaigns: CampaignSummary[], lists: ListSummary[], segments: SegmentSummary[], outcomes: readonly OutcomeSource[]) {
  const group = (kind: GroupKind, options: SourceOption[]) => ({ kind, options });
  const exclusions: Exclusion[] = [
    ...lists.map((l) => ({ kind: 'list' as const, id: l.id, label: `${l.name} (list, ${plural(l.members, l.entity === 'leads' ? 'lead' : 'company', l.entity)})` })),
    ...segments.map((g) => ({ kind: 'segment' as const, id: g.id, label: `${g.name} (segment, ${plural(g.members, 'member', 'members')})` })),
  ];
  const groups = [
    group(
      'outcome',
      outcomes.map((o) => ({
        value: o.value,
        label: `${o.name} — ${o.estimated ? 'about ' : ''}${plural(o.count, 'lead', 'leads')} (${o.condition})`,
        queued: { name: o.name, entity: 'leads' as const },
      })),
    ),
    group(
      'campaign',
      campaigns.map((c) => ({
        value: `campaign:${c.id}`,
        label: `${c.name} — ${formatCount(c.outcomes.won)} won, ${formatCount(c.outcomes.replied)} replied`,
        queued: { name: c.name, entity: 'leads' as const },
      })),
    ),
    group(
      'list',
      lists.map((l) => ({
        value: `list:${l.id}`,
        label: `${l.name} — ${plural(l.members, l.entity === 'leads' ? 'lead' : 'company', l.entity)}`,
        queued: { name: l.name, entity: l.entity },
      })),
    ),
    group(
      'segment',
      segments.map((s) => ({ value: `segment:${s.id}`, label: `${s.name} — ${plural(s.members, 'member', 'members')}`, queued: { name: s.name, entity: s.entity } })),
    ),
  ];
  return { groups, exclusions };
}

export function NewJobForm({ initialSource = '', onStarted, onClose }: Props) {
  const api = useApi();
  // The same cached queries the Lists, Segments and Campaigns views read: a list filled or a segment saved shows here too.
  const campaigns = useQuery(campaignsListQuery(api));
  const [source, setSource] = useState(initialSource);
  const lists = useQuery(listsQuery(api));
  const segments = useQuery(segmentsQuery(api));
  // The leads' outcomes and their counts: "every won lead" is a source too (outcome-sources.ts).
  const outcomeValues = useQuery(fieldValuesQuery(api, 'leads', 'outcome', ''));
  const failed = [campaigns, lists, segments].find((q) => q.isError);
  const outcomes = segments.data ? outcomeSources(outcomeValues.data ?? NO_VALUES, segments.data) : [];
  const sources =
    campaigns.data && lists.data && segments.data
      ? { status: 'success' as const, data: sourceOptions(campaigns.data, lists.data, segments.data, outcomes) }
      : failed
        ? { status: 'error' as const, error: failed.error, retry: () => [campaigns, lists, segments].forEach((q) => void q.refetch()) }
        : { status: 'pending' as const, data: undefined };
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
  const [check, setCheck] = useState<
    { kind: 'busy'; source: string } | { kind: 'done'; source: string; diagnostics: SeedDiagnosticsDto } | { kind: 'error'; source: string; error: unknown } | null
  >(null);
  const [leaveOut, setLeaveOut] = useState<ReadonlySet<string>>(new Set());
  const ids = useId();
  // A check belongs to the source it was run on; choosing another source drops it and its leave-outs.
  const shownCheck = check && check.source === source ? check : null;
  const ignoreFields = shownCheck?.kind === 'done' ? [...leaveOut] : [];

  const sourceRef = (value: string) => {
    const [kind, id] = value.split(':') as [SourceKind, string];
    return { kind, id: Number(id) };
  };

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
    let checked = source;
    setCheck({ kind: 'busy', source: checked });
    try {
      checked = await resolvedSource();
      setCheck({ kind: 'busy', source: checked });
      const diagnostics = await api['jobs.check']({ source: sourceRef(checked) });
      setLeaveOut(new Set(diagnostics.leaks.filter((l) => l.removable).map((l) => l.key)));
      setCheck({ kind: 'done', source: checked, diagnostics });
    } catch (e) {
      setCheck({ kind: 'error', source: checked, error: e });
    }
  };

  const toggleLeaveOut = (key: string) =>
    setLeaveOut((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

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
      source: sourceRef(resolved),
      minScore: min,
      maxResults: max,
      strategy,
      ...(exclude.length ? { exclude } : {}),
      ...(filters.length ? { filters } : {}),
      ...(ignoreFields.length ? { ignoreFields } : {}),
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
    if (source !== '' && sources.status === 'success' && outcomeValues.isFetched && !offered) setSource('');
  }, [source, sources.status, outcomeValues.isFetched, offered]);
  const exclusions = (sources.status === 'success' ? sources.data.exclusions : []).filter((x) => `${x.kind}:${x.id}` !== source);
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
        <div className="new-job__check-examples" data-testid="check-examples">
          <p className="coverage-notice__actions">
            <button type="button" className="button" onClick={runCheck} disabled={!source || shownCheck?.kind === 'busy'}>
              {shownCheck?.kind === 'busy' ? 'Checking the examples…' : shownCheck?.kind === 'done' ? 'Check again' : 'Check the examples'}
            </button>
            <span className="field__hint">How alike they are, which look out of place, and which fields may record the outcome itself.</span>
          </p>
          {shownCheck?.kind === 'busy' && (
            <p role="status" className="field__hint">
              Reading the examples (a first check embeds the workspace, as a job would)…
            </p>
          )}
          {shownCheck?.kind === 'error' && <ErrorNotice title="Could not check the examples" error={shownCheck.error} />}
          {shownCheck?.kind === 'done' && (
            <div className={`job-notice seed-diagnostics ${diagnosticsTone(shownCheck.diagnostics)}`} role="region" aria-label="Check of the examples" data-testid="seed-diagnostics">
              <SeedDiagnosticsView diagnostics={shownCheck.diagnostics} leaveOut={leaveOut} onToggleLeaveOut={toggleLeaveOut} idPrefix={`${ids}-check`} />
              {shownCheck.diagnostics.leaks.some((l) => l.removable) && (
                <p className="field__hint" data-testid="leave-out-summary">
                  {leaveOut.size === 0 ? 'Every field is used.' : `Start leaves out ${[...leaveOut].map((k) => `“${k}”`).join(', ')}.`}
                </p>
              )}
            </div>
          )}
        </div>
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
                    onChange={() =>
                      setExcluded((prev) => {
                        const next = new Set(prev);
                        if (next.has(key)) next.delete(key);
                        else next.add(key);
                        return next;
                      })
                    }
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

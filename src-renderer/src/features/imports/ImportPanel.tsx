/**
 * Import a CRM export from the window: pick the file (the desktop's Open
 * dialog, or its path typed in a browser), check what the importer makes of
 * it — the CRM it came from, leads or companies, how rows are recognised,
 * each column's field and why (its header, its values), with any column
 * remapped or ignored — then import it
 * in the background with a progress bar and a Stop button. The import
 * history and the counts follow when it ends.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Entity, ImportPreviewDto, ImportProgressEvent } from '../../../../src-main/contract/dto';
import { useApi, useApiEvents } from '../../api/api-context';
import { formatCount } from '../../lib/format';

const EXTRA = 'extra';
const IGNORE = '-';
const FIELD_LABELS: Record<string, string> = { [EXTRA]: 'keep as an extra field', [IGNORE]: 'ignore this column' };

type Stage =
  | { kind: 'choose'; path: string; error: string | null; busy: boolean }
  | { kind: 'preview'; preview: ImportPreviewDto; overrides: Record<string, string>; entity: Entity | null; error: string | null; busy: boolean }
  | { kind: 'running'; file: string; progress: ImportProgressEvent | null }
  | { kind: 'ended'; event: ImportProgressEvent };

interface Props {
  onClose: () => void;
  /** An import ended (completed, failed or cancelled): the history and the counts may have changed. */
  onImported: () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const fileSize = (bytes: number) => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`);

export function ImportPanel({ onClose, onImported }: Props) {
  const api = useApi();
  const events = useApiEvents();
  const [stage, setStage] = useState<Stage>({ kind: 'choose', path: '', error: null, busy: false });
  const [dialogAvailable, setDialogAvailable] = useState<boolean | null>(null);
  // An import of a small file can end before imports.start has answered: its last event waits here.
  const ended = useRef(new Map<string, ImportProgressEvent>());

  const preview = async (path: string, overrides: Record<string, string> = {}, entity: Entity | null = null) => {
    setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: true, error: null } : s));
    try {
      const p = await api['imports.preview']({ path, ...(Object.keys(overrides).length ? { overrides } : {}), ...(entity ? { entity } : {}) });
      setStage({ kind: 'preview', preview: p, overrides, entity, error: null, busy: false });
    } catch (e) {
      setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: false, error: message(e) } : s));
    }
  };

  // The desktop app asks with its Open dialog straight away; a browser has none, so the path is typed.
  useEffect(() => {
    let current = true;
    api['imports.pickFile']().then(
      (picked) => {
        if (!current) return;
        setDialogAvailable(picked.available);
        if (picked.available && picked.path) void preview(picked.path);
        else if (picked.available) onClose(); // cancelled in the dialog
      },
      () => current && setDialogAvailable(false),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(
    () =>
      events.on('imports.progress', (event) => {
        if (event.status !== 'running') ended.current.set(event.file, event);
        setStage((s) => {
          if (s.kind !== 'running' || event.file !== s.file) return s;
          return event.status === 'running' ? { ...s, progress: event } : { kind: 'ended', event };
        });
        if (event.status !== 'running') onImported();
      }),
    [events],
  );

  const start = async () => {
    if (stage.kind !== 'preview') return;
    const { preview: p, overrides, entity } = stage;
    setStage({ ...stage, busy: true, error: null });
    ended.current.delete(p.file);
    try {
      const { file } = await api['imports.start']({ path: p.path, ...(Object.keys(overrides).length ? { overrides } : {}), ...(entity ? { entity } : {}) });
      const already = ended.current.get(file);
      setStage(already ? { kind: 'ended', event: already } : { kind: 'running', file, progress: null });
    } catch (e) {
      setStage({ ...stage, busy: false, error: message(e) });
    }
  };

  const headingId = 'import-panel-heading';
  return (
    <section className="import-panel panel" aria-labelledby={headingId} data-testid="import-panel">
      <header className="panel__header">
        <h3 id={headingId} className="panel__title">
          {stage.kind === 'choose' ? 'Import a CRM export' : `Import ${stage.kind === 'preview' ? stage.preview.file : stage.kind === 'running' ? stage.file : stage.event.file}`}
        </h3>
        {stage.kind !== 'running' && (
          <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close import">
            Close
          </button>
        )}
      </header>

      {stage.kind === 'choose' && dialogAvailable === false && (
        <PathForm
          path={stage.path}
          busy={stage.busy}
          error={stage.error}
          onPath={(path) => setStage({ ...stage, path })}
          onSubmit={() => void preview(stage.path.trim())}
        />
      )}
      {stage.kind === 'choose' && dialogAvailable !== false && stage.error && (
        <p className="import-panel__error" role="alert">
          {stage.error}
        </p>
      )}

      {stage.kind === 'preview' && (
        <PreviewView
          stage={stage}
          onOverride={(header, target) => {
            const overrides = { ...stage.overrides, [header]: target };
            void preview(stage.preview.path, overrides, stage.entity);
          }}
          onEntity={(entity) => void preview(stage.preview.path, stage.overrides, entity)}
          onStart={() => void start()}
          onCancel={onClose}
        />
      )}

      {stage.kind === 'running' && (
        <div className="import-panel__running">
          <progress
            max={stage.progress?.bytesTotal || 1}
            value={stage.progress?.bytesRead ?? 0}
            aria-label={`Importing ${stage.file}`}
            data-testid="import-progress"
          />
          <span>{stage.progress ? `${formatCount(stage.progress.rows)} rows read` : 'Starting…'}</span>
          <button type="button" className="button" onClick={() => void api['imports.cancel']()}>
            Stop
          </button>
        </div>
      )}

      {stage.kind === 'ended' && <EndedView event={stage.event} />}
    </section>
  );
}

function PathForm(props: { path: string; busy: boolean; error: string | null; onPath: (path: string) => void; onSubmit: () => void }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.path.trim()) props.onSubmit();
  };
  return (
    <form className="import-panel__path" onSubmit={submit} noValidate>
      <label className="field">
        <span className="field__label">CSV file on this computer</span>
        <input
          value={props.path}
          onChange={(e) => props.onPath(e.target.value)}
          placeholder="/home/me/Downloads/hubspot-contacts.csv"
          spellCheck={false}
          aria-invalid={props.error !== null}
        />
        <span className="field__hint">Any CSV export: HubSpot, Salesforce, Pipedrive, Apollo, Zoho, or your own columns.</span>
      </label>
      <button type="submit" className="button button--primary" disabled={props.busy || !props.path.trim()}>
        {props.busy ? 'Reading…' : 'Preview'}
      </button>
      {props.error && (
        <p className="import-panel__error" role="alert">
          {props.error}
        </p>
      )}
    </form>
  );
}

function PreviewView(props: {
  stage: Extract<Stage, { kind: 'preview' }>;
  onOverride: (header: string, target: string) => void;
  onEntity: (entity: Entity) => void;
  onStart: () => void;
  onCancel: () => void;
}) {
  const { preview: p, busy, error } = props.stage;
  const delimiter = p.delimiter === '\t' ? 'tab' : `“${p.delimiter}”`;
  return (
    <div className="import-panel__preview" aria-busy={busy}>
      <p className="panel__subtitle" data-testid="import-summary">
        {p.preset ? `Recognised as ${p.preset}` : 'No known CRM export: columns are matched by their names'} · {fileSize(p.bytes)},{' '}
        {p.encoding}, {delimiter}-separated · rows are recognised by {p.identity}.
      </p>
      <label className="field field--inline-row">
        <span className="field__label">The rows are</span>
        <select value={p.entity} onChange={(e) => props.onEntity(e.target.value as Entity)} disabled={busy}>
          <option value="leads">leads (people)</option>
          <option value="companies">companies</option>
        </select>
      </label>
      <div className="import-panel__columns">
        <table className="import-panel__table" data-testid="import-columns">
          <caption className="visually-hidden">Each column of the file and the field it goes to</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First value</th>
              <th scope="col">Goes to</th>
            </tr>
          </thead>
          <tbody>
            {p.columns.map((c) => {
              const value = c.ignored ? IGNORE : (c.field ?? EXTRA);
              return (
                <tr key={c.index}>
                  <th scope="row">{c.header}</th>
                  <td className="import-panel__sample">{c.sample ?? <span className="jobs__muted">—</span>}</td>
                  <td>
                    <select
                      value={value}
                      aria-label={`Field for column ${c.header}`}
                      disabled={busy}
                      onChange={(e) => props.onOverride(c.header, e.target.value)}
                    >
                      {p.fields.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                      <option value={EXTRA}>{FIELD_LABELS[EXTRA]}</option>
                      <option value={IGNORE}>{FIELD_LABELS[IGNORE]}</option>
                    </select>
                    {/* Why the importer chose this, visible rather than in a tooltip: a refused guess is the thing to check. */}
                    <span className="import-panel__reason" data-testid="import-column-reason">
                      {c.reason}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {p.outcomes.length > 0 && (
        <p className="panel__subtitle">
          Outcomes:{' '}
          {p.outcomes
            .slice(0, 8)
            .map((o) => `${o.column} “${o.value}” → ${o.outcome}`)
            .join('; ')}
          {p.outcomes.length > 8 ? '; …' : ''}
        </p>
      )}
      {p.rejected.length > 0 && (
        <p className="page__note">
          The first rows already reject {p.rejected.length}: {p.rejected.slice(0, 3).map((r) => `row ${r.rowNumber} (${r.reason})`).join(', ')}. The
          import keeps the good rows and lists every rejected one.
        </p>
      )}
      {error && (
        <p className="import-panel__error" role="alert">
          {error}
        </p>
      )}
      <div className="import-panel__actions">
        <button type="button" className="button button--ghost" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={props.onStart} disabled={busy}>
          Import
        </button>
      </div>
    </div>
  );
}

function EndedView({ event }: { event: ImportProgressEvent }) {
  if (event.status === 'completed' && event.counts) {
    const c = event.counts;
    return (
      <p className="import-panel__done" role="status">
        Imported {event.file}: {formatCount(c.imported)} new, {formatCount(c.updated)} updated, {formatCount(c.unchanged)} unchanged
        {c.rejected > 0 ? `, ${formatCount(c.rejected)} rejected (select the import below to see them)` : ''}.
      </p>
    );
  }
  return (
    <p className="import-panel__error" role="alert">
      {event.message ?? `The import of ${event.file} did not finish.`}
    </p>
  );
}

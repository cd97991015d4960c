/**
 * Import a CRM export from the window: pick the file (the desktop's Open
 * dialog; in a browser a file input or a drop, uploaded to the web host with
 * a progress bar, since the host reads no path a browser names), check what
 * the importer makes of it — the CRM it came from, leads or companies, how rows are recognised,
 * each column's field and why (its header, its values), with any column
 * remapped or ignored — then import it
 * in the background with a progress bar and a Stop button. The import
 * history and the counts follow when it ends (api/live-invalidation.ts reads
 * them again on the `imports.progress` event that ends it).
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Entity, ImportFileRef, ImportPreviewDto, ImportProgressEvent } from '../../../../src-main/contract/dto';
import { useApi, useApiEvents, useUploads } from '../../api/api-context';
import { AppError } from '../../../../src-main/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { byKeyText, existingSummary } from './record-keys';

const EXTRA = 'extra';
const IGNORE = '-';
const FIELD_LABELS: Record<string, string> = { [EXTRA]: 'keep as an extra field', [IGNORE]: 'ignore this column' };

type Stage =
  | { kind: 'choose'; error: unknown; busy: boolean }
  | { kind: 'uploading'; file: string; sent: number; total: number }
  | { kind: 'preview'; preview: ImportPreviewDto; overrides: Record<string, string>; entity: Entity | null; error: unknown; busy: boolean }
  | { kind: 'running'; file: string; progress: ImportProgressEvent | null }
  | { kind: 'ended'; event: ImportProgressEvent };

interface Props {
  onClose: () => void;
}

const fileSize = (bytes: number) => (bytes < 1e6 ? `${Math.max(1, Math.round(bytes / 1e3))} KB` : `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`);

export function ImportPanel({ onClose }: Props) {
  const api = useApi();
  const events = useApiEvents();
  const uploads = useUploads();
  const [stage, setStage] = useState<Stage>({ kind: 'choose', error: null, busy: false });
  const [dialogAvailable, setDialogAvailable] = useState<boolean | null>(null);
  // An import of a small file can end before imports.start has answered: its last event waits here.
  const ended = useRef(new Map<string, ImportProgressEvent>());
  const uploading = useRef<AbortController | null>(null);
  // The upload being previewed: let go if it is not imported after all (the host removes imported ones itself).
  const unstarted = useRef<string | null>(null);
  const releaseUpload = () => {
    if (unstarted.current) void uploads?.release(unstarted.current);
    unstarted.current = null;
  };

  /** Previews the file; false when the importer could not read it (the message is on screen). */
  const preview = async (source: ImportFileRef, overrides: Record<string, string> = {}, entity: Entity | null = null): Promise<boolean> => {
    setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: true, error: null } : s));
    try {
      const p = await api['imports.preview']({ ...source, ...(Object.keys(overrides).length ? { overrides } : {}), ...(entity ? { entity } : {}) });
      setStage({ kind: 'preview', preview: p, overrides, entity, error: null, busy: false });
      return true;
    } catch (e) {
      setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: false, error: e } : s));
      return false;
    }
  };

  /** A browser's file: streamed to the web host, then previewed by its upload id. */
  const upload = async (file: File) => {
    if (!uploads) return;
    releaseUpload();
    const controller = new AbortController();
    uploading.current = controller;
    setStage({ kind: 'uploading', file: file.name, sent: 0, total: file.size });
    try {
      const done = await uploads.upload(file, {
        signal: controller.signal,
        onProgress: (sent, total) => setStage((s) => (s.kind === 'uploading' ? { ...s, sent, total } : s)),
      });
      unstarted.current = done.uploadId;
      setStage({ kind: 'choose', error: null, busy: true });
      if (!(await preview({ uploadId: done.uploadId }))) releaseUpload(); // unreadable: the next file is another upload
    } catch (e) {
      setStage({ kind: 'choose', error: controller.signal.aborted ? null : e, busy: false });
    } finally {
      uploading.current = null;
    }
  };

  // The desktop app asks with its Open dialog straight away; a browser has none, so the file is chosen or dropped and uploaded.
  useEffect(() => {
    let current = true;
    api['imports.pickFile']().then(
      (picked) => {
        if (!current) return;
        setDialogAvailable(picked.available);
        if (picked.available && picked.path) void preview({ path: picked.path });
        else if (picked.available) onClose(); // cancelled in the dialog
      },
      () => current && setDialogAvailable(false),
    );
    return () => {
      current = false;
      uploading.current?.abort(); // closed mid-upload: the host drops the partial file
      releaseUpload();
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
      }),
    [events],
  );

  const start = async () => {
    if (stage.kind !== 'preview') return;
    const { preview: p, overrides, entity } = stage;
    setStage({ ...stage, busy: true, error: null });
    ended.current.delete(p.file);
    try {
      const { file } = await api['imports.start']({ ...p.source, ...(Object.keys(overrides).length ? { overrides } : {}), ...(entity ? { entity } : {}) });
      unstarted.current = null;
      const already = ended.current.get(file);
      setStage(already ? { kind: 'ended', event: already } : { kind: 'running', file, progress: null });
    } catch (e) {
      setStage({ ...stage, busy: false, error: e });
    }
  };

  const headingId = 'import-panel-heading';
  return (
    <section className="import-panel panel" aria-labelledby={headingId} data-testid="import-panel">
      <header className="panel__header">
        <h3 id={headingId} className="panel__title">
          {stage.kind === 'choose' ? 'Import a CRM export' : `Import ${stageFile(stage)}`}
        </h3>
        {stage.kind !== 'running' && (
          <button type="button" className="button button--ghost" onClick={onClose} aria-label="Close import">
            Close
          </button>
        )}
      </header>

      {stage.kind === 'choose' && dialogAvailable === false && uploads && (
        <FilePicker busy={stage.busy} error={stage.error} onFile={(file) => void upload(file)} />
      )}
      {stage.kind === 'choose' && dialogAvailable === false && !uploads && (
        <p className="import-panel__error" role="alert">
          This window can neither open a file dialog nor upload a file; import from a terminal instead.
        </p>
      )}
      {stage.kind === 'uploading' && (
        <div className="import-panel__running">
          <progress max={stage.total || 1} value={stage.sent} aria-label={`Uploading ${stage.file}`} data-testid="upload-progress" />
          <span>
            {fileSize(stage.sent)} of {fileSize(stage.total)} sent
          </span>
          <button type="button" className="button" onClick={() => uploading.current?.abort()}>
            Stop
          </button>
        </div>
      )}
      {stage.kind === 'choose' && dialogAvailable !== false && stage.error != null && <ErrorNotice error={stage.error} />}

      {stage.kind === 'preview' && (
        <PreviewView
          stage={stage}
          onOverride={(header, target) => {
            const overrides = { ...stage.overrides, [header]: target };
            void preview(stage.preview.source, overrides, stage.entity);
          }}
          onEntity={(entity) => void preview(stage.preview.source, stage.overrides, entity)}
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

function stageFile(stage: Exclude<Stage, { kind: 'choose' }>): string {
  if (stage.kind === 'preview') return stage.preview.file;
  if (stage.kind === 'ended') return stage.event.file;
  return stage.file;
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** A browser's way to name a file: the file input, or a drop anywhere on the zone around it. */
function FilePicker(props: { busy: boolean; error: unknown; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`import-panel__drop${over ? ' import-panel__drop--over' : ''}`}
      data-testid="import-drop-zone"
      onDragEnter={(e) => carriesFiles(e) && setOver(true)}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault(); // accept the drop (and keep the browser from opening the file)
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !props.busy) props.onFile(file);
      }}
    >
      <label className="field">
        <span className="field__label">CSV file</span>
        <input
          className="import-panel__file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          disabled={props.busy}
          aria-invalid={props.error != null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // choosing the same file again still counts
            if (file) props.onFile(file);
          }}
        />
        <span className="field__hint">
          {props.busy ? 'Reading…' : 'Choose a CRM export or drop it here: HubSpot, Salesforce, Pipedrive, Apollo, Zoho, or your own columns.'}
        </span>
      </label>
      {props.error != null && <ErrorNotice error={props.error} />}
    </div>
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
      {existingSummary(p.existing, p.entity) && (
        <p className="panel__subtitle" data-testid="import-existing">
          {existingSummary(p.existing, p.entity)}
        </p>
      )}
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
      {error != null && <ErrorNotice error={error} />}
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
        Imported {event.file}: {formatCount(c.imported)} new, {formatCount(c.updated)} updated
        {c.updated > 0 && c.updatedBy ? ` (${byKeyText(c.updatedBy)})` : ''}, {formatCount(c.unchanged)} unchanged
        {c.rejected > 0 ? `, ${formatCount(c.rejected)} rejected (select the import below to see them)` : ''}.
        {c.warnings ? (
          <span className="import-panel__warnings" data-testid="import-warnings">
            {' '}
            {formatCount(c.warnings)} {c.warnings === 1 ? 'value was' : 'values were'} kept with a warning (a value that did not parse, or bytes the
            file’s encoding cannot read, stored as �).
          </span>
        ) : null}
      </p>
    );
  }
  return (
    <ErrorNotice
      error={new AppError(event.status === 'cancelled' ? 'cancelled' : 'import_failed', event.message ?? `The import of ${event.file} did not finish.`)}
    />
  );
}

/**
 * Import a CRM export from the window: pick the file (the desktop's Open
 * dialog; in a browser a file input or a drop, uploaded to the web host with
 * a progress bar, since the host reads no path a browser names), check what
 * the importer makes of it (ImportPreview.tsx: each column's field with
 * examples, the first rows under their fields, fields two columns claim,
 * status values' outcomes, a mapping remembered for this layout), then
 * import it in the background with a progress bar and a Stop button. A
 * window reloaded meanwhile re-attaches to the running import (`attach`).
 * The import history and the counts follow when it ends
 * (api/live-invalidation.ts reads them again on the `imports.progress`
 * event that ends it).
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Entity, ImportFileRef, ImportPreviewDto, ImportProgressEvent, OutcomeChoice } from '../../../../src-main/contract/dto';
import { useApi, useApiEvents, useUploads } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { settleConflict, withChoice } from './field-names';
import { ImportEnded } from './ImportEnded';
import { fileSize, ImportPreview } from './ImportPreview';
import { RunningImport } from './RunningImport';

/** What the user chose on the preview: sent again with every preview and with the import. */
interface Choices {
  overrides: Record<string, string>;
  outcomes: Record<string, OutcomeChoice>;
  entity: Entity | null;
}

const NO_CHOICES: Choices = { overrides: {}, outcomes: {}, entity: null };

type Stage =
  | { kind: 'choose'; error: unknown; busy: boolean }
  | { kind: 'uploading'; file: string; sent: number; total: number }
  | { kind: 'preview'; preview: ImportPreviewDto; choices: Choices; templateSavedAt: string | null; error: unknown; busy: boolean }
  | { kind: 'running'; file: string; progress: ImportProgressEvent | null }
  | { kind: 'ended'; event: ImportProgressEvent };

interface Props {
  onClose: () => void;
  /** An import already running (found after a reload): the panel shows its progress and Stop instead of asking for a file. */
  attach?: ImportProgressEvent;
}

/** The request's choices, leaving out the empty ones. */
function requestChoices(choices: Choices) {
  return {
    ...(Object.keys(choices.overrides).length ? { overrides: choices.overrides } : {}),
    ...(Object.keys(choices.outcomes).length ? { outcomes: choices.outcomes } : {}),
    ...(choices.entity ? { entity: choices.entity } : {}),
  };
}

export function ImportPanel({ onClose, attach }: Props) {
  const api = useApi();
  const events = useApiEvents();
  const uploads = useUploads();
  const [stage, setStage] = useState<Stage>(
    attach ? { kind: 'running', file: attach.file, progress: attach } : { kind: 'choose', error: null, busy: false },
  );
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

  /**
   * Previews the file; false when the importer could not read it (the message is on screen). The first
   * preview of a file may start from the mapping remembered for its layout; later ones send the
   * choices on screen (`template: false`), and Reset sends none.
   */
  const preview = async (source: ImportFileRef, choices: Choices = NO_CHOICES, first = false, templateSavedAt: string | null = null): Promise<boolean> => {
    setStage((s) => (s.kind === 'choose' || s.kind === 'preview' ? { ...s, busy: true, error: null } : s));
    try {
      const p = await api['imports.preview']({ ...source, ...requestChoices(choices), ...(first ? {} : { template: false }) });
      const applied: Choices = { overrides: p.applied.overrides, outcomes: p.applied.outcomes, entity: p.applied.entity };
      setStage({ kind: 'preview', preview: p, choices: applied, templateSavedAt: p.template?.savedAt ?? templateSavedAt, error: null, busy: false });
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
      if (!(await preview({ uploadId: done.uploadId }, NO_CHOICES, true))) releaseUpload(); // unreadable: the next file is another upload
    } catch (e) {
      setStage({ kind: 'choose', error: controller.signal.aborted ? null : e, busy: false });
    } finally {
      uploading.current = null;
    }
  };

  // The desktop app asks with its Open dialog straight away; a browser has none, so the file is chosen or dropped and uploaded.
  useEffect(() => {
    if (attach) return; // re-attached to a running import: nothing to pick
    let current = true;
    api['imports.pickFile']().then(
      (picked) => {
        if (!current) return;
        setDialogAvailable(picked.available);
        if (picked.available && picked.path) void preview({ path: picked.path }, NO_CHOICES, true);
        else if (picked.available) onClose(); // cancelled in the dialog
      },
      () => current && setDialogAvailable(false),
    );
    return () => {
      current = false;
      uploading.current?.abort(); // closed mid-upload: the host drops the partial file
      releaseUpload();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asks once, when the panel opens
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

  // Re-attached after a reload: the import may have ended between the look-up and the subscription.
  useEffect(() => {
    if (!attach) return;
    let current = true;
    void api['imports.current']().then((now) => {
      if (!current || now !== null) return;
      const last = ended.current.get(attach.file);
      if (last) setStage({ kind: 'ended', event: last });
      else onClose(); // it ended unseen: the history below shows how
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked once, for the import the panel was opened on
  }, []);

  const start = async () => {
    if (stage.kind !== 'preview') return;
    const { preview: p, choices } = stage;
    setStage({ ...stage, busy: true, error: null });
    ended.current.delete(p.file);
    try {
      const { file } = await api['imports.start']({ ...p.source, ...requestChoices(choices) });
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
        <ImportPreview
          preview={stage.preview}
          templateSavedAt={stage.templateSavedAt}
          busy={stage.busy}
          error={stage.error}
          onColumn={(header, target) => {
            const overrides = withChoice(stage.choices.overrides, stage.preview.columns, header, target);
            void preview(stage.preview.source, { ...stage.choices, overrides }, false, stage.templateSavedAt);
          }}
          onSettle={(conflict, keep) => {
            const overrides = settleConflict(stage.choices.overrides, conflict, keep);
            void preview(stage.preview.source, { ...stage.choices, overrides }, false, stage.templateSavedAt);
          }}
          onOutcome={(value, choice) => {
            const outcomes = { ...stage.choices.outcomes, [value]: choice };
            void preview(stage.preview.source, { ...stage.choices, outcomes }, false, stage.templateSavedAt);
          }}
          onEntity={(entity) => void preview(stage.preview.source, { ...stage.choices, entity }, false, stage.templateSavedAt)}
          onResetTemplate={() => void preview(stage.preview.source, NO_CHOICES, false, null)}
          onStart={() => void start()}
          onCancel={onClose}
        />
      )}

      {stage.kind === 'running' && <RunningImport file={stage.file} progress={stage.progress} />}

      {stage.kind === 'ended' && <ImportEnded event={stage.event} />}
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

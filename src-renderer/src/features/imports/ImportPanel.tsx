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
import { useState, type DragEvent } from 'react';
import type { ImportProgressEvent } from '../../../../src-main/contract/dto';
import { ErrorNotice } from '../../components/ErrorNotice';
import { settleConflict, withChoice } from './field-names';
import { ImportEnded } from './ImportEnded';
import { fileSize, ImportPreview } from './ImportPreview';
import { RunningImport } from './RunningImport';
import { useImportWizard, type Stage } from './use-import-wizard';

interface Props {
  onClose: () => void;
  /** An import already running (found after a reload): the panel shows its progress and Stop instead of asking for a file. */
  attach?: ImportProgressEvent;
}

export function ImportPanel({ onClose, attach }: Props) {
  const { stage, dialogAvailable, canUpload, upload, stopUpload, choose, resetTemplate, start } = useImportWizard({ attach, onClose });
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

      {stage.kind === 'choose' && dialogAvailable === false && canUpload && (
        <FilePicker busy={stage.busy} error={stage.error} onFile={(file) => void upload(file)} />
      )}
      {stage.kind === 'choose' && dialogAvailable === false && !canUpload && (
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
          <button type="button" className="button" onClick={stopUpload}>
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
          onColumn={(header, target) => choose((c) => ({ ...c, overrides: withChoice(c.overrides, stage.preview.columns, header, target) }))}
          onSettle={(conflict, keep) => choose((c) => ({ ...c, overrides: settleConflict(c.overrides, conflict, keep) }))}
          onOutcome={(value, choice) => choose((c) => ({ ...c, outcomes: { ...c.outcomes, [value]: choice } }))}
          onEntity={(entity) => choose((c) => ({ ...c, entity }))}
          onResetTemplate={resetTemplate}
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

/**
 * Imports started from the app: one file at a time, in the background, on a
 * connection of its own (an import's transaction spans the reads of its
 * file, and must not take in what other calls write meanwhile). Its
 * progress is pushed as `imports.progress` events, a few a second at most,
 * and once more when it ends.
 *
 * An import and a lookalike job never run at once: both write the workspace
 * for a long time, and SQLite takes one writer; the one that comes second is
 * refused with a message saying what to wait for.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Entity, ImportFileRef, ImportPreviewDto, ImportProgressEvent, OutcomeChoice } from '../contract/dto';
import { AppError } from '../contract/errors';
import { CANONICAL_FIELDS, fieldLabel, parseColumnTarget } from '../crm/index';
import { deleteMappingTemplate, saveMappingTemplate } from '../db/queries/mapping-templates';
import { splitOutcomeChoices } from '../import/outcome-choices';
import { openWorkspace, type Workspace } from '../db/workspace';
import { importFile } from '../import/import-file';
import { previewImport } from '../import/preview';
import type { EventHub } from './event-hub';

const PROGRESS_INTERVAL_MS = 200;
const IDENTITY_WORDS: Record<string, string> = {
  record_id: 'its record id',
  email: 'its email address',
  name_company: 'name and company',
  domain: 'its domain',
  company_name: 'its company name',
  column: 'a key column',
  content_hash: 'its content (no key column)',
};

/** Checks that the path names a readable regular file, with a message that names it. */
function requireFile(path: string): number {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AppError('file_error', `${path} is not a file.`, { file: path });
    size = stat.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('file_error', `Cannot open ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`, {
      file: path,
    });
  }
  return size;
}

/** Column overrides as the importer takes them; a bad target is refused with the header named. */
function checkedOverrides(overrides: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!overrides) return undefined;
  for (const [header, target] of Object.entries(overrides)) {
    try {
      parseColumnTarget(target, header);
    } catch (e) {
      throw new AppError('invalid_input', (e as Error).message);
    }
  }
  return overrides;
}

/**
 * How to read the file: the entity its rows are, column overrides (header → field, or '-'), status values
 * remapped to outcomes (or ignored), and whether to start from the mapping remembered for its layout.
 */
export interface ImportReadOptions {
  entity?: Entity;
  overrides?: Record<string, string>;
  outcomes?: Record<string, OutcomeChoice>;
  template?: boolean;
}

const FIELD_LABELS: Record<string, string> = Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, fieldLabel(f)]));

/**
 * What importing `path` would do. `path` is one the caller was allowed to
 * read (imports-service checks the grant); `source` is how the request named it.
 */
export async function importPreview(path: string, options: ImportReadOptions, source: ImportFileRef, ws: Workspace): Promise<ImportPreviewDto> {
  const bytes = requireFile(path);
  const p = await previewImport(path, {
    entity: options.entity ?? 'auto',
    overrides: checkedOverrides(options.overrides),
    outcomeChoices: options.outcomes,
    useTemplate: options.template !== false,
    rows: 5,
    workspace: ws.db,
  });
  return {
    file: p.file,
    source,
    bytes,
    encoding: p.format.encoding,
    delimiter: p.format.delimiter,
    preset: p.preset,
    entity: p.entity,
    identity: `${IDENTITY_WORDS[p.identity.kind] ?? p.identity.kind}${p.identity.column ? ` (${p.identity.column})` : ''}`,
    columns: p.columns.map((c) => ({
      index: c.index,
      header: c.header,
      field: c.field,
      ignored: c.ignored,
      sample: c.sample,
      examples: c.examples,
      overridden: c.source === 'override',
      reason: c.reason,
    })),
    fields: [...CANONICAL_FIELDS],
    fieldLabels: FIELD_LABELS,
    sampleRows: p.sampleRows,
    conflicts: p.conflicts,
    statusValues: p.statusValues,
    applied: p.applied,
    template: p.template ? { savedAt: p.template.savedAt } : null,
    outcomes: p.outcomes,
    rejected: p.rejected.map((r) => ({ rowNumber: r.rowNumber, reason: r.reason })),
    existing: p.existing ?? { rowsChecked: 0, wholeFile: false, matched: 0, byKey: {} },
    replacedBytes: p.replaced,
  };
}

/**
 * After an import from the window: its choices are remembered for the
 * file's layout, or, imported as the importer maps it, any earlier template
 * is forgotten (the user reset it). A failure here never fails the import.
 */
function rememberMapping(
  ws: Workspace,
  layout: { preset: string; headerDigest: string },
  choices: { entity: Entity | null; overrides: Record<string, string>; outcomes: Record<string, OutcomeChoice> },
): void {
  try {
    if (Object.keys(choices.overrides).length === 0 && Object.keys(choices.outcomes).length === 0) deleteMappingTemplate(ws.db, layout);
    else saveMappingTemplate(ws.db, layout, { ...choices, savedAt: new Date().toISOString() });
  } catch {
    /* the import committed; a template is a convenience */
  }
}

export class ImportRunner {
  private current: { path: string; controller: AbortController; done: Promise<void>; latest: ImportProgressEvent } | null = null;
  private closed = false;
  /** Why an import cannot start now (a job is running), or null. */
  blockedBy: () => string | null = () => null;

  constructor(
    private readonly ws: Workspace,
    private readonly events: EventHub,
    private readonly openConnection: (path: string) => Workspace = (path) => openWorkspace(path, { mustExist: true }),
  ) {}

  get busy(): boolean {
    return this.current !== null;
  }

  /** The name of the file importing now, or null. */
  get importing(): string | null {
    return this.current ? basename(this.current.path) : null;
  }

  /** The running import's latest progress (a reloaded window shows it, with Stop), or null. */
  get progress(): ImportProgressEvent | null {
    return this.current?.latest ?? null;
  }

  /** Checks that an import could start now (none running, no job, not closing); throws the conflict otherwise. */
  assertCanStart(): void {
    if (this.closed) throw new AppError('conflict', 'The workspace is closing.');
    if (this.current) throw new AppError('conflict', `${basename(this.current.path)} is still importing; start the next one when it has finished.`);
    const blocked = this.blockedBy();
    if (blocked) throw new AppError('conflict', blocked);
  }

  /**
   * Starts importing a file (one the caller was allowed to read) in the
   * background; answers once it has started. `onEnded` runs once the import
   * has ended, whatever the outcome.
   */
  start(path: string, options: ImportReadOptions & { onEnded?: () => void } = {}): { file: string } {
    this.assertCanStart();
    const bytesTotal = requireFile(path);
    const overrides = checkedOverrides(options.overrides);
    const outcomes = options.outcomes ?? {};
    const file = basename(path);
    const controller = new AbortController();
    const base = { file, path, bytesTotal, counts: null, message: null } as const;
    let latest: ImportProgressEvent = { ...base, status: 'running', batchId: null, rows: 0, bytesRead: 0 };
    const emit = (event: Partial<ImportProgressEvent> & Pick<ImportProgressEvent, 'status'>) => {
      latest = { ...base, batchId: null, rows: 0, bytesRead: 0, ...event };
      if (this.current) this.current.latest = latest;
      this.events.emit('imports.progress', latest);
    };
    let last = 0;
    emit({ status: 'running' });

    const run = async () => {
      const connection = this.openConnection(this.ws.path);
      try {
        const result = await importFile(connection, path, {
          entity: options.entity ?? 'auto',
          overrides,
          ...splitOutcomeChoices(outcomes),
          refuseConflicts: true,
          signal: controller.signal,
          onProgress: (p) => {
            const now = performance.now();
            if (now - last < PROGRESS_INTERVAL_MS) return;
            last = now;
            emit({ status: 'running', batchId: p.batchId, rows: p.rows, bytesRead: p.bytesRead });
          },
        });
        rememberMapping(this.ws, result.layout, { entity: options.entity ?? null, overrides: overrides ?? {}, outcomes });
        emit({
          status: 'completed',
          batchId: result.batchId,
          rows: result.rowsTotal,
          bytesRead: bytesTotal,
          counts: {
            imported: result.imported,
            updated: result.updated,
            unchanged: result.unchanged,
            rejected: result.rejected,
            warnings: result.warnings,
            updatedBy: result.updatedBy,
          },
        });
      } catch (e) {
        const cancelled = controller.signal.aborted || (e as AppError)?.code === 'cancelled';
        emit({ status: cancelled ? 'cancelled' : 'failed', message: e instanceof Error ? e.message : String(e) });
      } finally {
        connection.close();
      }
    };
    const done = run().finally(() => {
      this.current = null;
      options.onEnded?.();
    });
    this.current = { path, controller, done, latest };
    return { file };
  }

  /** Stops the running import; nothing of it is kept (it rolls back). False when none was running. */
  cancel(): { cancelled: boolean } {
    if (!this.current) return { cancelled: false };
    this.current.controller.abort();
    return { cancelled: true };
  }

  async idle(): Promise<void> {
    while (this.current) await this.current.done;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.current?.controller.abort();
    await this.idle();
  }
}

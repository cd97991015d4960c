/** Assembles the whole contract from the per-domain services of one workspace. */
import type { ServedApi } from '../contract/json-text';
import type { ExportsApi, ListsApi, SegmentsApi, SourcesApi } from '../contract/api';
import { exportForApp, exportsFolderChoice, type ChooseExportFile } from './app-export';
import { listCampaigns } from './campaigns-service';
import { addToList, createList, deleteList, listDetail, listLists, listMembersPage, removeFromList } from './lists-service';
import { conditionFields, countMatches, createSegment, deleteSegment, fieldValues, listSegments, updateSegment } from './segments-service';
import type { EventHub } from './event-hub';
import { AppError } from '../contract/errors';
import type { Workspace } from '../db/workspace';
import { importsService, type ImportFileAccess } from './imports-service';
import type { ImportRunner } from './import-runner';
import { jobsService } from './jobs-service';
import { reviewService } from './review-service';
import { jobSavesSettled } from '../jobs/job-pool';
import { untilWritable } from '../db/workspace-writers';
import type { JobRunner } from '../jobs/job-runner';
import { workspaceService } from './workspace-service';
import { duplicatesService } from './duplicates-service';

/** Which file to import comes from `ImportFileAccess` (the desktop's Open dialog, the web host's uploads, named folders). */
export interface ApiChoices extends ImportFileAccess {
  /** Where an export goes (the desktop shell asks with a Save dialog; default: `exports/` beside the workspace). */
  chooseExportFile?: ChooseExportFile;
}

/**
 * Methods that write the workspace outside the job and import runners. While
 * an import holds SQLite's one write lock for its whole file, such a write
 * would stall the process for the busy timeout and then fail; it is refused
 * at once instead, saying what to wait for.
 */
const WRITES_WAITING_FOR_IMPORTS = ['workspace.mergeDuplicates', 'workspace.undoMerge', 'jobs.delete', 'jobs.mark', 'lists.create', 'lists.add', 'lists.remove', 'lists.delete', 'segments.create', 'segments.update', 'segments.delete'] as const;

/**
 * Methods that write on the main connection, which wait (without blocking)
 * while a job's results are being saved on the job worker (jobs/job-pool.ts):
 * a save of 50k candidates holds the write lock for seconds, and SQLite's
 * busy handler would sleep the main thread meanwhile. The record edits
 * (WRITES_WAITING_FOR_IMPORTS) wait the same way for another process writing
 * the workspace (a command-line import), up to WRITE_WAIT_MS, then refuse
 * naming it. Starting a job or an import does not wait for another process:
 * its own service refuses at once, naming what holds the workspace, since
 * that may be a whole file's import and a request cannot hang that long.
 */
const WRITES_WAITING_FOR_JOB_SAVES = [...WRITES_WAITING_FOR_IMPORTS, 'jobs.start', 'jobs.rerun', 'jobs.rerank', 'jobs.cancel', 'imports.start'] as const;
const WRITE_WAIT_MS = 30_000;
const waitsForOtherProcesses: ReadonlySet<string> = new Set(WRITES_WAITING_FOR_IMPORTS);

/** `events`: where changes made through the API are announced (segments.changed), so every window refreshes. */
export function createApi(ws: Workspace, jobs: JobRunner, imports: ImportRunner, choices: ApiChoices = {}, events: Pick<EventHub, 'emit'> | null = null): ServedApi {
  const chooseExportFile = choices.chooseExportFile ?? exportsFolderChoice;
  const api: ServedApi = {
    ...workspaceService(ws),
    ...duplicatesService(ws, {
      // A merge rewrites the records a job reads and an import matches against: it waits for both.
      busy: () => (imports.busy ? 'A file is importing; merge when it has finished.' : jobs.busy ? 'A lookalike job is running; merge when it has finished.' : null),
      changed: (mergeId, change) => events?.emit('workspace.merged', { mergeId, change }),
    }),
    ...importsService(ws, imports, choices),
    ...jobsService(ws, jobs),
    ...reviewService(ws, jobs),
    ...sourcesService(ws),
    ...segmentsService(ws, events),
    ...listsService(ws),
    ...exportsService(ws, chooseExportFile),
  };
  for (const method of WRITES_WAITING_FOR_IMPORTS) {
    const write = api[method] as (payload: unknown) => Promise<unknown>;
    (api as unknown as Record<string, (payload: unknown) => Promise<unknown>>)[method] = async (payload) => {
      const importing = imports.importing;
      if (importing) throw new AppError('conflict', `${importing} is importing; try again when it has finished.`);
      return write(payload);
    };
  }
  for (const method of WRITES_WAITING_FOR_JOB_SAVES) {
    const write = api[method] as (payload: unknown) => Promise<unknown>;
    (api as unknown as Record<string, (payload: unknown) => Promise<unknown>>)[method] = async (payload) => {
      await jobSavesSettled(ws.db);
      // This process's own import is refused at once below (or the job waits its turn), not waited for here.
      if (!imports.busy && waitsForOtherProcesses.has(method)) await untilWritable(ws.db, WRITE_WAIT_MS);
      return write(payload);
    };
  }
  return api;
}

/** The campaigns, lists and segments a job can start from. */
function sourcesService(ws: Workspace): SourcesApi {
  return {
    async 'campaigns.list'() {
      return listCampaigns(ws);
    },
    async 'lists.list'(payload) {
      return listLists(ws, payload?.sort);
    },
    async 'segments.list'() {
      return listSegments(ws);
    },
  };
}

function segmentsService(ws: Workspace, events: Pick<EventHub, 'emit'> | null): SegmentsApi {
  const changed = (segmentId: number, change: 'created' | 'updated' | 'deleted') => events?.emit('segments.changed', { segmentId, change });
  return {
    async 'segments.create'(input) {
      const created = createSegment(ws, input);
      changed(created.id, 'created');
      return created;
    },
    async 'segments.count'(input) {
      return countMatches(ws, input);
    },
    async 'segments.update'({ segmentId, ...input }) {
      const updated = updateSegment(ws, segmentId, input);
      changed(segmentId, 'updated');
      return updated;
    },
    async 'segments.delete'({ segmentId }) {
      const result = deleteSegment(ws, segmentId);
      changed(segmentId, 'deleted');
      return result;
    },
    async 'segments.fields'({ entity }) {
      return conditionFields(ws, entity);
    },
    async 'segments.values'(input) {
      return fieldValues(ws, input);
    },
  };
}

function exportsService(ws: Workspace, chooseExportFile: ChooseExportFile): ExportsApi {
  return {
    async 'exports.csv'(source) {
      return exportForApp(ws, source, chooseExportFile);
    },
  };
}

/** Lists built and kept from the window: create, fill from candidates, browse, trim, delete. */
function listsService(ws: Workspace): ListsApi {
  return {
    async 'lists.create'(input) {
      return createList(ws, input);
    },
    async 'lists.add'(payload) {
      const { listId, ...source } = payload;
      return addToList(ws, listId, source);
    },
    async 'lists.get'({ listId, limit }) {
      return listDetail(ws, listId, limit ?? 50);
    },
    async 'lists.members'({ listId, offset, limit, sort, search, filters, extras, fold }) {
      return listMembersPage(ws, listId, offset ?? 0, limit ?? 50, sort, { search, filters, extras, fold });
    },
    async 'lists.remove'({ listId, ids }) {
      return removeFromList(ws, listId, ids);
    },
    async 'lists.delete'({ listId }) {
      return deleteList(ws, listId);
    },
  };
}

/**
 * The method names of the API as a plain constant, free of zod and of any
 * runtime import, so the sandboxed preload can bundle it without dragging the
 * schema library into the renderer process. The type checks below keep this
 * list and the `Api` interface from drifting apart.
 */
import type { ApiEvent, ApiMethod } from './api';

export const API_METHODS = [
  'workspace.info',
  'workspace.duplicates',
  'workspace.mergeDuplicates',
  'workspace.undoMerge',
  'imports.list',
  'imports.rejects',
  'imports.warnings',
  'imports.pickFile',
  'imports.preview',
  'imports.start',
  'imports.cancel',
  'imports.current',
  'imports.rejectsCsv',
  'imports.warningsCsv',
  'jobs.list',
  'jobs.get',
  'jobs.start',
  'jobs.check',
  'jobs.rerun',
  'jobs.cancel',
  'jobs.delete',
  'jobs.candidates',
  'jobs.histogram',
  'jobs.compare',
  'jobs.marks',
  'jobs.mark',
  'jobs.rerank',
  'jobs.moved',
  'campaigns.list',
  'lists.list',
  'segments.list',
  'segments.create',
  'segments.count',
  'segments.update',
  'segments.delete',
  'segments.fields',
  'segments.values',
  'lists.create',
  'lists.get',
  'lists.add',
  'lists.members',
  'lists.remove',
  'lists.delete',
  'exports.csv',
] as const satisfies readonly ApiMethod[];

// Compile-time guard: a method added to `Api` but not listed here fails the build.
type UnlistedMethod = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const _apiMethodsComplete: [UnlistedMethod] extends [never] ? true : UnlistedMethod = true;

/** Channel prefix for IPC, checked on both sides. */
export const IPC_PREFIX = 'app:';

/** The events the core pushes (ApiEvents), as a plain constant for the preload. */
export const API_EVENTS = ['jobs.progress', 'imports.progress', 'segments.changed', 'workspace.merged'] as const satisfies readonly ApiEvent[];

type UnlistedEvent = Exclude<ApiEvent, (typeof API_EVENTS)[number]>;
const _apiEventsComplete: [UnlistedEvent] extends [never] ? true : UnlistedEvent = true;

/** Channel prefix of pushed events (main → renderer). */
export const IPC_EVENT_PREFIX = 'app-event:';

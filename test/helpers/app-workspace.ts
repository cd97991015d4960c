/**
 * A temp workspace with the app's services behind the dispatch table, as the
 * service tests drive it (the window's path, payload validation included).
 * One per test file: `open()` in its beforeAll or beforeEach — after `seed`
 * has written what must be there before the services start — and `close()`
 * in the matching after hook. `ok` and `fails` read the dispatch of the
 * moment, so they can be taken out once at the top of the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportProgressEvent } from '../../src-main/contract/dto';
import { createDispatch, type Dispatch } from '../../src-main/ipc/dispatch';
import { openAppServices, type AppServices } from '../../src-main/services/app-services';
import { dispatchCalls } from './dispatch-calls';
import { tempWorkspace } from './temp-workspace';

type TempWorkspace = ReturnType<typeof tempWorkspace>;

interface Options {
  /** The compute pool's threads. */
  threads: number;
  /** The folders the API may read typed paths in (none by default), given the new workspace. */
  importFolders?: (ws: TempWorkspace) => string[];
}

export class AppWorkspace {
  /** Set by open(). */
  ws!: TempWorkspace;
  services!: AppServices;
  call!: Dispatch;
  /** The `imports.progress` events pushed since open(), in order. */
  importEvents: ImportProgressEvent[] = [];
  readonly ok: ReturnType<typeof dispatchCalls>['ok'];
  readonly fails: ReturnType<typeof dispatchCalls>['fails'];

  /** Writes a file of these lines (a CSV, as the tests spell it) in the workspace's folder; its path. */
  readonly writeLines = (name: string, lines: readonly string[]): string => {
    const path = join(this.ws.dir, name);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  };

  constructor(private readonly options: Options) {
    ({ ok: this.ok, fails: this.fails } = dispatchCalls(() => this.call));
  }

  /** Opens the workspace, seeds it (what `seed` returns is returned), then starts the services. */
  async open<T = void>(seed?: (ws: TempWorkspace) => T | Promise<T>): Promise<T> {
    this.ws = tempWorkspace();
    const seeded = (await seed?.(this.ws)) as T;
    const { threads, importFolders } = this.options;
    this.services = openAppServices(this.ws, { threads }, importFolders ? { importFolders: importFolders(this.ws) } : {});
    this.call = createDispatch(this.services.api, { logError: () => undefined });
    this.importEvents = [];
    this.services.events.subscribe((event, payload) => {
      if (event === 'imports.progress') this.importEvents.push(payload as ImportProgressEvent);
    });
    return seeded;
  }

  /** Starts a lookalike job of a list's members (centroid, every candidate down to score 0, at most 1,000) and waits for it; its id. */
  async runListJob(listId: number): Promise<number> {
    const { jobId } = await this.ok<{ jobId: number }>('jobs.start', { source: { kind: 'list', id: listId }, strategy: 'centroid', minScore: 0, maxResults: 1000 });
    await this.services.idle();
    return jobId;
  }

  /** Safe after an open() that failed half-way. */
  async close(): Promise<void> {
    await this.services?.close();
    this.ws?.cleanup();
  }
}

/**
 * The command-line tests' workspace: a temp folder whose `ws.db` the
 * `lookalike import` command filled from the HubSpot contacts fixture. One
 * per test: `open()` in beforeEach, `close()` in afterEach; `run(...args)`
 * runs a command on that workspace from its folder.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli } from './run-cli';
import { tempDir } from './temp-workspace';

const FIXTURES = new URL('../fixtures/import/', import.meta.url).pathname;

export class CliWorkspace {
  private folder!: ReturnType<typeof tempDir>;
  /** The workspace file; set by open(). */
  db = '';

  get dir(): string {
    return this.folder.dir;
  }

  async open(): Promise<void> {
    this.folder = tempDir();
    this.db = join(this.folder.dir, 'ws.db');
    expect((await cli(['import', join(FIXTURES, 'hubspot-contacts.csv'), '--db', this.db], this.folder.dir)).code).toBe(0);
  }

  close(): void {
    this.folder.cleanup();
  }

  readonly run = (...args: string[]) => cli([...args, '--db', this.db], this.dir);
}

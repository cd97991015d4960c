/**
 * The `test` the browser journeys are written with: vitest's own, with
 * fixtures for one Chromium per spec file, the file's seed templates, and a
 * `studio` per test that serves the test's own copy of a seeded workspace to
 * a fresh browser context (no storage, no token, no panels shared with
 * another test) with the Workspace screen loaded.
 *
 *   describe('…', () => {
 *     seedsFor(MAVEN);
 *     test('…', async ({ studio }) => {
 *       const { api, workspacePage } = await studio.open(MAVEN);
 *
 * Console and page errors (CSP violations among them) are collected for
 * every test and fail it when it ends.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { WorkspacePage } from '../pages/workspace-page';
import { collectPageErrors, launchChromium } from './browser';
import { assertRendererBuilt, createSeedTemplates, serveSeed, type ServedWorkspace, type WorkspaceSeed } from './workspace-fixture';

export const VIEWPORT = { width: 1360, height: 900 };

export interface OpenStudio extends ServedWorkspace {
  page: Page;
  workspacePage: WorkspacePage;
  /** Console errors and uncaught page errors so far. */
  pageErrors: string[];
}

/** How the test's browser context looks at the app: its window size and the system's light or dark preference. */
export interface StudioOptions {
  /** VIEWPORT unless given. */
  viewport?: { width: number; height: number };
  /** What `prefers-color-scheme` answers in the page; the browser's default (light) unless given. */
  colorScheme?: 'light' | 'dark';
}

export interface Studio {
  /** Serves a fresh copy of `seed`'s workspace and opens the Workspace screen on it. Once per test. */
  open(seed: WorkspaceSeed, options?: StudioOptions): Promise<OpenStudio>;
}

export const test = base
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    assertRendererBuilt();
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('seedTemplates', { scope: 'file' }, async ({}, { onCleanup }) => {
    const templates = createSeedTemplates();
    onCleanup(() => templates.dispose());
    return templates;
  })
  .extend('studio', async ({ browser, seedTemplates }, { onCleanup }): Promise<Studio> => {
    let served: Awaited<ReturnType<typeof serveSeed>> | null = null;
    let context: BrowserContext | null = null;
    let pageErrors: string[] = [];
    onCleanup(async () => {
      try {
        await context?.close();
      } catch {
        // the browser is gone (it crashed or the test timed out): nothing left to close
      } finally {
        await served?.close();
      }
      if (pageErrors.length > 0) throw new Error(`The page logged errors:\n${pageErrors.join('\n')}`);
    });
    return {
      async open(seed, options = {}) {
        if (served) throw new Error('studio.open() is called once per test.');
        served = await serveSeed(seedTemplates, seed);
        context = await browser.newContext({
          viewport: options.viewport ?? VIEWPORT,
          locale: 'en-US',
          ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
        });
        const page = await context.newPage();
        pageErrors = collectPageErrors(page);
        const workspacePage = new WorkspacePage(page);
        await workspacePage.open(served.host.url);
        const { dir, dbPath, workspace, api, host } = served;
        return { dir, dbPath, workspace, api, host, page, workspacePage, pageErrors };
      },
    };
  });

/** A seed's build (imports and jobs on a loaded machine) gets its own time, apart from any test's. */
const SEED_BUILD_TIMEOUT_MS = 300_000;

/**
 * Builds `seeds` before the tests of the enclosing describe (once per file;
 * skipped when none of its tests is selected), so no test's own timeout pays
 * for them. A test that opens a seed not listed here still gets it, built then.
 */
export function seedsFor(...seeds: WorkspaceSeed[]): void {
  test.beforeAll(async ({ seedTemplates }) => {
    for (const seed of seeds) await seedTemplates.prepare(seed);
  }, SEED_BUILD_TIMEOUT_MS);
}

export { describe, expect } from 'vitest';

/**
 * Chromium for the e2e specs, chosen the same way on any machine and never
 * by a fixed path:
 *
 *  1. a system Chromium or Chrome found on PATH (SYSTEM_CHROMIUM_NAMES, in
 *     that order), as a developer or a CI image installs it;
 *  2. else the build that installs from the npm registry with the project,
 *     `@sparticuz/chromium` (a devDependency), unpacked into the temp folder
 *     on first use (about 190 MB, a few seconds; later runs reuse it).
 *
 * It runs headless with no background traffic. Launching prints one line
 * saying which browser it is (`chromiumDescription`), so a CI log shows what
 * the browser tests ran in.
 *
 * Hazard: `@sparticuz/chromium` answers `<tmp>/chromium` as soon as that file
 * exists, even while another process is still writing it, so two vitest
 * workers starting on a fresh machine would race; unpacking is serialised by
 * a lock folder beside it.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { findOnPath } from '../../helpers/executables';

/** Executable names of a system Chromium, most preferred first (Chromium before Chrome). */
export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'] as const;

export const NPM_CHROMIUM_PACKAGE = '@sparticuz/chromium';

/** No updater, no metrics, no first-run page: a test run talks to nothing but the web host. */
const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Flags of @sparticuz/chromium's list (made for AWS Lambda's sandbox) left
 * out: the two that would weaken the page's security model, so the specs see
 * the same-origin rules a user's browser applies, and `--single-process`, a
 * Lambda workaround with which the browser ends as soon as its first context
 * closes (every test has a context of its own).
 */
const LEFT_OUT_NPM_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

export interface ChromiumChoice {
  source: 'system' | 'npm';
  executablePath: string;
  args: string[];
}

/** What the npm fallback provides; injected by the resolver's test. */
export interface NpmChromium {
  executablePath(): Promise<string>;
  args: string[];
}

/**
 * The browser the specs launch: a system Chromium on `pathValue` (PATH's
 * format), else @sparticuz/chromium (`npmChromium`, loaded only when needed).
 */
export async function resolveChromium(
  pathValue: string = process.env.PATH ?? '',
  npmChromium: () => Promise<NpmChromium> = loadNpmChromium,
): Promise<ChromiumChoice> {
  const system = findOnPath(SYSTEM_CHROMIUM_NAMES, pathValue);
  if (system) return { source: 'system', executablePath: system, args: ['--no-sandbox', '--disable-gpu', ...QUIET_ARGS] };
  const npm = await npmChromium();
  const executablePath = await npm.executablePath();
  const args = npm.args.filter((arg) => !LEFT_OUT_NPM_ARGS.has(arg));
  return { source: 'npm', executablePath, args: [...args, ...QUIET_ARGS] };
}

/** @sparticuz/chromium with its unpacking serialised across processes (see the header). */
async function loadNpmChromium(): Promise<NpmChromium> {
  const npm = (await import('@sparticuz/chromium')).default;
  return { args: npm.args, executablePath: () => withUnpackLock(() => npm.executablePath()) };
}

async function withUnpackLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), 'lookalike-e2e-chromium.lock');
  const staleAfterMs = 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const age = Date.now() - (statOrNull(lock)?.mtimeMs ?? Date.now());
      if (age > staleAfterMs) rmSync(lock, { recursive: true, force: true }); // a holder that died mid-unpack
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function npmChromiumVersion(): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(NPM_CHROMIUM_PACKAGE));
    for (let i = 0; i < 5; i += 1, dir = dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === NPM_CHROMIUM_PACKAGE) return pkg.version ?? '?';
      } catch {
        // not the package's own folder yet
      }
    }
  } catch {
    // not installed: then it was not the browser used either
  }
  return '?';
}

/** One line naming the browser: its version, where it came from and its path. */
export function chromiumDescription(choice: ChromiumChoice, browserVersion: string): string {
  return choice.source === 'system'
    ? `Browser tests run in system Chromium ${browserVersion} at ${choice.executablePath} (found on PATH).`
    : `Browser tests run in Chromium ${browserVersion} from ${NPM_CHROMIUM_PACKAGE} ${npmChromiumVersion()} (npm registry), ` +
        `unpacked at ${choice.executablePath}: no ${SYSTEM_CHROMIUM_NAMES.join(', ')} on PATH.`;
}

/** The line for the browser launched here, once one has been. */
export let usedChromium: string | null = null;

/**
 * Launches the browser and prints its line the first time. The specs launch
 * one browser per file, and vitest runs each spec file in a fresh module
 * graph, so a run's log holds the line once per spec file.
 */
export async function launchChromium(): Promise<Browser> {
  const choice = await resolveChromium();
  const browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args });
  const first = usedChromium === null;
  usedChromium = chromiumDescription(choice, browser.version());
  if (first) console.info(usedChromium);
  return browser;
}

/** Collects console errors and uncaught page errors (CSP violations land here too). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

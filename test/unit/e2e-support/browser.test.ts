/**
 * Which Chromium the browser tests run in (test/e2e/support/browser.ts): a
 * system one found by walking PATH, else @sparticuz/chromium from the npm
 * registry. PATH is a fake one here, made of temp folders.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumDescription, resolveChromium, type NpmChromium } from '../../e2e/support/browser';
import { isExecutableFile } from '../../helpers/executables';
import { tempDir } from '../../helpers/temp-workspace';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A fake PATH: one temp folder per entry, holding the named files (executable unless `mode` says otherwise). */
function fakePath(...folders: Record<string, 'exec' | 'plain' | 'folder'>[]): { path: string; dirs: string[] } {
  const t = tempDir('lookalike-fake-path-');
  cleanups.push(t.cleanup);
  const dirs = folders.map((files, i) => {
    const dir = join(t.dir, `bin${i}`);
    mkdirSync(dir);
    for (const [name, kind] of Object.entries(files)) {
      if (kind === 'folder') mkdirSync(join(dir, name));
      else {
        writeFileSync(join(dir, name), '#!/bin/sh\nexit 0\n');
        chmodSync(join(dir, name), kind === 'exec' ? 0o755 : 0o644);
      }
    }
    return dir;
  });
  return { path: dirs.join(delimiter), dirs };
}

const npmNotWanted = async (): Promise<NpmChromium> => {
  throw new Error('the npm Chromium should not be loaded when a system one is on PATH');
};

describe('resolveChromium', () => {
  it('uses a system Chromium found on PATH, whichever folder holds it', async () => {
    const { path, dirs } = fakePath({}, { 'chromium-browser': 'exec' });
    const choice = await resolveChromium(path, npmNotWanted);
    expect(choice).toMatchObject({ source: 'system', executablePath: join(dirs[1]!, 'chromium-browser') });
    expect(choice.args).toContain('--no-sandbox');
  });

  it('prefers Chromium to Chrome, and skips files it may not run and folders named like a browser', async () => {
    const { path, dirs } = fakePath({ 'google-chrome': 'exec' }, { chromium: 'plain', 'chromium-browser': 'folder' }, { 'chromium-browser': 'exec' });
    const choice = await resolveChromium(path, npmNotWanted);
    expect(choice.executablePath).toBe(join(dirs[2]!, 'chromium-browser'));
  });

  it('ignores empty and relative PATH entries, which depend on the working folder', async () => {
    const { path } = fakePath({});
    const stub: NpmChromium = { args: [], executablePath: async () => '/npm/chromium' };
    const choice = await resolveChromium(['', '.', 'bin', path].join(delimiter), async () => stub);
    expect(choice.source).toBe('npm');
  });

  it('falls back to @sparticuz/chromium when no system Chromium is on PATH, without its Lambda-only flags', async () => {
    const { path } = fakePath({ 'not-a-browser': 'exec' });
    const stub: NpmChromium = {
      args: ['--no-zygote', '--single-process', '--disable-web-security', '--allow-running-insecure-content', '--no-sandbox'],
      executablePath: async () => '/fake/unpacked/chromium',
    };
    const choice = await resolveChromium(path, async () => stub);
    expect(choice.source).toBe('npm');
    expect(choice.executablePath).toBe('/fake/unpacked/chromium');
    expect(choice.args).toEqual(expect.arrayContaining(['--no-zygote', '--no-sandbox', '--disable-background-networking']));
    expect(choice.args).not.toContain('--single-process'); // the browser would end with the first test's context
    expect(choice.args).not.toContain('--disable-web-security');
    expect(choice.args).not.toContain('--allow-running-insecure-content');
  });

  it('unpacks the real @sparticuz/chromium when PATH has none: an executable browser with its flags', async () => {
    const choice = await resolveChromium('');
    expect(choice.source).toBe('npm');
    expect(isExecutableFile(choice.executablePath)).toBe(true);
    expect(choice.args).toContain('--no-sandbox');
  }, 120_000);
});

describe('chromiumDescription', () => {
  it('names the browser, its version and where it came from in one line', () => {
    const system = chromiumDescription({ source: 'system', executablePath: '/fake/bin/chromium', args: [] }, '143.0.1');
    expect(system).toBe('Browser tests run in system Chromium 143.0.1 at /fake/bin/chromium (found on PATH).');
    const npm = chromiumDescription({ source: 'npm', executablePath: '/fake/tmp/chromium', args: [] }, '143.0.7499.0');
    expect(npm).toMatch(/^Browser tests run in Chromium 143\.0\.7499\.0 from @sparticuz\/chromium \d+\.\d+\.\d+ \(npm registry\), unpacked at \/fake\/tmp\/chromium: no chromium, chromium-browser, google-chrome-stable, google-chrome on PATH\.$/);
    expect(npm).not.toContain('\n');
  });
});

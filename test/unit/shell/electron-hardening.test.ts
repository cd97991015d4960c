/**
 * The desktop shell's security settings, checked without Electron: the
 * window's web preferences, the session's permission handlers, where the
 * SQLite addon may come from, and that only the thin shell imports electron.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSessionLike } from '../../../src-main/shell/session-hardening';
import { sqliteBindingFor, SQLITE_BINDING_ENV } from '../../../src-main/shell/sqlite-binding';
import { mainWindowOptions } from '../../../src-main/shell/web-preferences';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('main window web preferences', () => {
  it('sandboxes the renderer with context isolation, no Node anywhere and web security on', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences).not.toHaveProperty('additionalArguments');
  });
});

describe('session permissions', () => {
  it('denies every permission request and every permission check', () => {
    let request: Parameters<PermissionSessionLike['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<PermissionSessionLike['setPermissionCheckHandler']>[0] | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal', 'fullscreen', 'hid', 'serial']) {
      const answers: boolean[] = [];
      request!({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(check!({}, permission, 'app://renderer'), permission).toBe(false);
    }
  });
});

describe('SQLite addon location', () => {
  const env = { [SQLITE_BINDING_ENV]: '/tmp/evil/better_sqlite3.node' };

  it('honours LOOKALIKE_SQLITE_BINDING only when the app is not packaged', () => {
    expect(sqliteBindingFor(false, env)).toBe('/tmp/evil/better_sqlite3.node');
    expect(sqliteBindingFor(true, env)).toBeUndefined();
    expect(sqliteBindingFor(false, {})).toBeUndefined();
    expect(sqliteBindingFor(false, { [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
  });

  it('is never read from the environment by the workspace code itself', () => {
    const offenders = sourceFiles(join(ROOT, 'src-main'))
      .filter((file) => !file.endsWith(join('shell', 'sqlite-binding.ts')))
      .filter((file) => readFileSync(file, 'utf8').includes(SQLITE_BINDING_ENV));
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

describe('electron import boundary', () => {
  it('lets only the thin shell and the preload import electron', () => {
    const importers = ['src-main', 'src-model', 'src-workers']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => /from ['"]electron['"]|require\(['"]electron['"]\)|import\(['"]electron['"]\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .sort();
    expect(importers).toEqual(['src-main/preload/index.ts', 'src-main/shell/main.ts', 'src-main/shell/menu.ts', 'src-main/shell/window.ts']);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry) ? [path] : [];
  });
}

#!/usr/bin/env node
/**
 * `npm start`, run after `electron-vite build`: launches the desktop app when
 * the Electron binary is installed, otherwise serves the same built renderer
 * from the loopback web host and prints the URL to open in a browser.
 * Extra arguments go to the web host (`npm start -- --db my.db --port 5000`);
 * the desktop app reads its workspace from LOOKALIKE_DB instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** The Electron executable, or null: `require('electron')` throws when its binary was never downloaded. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and the CLI need
 * that). Electron needs the addon built for its own ABI: build it once in a
 * copy under .electron-native/<electron version>/ with @electron/rebuild and
 * hand its path to the app through LOOKALIKE_SQLITE_BINDING (shell/sqlite-binding.ts;
 * a packaged app ignores it).
 */
function electronSqliteBinding() {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const dir = join(root, '.electron-native', version);
  const binding = join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`Building the SQLite addon for Electron ${version} (once)…`);
  cpSync(join(root, 'node_modules/better-sqlite3'), join(dir, 'node_modules/better-sqlite3'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  const rebuild = spawnSync(
    process.execPath,
    [require.resolve('@electron/rebuild/lib/cli.js'), '--version', version, '--module-dir', dir, '--only', 'better-sqlite3', '--force'],
    { stdio: 'inherit' },
  );
  if (rebuild.status !== 0 || !existsSync(binding)) throw new Error('Could not build better-sqlite3 for Electron; see the output above.');
  return binding;
}

function run(command, args, cwd, env = process.env) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  run(electron, ['.'], root, { ...process.env, LOOKALIKE_SQLITE_BINDING: electronSqliteBinding() });
} else {
  console.log('Electron is not installed here, so Lookalike Studio runs in your browser instead:');
  run(process.execPath, [require.resolve('tsx/cli'), fileURLToPath(new URL('../src-main/webhost/main.ts', import.meta.url)), ...process.argv.slice(2)], process.cwd());
}

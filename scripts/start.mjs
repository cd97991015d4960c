#!/usr/bin/env node
/**
 * `npm start`, run after `electron-vite build`: launches the desktop app when
 * the Electron binary is installed, otherwise serves the same built renderer
 * from the loopback web host and prints the URL to open in a browser.
 * Extra arguments go to the web host (`npm start -- --db my.db --port 5000`);
 * the desktop app reads its workspace from LOOKALIKE_DB instead.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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

function run(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  run(electron, ['.'], root);
} else {
  console.log('Electron is not installed here, so Lookalike Studio runs in your browser instead:');
  run(process.execPath, [require.resolve('tsx/cli'), fileURLToPath(new URL('../src-main/webhost/main.ts', import.meta.url)), ...process.argv.slice(2)], process.cwd());
}

#!/usr/bin/env node
// Global-install entry: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runCli } = await import(pathToFileURL(join(root, 'src-main/cli/main.ts')).href);
process.exitCode = await runCli(process.argv.slice(2));

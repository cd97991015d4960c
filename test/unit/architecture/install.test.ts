/**
 * `npm install` must succeed where the Electron binary cannot be downloaded
 * (issue 10): electron is an optional dependency, so its failed download does
 * not fail the install, and electron-builder is told the version it would have
 * read from the package — kept equal to the one the lock file installs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const json = (file: string) => JSON.parse(readFileSync(`${ROOT}/${file}`, 'utf8'));

describe('install without the Electron binary', () => {
  it('electron is an optional dependency, and nothing else depends on it at install time', () => {
    const pkg = json('package.json');
    expect(pkg.optionalDependencies?.electron).toBeTruthy();
    expect(pkg.dependencies?.electron).toBeUndefined();
    expect(pkg.devDependencies?.electron).toBeUndefined();
    expect(Object.keys(pkg.scripts)).not.toContain('postinstall');
  });

  it("electron-builder's electronVersion is the version the lock file installs", () => {
    const locked = json('package-lock.json').packages['node_modules/electron'];
    expect(locked.optional).toBe(true);
    const builder = readFileSync(`${ROOT}/electron-builder.yml`, 'utf8');
    const version = /^electronVersion:\s*(\S+)\s*$/m.exec(builder)?.[1];
    expect(version).toBe(locked.version);
  });
});

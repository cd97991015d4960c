/**
 * The electron-builder afterPack hook that burns Electron's fuses, run on a
 * stand-in binary carrying a fuse wire (the real Electron binary is not
 * installed where the tests run), and the packaging config that calls it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import afterPack, { electronBinaryPath, FUSES } from '../../../scripts/electron-fuses.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** @electron/fuses' marker before the wire: version 1, then the wire's length, then one byte per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** A fake linux Electron executable whose eight fuses are in Electron's defaults (the risky ones on). */
function fakeLinuxBuild(): { context: Parameters<typeof afterPack>[0]; binary: string } {
  dir = mkdtempSync(join(tmpdir(), 'lookalike-fuses-'));
  const defaults = '10110000'; // RunAsNode, NODE_OPTIONS, --inspect on; integrity, asar-only off; …
  const binary = join(dir, 'lookalike-studio');
  writeFileSync(binary, Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(defaults), Buffer.from('…more code…')]));
  return {
    binary,
    context: { appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'lookalike-studio', appInfo: { productFilename: 'Lookalike Studio' } } },
  };
}

describe('Electron fuses at package time', () => {
  it('turns off run-as-node, NODE_OPTIONS and --inspect, and turns on asar integrity and asar-only loading', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    // Every fuse the library knows is decided, none left to Electron's default.
    const known = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(Object.keys(FUSES).map(Number).sort()).toEqual([...known].sort());
  });

  it('flips the fuses in the packaged binary and leaves the rest of it as it was', async () => {
    const { context, binary } = fakeLinuxBuild();
    const before = readFileSync(binary);
    await afterPack(context);
    const wire = await getCurrentFuseWire(binary);
    for (const [fuse, on] of Object.entries(FUSES)) expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(on ? ENABLED : DISABLED);
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    expect(after.subarray(0, wireStart)).toEqual(before.subarray(0, wireStart));
    expect(after.subarray(wireStart + 8)).toEqual(before.subarray(wireStart + 8));
  });

  it('fails the build when the binary has no fuse wire', async () => {
    const { context, binary } = fakeLinuxBuild();
    writeFileSync(binary, 'not electron');
    await expect(afterPack(context)).rejects.toThrow(/sentinel/);
  });

  it('finds the executable electron-builder made on each platform', () => {
    const packager = { executableName: 'lookalike-studio', appInfo: { productFilename: 'Lookalike Studio' } };
    expect(electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'linux', arch: 1, packager })).toBe('/out/lookalike-studio');
    expect(electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'win32', arch: 1, packager })).toBe(join('/out', 'Lookalike Studio.exe'));
    expect(electronBinaryPath({ appOutDir: '/out', electronPlatformName: 'darwin', arch: 3, packager })).toBe(join('/out', 'Lookalike Studio.app'));
  });

  it('is the afterPack hook of the packaging config, which packs the app into an asar', () => {
    const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: \.\/scripts\/electron-fuses\.mjs$/m);
    expect(config).toMatch(/^asar: true$/m);
    // electron-builder's own fuse option would flip them a second time, from another list.
    expect(config).not.toMatch(/^electronFuses:/m);
  });
});

/**
 * electron-builder `afterPack` hook (electron-builder.yml): burns Electron's
 * fuses into the packaged binary, before it is signed. Fuses are switches
 * compiled into the Electron executable; set here, no flag, variable or file
 * can turn the features back on in the shipped app (issue 9, Electron hardening):
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node
 *   that runs any script with the app's signature and permissions;
 * - NODE_OPTIONS and --inspect/--inspect-brk off: no code injected at start,
 *   no debugger attached to the main process;
 * - embedded asar integrity on and only load the app from app.asar: the code
 *   that runs is the code that was packaged (macOS and Windows check the hash);
 * - file:// loses its extra privileges (the window loads app://), cookies are
 *   encrypted, and the browser-process V8 snapshot is the stock one.
 * After flipping, the wire is read back and the build fails if any fuse
 * did not take. test/unit/shell/electron-fuses.test.ts runs this hook on a
 * stand-in binary.
 */
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/** Fuse → state. Every fuse @electron/fuses knows is set explicitly. */
export const FUSES = Object.freeze({
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** The fuse wire's byte for an enabled and a disabled fuse (@electron/fuses FuseState). */
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);
/** electron-builder's Arch enum: arm64 and universal macOS builds must be re-signed ad hoc after the binary changes. */
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/** The executable electron-builder produced in `appOutDir` (the same rule as its own fuse support). */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(binary, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: darwin && (context.arch === ARCH_ARM64 || context.arch === ARCH_UNIVERSAL),
    ...FUSES,
  });
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.entries(FUSES)
    .filter(([fuse, on]) => wire[fuse] !== (on ? ENABLED : DISABLED))
    .map(([fuse]) => FuseV1Options[fuse]);
  if (wrong.length > 0) throw new Error(`Electron fuses not set in ${binary}: ${wrong.join(', ')}`);
}

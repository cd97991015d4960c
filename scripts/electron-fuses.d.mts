/** Types of scripts/electron-fuses.mjs, for the test that runs it. */
import type { FuseV1Options } from '@electron/fuses';

export const FUSES: Readonly<Record<FuseV1Options, boolean>>;

/** The part of electron-builder's AfterPackContext the hook reads. */
export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { executableName: string; appInfo: { productFilename: string } };
}

export function electronBinaryPath(context: AfterPackContextLike): string;
export default function afterPack(context: AfterPackContextLike): Promise<void>;

import type { ApiBridge } from '../../../src-main/contract/bridge';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by src-main/preload. */
    readonly api?: ApiBridge;
  }
}

export {};

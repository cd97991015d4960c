/**
 * The slice of the WebAssembly JS API the kernels use, typed locally.
 * TypeScript declares `WebAssembly` only in the DOM libs, which the Node
 * config (tsconfig.node.json) leaves out on purpose; a global declaration
 * here could clash with one added elsewhere, so this module types exactly
 * what it reads from `globalThis` and nothing more.
 */

export interface WasmMemory {
  /** A SharedArrayBuffer for shared memories; replaced (not resized) when the memory grows. */
  readonly buffer: ArrayBufferLike;
  grow(deltaPages: number): number;
}

export interface WasmMemoryDescriptor {
  initial: number;
  maximum?: number;
  shared?: boolean;
}

/** An opaque compiled module; cloneable to worker threads. */
export type WasmModule = object;

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

interface WebAssemblyApi {
  Memory: new (descriptor: WasmMemoryDescriptor) => WasmMemory;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => WasmInstance;
}

export const webAssembly: WebAssemblyApi = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;

/** WebAssembly's page size: memories are sized in 64 KiB pages. */
export const WASM_PAGE_BYTES = 65536;
/** A 32-bit memory addresses at most 2³² bytes (65536 pages). */
export const WASM_MAX_PAGES = 65536;

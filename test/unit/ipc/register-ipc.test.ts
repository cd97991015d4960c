import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../src-main/contract/methods';
import type { Result } from '../../../src-main/contract/errors';
import { JsonText } from '../../../src-main/contract/json-text';
import { createApiBridge } from '../../../src-main/preload/api-bridge';
import type { Dispatch } from '../../../src-main/ipc/dispatch';
import { registerIpc, type IpcInvokeEventLike, type IpcMainLike } from '../../../src-main/ipc/register-ipc';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

/** Records handlers like Electron's ipcMain and lets the test invoke them. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  async invoke(channel: string, frameUrl: string | null, payload?: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, payload);
  }
}

const TRUSTED = 'file:///opt/lookalike/out/renderer/index.html';
const isTrusted = (url: string) => url === TRUSTED;

function setup() {
  const ipcMain = new FakeIpcMain();
  const dispatch = vi.fn<Dispatch>(async (method, payload): Promise<Result<unknown>> => ({ ok: true, data: { method, payload } }));
  const unregister = registerIpc(ipcMain, dispatch, isTrusted);
  return { ipcMain, dispatch, unregister };
}

describe('registerIpc', () => {
  it('registers one app:-prefixed channel per contract method', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(API_METHODS.map((m) => `app:${m}`).sort());
  });

  it('passes a trusted call to dispatch with its method and payload', async () => {
    const { ipcMain, dispatch } = setup();

    const reply = await ipcMain.invoke('app:imports.rejects', TRUSTED, { batchId: 2 });

    expect(dispatch).toHaveBeenCalledWith('imports.rejects', { batchId: 2 });
    expect(reply).toEqual({ ok: true, data: { method: 'imports.rejects', payload: { batchId: 2 } } });
  });

  it('sends an answer already in JSON as its text, which the preload bridge turns back into the envelope', async () => {
    const ipcMain = new FakeIpcMain();
    const preview = { file: 'wide.csv', columns: [{ header: 'a\u2028"b"' }], sampleRows: [{ rowNumber: 2, cells: ['=1', ''] }] };
    registerIpc(ipcMain, async () => ({ ok: true, data: JsonText.of(preview) }), isTrusted);

    const sent = await ipcMain.invoke('app:imports.preview', TRUSTED, { path: 'wide.csv' });
    expect(sent).toEqual({ ok: true, json: JSON.stringify(preview) });
    const bridge = createApiBridge(async () => sent, () => () => undefined);
    expect(await bridge['imports.preview']({ path: 'wide.csv' })).toEqual({ ok: true, data: preview });
  });

  it('refuses a call from an untrusted frame without dispatching it', async () => {
    const { ipcMain, dispatch } = setup();

    await expect(ipcMain.invoke('app:workspace.info', 'https://evil.example/')).rejects.toThrow(/untrusted sender/);
    await expect(ipcMain.invoke('app:workspace.info', 'file:///tmp/downloaded.html')).rejects.toThrow(/untrusted sender/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    const { ipcMain, dispatch } = setup();
    await expect(ipcMain.invoke('app:imports.list', null)).rejects.toThrow(/untrusted sender/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes every channel it registered when disposed, so it can register again', () => {
    const { ipcMain, dispatch, unregister } = setup();
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => registerIpc(ipcMain, dispatch, isTrusted)).not.toThrow();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../src-main/contract/methods';
import { createApiBridge, type Subscribe } from '../../../src-main/preload/api-bridge';

const noSubscribe: Subscribe = () => () => undefined;

describe('createApiBridge', () => {
  it('exposes exactly the contract methods and on(), and nothing that could reach other channels', () => {
    const bridge = createApiBridge(vi.fn(), noSubscribe);
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes app:<method> with the payload and returns the envelope untouched', async () => {
    const envelope = { ok: true, data: { batchId: 4, total: 0, rows: [] } };
    const invoke = vi.fn(async () => envelope);
    const bridge = createApiBridge(invoke, noSubscribe);

    const reply = await bridge['imports.rejects']({ batchId: 4 });

    expect(invoke).toHaveBeenCalledWith('app:imports.rejects', { batchId: 4 });
    expect(reply).toBe(envelope);
  });

  it('subscribes to a contract event on its app-event: channel, handing the listener the payload only', () => {
    const handlers = new Map<string, (payload: unknown) => void>();
    const unsubscribe = vi.fn();
    const subscribe = vi.fn<Subscribe>((channel, handler) => {
      handlers.set(channel, handler);
      return unsubscribe;
    });
    const bridge = createApiBridge(vi.fn(), subscribe);
    const listener = vi.fn();

    const stop = bridge.on('jobs.progress', listener);
    handlers.get('app-event:jobs.progress')!({ jobId: 3, status: 'running', phase: 'embedding', processed: 5, total: 10 });
    stop();

    expect(listener).toHaveBeenCalledExactlyOnceWith({ jobId: 3, status: 'running', phase: 'embedding', processed: 5, total: 10 });
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('refuses event names outside the contract, so the renderer cannot listen on other channels', () => {
    const subscribe = vi.fn<Subscribe>(() => () => undefined);
    const bridge = createApiBridge(vi.fn(), subscribe);
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('../app:workspace.info', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('jobs.progress', 'nope' as unknown as () => void)).toThrow(TypeError);
    expect(subscribe).not.toHaveBeenCalled();
  });
});

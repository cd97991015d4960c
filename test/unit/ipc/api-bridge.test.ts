import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../src-main/contract/methods';
import { createApiBridge } from '../../../src-main/preload/api-bridge';

describe('createApiBridge', () => {
  it('exposes exactly the contract methods and nothing that could reach other channels', () => {
    const bridge = createApiBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes app:<method> with the payload and returns the envelope untouched', async () => {
    const envelope = { ok: true, data: { batchId: 4, total: 0, rows: [] } };
    const invoke = vi.fn(async () => envelope);
    const bridge = createApiBridge(invoke);

    const reply = await bridge['imports.rejects']({ batchId: 4 });

    expect(invoke).toHaveBeenCalledWith('app:imports.rejects', { batchId: 4 });
    expect(reply).toBe(envelope);
  });
});

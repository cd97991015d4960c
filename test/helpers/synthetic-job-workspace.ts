/**
 * The engine and pipeline tests' workspace: `leads` synthetic leads
 * (test/bench/lib/synthetic-workspace.ts), a list of the first `examples`
 * won ones as a job's examples, and a compute pool of two threads. One per
 * test file: `open()` in its beforeAll (`prepare` may change the records
 * before the list is made), `close()` in its afterAll.
 */
import { createComputePool, type ComputePool } from '../../src-main/compute/pool';
import { seedSyntheticWorkspace } from '../bench/lib/synthetic-workspace';
import { wonListOf } from './engine-workspace';
import { tempWorkspace } from './temp-workspace';

export class SyntheticJobWorkspace {
  /** Set by open(). */
  pool!: ComputePool;
  ws!: ReturnType<typeof tempWorkspace>;
  /** The list of the examples. */
  list!: number;

  constructor(
    private readonly leads: number,
    private readonly examples: number,
  ) {}

  open(prepare?: (ws: ReturnType<typeof tempWorkspace>) => void): void {
    this.pool = createComputePool({ threads: 2 });
    this.ws = tempWorkspace();
    seedSyntheticWorkspace(this.ws.db, this.leads);
    prepare?.(this.ws);
    this.list = wonListOf(this.ws, this.examples);
  }

  async close(): Promise<void> {
    await this.pool.close();
    this.ws.cleanup();
  }
}

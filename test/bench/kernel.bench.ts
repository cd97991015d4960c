/**
 * The scoring kernels on a million embeddings: how long one query takes to
 * score every row, by each path, next to numpy's `M @ q` on the same matrix.
 *
 *   npx tsx test/bench/kernel.bench.ts [--rows 1000000] [--dim 256] [--runs 9] [--k 1000] [--seed 1] [--no-numpy] [--no-threads]
 *
 * Paths: the plain JavaScript loop (reference.ts); the float32 SIMD kernel
 * over every row; the int8 SIMD pre-pass alone; the pre-pass + exact
 * re-score of the rows that can reach the top K (the production path, which
 * must equal the float top K: checked and printed); the same split over 2
 * worker threads sharing the matrix memory. numpy runs in a python3 child on
 * the same float32 matrix, read from a temp raw file; its scores are compared
 * with ours. Times are medians of --runs runs (JavaScript loop: 3 runs),
 * taken round-robin across all paths, numpy included, so a machine that gets
 * busier halfway through slows every path alike rather than the last ones;
 * each timed run follows an untimed one of the same path.
 *
 * The embeddings imitate the embed task's output: per part (company, lead)
 * one-hot or few-hot blocks drawn with skewed frequencies plus a few dense
 * projection lanes, each block unit-normalised and weighted, each part
 * unit-normalised; 10% of rows have no lead part. Skewed one-hot features
 * make many rows score alike, as real CRM data does, which is the hard case
 * for the pre-pass (many near-ties near the cut).
 *
 * A benchmark prints figures and a verdict; it does not assert.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { referenceScores } from '../../src-model/vector-search/reference';
import { RowScorer, scorerForHandle, type PrepassSearchResult } from '../../src-model/vector-search/row-scorer';
import { mergeTopK, type TopK } from '../../src-model/vector-search/topk';
import { VectorStore, type VectorStoreHandle } from '../../src-model/vector-search/vector-store';
import { profileQuery, weightedCentroid } from '../../src-model/vector-search/vectors';
import { count, megabytes, table, verdict } from './lib/format';
import { mixSeed, mulberry32, WeightedTable, type Prng } from './lib/prng';
import { describeMachine } from './lib/system-info';
import { createTempDir } from './lib/temp-dir';

// ─── worker side ────────────────────────────────────────────────────────────

type WorkerRequest =
  | { kind: 'topK'; handle: VectorStoreHandle; slot: number; first: number; count: number; q: Float32Array; k: number }
  | { kind: 'exact' | 'prepass'; handle: VectorStoreHandle; slot: number; first: number; count: number; q: Float32Array };

type WorkerReply = { topK: TopK | null; candidates: number };

function serveRequests(): void {
  parentPort?.on('message', (request: WorkerRequest) => {
    const scorer = scorerForHandle(request.handle);
    const range = { first: request.first, count: request.count, slot: request.slot };
    let reply: WorkerReply = { topK: null, candidates: 0 };
    if (request.kind === 'topK') {
      const result = scorer.topK(request.q, { ...range, k: request.k });
      reply = { topK: { rows: result.rows, scores: result.scores }, candidates: result.candidates };
    } else if (request.kind === 'exact') {
      scorer.scoreExact(request.q, range);
    } else {
      scorer.scoreApproximate(request.q, range);
    }
    parentPort?.postMessage(reply);
  });
}

// ─── data ───────────────────────────────────────────────────────────────────

/** A block of the synthetic layout: `hot` lanes set per row, drawn with Zipf-like skew; or `dense` gaussian lanes. */
interface SyntheticBlock {
  size: number;
  weight: number;
  hot?: [number, number];
  dense?: boolean;
}

const COMPANY_PART: SyntheticBlock[] = [
  { size: 20, weight: 1, hot: [1, 1] }, // industry
  { size: 5, weight: 0.6, hot: [1, 1] }, // size band
  { size: 30, weight: 0.8, hot: [1, 1] }, // geography
  { size: 20, weight: 0.8, hot: [0, 5] }, // tech
  { size: 20, weight: 0.5, hot: [0, 3] }, // intent
  { size: 33, weight: 0.5, dense: true }, // projection of other fields
];
const LEAD_PART: SyntheticBlock[] = [
  { size: 5, weight: 1, hot: [1, 1] }, // seniority
  { size: 9, weight: 1, hot: [1, 1] }, // role family
  { size: 20, weight: 0.7, hot: [0, 3] }, // title keywords
  { size: 5, weight: 0.5, hot: [0, 1] }, // engagement
  { size: 89, weight: 0.5, dense: true },
];
const DENSE_LANES_SET = 6;

function gaussian(prng: Prng): number {
  return Math.sqrt(-2 * Math.log(1 - prng.next())) * Math.cos(2 * Math.PI * prng.next());
}

/** Scales a part's blocks (lanes start..start+size) to unit length, then the part. */
function fillPart(row: Float32Array, start: number, blocks: SyntheticBlock[], tables: WeightedTable<number>[], prng: Prng): void {
  let at = start;
  blocks.forEach((block, b) => {
    let sumSquares = 0;
    if (block.dense) {
      for (let n = 0; n < DENSE_LANES_SET; n++) {
        const lane = at + prng.int(0, block.size - 1);
        row[lane] = gaussian(prng);
      }
    } else if (block.hot) {
      const hot = prng.int(block.hot[0], block.hot[1]);
      for (let n = 0; n < hot; n++) row[at + (tables[b] as WeightedTable<number>).at(prng.next())] = 1;
    }
    for (let i = at; i < at + block.size; i++) sumSquares += (row[i] as number) ** 2;
    if (sumSquares > 0) {
      const scale = block.weight / Math.sqrt(sumSquares);
      for (let i = at; i < at + block.size; i++) row[i] = (row[i] as number) * scale;
    }
    at += block.size;
  });
  let partSquares = 0;
  for (let i = start; i < at; i++) partSquares += (row[i] as number) ** 2;
  if (partSquares > 0) {
    const scale = 1 / Math.sqrt(partSquares);
    for (let i = start; i < at; i++) row[i] = (row[i] as number) * scale;
  }
}

function zipfTables(blocks: SyntheticBlock[]): WeightedTable<number>[] {
  return blocks.map((block) => new WeightedTable(Array.from({ length: block.size }, (_, i) => [i, 1 / (i + 1)] as const)));
}

function fillEmbeddings(store: VectorStore, seed: number): void {
  if (store.dim !== 256) throw new Error('the synthetic layout is for dim 256');
  const companyTables = zipfTables(COMPANY_PART);
  const leadTables = zipfTables(LEAD_PART);
  const prng = mulberry32(seed);
  for (let r = 0; r < store.rows; r++) {
    const row = store.row(r);
    fillPart(row, 0, COMPANY_PART, companyTables, prng);
    if (!prng.chance(0.1)) fillPart(row, 128, LEAD_PART, leadTables, prng);
  }
}

/** The profile query of 50 seeded "won" rows, weights 1–3, parts 0.7 / 0.3. */
function profileOf(store: VectorStore, seed: number): Float32Array {
  const prng = mulberry32(mixSeed(seed, 0x9e37));
  const rows = Array.from({ length: 50 }, () => prng.int(0, store.rows - 1));
  const weights = rows.map(() => prng.int(1, 3));
  const centroid = weightedCentroid(store.vectors, store.stride, rows, weights);
  return profileQuery(centroid, [{ start: 0, end: 128 }, { start: 128, end: 256 }], [0.7, 0.3]);
}

// ─── timing ─────────────────────────────────────────────────────────────────

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const sameTopK = (a: TopK, b: TopK): boolean =>
  a.rows.length === b.rows.length && a.rows.every((row, i) => row === b.rows[i] && a.scores[i] === b.scores[i]);

// ─── threads ────────────────────────────────────────────────────────────────

/** Workers running this same file; tsx is registered inside each, since a worker does not inherit the loader. */
function startWorkers(n: number): Worker[] {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return Array.from({ length: n }, () => new Worker(bootstrap, { eval: true }));
}

function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(request);
  });
}

async function sharded(workers: Worker[], store: VectorStore, build: (slot: number, first: number, count: number) => WorkerRequest): Promise<WorkerReply[]> {
  const per = Math.ceil(store.rows / workers.length);
  return Promise.all(
    workers.map((worker, w) => {
      const first = Math.min(store.rows, w * per);
      return ask(worker, build(w, first, Math.min(per, store.rows - first)));
    }),
  );
}

// ─── numpy ──────────────────────────────────────────────────────────────────

/**
 * numpy as a long-lived child: it loads the matrix once, then times one
 * `M @ q` per "run" line, so its runs interleave with ours and a busy
 * machine slows both alike.
 */
const NUMPY_SCRIPT = `
import json, resource, sys, time
import numpy as np
matrix_path, query_path, ours_path, rows, dim = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
M = np.fromfile(matrix_path, dtype=np.float32).reshape(rows, dim)
q = np.fromfile(query_path, dtype=np.float32)
s = M @ q
ours = np.fromfile(ours_path, dtype=np.float32)
print(json.dumps({"numpy": np.__version__, "maxAbsDiff": float(np.max(np.abs(ours - s)))}), flush=True)
for line in sys.stdin:
    if line.strip() == "run":
        t = time.perf_counter()
        s = M @ q
        print(json.dumps({"ms": (time.perf_counter() - t) * 1000}), flush=True)
    else:
        break
print(json.dumps({"peakRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
`;

interface NumpyChild {
  version: string;
  maxAbsDiff: number;
  /** Times one M @ q in the child. */
  run(): Promise<number>;
  /** Ends the child; resolves to its peak RSS in bytes. */
  close(): Promise<number>;
}

async function startNumpy(store: VectorStore, q: Float32Array, ours: Float32Array, dir: string): Promise<NumpyChild | string> {
  if (spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status !== 0) return 'python3 with numpy not available';
  if (store.stride !== store.dim) return 'numpy comparison needs dim to be a multiple of 16';
  const matrixPath = join(dir, 'matrix.f32');
  const fd = openSync(matrixPath, 'w');
  const bytes = new Uint8Array(store.vectors.buffer, store.vectors.byteOffset, store.vectors.byteLength);
  for (let at = 0; at < bytes.length; at += 1 << 26) writeSync(fd, bytes.subarray(at, Math.min(bytes.length, at + (1 << 26))));
  closeSync(fd);
  writeFileSync(join(dir, 'query.f32'), new Uint8Array(q.buffer, q.byteOffset, q.byteLength));
  writeFileSync(join(dir, 'ours.f32'), new Uint8Array(ours.buffer, ours.byteOffset, ours.byteLength));
  writeFileSync(join(dir, 'numpy_matvec.py'), NUMPY_SCRIPT);
  const child = spawn(
    'python3',
    [join(dir, 'numpy_matvec.py'), matrixPath, join(dir, 'query.f32'), join(dir, 'ours.f32'), String(store.rows), String(store.dim)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => {
    const line = await lines.next();
    if (line.done === true) throw new Error('the numpy child exited early');
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const hello = await next();
  return {
    version: String(hello.numpy),
    maxAbsDiff: Number(hello.maxAbsDiff),
    run: async () => {
      child.stdin.write('run\n');
      return Number((await next()).ms);
    },
    close: async () => {
      child.stdin.end('quit\n');
      return Number((await next()).peakRssKiB) * 1024;
    },
  };
}

// ─── main ───────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      dim: { type: 'string', default: '256' },
      runs: { type: 'string', default: '9' },
      k: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'no-numpy': { type: 'boolean', default: false },
      'no-threads': { type: 'boolean', default: false },
    },
  });
  const rows = Number(values.rows);
  const dim = Number(values.dim);
  const runs = Number(values.runs);
  const k = Number(values.k);
  const seed = Number(values.seed);

  console.log(`Scoring kernels: ${count(rows)} × ${dim} embeddings, top ${count(k)}, median of ${runs} runs`);
  console.log(describeMachine());
  let started = performance.now();
  const store = VectorStore.create({ rows, dim, slots: 2 });
  fillEmbeddings(store, seed);
  const generateMs = performance.now() - started;
  started = performance.now();
  store.quantize();
  const quantizeMs = performance.now() - started;
  const q = profileOf(store, seed);
  console.log(
    `memory ${megabytes(store.layout.byteLength)} (float32 ${megabytes(rows * store.stride * 4)}, int8 ${megabytes(rows * store.stride)}); ` +
      `generated in ${(generateMs / 1000).toFixed(1)} s, quantised in ${(quantizeMs / 1000).toFixed(2)} s`,
  );

  const scorer = new RowScorer(store);
  const exactTopK = scorer.topKExact(q, { k });
  const ours = Float32Array.from(scorer.scoreExact(q));
  let fast: PrepassSearchResult = scorer.topK(q, { k });
  let merged: TopK | null = null;
  let threadedCandidates = 0;

  /** One measured path; runs interleave round by round so load changes hit every path alike. */
  interface Path {
    label: string;
    runs: number;
    run: () => void | Promise<unknown>;
    note?: () => string;
    isNumpy?: boolean;
  }
  const paths: Path[] = [
    { label: 'JavaScript reference loop (1 thread)', runs: Math.min(runs, 3), run: () => void referenceScores(store.vectors, store.stride, q) },
    { label: 'WASM f32x4 kernel, all rows', runs, run: () => void scorer.scoreExact(q) },
    { label: 'WASM int8 pre-pass alone', runs, run: () => void scorer.scoreApproximate(q) },
    { label: `f32 all rows + top ${k}`, runs, run: () => void scorer.topKExact(q, { k }) },
    {
      label: `int8 pre-pass + exact re-score, top ${k}`,
      runs,
      run: () => {
        fast = scorer.topK(q, { k });
      },
      note: () => `${count(fast.candidates)} re-scored`,
    },
  ];

  const workers = values['no-threads'] ? [] : startWorkers(2);
  if (workers.length > 0) {
    const base = { handle: store.handle, q };
    paths.push(
      {
        label: 'WASM f32x4 kernel, all rows, 2 threads',
        runs,
        run: () => sharded(workers, store, (slot, first, n) => ({ kind: 'exact', ...base, slot, first, count: n })),
      },
      {
        label: 'WASM int8 pre-pass alone, 2 threads',
        runs,
        run: () => sharded(workers, store, (slot, first, n) => ({ kind: 'prepass', ...base, slot, first, count: n })),
      },
      {
        label: `int8 + re-score, top ${k}, 2 threads`,
        runs,
        run: async () => {
          const replies = await sharded(workers, store, (slot, first, n) => ({ kind: 'topK', ...base, slot, first, count: n, k }));
          merged = mergeTopK(replies.map((reply) => reply.topK as TopK), k);
          threadedCandidates = replies.reduce((sum, reply) => sum + reply.candidates, 0);
        },
        note: () => `${count(threadedCandidates)} re-scored`,
      },
    );
  }

  const temp = await createTempDir('kernel-bench-');
  let numpy: NumpyChild | string = 'skipped (--no-numpy)';
  let numpyPeakRss = 0;
  try {
    if (!values['no-numpy']) numpy = await startNumpy(store, q, ours, temp.path);
    const numpyChild = typeof numpy === 'string' ? null : numpy;
    if (numpyChild !== null) {
      paths.push({ label: 'numpy M @ q (OpenBLAS, 2 threads)', runs, run: () => numpyChild.run(), isNumpy: true });
    }
    // Warm every path once (JIT, worker start-up, page faults), then interleave.
    for (const path of paths) await path.run();
    const times = new Map<Path, number[]>(paths.map((path) => [path, []]));
    for (let round = 0; round < runs; round++) {
      for (const path of paths) {
        if (round >= path.runs) continue;
        // An untimed run first: on a VM an idle second core wakes slowly, which
        // would otherwise penalise whichever 2-thread path follows a 1-thread one.
        await path.run();
        const started = performance.now();
        const reported = await path.run();
        const wall = performance.now() - started;
        // numpy's own perf_counter excludes the pipe round trip.
        (times.get(path) as number[]).push(path.isNumpy === true ? Number(reported) : wall);
        // OpenBLAS threads spin for a while after a call; let them settle before timing us.
        if (path.isNumpy === true) await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    if (numpyChild !== null) numpyPeakRss = await numpyChild.close();
    const numpyPath = paths.find((path) => path.isNumpy === true);
    const numpyMs = numpyPath === undefined ? null : median(times.get(numpyPath) as number[]);

    console.log('');
    console.log(
      table(
        ['path', 'median', 'rows/s', 'vs numpy', ''],
        paths.map((path) => {
          const ms = median(times.get(path) as number[]);
          return [
            path.label,
            `${ms.toFixed(1)} ms`,
            count((rows / ms) * 1000),
            numpyMs === null ? '–' : `${(ms / numpyMs).toFixed(2)}×`,
            path.note?.() ?? '',
          ];
        }),
      ),
    );
    console.log('');
    const threaded = merged === null ? '' : `; 2 threads merged: ${sameTopK(merged, exactTopK) ? 'yes' : 'NO'}`;
    console.log(`int8 + re-score top ${k} equals the f32 top ${k} (rows, order, scores): ${sameTopK(fast, exactTopK) ? 'yes' : 'NO'}${threaded}`);
    if (typeof numpy === 'string') console.log(`numpy: ${numpy}`);
    else console.log(`numpy ${numpy.version}: max |ours − numpy| = ${numpy.maxAbsDiff.toExponential(2)}; python peak RSS ${megabytes(numpyPeakRss)}`);
    console.log(`peak RSS (this process, worker threads included): ${megabytes(process.resourceUsage().maxRSS * 1024)}`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    if (numpyMs !== null) {
      const best = Math.min(...paths.filter((path) => path.label.startsWith('int8 +')).map((path) => median(times.get(path) as number[])));
      console.log(`target: top ${k} at least as fast as numpy's M @ q: ${verdict(best <= numpyMs)} (${best.toFixed(1)} ms vs ${numpyMs.toFixed(1)} ms)`);
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    await temp.remove();
  }
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  serveRequests();
}

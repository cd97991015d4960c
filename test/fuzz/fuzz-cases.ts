/**
 * The fuzz corpus as a pure function of (seed, case number): which base file,
 * which one to three mutations. Case n is the same file on every machine and
 * in every worker, so a failure is reproduced by its seed and number alone.
 */
import { mixSeed, mulberry32 } from '../bench/lib/prng';
import { datasetBases, generatedBases, type BaseFile } from './base-files';
import type { FuzzFile } from './check-import';
import { MUTATIONS } from './mutations';

export const DEFAULT_SEED = 9;

/** Generated exports come in a few variants per seed (other people, other sizes). */
const GENERATED_VARIANTS = 3;

let cached: { seed: number; bases: BaseFile[] } | null = null;

export function baseFiles(seed: number): BaseFile[] {
  if (cached?.seed !== seed) {
    const generated = Array.from({ length: GENERATED_VARIANTS }, (_, v) => generatedBases(mixSeed(seed, v), 100 + 60 * v)).flat();
    cached = { seed, bases: [...datasetBases(), ...generated] };
  }
  return cached.bases;
}

export function fuzzCase(seed: number, index: number): FuzzFile {
  const rng = mulberry32(mixSeed(seed, 0xca5e, index));
  const base = rng.pick(baseFiles(seed));
  let bytes = base.bytes;
  const applied: string[] = [];
  for (let n = rng.int(1, 3); n > 0; n--) {
    const mutation = rng.pick(MUTATIONS);
    bytes = mutation.apply(bytes, rng, { encoding: base.encoding });
    applied.push(mutation.name);
  }
  return { name: `#${index} ${base.name} [${applied.join('; ')}]`, bytes, encoding: base.encoding, nonAsciiChars: base.nonAsciiChars };
}

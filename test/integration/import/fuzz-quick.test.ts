/**
 * The quick tier of the import fuzzer (test/fuzz/): a few hundred mutated
 * CRM files, each imported through the real path into a fresh workspace and
 * held to the reference parser. `npm run fuzz -- --files 10000` is the deep
 * tier, with a hard time limit per file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkImport, createTemplateWorkspace, type FileVerdict } from '../../fuzz/check-import';
import { failureOf, figuresTable, tally } from '../../fuzz/figures';
import { DEFAULT_SEED, fuzzCase } from '../../fuzz/fuzz-cases';
import { tempDir } from '../../helpers/temp-workspace';

const FILES = 300;
/** A file taking longer than this in-process counts as a hang (the deep tier stops such a file for real). */
const HANG_MS = 10_000;

const temp = tempDir('lookalike-fuzz-');
afterAll(() => temp.cleanup());

describe('import fuzzer, quick tier', () => {
  it(`imports ${FILES} mutated files with no crash, hang, silent row loss, byte mismatch or integrity failure`, async () => {
    const template = createTemplateWorkspace(temp.dir);
    const started = performance.now();
    const verdicts: FileVerdict[] = [];
    for (let i = 0; i < FILES; i++) verdicts.push(await checkImport(fuzzCase(DEFAULT_SEED, i), template, temp.dir, `case-${i}`));
    const hung = verdicts.filter((v) => v.ms > HANG_MS);
    const figures = tally(verdicts.filter((v) => v.ms <= HANG_MS), hung.length);
    const failures = verdicts.flatMap((v) => {
      const failure = v.ms > HANG_MS ? `took ${v.ms} ms` : failureOf(v);
      return failure === null ? [] : [`${v.name}: ${failure}`];
    });
    const report = `${figuresTable(figures, (performance.now() - started) / 1000)}\n${failures.slice(0, 10).join('\n')}`;
    expect(failures, report).toEqual([]);
    // The corpus must exercise the oracle, not only refusals.
    expect(figures.imported, report).toBeGreaterThan(FILES / 2);
    expect(figures.cellsCompared, report).toBeGreaterThan(10_000);
    // About 30 s alone; the margin is for a loaded machine running other suites beside it.
  }, 300_000);
});

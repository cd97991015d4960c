/**
 * One process of the deep fuzz run (run.ts): builds case n from the seed,
 * imports it and answers with its verdict, one case at a time. A process of
 * its own, not a thread, so the runner can kill a file that hangs, even
 * inside synchronous code, and carry on with a fresh one.
 */
import { checkImport, createTemplateWorkspace, type FileVerdict } from './check-import';
import { fuzzCase } from './fuzz-cases';

export interface CaseRequest {
  seed: number;
  index: number;
}

export type CaseAnswer = { index: number; verdict: FileVerdict };

/** A folder the runner made for this process, and removes once it has exited, however it ended. */
const dir = process.argv[2] as string;
const template = createTemplateWorkspace(dir);
process.on('disconnect', () => process.exit(0));

process.on('message', (request: CaseRequest) => {
  void (async () => {
    const verdict = await checkImport(fuzzCase(request.seed, request.index), template, dir, `case-${request.index}`);
    process.send?.({ index: request.index, verdict } satisfies CaseAnswer);
  })();
});
process.send?.('ready');

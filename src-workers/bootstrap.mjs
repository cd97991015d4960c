// Worker entry when running from source (tests, tsx): registers tsx's loader
// in this worker thread, then exposes the TypeScript worker's named tasks.
// The Electron build bundles src-workers/worker.ts to out/main/worker.js instead.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./worker.ts');
export const prepareEmbedding = tasks.prepareEmbedding;
export const embedPage = tasks.embedPage;
export const quantize = tasks.quantize;
export const scoreStore = tasks.scoreStore;
export const prepass = tasks.prepass;
export const rescore = tasks.rescore;
export const rescoreBest = tasks.rescoreBest;
export const train = tasks.train;
export const backtest = tasks.backtest;
export const fail = tasks.fail;

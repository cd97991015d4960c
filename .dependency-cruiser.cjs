/**
 * The floors of the house and what each may import (ARCHITECTURE.md). Checked
 * by `npm run lint` and by test/unit/architecture/boundaries.test.ts, which
 * also plants one violation of each rule and expects it to be refused.
 */
/** A package's path once resolved (node_modules/<name>/…), or its bare name when it cannot be. */
const pkg = (name) => `(^|/)node_modules/${name}/|^${name}$`;
const NODE_IO = '^(node:)?(fs|fs/promises|path|child_process|worker_threads|net|http|https|os|crypto|url|stream|events|readline)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles: a circle means two modules are one concept in two files, or a type lives on the wrong floor.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-only-contract',
      severity: 'error',
      comment: 'The renderer knows main through the typed contract only (src-main/contract), never its services, data layer or the model.',
      from: { path: '^src-renderer/' },
      to: { path: '^src-(main|model|workers)/', pathNot: '^src-main/contract/' },
    },
    {
      name: 'contract-is-types-and-validation',
      severity: 'error',
      comment: 'The contract is shared with the renderer: it may use the model\'s plain types, nothing that runs in main.',
      from: { path: '^src-main/contract/' },
      to: { path: '^src-(main|workers|renderer)/', pathNot: '^src-main/contract/' },
    },
    {
      name: 'model-is-pure',
      severity: 'error',
      comment: 'src-model is the pure floor: no I/O, no SQLite, no Electron, no workers, and nothing from the floors above it.',
      from: { path: '^src-model/' },
      to: {
        path: ['^src-(main|workers|renderer)/', NODE_IO, pkg('better-sqlite3'), pkg('electron'), pkg('piscina')],
        pathNot: '^src-main/contract/',
      },
    },
    {
      name: 'workers-over-model-only',
      severity: 'error',
      comment: 'The worker entry runs model code on messages; it reaches nothing in main or the renderer.',
      from: { path: '^src-workers/' },
      to: { path: '^src-(main|renderer)/' },
    },
    {
      name: 'sqlite-in-db-only',
      severity: 'error',
      comment: 'SQL and the SQLite driver live in db/ only (other floors may name the Database type).',
      from: { pathNot: '^src-main/db/' },
      to: { path: pkg('better-sqlite3'), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-from-work-floors-only',
      severity: 'error',
      comment:
        'The data layer is used by services and jobs and the pipelines they run (engine, import); the edges — command line, shell, web host, IPC — go through services.',
      from: { path: '^src-', pathNot: '^src-main/(db|services|jobs|engine|import)/' },
      to: { path: '^src-main/db/' },
    },
    {
      name: 'electron-in-shell-only',
      severity: 'error',
      comment: 'Only the thin desktop shell (and its preload) imports electron; everything else runs in plain Node.',
      from: { pathNot: '^src-main/(shell|preload)/' },
      to: { path: pkg('electron') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(out|dist)/|\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

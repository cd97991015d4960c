/**
 * `npm test` runs the lint rules (eslint.config.js), so CI refuses what lint
 * refuses; and the rules are shown to bite on planted code.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('lint', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it('the repository has no lint errors', async () => {
    const results = await eslint.lintFiles(['.']);
    const errors = results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath.slice(ROOT.length)}:${m.line} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('refuses planted dead code, a loose equality and a value import used only as a type', async () => {
    const [result] = await eslint.lintText(
      "import { Workspace } from './workspace';\nconst unused = 1;\nexport function same(a: Workspace, b: unknown) {\n  return a == b;\n}\n",
      { filePath: `${ROOT}/src-main/services/planted.ts` },
    );
    expect(result!.messages.map((m) => m.ruleId).sort()).toEqual(['@typescript-eslint/consistent-type-imports', '@typescript-eslint/no-unused-vars', 'eqeqeq']);
  });

  it('refuses a hook called conditionally in the renderer', async () => {
    const [result] = await eslint.lintText(
      "import { useState } from 'react';\nexport function View({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n",
      { filePath: `${ROOT}/src-renderer/src/planted.tsx` },
    );
    expect(result!.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});

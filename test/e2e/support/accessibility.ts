/**
 * Automated accessibility checks with axe-core (the engine behind Lighthouse's
 * and Deque's audits), run inside the page on what is on screen. Evaluated
 * over the DevTools protocol, so the app's Content Security Policy stays as
 * strict as it ships. Only serious and critical violations fail a test:
 * those are the ones that stop someone from using the screen.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical violations inside `selector` (the whole page by default), with the elements at fault. */
export async function seriousAccessibilityViolations(page: Page, selector = 'body'): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (globalThis as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, selector);
}

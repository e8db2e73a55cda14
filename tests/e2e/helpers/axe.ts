// axe-core in a page: the violations, one line each ("rule (impact): help → targets").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Runs every axe rule on the page, `target-size` (WCAG 2.2 SC 2.5.8, off by default in axe) included,
 * or only the rules in `only`; returns how many rules passed and a summary of each violation.
 */
export async function runAxe(page: Page, only?: string[]): Promise<{ passes: number; violations: string[] }> {
  // Evaluated over the DevTools protocol: the page's CSP (rightly) blocks addScriptTag's inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate(async (only) => {
    type Axe = { run(ctx: Document, o: object): Promise<{ violations: unknown[]; passes: unknown[] }> };
    const options = only ? { runOnly: only } : { rules: { 'target-size': { enabled: true } } };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'], ...options });
    return { violations: result.violations, passes: result.passes.length };
  }, only);
  return {
    passes,
    violations: (violations as AxeViolation[]).map(
      (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  };
}

/**
 * Runs axe on the page as it is now (see runAxe: every rule, or only `only`) and expects no
 * violation; a full run must also have run its rules. `state` names what is checked, for the message.
 */
export async function expectAxeClean(page: Page, state = 'the page', only?: string[]): Promise<void> {
  const { violations, passes } = await runAxe(page, only);
  if (!only) expect(passes, `${state}: axe ran its rules`).toBeGreaterThan(10);
  expect(violations, state).toEqual([]);
}

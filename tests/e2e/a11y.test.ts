// axe-core on the story and a section page, in light and dark: zero violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { ROOT_BUILD } from '../helpers/paths';
import { expectClean, open, useSite } from './helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite([ROOT_BUILD]);
const section = sourceSections()[1]!;

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

describe('accessibility (axe-core)', () => {
  it.each([
    { name: '/', path: '', colorScheme: 'light' },
    { name: '/', path: '', colorScheme: 'dark' },
    { name: `/${section.id}/`, path: `${section.id}/`, colorScheme: 'light' },
    { name: `/${section.id}/`, path: `${section.id}/`, colorScheme: 'dark' },
    { name: '/404.html', path: '404.html', colorScheme: 'light' },
  ] as const)('$name in $colorScheme mode has no violations', async ({ path, colorScheme }) => {
    const { newPage, observed } = await site.context(ROOT_BUILD, { colorScheme, reducedMotion: 'reduce' });
    const page = await newPage();
    await open(page, site.url(ROOT_BUILD, path));
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    // Evaluated over the DevTools protocol: the page's CSP (rightly) blocks addScriptTag's inline script.
    await page.evaluate(axeSource);
    const { violations, passes } = await page.evaluate(async () => {
      type Axe = { run(ctx: Document, o: object): Promise<{ violations: unknown[]; passes: unknown[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
      return { violations: result.violations, passes: result.passes.length };
    });
    expect(passes, 'axe ran its rules').toBeGreaterThan(10);
    const summary = (violations as AxeViolation[]).map(
      (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
    expectClean(observed);
  });
});

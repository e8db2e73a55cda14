// Broken story data fails `astro build`, with a message naming the file, the entry and the field,
// including the failures Astro's content layer would only log (malformed YAML, unknown references).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { buildWithContent } from './data-build';

const FIXTURES = join(ROOT, 'tests/fixtures/data');
const work = mkdtempSync(join(tmpdir(), 'explainer-data-fails-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The valid fixture story with one rule's broken files laid over it, in a folder of its own. */
function brokenStory(rule: string): string {
  const dir = join(work, rule);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(join(FIXTURES, rule), dir, { recursive: true });
  return dir;
}

describe('astro build with broken story data', () => {
  it.each([
    ['malformed-yaml', 'data/positions.yaml: is not valid YAML: Missing closing "quote at line 2, column 24'],
    [
      'unknown-speaker',
      'data/statements.yaml: entry "minister-ready", field "speaker": "fixture-president" is not a speaker id in',
    ],
    [
      'unknown-highlight',
      'story/sections/01-first-section.mdx: entry "first-section", field "map.highlight" (item 2): "fx-east" is not a position id in',
    ],
  ])('%s: exits non-zero and names the problem', async (rule, message) => {
    const dir = brokenStory(rule);
    const { code, log } = await buildWithContent(dir, join(work, `${rule}-dist`));
    expect(code, log).not.toBe(0);
    expect(log).toContain('The story data has 1 problem.');
    expect(log).toContain(`${dir}/${message}`);
  }, 120_000);
});

// Broken story data fails `astro build`, with a message naming the file, the entry and the field,
// including the failures Astro's content layer would only log (malformed YAML, unknown references).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';
import { buildWithContent, contentRootWith } from './data-build';

const FIXTURES = join(ROOT, 'tests/fixtures/data');
const work = mkdtempSync(join(tmpdir(), 'explainer-data-fails-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SLUG = 'fixture-story';

/** A content root whose one story is the valid fixture story with one rule's broken files laid over it. */
function brokenStory(rule: string): { root: string; dir: string } {
  const root = join(work, rule);
  const dir = contentRootWith(root, SLUG, [join(FIXTURES, 'valid'), join(FIXTURES, rule)]);
  return { root, dir };
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
    [
      'article-altered',
      'story/sections/02-closing-section.mdx: paragraph 1 differs from paragraph 3 of',
    ],
    [
      'article-out-of-order',
      'story/sections/02-closing-section.mdx: paragraph 2 (“The Fixture Wire published the remarks …”) is paragraph 3 of',
    ],
    [
      'statement-misattributed',
      'data/statements.yaml: entry "agency-denies", field "speaker": "fixture-minister" is not named in the statement’s paragraph (paragraph 2 of',
    ],
    [
      'place-unknown',
      'story/sections/02-closing-section.mdx: <Place id="fx-nowhere"> names no position in',
    ],
    [
      'known-agreed-low',
      'data/known.yaml: entry "fixture-total", field "confidence": is "low": an entry in the "agreed" list',
    ],
  ])('%s: exits non-zero and names the problem', async (rule, message) => {
    const { root, dir } = brokenStory(rule);
    const { code, log } = await buildWithContent(root, join(work, `${rule}-dist`), SLUG);
    expect(code, log).not.toBe(0);
    expect(log).toContain('The story data has 1 problem.');
    // "<file>:<line>: …": the line itself is checked in tests/unit/data/locate.test.ts and the dev overlay test.
    const [file, rest] = [message.slice(0, message.indexOf(': ')), message.slice(message.indexOf(': ') + 2)];
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(log).toMatch(new RegExp(`${escape(`${dir}/${file}`)}(?::\\d+)?: ${escape(rest)}`));
  }, 120_000);
});

describe('astro build with the valid fixture story', () => {
  it('builds clean, with its corrections log on the page', async () => {
    const out = join(work, 'valid-dist');
    const root = join(work, 'valid');
    contentRootWith(root, SLUG, [join(FIXTURES, 'valid')]);
    const { code, log } = await buildWithContent(root, out, SLUG);
    expect(code, log).toBe(0);
    expect(log).toContain('story data checked: no problems');
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('id="correction-north-date"');
    expect(html).toContain('id="correction-agency-words"');
    // Its "What we know" box, with a list item per known.yaml entry and per point that belongs in one.
    expect(html.match(/id="what-we-know"/g)).toHaveLength(1);
    expect(html).toContain('href="/positions/#position-fx-south"');
    expect(html).toContain('href="/#statement-minister-ready"');
  }, 180_000);
});

// STORY=macron-moscow builds the site readers had before the story moved into
// content/stories/macron-moscow/ (commit 5a1a89f): every file that site had is still there, at the
// same URL, at the root and under a sub-path, and readers see the article's paragraphs and every
// section heading as the content says. tests/fixtures/pre-kit/files.txt lists that site's files
// (its _astro/ assets, whose names are hashes, left out). The full text of every page was also
// diffed by hand against that build (scripts/visible-text.mjs); see the commit message.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, sourceSections } from '../helpers/content';
import { BUILDS, ROOT } from '../helpers/paths';
import { parseHtml } from '../helpers/html';
import { visibleText } from '../helpers/visible-text';

const before = readFileSync(join(ROOT, 'tests/fixtures/pre-kit/files.txt'), 'utf8').split('\n').filter(Boolean);
const paragraphs = articleParagraphs();
const sections = sourceSections();

/** True when `needles` appear in `lines` in this order (other lines may come between). */
function inOrder(lines: string[], needles: string[]): string | undefined {
  let at = 0;
  for (const needle of needles) {
    const found = lines.indexOf(needle, at);
    if (found === -1) return needle;
    at = found + 1;
  }
  return undefined;
}

describe.each(BUILDS)('$name build (STORY=macron-moscow): the pre-refactor site', ({ dir }) => {
  it('has every file the pre-refactor site had, at the same path', () => {
    expect(before.length).toBeGreaterThan(80);
    expect(before.filter((f) => !existsSync(join(dir, f)))).toEqual([]);
  });

  it('the story page shows every article paragraph and every section heading, unchanged and in order', () => {
    const lines = visibleText(parseHtml(readFileSync(join(dir, 'index.html'), 'utf8')));
    expect(inOrder(lines, paragraphs)).toBeUndefined();
    expect(inOrder(lines, sections.map((s) => s.heading))).toBeUndefined();
  });

  it.each(sections)('/$id/ shows its heading and its paragraphs unchanged', (s) => {
    const lines = visibleText(parseHtml(readFileSync(join(dir, s.id, 'index.html'), 'utf8')));
    expect(lines).toContain(s.heading);
    expect(inOrder(lines, s.paragraphs.filter((p) => paragraphs.includes(p)))).toBeUndefined();
    expect(s.paragraphs.filter((p) => paragraphs.includes(p)).length).toBeGreaterThan(0);
  });
});

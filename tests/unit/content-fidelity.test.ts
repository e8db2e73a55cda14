// The article's text as it sits in the MDX sources: every paragraph of content/stories/macron-moscow/story/article.txt
// appears exactly once, in order and unaltered, and the sections hold nothing else.
// (tests/build/fidelity.test.ts checks the same thing in the generated HTML.)
import { describe, expect, it } from 'vitest';
import { articleParagraphs, sourceSections } from '../helpers/content';

const paragraphs = articleParagraphs();
const sections = sourceSections();

describe('content/story', () => {
  it('article.txt has the 13 paragraphs of the article', () => {
    expect(paragraphs).toHaveLength(13);
    expect(new Set(paragraphs).size).toBe(13);
  });

  it('has 6 to 8 sections with unique ids and orders', () => {
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(sections.length).toBeLessThanOrEqual(8);
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(new Set(sections.map((s) => s.order)).size).toBe(sections.length);
  });

  it('the sections, read in order, are the article word for word', () => {
    expect(sections.flatMap((s) => s.paragraphs)).toEqual(paragraphs);
  });

  it('every paragraph appears exactly once across the MDX bodies', () => {
    const bodies = sections.map((s) => s.text).join('\n');
    for (const p of paragraphs) {
      expect(bodies.split(p).length - 1, p.slice(0, 60)).toBe(1);
    }
  });

  it('every section has at least one paragraph', () => {
    for (const s of sections) expect(s.paragraphs.length, s.file).toBeGreaterThan(0);
  });
});

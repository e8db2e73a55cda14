// The article in the generated HTML: every paragraph of content/stories/macron-moscow/story/article.txt is the textContent
// of exactly one <p> in `.article-text`, in order and unaltered, and nothing else is.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, sourceSections } from '../helpers/content';
import { articleTextParagraphs, readHtml } from '../helpers/html';
import { BUILDS } from '../helpers/paths';

const paragraphs = articleParagraphs();
const sections = sourceSections();

describe.each(BUILDS)('$name build: the article text', ({ dir }) => {
  const story = readHtml(join(dir, 'index.html'));

  it('index.html holds the 13 paragraphs in order, unaltered, and no other .article-text paragraph', () => {
    expect(articleTextParagraphs(story)).toEqual(paragraphs);
  });

  it('each paragraph appears exactly once on the page', () => {
    const all = Array.from(story.querySelectorAll('p'), (p) => p.textContent);
    for (const p of paragraphs) expect(all.filter((t) => t === p).length, p.slice(0, 60)).toBe(1);
  });

  it('index.html has one section[id] per content section, in order, each with its own paragraphs', () => {
    const found = Array.from(story.querySelectorAll('main section[id]'));
    expect(found.map((s) => s.id)).toEqual(sections.map((s) => s.id));
    for (const [i, el] of found.entries()) {
      expect(articleTextParagraphs(el), el.id).toEqual(sections[i]!.paragraphs);
    }
  });

  it.each(sections.map((s) => [s.id, s] as const))('/%s/ holds exactly its own paragraphs', (id, section) => {
    const page = readHtml(join(dir, id, 'index.html'));
    expect(articleTextParagraphs(page)).toEqual(section.paragraphs);
    expect(page.querySelector(`main section#${id}`)).not.toBeNull();
  });
});

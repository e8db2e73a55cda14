// "Who said what" in the generated HTML of both builds: the Quotation JSON-LD (by @id on /, whole on each statement's page), one marked
// passage per statement in the text, and the sidebar on / and on each section page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { readHtml } from '../helpers/html';
import { BUILDS, SITE_URL } from '../helpers/paths';

interface Exported {
  id: string;
  kind: string;
  text: string;
  section: string;
  date?: string;
  speaker: { id: string; name: string };
  sources: { id: string }[];
}
type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };

const sections = sourceSections();

describe.each(BUILDS)('$name build: who said what', ({ dir, base }) => {
  const statements = JSON.parse(readFileSync(join(dir, 'data/statements.json'), 'utf8')) as Exported[];
  const story = readHtml(join(dir, 'index.html'));
  const storyUrl = `${SITE_URL}${base}`;

  it('/ names every statement as a part, a schema.org Quotation by @id, whose own page carries it with speaker, date, citations and text', () => {
    const blocks = Array.from(story.querySelectorAll('script[type="application/ld+json"]'), (s) => JSON.parse(s.textContent ?? '') as Node);
    const article = blocks.find((b) => b['@type'] === 'NewsArticle')!;
    const parts = (article.hasPart as Node[]).filter((n) => n['@type'] === 'Quotation');
    expect(parts.map((q) => q['@id'])).toEqual(statements.map((s) => `${storyUrl}#statement-${s.id}`));
    expect(parts.map((q) => q.url)).toEqual(statements.map((s) => `${storyUrl}statements/${s.id}/`));
    for (const [i, part] of parts.entries()) {
      const s = statements[i]!;
      const page = readHtml(join(dir, 'statements', s.id, 'index.html'));
      const graph = Array.from(page.querySelectorAll('script[type="application/ld+json"]'), (b) => JSON.parse(b.textContent ?? '') as { '@graph'?: Node[] }).find((b) => b['@graph'])!['@graph']!;
      const byId = new Map(graph.map((n) => [n['@id'], n]));
      const q = byId.get(part['@id'])!;
      expect(q['@type'], s.id).toBe('Quotation');
      expect(q.text, s.id).toBe(s.text);
      expect(q.dateCreated, s.id).toBe(s.date);
      const speaker = byId.get((q.spokenByCharacter as Node)['@id'])!;
      expect(speaker.name, s.id).toBe(s.speaker.name);
      expect(['Person', 'Organization']).toContain(speaker['@type']);
      const cited = (q.citation as Node[]).map((c) => byId.get(c['@id']));
      expect(cited.every((c) => c?.['@type'] === 'CreativeWork'), s.id).toBe(true);
      expect(cited.length, s.id).toBe(s.sources.length);
    }
  });

  it('each statement’s words are marked once in its section, linking to its entry', () => {
    const marks = Array.from(story.querySelectorAll('main mark[id^="quote-"]'));
    expect(marks.map((m) => m.id).sort()).toEqual(statements.map((s) => `quote-${s.id}`).sort());
    for (const s of statements) {
      const mark = story.querySelector(`section#${s.section} .article-text p mark#quote-${s.id}`);
      expect(mark?.textContent, s.id).toBe(s.text);
      expect(mark?.querySelector('a')?.getAttribute('href'), s.id).toBe(`#statement-${s.id}`);
      expect(mark?.querySelector('a')?.getAttribute('aria-describedby'), s.id).toBe(`statement-${s.id}-speaker`);
      expect(story.getElementById(`statement-${s.id}-speaker`)?.textContent, s.id).toContain(s.speaker.name);
    }
  });

  it('the full list is the last child of .story-grid, right after the text (.story-body ends with main), on / and on every section page', () => {
    for (const file of ['index.html', ...sections.map((s) => join(s.id, 'index.html'))]) {
      const doc = readHtml(join(dir, file));
      const grid = doc.querySelector('.story-grid')!;
      const last = grid.lastElementChild!;
      expect(last.id, file).toBe('who-said-what');
      expect(last.tagName, file).toBe('ASIDE');
      expect(last.classList.contains('story-grid__sidebar'), file).toBe(true);
      const body = last.previousElementSibling!;
      expect(body.classList.contains('story-body'), file).toBe(true);
      expect(body.lastElementChild?.tagName, file).toBe('MAIN');
      // The map comes first in the text's part of the page, where it sticks on phones.
      expect(body.firstElementChild?.classList.contains('story-rail'), file).toBe(true);
      expect(body.firstElementChild?.querySelector('.positions-map[data-view]'), file).not.toBeNull();
    }
  });

  it.each(sections.map((s) => s.id))('/%s/ lists that section’s statements with its own permalinks', (id) => {
    const doc = readHtml(join(dir, id, 'index.html'));
    const own = statements.filter((s) => s.section === id);
    const entries = Array.from(doc.querySelectorAll('#who-said-what li[id^="statement-"]'));
    expect(entries.map((e) => e.id)).toEqual(own.map((s) => `statement-${s.id}`));
    for (const s of own) {
      expect(doc.querySelector(`#statement-${s.id} a.wsw-entry__permalink`)?.getAttribute('href')).toBe(`${base}${id}/#statement-${s.id}`);
      expect(doc.querySelector(`main mark#quote-${s.id}`)?.textContent).toBe(s.text);
    }
    // The Quotations live on the statements' pages; a section page's JSON-LD is its WebPage (tests/build/metadata.test.ts).
    const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (b) => b.textContent ?? '').join('');
    expect(jsonLd).not.toContain('"Quotation"');
    // Filters only when there are more than three statements to filter.
    expect(doc.querySelectorAll('#who-said-what [data-controls]').length).toBe(own.length > 3 ? 1 : 0);
  });
});

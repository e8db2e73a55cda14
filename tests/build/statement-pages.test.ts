// A page per statement in both builds: its words, speaker and paragraph, its canonical link and
// JSON-LD, its 1200×630 share card (decoded), and the sitemap and the sidebar linking to it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleParagraphs } from '../helpers/content';
import { readHtml } from '../helpers/html';
import { BUILDS, SITE_URL } from '../helpers/paths';
import { darkShare, decodePng } from '../helpers/png';

interface Exported {
  id: string;
  kind: 'quote' | 'paraphrase';
  text: string;
  section: string;
  date?: string;
  sense?: string;
  speaker: { id: string; name: string; role: string };
}
type Node = Record<string, unknown> & { '@type'?: string };

const article = articleParagraphs().map((p) => p.replace(/\s+/g, ' ').trim());

describe.each(BUILDS)('$name build: statement pages', ({ dir, base }) => {
  const statements = JSON.parse(readFileSync(join(dir, 'data/statements.json'), 'utf8')) as Exported[];
  const pageUrl = (id: string) => `${SITE_URL}${base}statements/${id}/`;
  const page = (id: string) => readHtml(join(dir, 'statements', id, 'index.html'));

  it('has one page per statement with its words, speaker, role and date, and the paragraph they come from', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const doc = page(s.id);
      const h1 = doc.querySelector('main h1')?.textContent;
      expect(h1, s.id).toBe(s.kind === 'quote' ? `“${s.text}”` : s.text);
      const speaker = doc.querySelector('.statement-page__speaker')?.textContent ?? '';
      expect(speaker, s.id).toContain(s.speaker.name);
      expect(speaker, s.id).toContain(s.speaker.role);
      if (s.date) expect(doc.querySelector(`.statement-page__facts time[datetime="${s.date}"]`), s.id).not.toBeNull();
      const passage = doc.querySelector('.statement-page__passage p')!;
      expect(passage.querySelector('mark')?.textContent, s.id).toBe(s.text);
      // The paragraph is the article's, word for word.
      expect(article.some((p) => p.includes(passage.textContent!.trim())), s.id).toBe(true);
      expect(doc.querySelector(`a[href="${base}${s.section}/"]`), `${s.id}: link to its section`).not.toBeNull();
      expect(doc.querySelector(`a[href^="${base}${s.section}/#quote-${s.id}:~:text="]`), `${s.id}: words in the section`).not.toBeNull();
      expect(doc.querySelector(`a[href^="${base}#quote-${s.id}"]`), `${s.id}: words in the story`).not.toBeNull();
      expect(doc.querySelector('share-statement button[hidden]'), `${s.id}: share control`).not.toBeNull();
    }
  });

  it('carries our sense of words that are a fragment, marked as ours, on the page and in its description', () => {
    const withSense = (parse(readFileSync('content/stories/macron-moscow/data/statements.yaml', 'utf8')) as { id: string; sense?: string }[]).filter((s) => s.sense);
    expect(withSense.length).toBeGreaterThan(0);
    for (const { id, sense } of withSense) {
      const doc = page(id);
      expect(doc.querySelector('.statement-page__sense.editorial')?.textContent, id).toBe(`In our words: ${sense}`);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), id).toContain(sense);
    }
  });

  it('gives each page its own title, description, canonical URL and share tags', () => {
    const titles = new Set<string>();
    for (const s of statements) {
      const doc = page(s.id);
      const title = doc.querySelector('title')!.textContent!;
      expect(title, s.id).toContain(s.sense ? s.sense.replace(/[.;,]$/, '') : s.speaker.name);
      titles.add(title);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content'), s.id).toContain(s.text);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), s.id).toBe(pageUrl(s.id));
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), s.id).toBe(pageUrl(s.id));
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), s.id).toBe(`${SITE_URL}${base}share/statements/${s.id}.png`);
    }
    expect(titles.size).toBe(statements.length);
  });

  it('carries a schema.org Quotation with the words, speaker, date and page URL', () => {
    for (const s of statements) {
      const blocks = Array.from(page(s.id).querySelectorAll('script[type="application/ld+json"]'), (el) => JSON.parse(el.textContent!) as { '@graph': Node[] });
      expect(blocks.length, s.id).toBe(1);
      const graph = blocks[0]!['@graph'];
      const quotations = graph.filter((n) => n['@type'] === 'Quotation');
      expect(quotations.length, s.id).toBe(1);
      const q = quotations[0]!;
      expect(q.text, s.id).toBe(s.text);
      expect(q.url, s.id).toBe(pageUrl(s.id));
      expect(q.mainEntityOfPage, s.id).toBe(pageUrl(s.id));
      expect(q.dateCreated, s.id).toBe(s.date);
      const speaker = graph.find((n) => n['@id'] === (q.spokenByCharacter as Node)['@id']);
      expect(speaker?.name, s.id).toBe(s.speaker.name);
    }
  });

  describe('share cards', () => {
    const images = new Map<string, Awaited<ReturnType<typeof decodePng>>>();
    beforeAll(async () => {
      for (const s of statements) images.set(s.id, await decodePng(readFileSync(join(dir, 'share/statements', `${s.id}.png`))));
    });

    it('are 1200×630 PNGs that decode, with text on them, each different', () => {
      const seen = new Set<string>();
      for (const s of statements) {
        const image = images.get(s.id)!;
        expect([image.width, image.height], s.id).toEqual([1200, 630]);
        // Dark type on the light card: some, but far from all, of the pixels.
        const dark = darkShare(image);
        expect(dark, s.id).toBeGreaterThan(0.01);
        expect(dark, s.id).toBeLessThan(0.5);
        // Nothing runs off the card: its margins (72 px at the sides, 56 px at the bottom; below the red rule) stay clear.
        expect(darkShare(image, 160, { x: 1200 - 60, y: 18, width: 60, height: 630 - 18 }), `${s.id}: right margin`).toBe(0);
        expect(darkShare(image, 160, { x: 0, y: 630 - 44, width: 1200, height: 44 }), `${s.id}: bottom margin`).toBe(0);
        // The speaker's line is at the bottom of the card, where it belongs.
        expect(darkShare(image, 100, { x: 72, y: 460, width: 900, height: 110 }), `${s.id}: speaker line`).toBeGreaterThan(0.01);
        seen.add(createHash('sha256').update(image.pixels).digest('hex'));
      }
      expect(seen.size).toBe(statements.length);
    });
  });

  it('the sitemap lists every statement page; the sidebar links to each', () => {
    const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    const story = readHtml(join(dir, 'index.html'));
    for (const s of statements) {
      expect(sitemap, s.id).toContain(`<loc>${pageUrl(s.id)}</loc>`);
      expect(story.querySelector(`#statement-${s.id} a[href="${base}statements/${s.id}/"]`), s.id).not.toBeNull();
    }
  });
});

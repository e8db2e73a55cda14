// The sentences the build writes about statements, as readers and share sheets get them: on all 16
// statement pages the title, meta description, og:title, twitter:title, og:image:alt and share text;
// and on every built page, a fragment with a `sense` never appears without that sense.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { BUILDS, ROOT } from '../helpers/paths';
import { nestsParentheses } from '../helpers/text';

interface Exported {
  id: string;
  kind: 'quote' | 'paraphrase';
  text: string;
  context?: string;
  sense?: string;
  date?: string;
  speaker: { id: string; name: string; role: string };
}

/** Correction notes quote what was wrong on purpose. */
const CORRECTIONS = '#corrections, .correction-note, .positions__correction';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const senseOf = (s: { sense?: string }) => s.sense!.replace(/\.$/, '');


describe.each(BUILDS)('$name build: the sentences about statements', ({ dir }) => {
  const statements = JSON.parse(readFileSync(join(dir, 'data/statements.json'), 'utf8')) as Exported[];
  const page = (id: string) => readHtml(join(dir, 'statements', id, 'index.html'));
  const meta = (doc: HtmlDocument, selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';

  it('on all 16 statement pages: title, description, og:title, twitter:title, og:image:alt and share text read cleanly', () => {
    expect(statements).toHaveLength(16);
    for (const s of statements) {
      const doc = page(s.id);
      const title = doc.querySelector('title')!.textContent!;
      const description = meta(doc, 'meta[name="description"]');
      const share = doc.querySelector('share-statement')?.getAttribute('data-text') ?? '';
      const texts = {
        title,
        'og:title': meta(doc, 'meta[property="og:title"]'),
        'twitter:title': meta(doc, 'meta[name="twitter:title"]'),
        description,
        'og:image:alt': meta(doc, 'meta[property="og:image:alt"]'),
        'share text': share,
      };
      expect(texts['og:title'], s.id).toBe(title);
      expect(texts['twitter:title'], s.id).toBe(title);
      expect(share, s.id).toBe(description);
      for (const [place, text] of Object.entries(texts)) {
        expect(text, `${s.id}, ${place}`).not.toBe('');
        expect(nestsParentheses(text), `${s.id}, ${place}: ${text}`).toBe(false);
        expect(text, `${s.id}, ${place}`).not.toMatch(/\.:|undefined|\b(What|claim) The\b/);
      }
      // Who said it, when, and the words: a paraphrase as the article's, never in the speaker's quotation marks.
      expect(description, s.id).toContain(s.text);
      expect(description.toLowerCase(), s.id).toContain(s.speaker.name.replace(/^The /, '').toLowerCase());
      if (s.date) expect(description, s.id).toMatch(/ on \d{1,2} [A-Z][a-z]{2} \d{4}/);
      if (s.kind === 'paraphrase') {
        expect(description, s.id).toContain(`in the article’s words: ${s.text}`);
        expect(description, s.id).not.toContain(`“${s.text}”`);
      }
      expect(texts['og:image:alt'], s.id).toContain(description);
    }
  });

  it('“The claim The Kremlin, The office of Russia’s president, Vladimir Putin, made” is gone: the role is set off', () => {
    const description = meta(page('kremlin-expects-no-breakthrough'), 'meta[name="description"]');
    expect(description).toContain('the Kremlin – the office of Russia’s president, Vladimir Putin – said on 7 Feb 2022');
  });

  it('“last week” comes with its day', () => {
    const pentagon = statements.find((s) => s.text.includes('last week'))!;
    expect(meta(page(pentagon.id), 'meta[name="description"]')).toContain('on 2 Feb 2022');
  });

  describe('a fragment with a sense never appears without it', () => {
    const withSense = statements.filter((s) => s.sense);
    const pages = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

    it('the rule has statements to hold for, and pages to check', () => {
      expect(withSense.length).toBeGreaterThan(0);
      expect(pages.length).toBeGreaterThan(20);
    });

    it.each(withSense.map((s) => [s.id, s] as const))('%s: on every page, in text, attributes and JSON-LD', (_, s) => {
      const fragment = s.kind === 'quote' ? `“${s.text}”` : s.text;
      const sense = senseOf(s);
      let seen = 0;
      // Only pages whose HTML holds the words at all need parsing.
      for (const file of pages.filter((f) => readFileSync(join(dir, f), 'utf8').includes(s.text))) {
        const doc = readHtml(join(dir, file));
        // Attributes (titles, descriptions, alt and share text, hidden labels) carry the sense themselves.
        for (const el of Array.from(doc.querySelectorAll('*'))) {
          if (el.closest(CORRECTIONS)) continue;
          for (const attr of Array.from(el.attributes)) {
            const value = attr.value ?? '';
            if (!value.includes(fragment)) continue;
            seen += 1;
            expect(value, `${file}: <${el.tagName.toLowerCase()} ${attr.name}>`).toContain(sense);
          }
        }
        // Text: the block that shows the words (a card, a list item, the page) shows the sense, or the
        // words sit in the article's own sentence, whose negation is there.
        for (const el of Array.from(doc.querySelectorAll('body *'))) {
          if (el.closest(CORRECTIONS) || el.closest('script, style, template')) continue;
          const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
          if (!squash(own).includes(s.text)) continue;
          seen += 1;
          const block = el.closest('li, article, blockquote, p, td') ?? el;
          // What a sighted reader sees around the words: hidden labels (which carry the sense too) left out.
          const container = (block.closest('li, article') ?? block).cloneNode(true);
          for (const hidden of Array.from(container.querySelectorAll('.visually-hidden'))) hidden.remove();
          const around = squash(container.textContent ?? '');
          const inArticle = s.context !== undefined && squash(block.textContent ?? '').includes(s.context);
          expect(inArticle || around.includes(sense), `${file}: “${squash(block.textContent ?? '').slice(0, 120)}”`).toBe(true);
        }
        for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
          const quotations = JSON.stringify(JSON.parse(script.textContent ?? '{}')).match(/\{"@type":"Quotation"[^{}]*(\{[^{}]*\}[^{}]*)*\}/g) ?? [];
          for (const q of quotations.filter((x) => x.includes(JSON.stringify(s.text)))) {
            seen += 1;
            expect(q, `${file}: Quotation JSON-LD`).toContain(sense);
          }
        }
      }
      // The story page's card, list entry and speaker list, the statement page, its JSON-LD and its meta tags at least.
      expect(seen).toBeGreaterThan(8);
    }, 60_000);
  });
});

it('the statements the rule is keyed to are the ones with a `sense` in statements.yaml', () => {
  const data = parse(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/statements.yaml'), 'utf8')) as { id: string; sense?: string }[];
  const exported = JSON.parse(readFileSync(join(BUILDS[0].dir, 'data/statements.json'), 'utf8')) as Exported[];
  expect(exported.filter((s) => s.sense).map((s) => s.id)).toEqual(data.filter((s) => s.sense).map((s) => s.id));
});

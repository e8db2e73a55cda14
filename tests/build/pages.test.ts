// Head tags, share images, sitemap, robots.txt, 404 and JSON-LD of both test builds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { darkShare, decodePng, pngSize } from '../helpers/png';
import { BUILDS, SITE_URL } from '../helpers/paths';

const sections = sourceSections();

const attr = (doc: HtmlDocument, selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name) ?? null;

describe.each(BUILDS)('$name build: pages and metadata', ({ dir, base }) => {
  const abs = (path = '') => `${SITE_URL}${base}${path}`;
  const pages = [
    { name: 'story', file: 'index.html', path: '' },
    ...sections.map((s) => ({ name: s.id, file: join(s.id, 'index.html'), path: `${s.id}/` })),
  ];
  const allHtml = [...pages.map((p) => p.file), '404.html'];

  it.each(allHtml)('%s has lang="en", a title, a meta description and a favicon', (file) => {
    const doc = readHtml(join(dir, file));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title.trim().length).toBeGreaterThan(10);
    expect(attr(doc, 'meta[name="description"]')?.trim().length ?? 0).toBeGreaterThan(20);
    const icon = attr(doc, 'link[rel~="icon"]', 'href');
    expect(icon).toBe(`${base}favicon.svg`);
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(true);
  });

  it.each(pages)('$file: canonical, og:url and og/twitter image are absolute URLs on SITE_URL + base', ({ file, path, name }) => {
    const doc = readHtml(join(dir, file));
    const canonical = attr(doc, 'link[rel="canonical"]', 'href');
    expect(canonical).toBe(abs(path));
    expect(attr(doc, 'meta[property="og:url"]')).toBe(canonical);
    expect(attr(doc, 'meta[property="og:image"]')).toBe(abs(`share/${name}.png`));
    expect(attr(doc, 'meta[name="twitter:image"]')).toBe(abs(`share/${name}.png`));
    expect(attr(doc, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(attr(doc, 'meta[property="og:title"]')).toBeTruthy();
    expect(attr(doc, 'meta[property="og:description"]')).toBeTruthy();
  });

  it.each(sections)('/$id/ has its own title and the summary, dated, as description', (s) => {
    const doc = readHtml(join(dir, s.id, 'index.html'));
    expect(doc.title).toContain(s.heading);
    // Dated, so a summary in the present tense never reads as current out of context (audit nit).
    expect(attr(doc, 'meta[name="description"]')).toBe(`7 Feb 2022: ${s.summary}`);
    expect(attr(doc, 'meta[property="og:description"]')).toBe(`7 Feb 2022: ${s.summary}`);
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(s.heading);
  });

  it('share images are 1200×630 PNGs, one for the story and one per section (statements have theirs in share/statements/)', () => {
    const files = readdirSync(join(dir, 'share'), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
    expect(files).toEqual(['story.png', ...sections.map((s) => `${s.id}.png`)].sort());
    for (const f of files) expect(pngSize(readFileSync(join(dir, 'share', f))), f).toEqual({ width: 1200, height: 630 });
  });

  it('share cards keep their text inside the card’s margins', async () => {
    for (const f of readdirSync(join(dir, 'share')).filter((name) => name.endsWith('.png'))) {
      const image = await decodePng(readFileSync(join(dir, 'share', f)));
      expect(darkShare(image, 160, { x: 1200 - 60, y: 18, width: 60, height: 630 - 18 }), `${f}: right margin`).toBe(0);
      expect(darkShare(image, 160, { x: 0, y: 630 - 44, width: 1200, height: 44 }), `${f}: bottom margin`).toBe(0);
      expect(darkShare(image), f).toBeGreaterThan(0.01);
    }
  });

  it('sitemap.xml lists the story, every section page, the positions page, the statement pages and the method page, with absolute URLs', () => {
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const statements = (JSON.parse(readFileSync(join(dir, 'data/statements.json'), 'utf8')) as { id: string }[]).map((s) => abs(`statements/${s.id}/`));
    expect(statements.length).toBeGreaterThan(0);
    expect(locs).toEqual([abs(), ...sections.map((s) => abs(`${s.id}/`)), abs('positions/'), ...statements, abs('how-we-made-this/')]);
  });

  it('robots.txt references the sitemap', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${abs('sitemap.xml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm'));
  });

  it('404.html exists, is not indexed and links back to the story', () => {
    const doc = readHtml(join(dir, '404.html'));
    expect(doc.querySelector('h1')?.textContent).toMatch(/not found/i);
    expect(attr(doc, 'meta[name="robots"]')).toMatch(/noindex/);
    expect(Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'))).toContain(base);
  });

  it('the story page carries a NewsArticle JSON-LD with the date, and no guessed byline for the original article', () => {
    const doc = readHtml(join(dir, 'index.html'));
    const blocks = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
    // The NewsArticle alone: the statements' Quotations are on their own pages (tests/build/statements.test.ts).
    expect(blocks).toHaveLength(1);
    const parsed = blocks.map((b) => JSON.parse(b.textContent ?? '') as Record<string, unknown>);
    const data = parsed.find((d) => d['@type'] === 'NewsArticle')!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.datePublished).toBe('2022-02-07');
    // The explainer's own author is named (tests/build/metadata.test.ts); the original's byline is unknown.
    expect(data.isBasedOn).not.toHaveProperty('author');
    expect(data.url).toBe(abs());
    expect((data.image as { url: string }[]).map((i) => i.url)).toEqual(['16x9', '4x3', '1x1'].map((shape) => abs(`share/${shape}/story.png`)));
    // Its parts: each section's page (the statements' Quotations follow, tests/build/statements.test.ts).
    const sectionParts = (data.hasPart as { '@type': string; url: string }[]).filter((p) => p['@type'] === 'WebPageElement');
    expect(sectionParts.map((p) => p.url)).toEqual(sections.map((s) => abs(`${s.id}/`)));
  });

  it('the story page has every section with its heading, a copy-link control and a contents entry', () => {
    const doc = readHtml(join(dir, 'index.html'));
    for (const s of sections) {
      const el = doc.querySelector(`main section#${s.id}`);
      expect(el, s.id).not.toBeNull();
      expect(el!.querySelector('h2')?.textContent?.trim()).toBe(s.heading);
      expect(el!.querySelector('copy-link button'), s.id).not.toBeNull();
      expect(doc.querySelector(`nav a[href="#${s.id}"]`), `toc link to #${s.id}`).not.toBeNull();
    }
  });

  it('section pages link to previous/next and back to /#SECTION-ID', () => {
    for (const [i, s] of sections.entries()) {
      const doc = readHtml(join(dir, s.id, 'index.html'));
      const hrefs = Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(hrefs, s.id).toContain(`${base}#${s.id}`);
      if (i > 0) expect(attr(doc, 'a[rel="prev"]', 'href'), s.id).toBe(`${base}${sections[i - 1]!.id}/`);
      else expect(doc.querySelector('a[rel="prev"]')).toBeNull();
      if (i < sections.length - 1) expect(attr(doc, 'a[rel="next"]', 'href'), s.id).toBe(`${base}${sections[i + 1]!.id}/`);
      else expect(doc.querySelector('a[rel="next"]')).toBeNull();
    }
  });
});

// What a newsroom's web team checks in the built site (issue 15): titles within 70 characters;
// JSON-LD on every page, parsed and checked for its types and fields; the head tags of every
// indexable page; each page's sitemap <lastmod>; share images in Google's three shapes; the
// "Explainer" label and the "How we made this" page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { darkShare, decodePng, pngSize } from '../helpers/png';
import { BUILDS, SITE_URL } from '../helpers/paths';

type Node = Record<string, unknown> & { '@type'?: string; '@id'?: string };

const sections = sourceSections();
const PUBLISHED = '2022-02-07';
const SHAPES = { '16x9': [1200, 675], '4x3': [1200, 900], '1x1': [1200, 1200] } as const;

const attr = (doc: HtmlDocument, selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name) ?? null;

/** Every JSON-LD block of a page, parsed; a block that is not JSON fails the test here. */
const jsonLdOf = (doc: HtmlDocument): Node[] =>
  Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => JSON.parse(s.textContent ?? '') as Node);
/** All nodes: top-level objects and the members of each @graph. */
const nodesOf = (doc: HtmlDocument): Node[] => jsonLdOf(doc).flatMap((d) => [d, ...((d['@graph'] as Node[] | undefined) ?? [])]).filter((n) => n['@type']);

/** The dates of the corrections a page shows ("Corrected <time datetime>"), wherever they are. */
const correctionDates = (doc: HtmlDocument): string[] =>
  Array.from(doc.querySelectorAll('time[datetime]'))
    .filter((t) => /^Corrected\b/.test(t.parentElement?.textContent?.trim() ?? ''))
    .map((t) => t.getAttribute('datetime')!);

describe.each(BUILDS)('$name build: metadata a newsroom checks', ({ dir, base }) => {
  const abs = (path = '') => `${SITE_URL}${base}${path}`;
  const storyUrl = abs();
  const articleId = `${storyUrl}#article`;
  const methodUrl = abs('how-we-made-this/');
  const fileOf = (url: string) => join(dir, url.slice(storyUrl.length), 'index.html');

  const sitemap = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2] }));
  const indexable = entries.map((e) => ({ ...e, file: fileOf(e.loc) }));
  const allHtml = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

  it('finds every page: the story, the sections, /positions/, the statements and /how-we-made-this/', () => {
    expect(indexable.length).toBeGreaterThanOrEqual(1 + sections.length + 2 + 16);
    expect(entries.map((e) => e.loc)).toContain(methodUrl);
    expect(entries.map((e) => e.loc)).toContain(abs('positions/'));
    for (const page of indexable) expect(existsSync(page.file), page.loc).toBe(true);
  });

  // Reading every page or decoding every card takes seconds on a busy 2-core machine.
  const SLOW = { timeout: 60_000 };

  it('every page’s <title>, og:title and twitter:title is at most 70 characters', SLOW, () => {
    expect(allHtml.length).toBeGreaterThan(20);
    for (const file of allHtml) {
      const doc = readHtml(file);
      for (const title of [doc.title, attr(doc, 'meta[property="og:title"]'), attr(doc, 'meta[name="twitter:title"]')]) {
        expect(title?.trim().length, file).toBeGreaterThan(5);
        expect(title!.length, `${file}: "${title}"`).toBeLessThanOrEqual(70);
      }
    }
  });

  it('every page’s JSON-LD parses, and every indexable page has some', SLOW, () => {
    for (const file of allHtml) jsonLdOf(readHtml(file));
    for (const page of indexable) {
      const nodes = nodesOf(readHtml(page.file));
      expect(nodes.length, page.loc).toBeGreaterThan(0);
      for (const node of nodes) expect(typeof node['@type'], page.loc).toBe('string');
    }
  });

  it('every indexable page has robots max-image-preview:large, og:site_name, og:locale and article times that agree with the sitemap', () => {
    for (const page of indexable) {
      const doc = readHtml(page.file);
      const robots = Array.from(doc.querySelectorAll('meta[name="robots"]'), (m) => m.getAttribute('content'));
      expect(robots, page.loc).toEqual(['max-image-preview:large']);
      expect(attr(doc, 'meta[property="og:site_name"]'), page.loc).toBe('Macron in Moscow explainer');
      expect(attr(doc, 'meta[property="og:locale"]'), page.loc).toBe('en_GB');
      expect(attr(doc, 'meta[property="article:published_time"]'), page.loc).toBe(PUBLISHED);
      expect(attr(doc, 'meta[property="article:modified_time"]'), page.loc).toBe(page.lastmod);
    }
  });

  it('pages that are not indexed keep noindex and nothing that invites indexing (404, embed)', () => {
    const noindex = allHtml.filter((f) => !indexable.some((p) => p.file === f));
    expect(noindex.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['404.html', join('embed', 'map', 'index.html')]);
    for (const file of noindex) {
      const doc = readHtml(file);
      expect(Array.from(doc.querySelectorAll('meta[name="robots"]'), (m) => m.getAttribute('content')), file).toEqual(['noindex']);
      expect(doc.querySelector('meta[property^="article:"]'), file).toBeNull();
    }
  });

  it('sitemap.xml gives each page’s <lastmod>: the newest correction the page shows, else the story’s date', () => {
    for (const page of indexable) {
      const shown = correctionDates(readHtml(page.file));
      const expected = shown.reduce((a, b) => (b > a ? b : a), PUBLISHED);
      expect(page.lastmod, page.loc).toBe(expected);
    }
    // The log has corrections, so some pages are dated by them and some (untouched) by the story.
    expect(indexable.find((p) => p.loc === storyUrl)!.lastmod).not.toBe(PUBLISHED);
    expect(indexable.some((p) => p.lastmod === PUBLISHED)).toBe(true);
  });

  it('the story’s NewsArticle is by the explainer, based on the original article, with its images, principles and corrections policy', () => {
    const doc = readHtml(join(dir, 'index.html'));
    const articles = nodesOf(doc).filter((n) => n['@type'] === 'NewsArticle');
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a).toMatchObject({ '@id': articleId, url: storyUrl, headline: expect.any(String), datePublished: PUBLISHED, dateModified: attr(doc, 'meta[property="article:modified_time"]') });
    expect(a.author).toEqual({ '@type': 'Organization', name: 'The explainer team' });
    expect(a.publisher).toMatchObject({ '@type': 'Organization', name: 'Macron in Moscow explainer', publishingPrinciples: methodUrl, correctionsPolicy: `${methodUrl}#corrections` });
    expect(JSON.stringify(a.publisher)).not.toContain('The Hill');
    expect(a.publishingPrinciples).toBe(methodUrl);
    expect(a.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      headline: a.headline,
      datePublished: PUBLISHED,
      publisher: { '@type': 'Organization', name: 'The Hill' },
      creditText: expect.stringMatching(/\(likely\b/),
    });
    expect(JSON.stringify(a)).not.toMatch(/most likely/);
    expect(doc.querySelector('.masthead .credit')?.textContent).toMatch(/The Hill \(likely\)/);
    expect(existsSync(join(dir, 'how-we-made-this', 'index.html'))).toBe(true);
  });

  it('the JSON-LD images are the three shapes, each at least 1200 px wide, with the sizes their PNG headers give', () => {
    const pages = [
      { id: 'story', file: join(dir, 'index.html') },
      ...sections.map((s) => ({ id: s.id, file: join(dir, s.id, 'index.html') })),
    ];
    for (const { id, file } of pages) {
      const node = nodesOf(readHtml(file)).find((n) => n['@type'] === 'NewsArticle' || n['@type'] === 'WebPage')!;
      const images = node.image as { '@type': string; url: string; width: number; height: number }[];
      expect(images.map((i) => i.url), id).toEqual(Object.keys(SHAPES).map((shape) => abs(`share/${shape}/${id}.png`)));
      for (const image of images) {
        const size = pngSize(readFileSync(join(dir, image.url.slice(storyUrl.length))));
        expect(size, image.url).toEqual({ width: image.width, height: image.height });
        expect(size!.width).toBeGreaterThanOrEqual(1200);
      }
      const ratios = images.map((i) => i.width / i.height);
      expect(ratios.map((r) => r.toFixed(3))).toEqual([16 / 9, 4 / 3, 1].map((r) => r.toFixed(3)));
      // The 1200×630 card stays the og:image.
      expect(attr(readHtml(file), 'meta[property="og:image"]')).toBe(abs(`share/${id}.png`));
    }
  });

  it('the shaped share cards keep their text inside the margins', SLOW, async () => {
    for (const [shape, [width, height]] of Object.entries(SHAPES)) {
      for (const f of readdirSync(join(dir, 'share', shape))) {
        const image = await decodePng(readFileSync(join(dir, 'share', shape, f)));
        expect({ width: image.width, height: image.height }).toEqual({ width, height });
        expect(darkShare(image, 160, { x: width - 60, y: 18, width: 60, height: height - 18 }), `${shape}/${f}: right margin`).toBe(0);
        expect(darkShare(image, 160, { x: 0, y: height - 44, width, height: 44 }), `${shape}/${f}: bottom margin`).toBe(0);
        expect(darkShare(image), `${shape}/${f}`).toBeGreaterThan(0.01);
      }
    }
  });

  it('every page but the story has a WebPage that is part of the story’s NewsArticle, a BreadcrumbList back to the story, and the publisher', () => {
    for (const page of indexable.filter((p) => p.loc !== storyUrl)) {
      const nodes = nodesOf(readHtml(page.file));
      expect(nodes.filter((n) => n['@type'] === 'NewsArticle'), `${page.loc}: no second NewsArticle`).toEqual([]);
      const webPage = nodes.find((n) => n['@type'] === 'WebPage' || n['@type'] === 'AboutPage')!;
      expect(webPage, page.loc).toMatchObject({ '@id': page.loc, url: page.loc, isPartOf: { '@id': articleId }, dateModified: page.lastmod });
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { '@type': string; position: number; name: string; item: string }[] } | undefined;
      expect(crumbs, page.loc).toBeDefined();
      const items = crumbs!.itemListElement;
      expect(items[0]!.item, page.loc).toBe(storyUrl);
      expect(items.at(-1)!.item, page.loc).toBe(page.loc);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      for (const i of items) expect(i.name.length, page.loc).toBeGreaterThan(3);
      expect(nodes.find((n) => n['@type'] === 'Organization' && n['@id'] === `${storyUrl}#publisher`), page.loc).toMatchObject({
        publishingPrinciples: methodUrl,
        correctionsPolicy: `${methodUrl}#corrections`,
      });
    }
  });

  it('on statement pages the Quotation is the page’s main entity and points at the story’s NewsArticle by @id', () => {
    const statements = indexable.filter((p) => p.loc.startsWith(abs('statements/')));
    expect(statements.length).toBe(16);
    for (const page of statements) {
      const nodes = nodesOf(readHtml(page.file));
      const quotations = nodes.filter((n) => n['@type'] === 'Quotation');
      expect(quotations, page.loc).toHaveLength(1);
      const q = quotations[0]!;
      expect(q.isPartOf, page.loc).toEqual({ '@id': articleId, url: storyUrl });
      expect(q.mainEntityOfPage, page.loc).toBe(page.loc);
      expect(nodes.find((n) => n['@type'] === 'WebPage')!.mainEntity).toEqual({ '@id': q['@id'] });
      // Statement → its section → the story.
      expect((nodes.find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement as unknown[]).length, page.loc).toBe(3);
    }
    // …and that NewsArticle names each of them, by @id, among its parts.
    const article = nodesOf(readHtml(join(dir, 'index.html'))).find((n) => n['@id'] === articleId)!;
    const parts = new Set((article.hasPart as Node[]).filter((n) => n['@type'] === 'Quotation').map((n) => n['@id']));
    expect(parts.size).toBe(16);
    for (const page of statements) expect(parts.has(nodesOf(readHtml(page.file)).find((n) => n['@type'] === 'Quotation')!['@id']), page.loc).toBe(true);
  });

  it('the story, section and other pages show the type of work, “Explainer”, as a label', () => {
    for (const page of indexable) {
      const label = readHtml(page.file).querySelector('header.masthead .work-type');
      expect(label?.textContent?.trim(), page.loc).toBe('Explainer');
    }
  });

  it('“How we made this” is linked from the footer of every page, the story’s included, and covers its four subjects', () => {
    const method = `${base}how-we-made-this/`;
    // In the footer's "About this page" note of every page, the story's included.
    for (const page of indexable) {
      const links = Array.from(readHtml(page.file).querySelectorAll('footer a'), (a) => a.getAttribute('href'));
      expect(links, page.loc).toContain(method);
      expect(links, page.loc).toContain(`${method}#corrections`);
    }
    const doc = readHtml(join(dir, 'how-we-made-this', 'index.html'));
    expect(doc.querySelector('h1')?.textContent).toBe('How we made this');
    for (const id of ['explainer', 'positions', 'confidence', 'quotes', 'corrections']) expect(doc.querySelector(`h2#${id}`), id).not.toBeNull();
    expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(methodUrl);
    // No feedback address is set in story.yaml, so no link to one is shown (tests/build/data-xss.test.ts covers a set one).
    expect(doc.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(doc.body.textContent).not.toMatch(/undefined|\[object Object\]|NaN/);
  });
});

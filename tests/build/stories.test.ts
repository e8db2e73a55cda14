// The build of every story (npm run build without STORY), made as dist-stories/ under /kit/: the
// index of stories at the base, and each published story of content/stories/ under /kit/<slug>/
// with every page a single-story build has at its root. Links, CSP and third parties are checked
// for this build with the others (crawl, security and third-party tests run on ALL_BUILDS).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { pngSize } from '../helpers/png';
import { SITE_URL, STORIES_BUILD, STORIES_CONTENT } from '../helpers/paths';
import { publishedStories, storiesIn } from '../helpers/stories';
import { parseYaml } from '../../src/lib/checks/yaml';

const { dir, base } = STORIES_BUILD;
const abs = (path = '') => `${SITE_URL}${base}${path}`;
const attr = (doc: HtmlDocument, selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name) ?? null;
// content/stories/ and the fictional fixture story (tests/helpers/paths.ts STORIES_CONTENT).
const stories = publishedStories(STORIES_CONTENT);
const site = (parseYaml(readFileSync('content/site.yaml', 'utf8')) as { ok: true; value: { name: string; description: string } }).value;

describe('stories build: the index of stories', () => {
  const doc = readHtml(join(dir, 'index.html'));

  it('has the site’s own title, description, canonical URL and share card', () => {
    expect(doc.title).toBe(site.name);
    expect(attr(doc, 'meta[name="description"]')).toBe(site.description);
    expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(abs());
    expect(attr(doc, 'meta[property="og:url"]')).toBe(abs());
    expect(attr(doc, 'meta[property="og:type"]')).toBe('website');
    expect(attr(doc, 'meta[property="og:title"]')).toBe(site.name);
    expect(attr(doc, 'meta[property="og:image"]')).toBe(abs('share/index.png'));
    expect(attr(doc, 'meta[name="twitter:image"]')).toBe(abs('share/index.png'));
    expect(pngSize(readFileSync(join(dir, 'share', 'index.png')))).toEqual({ width: 1200, height: 630 });
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(site.name);
    expect(attr(doc, 'meta[name="robots"]') ?? '').not.toMatch(/noindex/);
  });

  it('links to every published story, newest first, with its headline, standfirst, date and share image', () => {
    const items = Array.from(doc.querySelectorAll('.story-list__item'));
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(stories.map((s) => `${base}${s.slug}/`));
    items.forEach((li, i) => {
      const s = stories[i]!;
      expect(li.querySelector('.story-list__headline')?.textContent?.trim()).toBe(s.headline);
      expect(li.querySelector('.story-list__dek')?.textContent?.trim()).toBe(s.dek);
      expect(li.querySelector('time')?.getAttribute('datetime')).toBe(s.published);
      expect(li.querySelector('img')?.getAttribute('src')).toBe(`${base}${s.slug}/share/story.png`);
    });
  });

  it('describes the list as a schema.org CollectionPage with an ItemList in the same order', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as {
      '@type': string;
      url: string;
      mainEntity: { itemListElement: { position: number; url: string; item: { headline: string } }[] };
    };
    expect(ld['@type']).toBe('CollectionPage');
    expect(ld.url).toBe(abs());
    expect(ld.mainEntity.itemListElement.map((e) => [e.position, e.url, e.item.headline])).toEqual(
      stories.map((s, i) => [i + 1, abs(`${s.slug}/`), s.headline]),
    );
  });

  it('holds nothing at the base but the index, the site files and one folder per published story', () => {
    const top = readdirSync(dir).sort();
    const site = ['404.html', '_astro', '_headers', 'favicon.svg', 'index.html', 'robots.txt', 'share', 'sitemap.xml'];
    expect(top).toEqual([...site, ...stories.map((s) => s.slug)].sort());
    expect(readdirSync(join(dir, 'share'))).toEqual(['index.png']);
  });

  it('the sitemap lists the index and every published story’s pages, and no draft', () => {
    const locs = [...readFileSync(join(dir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(abs());
    for (const s of stories) {
      for (const path of ['', ...s.sections.map((id) => `${id}/`), 'positions/', ...s.statements.map((id) => `statements/${id}/`)]) {
        expect(locs).toContain(abs(`${s.slug}/${path}`));
      }
    }
    for (const draft of storiesIn(STORIES_CONTENT).filter((s) => s.draft)) expect(locs.some((l) => l!.includes(`/${draft.slug}/`))).toBe(false);
  });

  it('the 404 page lists every published story', () => {
    const notFound = readHtml(join(dir, '404.html'));
    const hrefs = Array.from(notFound.querySelectorAll('main a'), (a) => a.getAttribute('href'));
    for (const s of stories) expect(hrefs).toContain(`${base}${s.slug}/`);
    expect(notFound.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe.each(stories)('stories build: $slug under /kit/$slug/', (s) => {
  const home = join(dir, s.slug);
  const page = (path: string) => readHtml(join(home, path, 'index.html'));

  it('has the story page, every section page and every statement page, each canonical under its prefix', () => {
    for (const path of ['', ...s.sections.map((id) => `${id}/`), ...s.statements.map((id) => `statements/${id}/`), 'positions/']) {
      const doc = page(path);
      expect(attr(doc, 'link[rel="canonical"]', 'href'), path).toBe(abs(`${s.slug}/${path}`));
      expect(attr(doc, 'link[rel~="icon"]', 'href'), path).toBe(`${base}favicon.svg`);
      expect(doc.querySelector('.draft-banner'), path).toBeNull();
    }
    expect(page('').querySelector('h1')?.textContent?.trim()).toBe(s.headline);
    // Parses every page of the story: on 2 shared cores that can take longer than vitest's 5 s.
  }, 30_000);

  it('has its data files, map files, embed, oEmbed files and share images beside its pages', () => {
    const files = [
      'data/positions.csv',
      'data/positions.geojson',
      'data/statements.json',
      'data/timeline.json',
      'map/data.json',
      'map/basemap.geojson',
      'map/static/overview.svg',
      'map/static/overview.png',
      'embed/map/index.html',
      'oembed/story.json',
      'oembed/embed-map.json',
      'share/story.png',
      ...s.sections.flatMap((id) => [`share/${id}.png`, `oembed/${id}.json`, `map/static/${id}.svg`]),
      ...s.statements.map((id) => `share/statements/${id}.png`),
    ];
    expect(files.filter((f) => !existsSync(join(home, f)))).toEqual([]);
  });

  it('its map island and oEmbed files point into the story’s own folder', () => {
    const html = readFileSync(join(home, 'index.html'), 'utf8');
    expect(html).toContain(`&quot;${base}${s.slug}/map/data.json&quot;`);
    const oembed = JSON.parse(readFileSync(join(home, 'oembed', 'story.json'), 'utf8')) as { html: string; thumbnail_url: string };
    expect(oembed.html).toContain(abs(`${s.slug}/embed/map/`));
    expect(oembed.thumbnail_url).toBe(abs(`${s.slug}/map/static/overview.png`));
  });
});

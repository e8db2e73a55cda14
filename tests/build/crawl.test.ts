// Crawls each test build from index.html like a visitor (and a link checker) would: every href, src,
// srcset, og/twitter image, sitemap <loc> and CSS url() inside the site must exist on disk, every
// #fragment must match an id in its target page, and under the sub-path build every internal URL
// must start with the base.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, type HtmlDocument } from '../helpers/html';
import { ALL_BUILDS, SITE_URL, type TestBuild } from '../helpers/paths';

interface Link {
  from: string;
  url: URL;
  raw: string;
  attr: string;
}
interface Crawl {
  pages: Map<string, HtmlDocument>;
  visited: Set<string>;
  links: Link[];
  broken: string[];
}

const origin = new URL(SITE_URL).origin;

/** The file a URL path maps to, as a static host would serve it (dir/ → dir/index.html), or null. */
function fileFor(build: TestBuild, pathname: string): string | null {
  if (!pathname.startsWith(build.base)) return null;
  let file = join(build.dir, decodeURIComponent(pathname.slice(build.base.length)));
  if (pathname.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function linksIn(doc: HtmlDocument): { raw: string; attr: string }[] {
  const out: { raw: string; attr: string }[] = [];
  for (const el of Array.from(doc.querySelectorAll('[href], [src], [srcset], [poster], [data]'))) {
    const tag = el.tagName.toLowerCase();
    for (const attr of ['href', 'src', 'poster']) {
      const v = el.getAttribute(attr);
      if (v !== null) out.push({ raw: v, attr: `${tag}[${attr}]` });
    }
    if (tag === 'object' && el.getAttribute('data')) out.push({ raw: el.getAttribute('data')!, attr: 'object[data]' });
    const srcset = el.getAttribute('srcset');
    if (srcset) for (const part of srcset.split(',')) out.push({ raw: part.trim().split(/\s+/)[0]!, attr: `${tag}[srcset]` });
  }
  for (const meta of Array.from(doc.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]'))) {
    out.push({ raw: meta.getAttribute('content') ?? '', attr: `meta[${meta.getAttribute('property') ?? meta.getAttribute('name')}]` });
  }
  return out;
}

function crawl(build: TestBuild): Crawl {
  const start = new URL(build.base, origin);
  const result: Crawl = { pages: new Map(), visited: new Set(), links: [], broken: [] };
  const queue: URL[] = [start, new URL('404.html', start), new URL('sitemap.xml', start), new URL('robots.txt', start)];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    const key = url.pathname;
    if (seen.has(key)) continue;
    seen.add(key);
    const file = fileFor(build, url.pathname);
    if (!file) continue; // reported where it was linked from
    result.visited.add(key);
    const ext = extname(file);
    const enqueue = (raw: string, attr: string, base: URL, from: string) => {
      if (/^(mailto|tel|data|javascript):/i.test(raw)) {
        if (/^javascript:/i.test(raw)) result.broken.push(`${from}: ${attr}="${raw}" is a javascript: link`);
        return;
      }
      const target = new URL(raw, base);
      result.links.push({ from, url: target, raw, attr });
      if (target.origin !== origin) return;
      if (!fileFor(build, target.pathname)) {
        result.broken.push(`${from}: ${attr}="${raw}" → ${target.pathname} does not exist in ${build.name} build`);
        return;
      }
      queue.push(target);
    };
    if (ext === '.html') {
      const doc = parseHtml(readFileSync(file, 'utf8'));
      result.pages.set(key, doc);
      for (const { raw, attr } of linksIn(doc)) enqueue(raw, attr, url, key);
    } else if (ext === '.css') {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)) {
        enqueue(m[2] ?? m[4]!, 'css url()', url, key);
      }
    } else if (key.endsWith('sitemap.xml')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(m[1]!, 'sitemap <loc>', url, key);
    } else if (key.endsWith('robots.txt')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) enqueue(m[1]!, 'robots Sitemap', url, key);
    }
  }
  return result;
}

describe.each(ALL_BUILDS)('$name build: link crawl', (build) => {
  let site: Crawl;
  beforeAll(() => {
    site = crawl(build);
  });

  it('reaches the story, every section page, the share images and the stylesheets', () => {
    const visited = [...site.visited];
    expect(visited).toContain(build.base);
    expect(visited.filter((p) => /\/share\/[^/]+\.png$/.test(p)).length).toBeGreaterThanOrEqual(8);
    expect(visited.some((p) => p.endsWith('.css'))).toBe(true);
    expect(site.pages.size).toBeGreaterThanOrEqual(9); // story, 7 sections, 404
  });

  it('has no broken links', () => {
    expect(site.broken).toEqual([]);
  });

  it('every #fragment points at an id in its target page', () => {
    const missing: string[] = [];
    for (const { from, url, raw, attr } of site.links) {
      if (url.origin !== origin || !raw.includes('#')) continue;
      // A text fragment ("#quote-ID:~:text=…") names the element before its directive.
      const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
      const target = site.pages.get(url.pathname);
      if (!id) missing.push(`${from}: ${attr}="${raw}" has an empty fragment`);
      else if (!target) missing.push(`${from}: ${attr}="${raw}" points into a page that is not HTML`);
      else if (!target.getElementById(id)) missing.push(`${from}: ${attr}="${raw}": no id="${id}" in ${url.pathname}`);
    }
    expect(missing).toEqual([]);
  });

  it(`every internal URL starts with the base (${build.base})`, () => {
    const outside = site.links
      .filter(({ url }) => url.origin === origin && !url.pathname.startsWith(build.base))
      .map(({ from, raw, attr }) => `${from}: ${attr}="${raw}"`);
    expect(outside).toEqual([]);
  });

  it('every root-relative href/src in the HTML starts with the base', () => {
    const bad: string[] = [];
    for (const [path, doc] of site.pages) {
      for (const { raw, attr } of linksIn(doc)) {
        if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith(build.base)) bad.push(`${path}: ${attr}="${raw}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no page id is used twice', () => {
    const dupes: string[] = [];
    for (const [path, doc] of site.pages) {
      const ids = Array.from(doc.querySelectorAll('[id]'), (e) => e.id);
      for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) dupes.push(`${path}: #${id}`);
    }
    expect(dupes).toEqual([]);
  });
});

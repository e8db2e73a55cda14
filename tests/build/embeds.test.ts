// What other sites take from both builds: a PNG of every static map view, the oEmbed JSON of the
// story, each section and /embed/map/ (found from each page's discovery link, every URL in it
// resolving inside the build), and the embed snippet under "Get the data".
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from '../helpers/html';
import { BUILDS, SITE_URL, type TestBuild } from '../helpers/paths';
import { decodePng, pngSize } from '../helpers/png';
import { STILL_FOOTER, STILL_HEADER } from '../../src/lib/map/static-still';

const MAX_PNG_BYTES = 150 * 1024;

/** The file an absolute URL of the build maps to, as a static host would serve it, or null. */
function fileFor(build: TestBuild, href: string): string | null {
  const url = new URL(href);
  if (url.origin !== new URL(SITE_URL).origin || !url.pathname.startsWith(build.base)) return null;
  let file = join(build.dir, decodeURIComponent(url.pathname.slice(build.base.length)));
  if (url.pathname.endsWith('/')) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

describe.each(BUILDS)('$name build: embeds, oEmbed and still images', (build) => {
  const views = (JSON.parse(readFileSync(join(build.dir, 'map/data.json'), 'utf8')) as { views: { id: string }[] }).views.map((v) => v.id);
  const sections = views.filter((v) => v !== 'overview');

  it('every map view has a 2× PNG under 150 KB, drawn from the same SVG with the still’s bands', async () => {
    expect(views.length).toBeGreaterThan(1);
    const svgs = readdirSync(join(build.dir, 'map/static')).filter((f) => f.endsWith('.svg'));
    expect(svgs.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual([...views].sort());
    for (const view of views) {
      const svg = readFileSync(join(build.dir, 'map/static', `${view}.svg`), 'utf8');
      const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!;
      const bytes = readFileSync(join(build.dir, 'map/static', `${view}.png`));
      expect(bytes.length, view).toBeLessThan(MAX_PNG_BYTES);
      const image = await decodePng(bytes);
      // The still adds its caption band above the map and its key and credit band below.
      expect([image.width, image.height], view).toEqual([Number(w) * 2, (Number(h) + STILL_HEADER + STILL_FOOTER) * 2]);
    }
  });

  const pages = [
    { page: '', oembed: 'story', view: 'overview' },
    { page: 'embed/map/', oembed: 'embed-map', view: 'overview' },
    ...sections.map((id) => ({ page: `${id}/`, oembed: id, view: id })),
  ];

  it.each(pages)('/$page announces its oEmbed JSON, and every URL in it resolves', ({ page, oembed, view }) => {
    const doc = readHtml(join(build.dir, page, 'index.html'));
    const links = Array.from(doc.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]'));
    expect(links.length).toBe(1);
    const href = links[0]!.getAttribute('href')!;
    expect(href).toBe(`${SITE_URL}${build.base}oembed/${oembed}.json`);
    const file = fileFor(build, href);
    expect(file, href).not.toBeNull();
    const json = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_name: expect.any(String), title: expect.any(String) });
    expect(json.width).toEqual(expect.any(Number));
    expect(json.height).toEqual(expect.any(Number));
    expect(fileFor(build, json.provider_url as string), 'provider_url').toBe(join(build.dir, 'index.html'));

    // The HTML: one iframe of the embed, sized as the JSON says, showing this page's view.
    const html = parseHtml(`<body>${json.html as string}</body>`);
    const frames = Array.from(html.querySelectorAll('iframe'));
    expect(frames.length).toBe(1);
    const src = new URL(frames[0]!.getAttribute('src')!);
    expect(fileFor(build, src.href), src.href).toBe(join(build.dir, 'embed/map/index.html'));
    expect(src.searchParams.get('view') ?? 'overview').toBe(view);
    expect(frames[0]!.getAttribute('width')).toBe(String(json.width));
    expect(frames[0]!.getAttribute('height')).toBe(String(json.height));
    expect(frames[0]!.getAttribute('title')).toBe(json.title);
    expect(html.querySelectorAll('script').length).toBe(0);

    // The thumbnail: the view's PNG, at the size the JSON gives.
    expect(json.thumbnail_url).toBe(`${SITE_URL}${build.base}map/static/${view}.png`);
    const thumbnail = fileFor(build, json.thumbnail_url as string);
    expect(thumbnail).not.toBeNull();
    expect(pngSize(readFileSync(thumbnail!))).toEqual({ width: json.thumbnail_width, height: json.thumbnail_height });
  });

  it('the snippet under "Get the data" frames the embed with a pym child id, resizes it, and links every view’s PNG', () => {
    const doc = readHtml(join(build.dir, 'index.html'));
    const snippet = doc.querySelector('.data-downloads__snippet')!.textContent!;
    const code = parseHtml(`<body>${snippet}</body>`);
    const frame = code.querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(fileFor(build, src.href)).toBe(join(build.dir, 'embed/map/index.html'));
    expect(src.searchParams.get('childId')).toBe(frame.getAttribute('id'));
    // A plain iframe still works: it has its own height and width.
    expect(Number(frame.getAttribute('height'))).toBeGreaterThan(300);
    expect(frame.getAttribute('width')).toBe('100%');
    expect(code.querySelector('script')?.textContent).toContain('xPYMx');
    const stills = Array.from(doc.querySelectorAll('.data-downloads__stills a'), (a) => a.getAttribute('href'));
    expect(stills).toEqual(views.map((v) => `${build.base}map/static/${v}.png`));
  });
});

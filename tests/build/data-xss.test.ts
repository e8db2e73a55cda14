// Text in the data is always text: a fixture whose fields hold markup is built, and the markup must
// come out as plain characters in the HTML, the JSON-LD and the downloads, never as elements.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { parseHtml } from '../helpers/html';
import { buildWithContent } from './data-build';

const PAYLOAD = '</script><img src=x onerror=alert(1)>';
const { DOMParser } = new Window();
const out = mkdtempSync(join(tmpdir(), 'explainer-xss-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(async () => {
  const { code, log } = await buildWithContent('tests/fixtures/xss-story', out, 'fixture-story');
  if (code !== 0) throw new Error(`fixture build failed:\n${log}`);
}, 120_000);

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const htmlFiles = () => (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('markup in the data stays text', () => {
  it('no page gains an element or a handler from the data', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const html = read(file);
      const doc = parseHtml(html);
      // The only images are the static maps, whose src and alt the build writes (the alt is text).
      expect(doc.querySelectorAll('img:not([data-static-map])').length, file).toBe(0);
      for (const img of Array.from(doc.querySelectorAll('img'))) expect(img.getAttribute('src'), file).toMatch(/^\/map\/static\/[a-z0-9-]+\.svg$/);
      expect(doc.querySelectorAll('[onerror]').length, file).toBe(0);
      // A "</script>" in the data that ended a script early would leave the rest of the payload as markup.
      for (const script of Array.from(doc.querySelectorAll('script'))) expect(script.textContent, file).not.toContain('<img');
    }
  });

  it('the publisher’s name (story.yaml explainer) stays text in og:site_name and the JSON-LD', () => {
    const doc = parseHtml(read('index.html'));
    expect(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe(`Fixture explainer ${PAYLOAD}`);
    const article = [...read('index.html').matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => JSON.parse(m[1]!) as { '@type'?: string; publisher?: { name: string; contactPoint?: { email?: string } } })
      .find((d) => d['@type'] === 'NewsArticle')!;
    expect(article.publisher?.name).toBe(`Fixture explainer ${PAYLOAD}`);
    // This fixture also sets a feedback address: it is named in the JSON-LD and linked for readers.
    expect(article.publisher?.contactPoint?.email).toBe('corrections@fixture.test');
    for (const page of ['index.html', 'first-section/index.html', 'how-we-made-this/index.html']) {
      const links = Array.from(parseHtml(read(page)).querySelectorAll('a'), (a) => a.getAttribute('href'));
      expect(links, page).toContain('mailto:corrections@fixture.test');
    }
  });

  it('the timeline shows the characters as text', () => {
    const doc = parseHtml(read('index.html'));
    expect(doc.querySelector('#timeline-minister-speaks .timeline__event')?.textContent).toBe(PAYLOAD);
    expect(read('index.html')).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.endsWith(PAYLOAD)).toBe(true);
  });

  it('JSON-LD holds the characters as data and never a raw "<"', () => {
    const blocks = [...read('index.html').matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block).not.toContain('<');
    const data = blocks.map((b) => JSON.parse(b) as { description?: string });
    expect(data.some((d) => d.description?.endsWith(PAYLOAD))).toBe(true);
    // A statement page's Quotation graph: the speaker's role (jobTitle) keeps the characters.
    const quoteBlocks = [...read('statements/minister-ready/index.html').matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    for (const block of quoteBlocks) expect(block).not.toContain('<');
    const graph = quoteBlocks.map((b) => JSON.parse(b) as { '@graph'?: { '@type': string; jobTitle?: string; name?: string }[] }).find((d) => d['@graph'])!['@graph']!;
    expect(graph.filter((n) => n['@type'] === 'Quotation').length).toBe(1);
    expect(graph.find((n) => n['@type'] === 'Person')?.jobTitle).toBe(PAYLOAD);
  });

  it('who said what shows the characters as text: note, speaker role, and in the speakers list', () => {
    for (const page of ['index.html', 'first-section/index.html']) {
      const doc = parseHtml(read(page));
      expect(doc.querySelector('#statement-minister-ready .wsw-entry__note')?.textContent, page).toBe(`Note: ${PAYLOAD}`);
      expect(doc.querySelector('#statement-minister-ready-speaker')?.textContent, page).toBe(`Fixture Minister, ${PAYLOAD}`);
      expect(doc.querySelector('#speaker-fixture-minister dd')?.textContent, page).toBe(PAYLOAD);
      // The marked passage in the text is the article's words, linked to the entry.
      expect(doc.querySelector('mark#quote-minister-ready a[href="#statement-minister-ready"]')?.textContent, page).toBe('we are ready');
    }
  });

  it('the downloads carry the exact characters', () => {
    const geo = JSON.parse(read('data/positions.geojson')) as { features: { properties: { label: string; sources: { title: string }[] } }[] };
    expect(geo.features.map((f) => f.properties.label)).toContain(PAYLOAD);
    expect(geo.features.flatMap((f) => f.properties.sources.map((s) => s.title))).toContain(PAYLOAD);
    const statements = JSON.parse(read('data/statements.json')) as { note?: string; speaker: { role: string } }[];
    expect(statements.map((s) => s.note)).toContain(PAYLOAD);
    expect(statements.map((s) => s.speaker.role)).toContain(PAYLOAD);
    const timeline = JSON.parse(read('data/timeline.json')) as { event: string }[];
    expect(timeline.map((e) => e.event)).toContain(PAYLOAD);
    expect(read('data/positions.csv').split('\r\n')[1]!.split(',')).toContain(PAYLOAD);
  });

  it('the map island data file carries the exact characters, as JSON', () => {
    const text = read('map/data.json');
    expect(text).toContain(JSON.stringify(PAYLOAD).slice(1, -1));
    expect(JSON.stringify(JSON.parse(text))).toContain(JSON.stringify(PAYLOAD).slice(1, -1));
  });

  it('the static SVG maps hold the characters as escaped text, never as elements', () => {
    const files = (readdirSync(join(out, 'map/static')) as string[]).filter((f) => f.endsWith('.svg'));
    expect(files.length).toBeGreaterThan(0);
    let labelled = 0;
    for (const file of files) {
      const svg = read(join('map/static', file));
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror').length, file).toBe(0);
      expect(doc.getElementsByTagName('img').length, file).toBe(0);
      expect(doc.getElementsByTagName('script').length, file).toBe(0);
      if (doc.documentElement.textContent?.includes(PAYLOAD)) labelled++;
    }
    expect(labelled, 'the payload label appears as text in at least one static map').toBeGreaterThan(0);
  });
});

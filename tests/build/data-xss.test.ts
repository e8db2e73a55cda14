// Text in the data is always text: a fixture whose fields hold markup is built, and the markup must
// come out as plain characters in the HTML, the JSON-LD and the downloads, never as elements.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html';
import { buildWithContent } from './data-build';

const PAYLOAD = '</script><img src=x onerror=alert(1)>';
const out = mkdtempSync(join(tmpdir(), 'explainer-xss-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(async () => {
  const { code, log } = await buildWithContent('tests/fixtures/xss-story', out);
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
      expect(doc.querySelectorAll('img').length, file).toBe(0);
      expect(doc.querySelectorAll('[onerror]').length, file).toBe(0);
      // A "</script>" in the data that ended a script early would leave the rest of the payload as markup.
      for (const script of Array.from(doc.querySelectorAll('script'))) expect(script.textContent, file).not.toContain('<img');
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
});

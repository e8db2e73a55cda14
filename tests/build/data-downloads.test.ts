// The "Get the data" downloads of both test builds: valid formats, consistent counts, every
// quotation of the article with the right speaker, and links on / that respect the base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../helpers/content';
import { readHtml } from '../helpers/html';
import { BUILDS, ROOT, SITE_URL } from '../helpers/paths';
import { parseYaml } from '../../src/lib/checks/yaml';

const article = articleParagraphs().join('\n');
const yamlIds = (file: string) => {
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return (parsed.value as { id: string }[]).map((e) => e.id);
};

/** Who says each quotation in the article, by its opening words. The programme title is not a quotation. */
const QUOTE_SPEAKERS: [string, string][] = [
  ['reasonably optimistic', 'emmanuel-macron'],
  ['short-term victories', 'emmanuel-macron'],
  ['We can prevent some things', 'emmanuel-macron'],
  ['a very substantive and lengthy conversation', 'dmitry-peskov'],
  ['the situation is too complex', 'dmitry-peskov'],
  ['the atmosphere has remained tense', 'dmitry-peskov'],
  ['any day now', 'jake-sullivan'],
  ['We are in the window', 'jake-sullivan'],
  ['discuss their shared commitment', 'white-house'],
  ['discussed ongoing diplomatic', 'white-house'],
];
const PROGRAMME_TITLE = 'Fox News Sunday';

/** The attributed claims without quotation marks, by words they contain. */
const PARAPHRASE_SPEAKERS: [string, string][] = [
  ['has denied having any such plans', 'russian-government'],
  ['The Kremlin believes', 'kremlin'],
  ['have not moved on Russia’s demands', 'dmitry-peskov'],
  ['Russia has demanded that NATO bans Ukraine', 'russian-government'],
  ['such requests are nonstarters', 'us-and-nato'],
  ['deploying and repositioning more than 3,000 troops', 'pentagon'],
];

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown[] };
  properties: { id: string; lat: number; lng: number; area?: string; asOf?: string; sources: { id: string; outlet: string; title: string }[] };
}
interface ExportedStatement {
  id: string;
  kind: string;
  text: string;
  speaker: Record<string, string>;
}

describe.each(BUILDS)('$name build: data downloads', ({ dir, base }) => {
  const read = (file: string) => readFileSync(join(dir, 'data', file), 'utf8');
  const geo = JSON.parse(read('positions.geojson')) as { type: string; features: Feature[] };
  const statements = JSON.parse(read('statements.json')) as ExportedStatement[];

  it('positions.geojson is a FeatureCollection of [lng, lat] points, one per position, sources included', () => {
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.id).sort()).toEqual(yamlIds('positions.yaml').sort());
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(typeof lng === 'number' && typeof lat === 'number', f.id).toBe(true);
      expect([lng, lat], f.id).toEqual([f.properties.lng, f.properties.lat]);
      expect(Math.abs(lat) <= 90 && Math.abs(lng) <= 180, f.id).toBe(true);
      expect(f.properties.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.properties.sources) expect(s.outlet && s.title, `${f.id}: ${s.id}`).toBeTruthy();
    }
  });

  it('positions.csv has the header and one row per GeoJSON feature, in the same order', () => {
    const [header, ...rows] = parseCsv(read('positions.csv'));
    expect(header!.slice(0, 8)).toEqual(['id', 'label', 'side', 'area', 'status', 'what', 'lat', 'lng']);
    expect(rows).toHaveLength(geo.features.length);
    expect(rows.map((r) => r[0])).toEqual(geo.features.map((f) => f.id));
    for (const r of rows) expect(r, r[0]).toHaveLength(header!.length);
    expect(rows.map((r) => [Number(r[6]), Number(r[7])])).toEqual(geo.features.map((f) => [f.properties.lat, f.properties.lng]));
    // The Crimean rows say where they are, as the GeoJSON does; the column is empty elsewhere.
    expect(rows.map((r) => r[3])).toEqual(geo.features.map((f) => f.properties.area ?? ''));
    expect(rows.filter((r) => r[3] === 'crimea')).toHaveLength(5);
  });

  it('statements.json is an array, each statement with its speaker as { id, name, role } and its words from the article', () => {
    expect(Array.isArray(statements)).toBe(true);
    expect(statements.map((s) => s.id).sort()).toEqual(yamlIds('statements.yaml').sort());
    for (const s of statements) {
      expect(Object.keys(s.speaker).sort(), s.id).toEqual(['id', 'name', 'role']);
      expect(article.includes(s.text), s.id).toBe(true);
    }
  });

  it('statements.json lists every quotation in the article but the programme title, each with the right speaker', () => {
    const quotations = [...article.matchAll(/“([^”]+?)[,.]?”/g)].map((m) => m[1]!);
    expect(quotations).toContain(PROGRAMME_TITLE);
    const expected = quotations.filter((q) => q !== PROGRAMME_TITLE);
    expect(expected).toHaveLength(QUOTE_SPEAKERS.length);
    const quotes = statements.filter((s) => s.kind === 'quote');
    expect(quotes.map((s) => s.text).sort()).toEqual([...expected].sort());
    for (const q of expected) {
      const speaker = QUOTE_SPEAKERS.find(([start]) => q.startsWith(start))?.[1];
      expect(quotes.find((s) => s.text === q)?.speaker.id, q).toBe(speaker);
    }
  });

  it('statements.json lists the attributed paraphrases with their speakers', () => {
    const paraphrases = statements.filter((s) => s.kind === 'paraphrase');
    expect(paraphrases).toHaveLength(PARAPHRASE_SPEAKERS.length);
    for (const [words, speaker] of PARAPHRASE_SPEAKERS) {
      expect(paraphrases.find((s) => s.text.includes(words))?.speaker.id, words).toBe(speaker);
    }
  });

  it('timeline.json parses, in calendar order, with the article’s dates resolved', () => {
    const timeline = JSON.parse(read('timeline.json')) as { id: string; phrase: string; date: string; endDate?: string; resolved: boolean }[];
    expect(timeline.map((e) => e.date)).toEqual(timeline.map((e) => e.date).sort());
    const byPhrase = (phrase: string) => timeline.filter((e) => e.phrase === phrase).map((e) => [e.date, e.endDate, e.resolved]);
    expect(byPhrase('on Monday')).toEqual([['2022-02-07', undefined, true]]);
    expect(byPhrase('on Sunday')).toEqual([['2022-02-06', undefined, true], ['2022-02-06', undefined, true]]);
    expect(byPhrase('last week')).toEqual([['2022-02-02', undefined, true]]);
    expect(byPhrase('over the weekend')).toEqual([['2022-02-05', '2022-02-06', true]]);
    expect(byPhrase('a few weeks ago')).toEqual([['2022-01', undefined, false]]);
  });

  it('/ links every download under the base path, with the caveats, a credit line and the timeline', () => {
    const doc = readHtml(join(dir, 'index.html'));
    const section = doc.querySelector('section#data')!;
    expect(section).toBeTruthy();
    const hrefs = Array.from(section.querySelectorAll('a'), (a) => a.getAttribute('href'));
    const files = ['positions.geojson', 'positions.csv', 'statements.json', 'timeline.json'];
    // The downloads, then the embeddable map page whose iframe snippet follows, then the still images of the views.
    const stills = hrefs.slice(files.length + 1);
    expect(hrefs.slice(0, files.length + 1)).toEqual([...files.map((f) => `${base}data/${f}`), `${base}embed/map/`]);
    expect(stills.length).toBeGreaterThan(1);
    for (const href of stills) expect(href).toMatch(new RegExp(`^${base}map/static/[a-z0-9-]+\\.png$`));
    expect(section.querySelector('pre code')?.textContent).toMatch(
      new RegExp(`^<iframe id="positions-map-explainer" src="${SITE_URL}${base}embed/map/\\?childId=positions-map-explainer" title="Troop map: [^"]+"`),
    );
    for (const f of files) expect(existsSync(join(dir, 'data', f)), f).toBe(true);
    const text = section.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Positions approximate: most mark a town near the site');
    expect(text).toContain('As of 7 Feb 2022');
    // Some rows have no as-of date (the exercise areas, at least): the caveat promises one only where the sources give one.
    expect(geo.features.filter((f) => f.properties.asOf === undefined).length).toBeGreaterThan(0);
    expect(text).toContain('where the sources give one, its own as-of date');
    expect(text).not.toMatch(/each row also has its own as-of date/);
    expect(text).toContain('Credit:');
    expect(doc.querySelectorAll('#timeline li')).toHaveLength(yamlIds('timeline.yaml').length);
    for (const el of [section, doc.querySelector('#timeline')!]) expect(el.querySelectorAll('[style]')).toHaveLength(0);
  });
});

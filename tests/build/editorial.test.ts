// What an editor found wrong (issue 9) stays fixed, wherever it reached readers: every page, the
// static maps' text, /map/data.json and every /data/* download. Our corrections log quotes the old
// wording on purpose, so its notes are left out of the scan.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, readHtml } from '../helpers/html';
import { BUILDS, ROOT } from '../helpers/paths';
import { parseYaml } from '../../src/lib/checks/yaml';

const positions = (() => {
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/positions.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value as { id: string; label: string; area?: string }[];
})();
const crimean = positions.filter((p) => p.area === 'crimea');

/** Correction notes and the log: the only places allowed to quote what was wrong. */
const CORRECTION_SELECTORS = '#corrections, .correction-note, .positions__correction';

/** What a reader can see or hear of a page: its text and the text in its attributes, corrections left out. */
function readerTextOfHtml(html: string): string {
  const doc = parseHtml(html);
  for (const el of Array.from(doc.querySelectorAll(CORRECTION_SELECTORS))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"]), style'))) el.remove();
  const attributes = Array.from(doc.querySelectorAll('[alt], [aria-label], [title], meta[content]'), (el) =>
    ['alt', 'aria-label', 'title', 'content'].map((a) => el.getAttribute(a) ?? '').join(' '),
  );
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'), (s) => JSON.stringify(withoutCorrections(JSON.parse(s.textContent ?? '{}'))));
  return [doc.title, doc.body?.textContent ?? '', ...attributes, ...jsonLd].join('\n').replace(/\s+/g, ' ');
}

/** JSON with the corrections log's fields (`corrections`, `correction`) removed. */
function withoutCorrections(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCorrections);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'corrections' && k !== 'correction').map(([k, v]) => [k, withoutCorrections(v)]));
  }
  return value;
}

describe.each(BUILDS)('$name build: editorial fixes', ({ dir }) => {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(html|json|geojson|csv|svg)$/.test(f));
  const readerText = (file: string) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.html')) return readerTextOfHtml(raw);
    if (/\.(json|geojson)$/.test(file)) return JSON.stringify(withoutCorrections(JSON.parse(raw)));
    return raw;
  };
  const texts = new Map(files.map((f) => [f, readerText(f)]));

  it('covers every page, the static maps, the map data and the downloads', () => {
    for (const f of ['index.html', 'positions/index.html', 'map/data.json', 'data/positions.csv', 'data/positions.geojson', 'data/statements.json', 'data/timeline.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('map/static/') && f.endsWith('.svg')).length).toBeGreaterThan(1);
  });

  it('no reader is told about "the brief"', () => {
    for (const [file, text] of texts) expect(text, file).not.toMatch(/\bthe (facts )?brief\b(?!ing)/i);
  });

  it('no Crimean point is described as in Russia', () => {
    expect(crimean.length).toBe(5);
    for (const [file, text] of texts) {
      expect(text, file).not.toContain('incl. Crimea');
      for (const p of crimean) {
        // Whatever follows a Crimean point's name, up to the end of its sentence or field.
        for (const m of text.matchAll(new RegExp(p.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))) {
          const after = text.slice(m.index + p.label.length, m.index + p.label.length + 120).split(/[.;]\s|",|\|/)[0]!;
          expect(after, `${file}: ${p.id}`).not.toMatch(/in Russia\b/);
        }
      }
    }
  });

  it('the map data and the positions table say "in Crimea, annexed by Russia in 2014" for the Crimean points', () => {
    const data = JSON.parse(readFileSync(join(dir, 'map/data.json'), 'utf8')) as { positions: { id: string; sideName: string }[] };
    const table = readHtml(join(dir, 'positions/index.html'));
    for (const p of crimean) {
      expect(data.positions.find((x) => x.id === p.id)?.sideName).toBe('Russian forces in Crimea, annexed by Russia in 2014');
      expect(table.querySelector(`#position-${p.id}`)?.textContent, p.id).toContain('Russian forces in Crimea, annexed by Russia in 2014');
    }
    const geo = JSON.parse(readFileSync(join(dir, 'data/positions.geojson'), 'utf8')) as { features: { id: string; properties: { area?: string } }[] };
    for (const p of crimean) expect(geo.features.find((f) => f.id === p.id)?.properties.area).toBe('crimea');
  });

  it('each point is named by where it is: the group name “in Russia and Crimea” is only for the key and the groups', () => {
    const data = JSON.parse(readFileSync(join(dir, 'map/data.json'), 'utf8')) as { positions: { id: string; side: string; sideName: string }[]; views: { description: { highlighted: { text: string }[] } }[] };
    const table = readHtml(join(dir, 'positions/index.html'));
    for (const p of data.positions) {
      expect(p.sideName, p.id).not.toContain('Russia and Crimea');
      // The Side column (the row's first cell after its heading); the row's correction notes may quote old wording.
      expect(table.querySelector(`#position-${p.id} td`)?.textContent, p.id).toBe(p.sideName);
      if (p.side === 'russia' && !crimean.some((c) => c.id === p.id)) expect(p.sideName, p.id).toBe('Russian forces in Russia');
    }
    for (const v of data.views) for (const h of v.description.highlighted) expect(h.text).not.toContain('Russia and Crimea');
  });

  it.each([
    ['the ranking caption of section 4', 'closest to the border'],
    ['"the first U.S. troops of the deployment" on the timeline', 'first U.S. troops of the deployment'],
    ['"with the first arriving in Poland" in section 6', 'with the first arriving in Poland'],
    ['"Macron starts his discussion with Putin"', 'Macron starts his discussion with Putin'],
    ['the arrow that is not drawn', 'from off the map'],
    ['"could come at any moment"', 'could come at any moment'],
    ['"to reassure NATO’s eastern allies"', 'reassure NATO’s eastern allies'],
    ['"Western forces pulled back"', 'Western forces pulled back'],
    ['the wrong "unconfirmed" definition', 'no dated source places forces there'],
    ['the wrong "present" definition', 'on or just before the date'],
    ['the false eFP as-of note', 'No source dates this battlegroup'],
    ['the wrong count of days between the calls', 'a second call four days later'],
    ['the garbled statement description', 'The claim The Kremlin'],
    ['a working-file note', 'UNCONFIRMED'],
    ['a working-file note', 'not retrieved'],
    ['an internal id in a note', 'same point as by-baranovichi-ab'],
    ['an internal id in a note', 'the movement us-2cr-vilseck-to-mk'],
    ['an internal id in a note', 'Klintsy (ru-klintsy)'],
    ['a nested as-of date', '(late Jan 2022 ('],
  ])('%s is gone', (_, words) => {
    for (const [file, text] of texts) expect(text, file).not.toContain(words);
  });

  it('section 5’s summary keeps the weapons demand; section 6’s gives the article’s purpose', () => {
    const five = readHtml(join(dir, 'russias-demands/index.html')).querySelector('.section-head__summary')?.textContent ?? '';
    expect(five).toMatch(/weapons/);
    expect(five).toMatch(/fewer alliance forces/);
    const six = readHtml(join(dir, 'us-reinforcements/index.html')).querySelector('.section-head__summary')?.textContent ?? '';
    expect(six).toContain('support Eastern European allies');
  });

  it('the “short-term victories” card carries the article’s negation', () => {
    const card = readHtml(join(dir, 'index.html')).querySelector('#statement-macron-short-term-victories');
    expect(card?.querySelector('.wsw-entry__text')?.textContent).toBe('“short-term victories”');
    expect(card?.querySelector('.wsw-entry__sense')?.textContent).toContain('does not believe short-term victories are on the table');
  });

  it('eFP Latvia and Poland take medium confidence, dated by their own sources; Klintsy is dated by its own image', () => {
    const geo = JSON.parse(readFileSync(join(dir, 'data/positions.geojson'), 'utf8')) as { features: { id: string; properties: { confidence: string; asOf?: string; asOfNote?: string } }[] };
    const props = (id: string) => geo.features.find((f) => f.id === id)!.properties;
    // FACTS §3.1: "location high; strength unconfirmed"; their sources bracket the map's date (medium).
    expect(props('nato-efp-latvia').confidence).toBe('medium');
    expect(props('nato-efp-poland').confidence).toBe('medium');
    expect(props('nato-efp-latvia').asOfNote).toContain('10 Feb 2022 (CNN)');
    expect(props('nato-efp-poland').asOfNote).toContain('28 Jan 2022 (AFP) and 10 Feb 2022 (CNN)');
    expect(props('ru-klintsy').asOf).toBe('2021-12-25');
  });
});

// The real story's map settings: every section names a view inside the story map, the highlighted
// positions exist, place links point at plotted positions, and the validator still reads plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/checks/read-content';
import { asOfText } from '../../../src/lib/map/position-view';
import { altText, describeView } from '../../../src/lib/map/describe';
import { readSectionText } from '../../../src/lib/text/section-text';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { sectionMapSchema } from '../../../src/schemas/section';
import { articleParagraphs } from '../../helpers/content';
import { ROOT } from '../../helpers/paths';
import { nestsParentheses } from '../../helpers/text';
import { realStory } from './real-story';

const raw = readContent('./content/stories/macron-moscow', ROOT);
const positions = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/positions.yaml'), 'utf8'));
const positionIds = new Set((positions.ok ? (positions.value as { id: string }[]) : []).map((p) => p.id));

describe('the story’s map views and place links', () => {
  it.each(raw.sections.map((s) => [s.path, s.text] as const))('%s names a valid view of known positions', (_path, text) => {
    const { map } = readSectionText(text);
    const view = sectionMapSchema.parse(map);
    for (const id of view.highlight) expect(positionIds.has(id), id).toBe(true);
  });

  it('place links name plotted positions, and the prose keeps the article’s words', () => {
    const places = raw.sections.flatMap((s) => [...s.text.matchAll(/<Place id="([^"]+)">([^<]*)<\/Place>/g)].map((m) => ({ id: m[1]!, words: m[2]!, prose: readSectionText(s.text).prose })));
    expect(places.length).toBeGreaterThan(0);
    const paragraphs = articleParagraphs().join('\n');
    for (const p of places) {
      expect(positionIds.has(p.id), p.id).toBe(true);
      expect(p.prose).not.toContain('<Place');
      expect(paragraphs).toContain(p.words);
    }
    const prose = raw.sections.map((s) => readSectionText(s.text).prose).join('\n\n');
    expect(prose).toContain('with dozens of troops arriving in Poland over the weekend.');
    expect(paragraphs).toContain('with dozens of troops arriving in Poland over the weekend.');
  });
});

describe('the as-of text of every real position and movement', () => {
  const movements = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/movements.yaml'), 'utf8'));
  const entries = [positions, movements].flatMap((f) => (f.ok ? (f.value as { id: string; asOf?: string; asOfNote?: string }[]) : []));

  it('never nests parentheses (“Jan 2022 (late Jan 2022 (…))”)', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect(nestsParentheses(asOfText(e)), `${e.id}: ${asOfText(e)}`).toBe(false);
  });
});

describe('the story’s map in words', () => {
  const { map, positions: all, shown, movements, views, words, vocabulary } = realStory();
  const crimea = vocabulary.areas.find((a) => a.id === 'crimea')!.name;
  const texts = views.map((v) => {
    const d = describeView(v, shown, movements, map.asOf, words);
    return { id: v.id, d, alt: altText(d) };
  });

  it.each(all.map((p) => [p.id, p] as const))('%s is named by where it is, never by its group', (_id, p) => {
    const name = words.sideName(p);
    expect(name).not.toContain('Russia and Crimea');
    if (p.side === 'russia') expect(name).toBe(p.area === 'crimea' ? `Russian forces in ${crimea}` : 'Russian forces in Russia');
    else expect(name).toBe(words.side(p.side).point);
    // A point named "in Russia" must not be one the data places in Crimea (check-areas.ts holds the other way).
    if (name === 'Russian forces in Russia') expect(`${p.label} ${p.marks}`).not.toMatch(/Crimea/);
  });

  it('the key promises an as-of date for every present point only if every one has one', () => {
    const undated = all.filter((p) => p.status === 'present' && p.asOf === undefined);
    if (undated.length > 0) expect(words.status('present').key).toContain('where the sources give one');
    expect(words.status('present').key).not.toMatch(/each point gives the date/);
  });

  it.each(views.map((v) => [v.id] as const))('view %s: counts agree in number, and no single point is named “in Russia and Crimea”', (id) => {
    const { d, alt } = texts.find((t) => t.id === id)!;
    for (const text of [alt, d.summary]) {
      for (const [, n, noun] of text.matchAll(/\b(\d+) (positions?|NATO battlegroups?|exercise areas?)\b/g)) {
        expect(noun!.endsWith('s'), `${id}: “${n} ${noun}”`).toBe(n !== '1');
      }
      expect(text).not.toMatch(/\b1 (US forces|NATO battlegroups|positions)\b/);
    }
    for (const h of d.highlighted) expect(h.text).not.toContain('Russia and Crimea');
    expect(d.sides.reduce((sum, s) => sum + s.count, 0)).toBe(d.total);
  });
});

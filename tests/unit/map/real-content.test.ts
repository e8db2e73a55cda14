// The real story's map settings: every section names a view inside the story map, the highlighted
// positions exist, place links point at plotted positions, and the validator still reads plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/data/read-content';
import { readSectionText } from '../../../src/lib/data/section-text';
import { parseYaml } from '../../../src/lib/data/yaml';
import { sectionMapSchema } from '../../../src/schemas/section';
import { articleParagraphs } from '../../helpers/content';
import { ROOT } from '../../helpers/paths';

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

// The real story's map, read straight from content/ (no Astro): settings, positions, drawable
// movements and views, for the unit tests that check every view or every position.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSectionText } from '../../../src/lib/text/section-text';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { plottedMovements } from '../../../src/lib/map/describe';
import { buildViews } from '../../../src/lib/map/views';
import type { MapConfig } from '../../../src/schemas/map';
import type { Movement } from '../../../src/schemas/movement';
import type { Position } from '../../../src/schemas/position';
import type { Source } from '../../../src/schemas/source';
import { positionView } from '../../../src/lib/map/position-view';
import { sectionMapSchema } from '../../../src/schemas/section';
import { ROOT } from '../../helpers/paths';
import { readContent } from '../../../src/lib/checks/read-content';
import { mapWords } from '../../../src/lib/map/words';
import { readVocabulary } from '../../helpers/vocabulary';

/** A data file's entries as written (the data check, not this, vouches for them). */
export const yamlEntries = <T>(file: string): T[] => {
  const r = parseYaml(readFileSync(join(ROOT, file), 'utf8'));
  if (!r.ok || !Array.isArray(r.value)) throw new Error(`${file}: not a list`);
  return r.value as T[];
};

export function realStory() {
  const raw = readContent('content/stories/macron-moscow', ROOT);
  const map = yamlEntries<MapConfig>('content/stories/macron-moscow/data/map.yaml')[0]!;
  const positions = yamlEntries<Position>('content/stories/macron-moscow/data/positions.yaml');
  const sources = new Map(yamlEntries<Source>('content/stories/macron-moscow/data/sources.yaml').map((s) => [s.id, s]));
  const vocabulary = readVocabulary('content/stories/macron-moscow');
  const words = mapWords(vocabulary);
  // What readers see of each position, as the maps and the map's text read it.
  const shown = positions.map((p) => positionView(p, { words, sources }));
  const movements = plottedMovements(yamlEntries<Movement>('content/stories/macron-moscow/data/movements.yaml'), shown);
  const views = buildViews(
    map,
    vocabulary.map.overviewCaption,
    raw.sections.map((s) => {
      const t = readSectionText(s.text);
      return { id: t.id!, heading: t.id!, map: t.map ? sectionMapSchema.parse(t.map) : undefined };
    }),
  );
  return { raw, map, positions, shown, movements, views, vocabulary, words };
}

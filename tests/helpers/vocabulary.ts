// A story's vocabulary.yaml read straight from the files (no Astro), checked by its schema, and the
// map words the engine builds from it, for unit tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../../src/lib/checks/yaml';
import { mapWords, type MapWords } from '../../src/lib/map/words';
import { vocabularySchema, type Vocabulary } from '../../src/schemas/vocabulary';
import { ROOT } from './paths';

/** The vocabulary of the story folder `dir` (relative to the project root). */
export function readVocabulary(dir: string): Vocabulary {
  const r = parseYaml(readFileSync(join(ROOT, dir, 'data/vocabulary.yaml'), 'utf8'));
  if (!r.ok) throw new Error(`${dir}/data/vocabulary.yaml: ${r.message}`);
  return vocabularySchema.parse(r.value);
}

/** The main story's vocabulary and map words. */
export const MAIN_VOCABULARY: Vocabulary = readVocabulary('content/stories/macron-moscow');
export const MAIN_WORDS: MapWords = mapWords(MAIN_VOCABULARY);
/** The valid fixture story's (tests/fixtures/data/valid). */
export const VALID_VOCABULARY: Vocabulary = readVocabulary('tests/fixtures/data/valid');
export const VALID_WORDS: MapWords = mapWords(VALID_VOCABULARY);

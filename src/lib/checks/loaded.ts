// The shape the cross-checks work on: each file's entries that passed their schema, plus every id
// that appears in the file (so one broken entry does not also make its references "unknown").
import type { Correction } from '../../schemas/correction';
import type { KnownEntry } from '../../schemas/known';
import type { MapConfig } from '../../schemas/map';
import type { Movement } from '../../schemas/movement';
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import type { Speaker } from '../../schemas/speaker';
import type { Statement } from '../../schemas/statement';
import type { TimelineEntry } from '../../schemas/timeline';
import type { Vocabulary } from '../../schemas/vocabulary';

export interface LoadedFile<T> {
  /** Display path, e.g. "content/data/positions.yaml". */
  file: string;
  /** Entries that passed the schema, with the label problems use for them. */
  entries: { entry: string; data: T }[];
  /** Every text id found in the file, valid entry or not. */
  ids: Set<string>;
  /** True when the file was found and parsed as a list, so its ids can be trusted as complete. */
  readable: boolean;
  /** True when the file was read and every entry passed its schema. */
  complete: boolean;
}

export interface LoadedSection {
  file: string;
  /** The frontmatter `order`, when it is a number. */
  order?: number;
  prose: string;
  /** The article paragraphs of the body, in order: wrapper tags removed, exactly as written otherwise. */
  paragraphs: string[];
  /** The MDX body as written, tags included. */
  body: string;
  /** The frontmatter's `map` as written (checked by check-section-maps.ts). */
  map?: unknown;
}

export interface LoadedContent {
  sources: LoadedFile<Source>;
  positions: LoadedFile<Position>;
  movements: LoadedFile<Movement>;
  speakers: LoadedFile<Speaker>;
  statements: LoadedFile<Statement>;
  timeline: LoadedFile<TimelineEntry>;
  map: LoadedFile<MapConfig>;
  corrections: LoadedFile<Correction>;
  /** The box's entries (known.yaml); empty when the story has no such file. */
  known: LoadedFile<KnownEntry>;
  /** The story's vocabulary (vocabulary.yaml): one entry, "vocabulary", when it passed its schema. */
  vocabulary: LoadedFile<Vocabulary>;
  /** Sections by their frontmatter id. */
  sections: Map<string, LoadedSection>;
  /** Display path of the sections folder. */
  sectionsDir: string;
}

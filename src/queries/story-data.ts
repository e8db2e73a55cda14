// Queries for a story's data collections (content/stories/<slug>/data/*.yaml), by story slug. The build-time validator has
// already checked every file, id and reference, so these only read and order. Collections do not
// keep a YAML file's order, so each list is sorted by a rule (src/lib/order.ts).
import { getCollection } from 'astro:content';
import type { MapConfig } from '../schemas/map';
import type { Movement } from '../schemas/movement';
import type { Position } from '../schemas/position';
import type { Source } from '../schemas/source';
import type { Speaker } from '../schemas/speaker';
import type { Statement } from '../schemas/statement';
import type { TimelineEntry } from '../schemas/timeline';
import type { Vocabulary } from '../schemas/vocabulary';
import { sourceIndex } from '../lib/format/citations';
import { sortPositions, sortSources, sortStatements } from '../lib/order';
import { proseOf } from '../lib/text/section-text';
import { sortTimeline } from '../lib/timeline';
import { getSections } from './story';
import { inStory } from '../lib/stories/entry-id';

export type { MapConfig, Movement, Position, Source, Speaker, Statement, TimelineEntry, Vocabulary };

/** The story's own words and colours (vocabulary.yaml). */
export async function getVocabulary(slug: string): Promise<Vocabulary> {
  const [vocabulary] = (await getCollection('vocabulary', inStory(slug))).map((e) => e.data);
  if (!vocabulary) throw new Error(`content/stories/${slug}/data/vocabulary.yaml: not loaded`);
  return vocabulary;
}

/** The map's positions, grouped by side (in the vocabulary's order), then by label. */
export const getPositions = async (slug: string): Promise<Position[]> => {
  const [entries, vocabulary] = await Promise.all([getCollection('positions', inStory(slug)), getVocabulary(slug)]);
  return sortPositions(entries.map((e) => e.data), vocabulary.sides.map((s) => s.id));
};

/** Movements between places, by id. */
export const getMovements = async (slug: string): Promise<Movement[]> =>
  (await getCollection('movements', inStory(slug))).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));

/** Speakers, by name. */
export const getSpeakers = async (slug: string): Promise<Speaker[]> =>
  (await getCollection('speakers', inStory(slug))).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Statements in reading order: by section, then by where their words appear in it. */
export async function getStatements(slug: string): Promise<Statement[]> {
  const sections = (await getSections(slug)).map((s) => ({ id: s.id, order: s.data.order, prose: proseOf(s.body ?? '') }));
  return sortStatements((await getCollection('statements', inStory(slug))).map((e) => e.data), sections);
}

/** Sources by id (s01, s02 … s12a … s100b). */
export const getSources = async (slug: string): Promise<Source[]> => sortSources((await getCollection('sources', inStory(slug))).map((e) => e.data));

/** Sources by id, for resolving the ids other entries cite. */
export const getSourceIndex = async (slug: string): Promise<Map<string, Source>> => sourceIndex(await getSources(slug));

/** Timeline entries in calendar order. */
export const getTimeline = async (slug: string): Promise<TimelineEntry[]> => sortTimeline((await getCollection('timeline', inStory(slug))).map((e) => e.data));

/** The story map's settings (bounds and date). */
export async function getMapConfig(slug: string): Promise<MapConfig> {
  const [map] = (await getCollection('map', inStory(slug))).map((e) => e.data);
  if (!map) throw new Error(`content/stories/${slug}/data/map.yaml holds no map entry`);
  return map;
}

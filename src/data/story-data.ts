// Queries for the story's data collections (content/data/*.yaml). The build-time validator has
// already checked every file, id and reference, so these only read and order. Collections do not
// keep a YAML file's order, so each list is sorted by a rule (src/lib/data/order.ts).
import { getCollection } from 'astro:content';
import type { MapConfig } from '../schemas/map';
import type { Movement } from '../schemas/movement';
import type { Position } from '../schemas/position';
import type { Source } from '../schemas/source';
import type { Speaker } from '../schemas/speaker';
import type { Statement } from '../schemas/statement';
import type { TimelineEntry } from '../schemas/timeline';
import { sourceIndex } from '../lib/data/citations';
import { sortPositions, sortSources, sortStatements } from '../lib/data/order';
import { proseOf } from '../lib/data/section-text';
import { sortTimeline } from '../lib/data/timeline';
import { getSections } from './story';

export type { MapConfig, Movement, Position, Source, Speaker, Statement, TimelineEntry };

/** A statement with its speaker looked up, for the sidebar. */
export type StatementWithSpeaker = Statement & { speakerData: Speaker };

/** Troop positions, grouped by side, then by label. */
export const getPositions = async (): Promise<Position[]> => sortPositions((await getCollection('positions')).map((e) => e.data));

/** Movements between places, by id. */
export const getMovements = async (): Promise<Movement[]> =>
  (await getCollection('movements')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));

/** Speakers, by name. */
export const getSpeakers = async (): Promise<Speaker[]> =>
  (await getCollection('speakers')).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** Statements in reading order: by section, then by where their words appear in it. */
export async function getStatements(): Promise<Statement[]> {
  const sections = (await getSections()).map((s) => ({ id: s.id, order: s.data.order, prose: proseOf(s.body ?? '') }));
  return sortStatements((await getCollection('statements')).map((e) => e.data), sections);
}

/** Sources by id (s01, s02 … s12a … s100b). */
export const getSources = async (): Promise<Source[]> => sortSources((await getCollection('sources')).map((e) => e.data));

/** Sources by id, for resolving the ids other entries cite. */
export const getSourceIndex = async (): Promise<Map<string, Source>> => sourceIndex(await getSources());

/** Timeline entries in calendar order. */
export const getTimeline = async (): Promise<TimelineEntry[]> => sortTimeline((await getCollection('timeline')).map((e) => e.data));

/** Statements with their speaker attached. */
export async function getStatementsWithSpeakers(): Promise<StatementWithSpeaker[]> {
  const speakers = new Map((await getSpeakers()).map((s) => [s.id, s]));
  return (await getStatements()).map((s) => ({ ...s, speakerData: speakers.get(s.speaker)! }));
}

/** The story map's settings (bounds and date). */
export async function getMapConfig(): Promise<MapConfig> {
  const [map] = (await getCollection('map')).map((e) => e.data);
  if (!map) throw new Error('content/data/map.yaml holds no map entry');
  return map;
}

// Queries for the map: its views (from the sections' frontmatter), the basemap built from
// world-atlas at build time, and the data file the island fetches. Pure logic lives in src/lib/map.
import { storyBasemap, type Basemap } from '../lib/map/basemap';
import { readWorldTopology } from '../lib/map/world-atlas';
import { describeView, plottedMovements, type PlottedMovement, type ViewDescription } from '../lib/map/describe';
import { mapData, type MapData } from '../lib/map/map-data';
import { positionView, type PositionView } from '../lib/map/position-view';
import { buildViews, type MapView } from '../lib/map/views';
import { mapWords, type MapWords } from '../lib/map/words';
import { getSections } from './story';
import { getCorrections } from './corrections';
import { getMapConfig, getMovements, getPositions, getSourceIndex, getVocabulary } from './story-data';

/** The story's map vocabulary: its sides, statuses and areas, and the map's own words. */
export const getMapWords = async (slug: string): Promise<MapWords> => mapWords(await getVocabulary(slug));

/** The overview and one view per section, in reading order. */
export async function getMapViews(slug: string): Promise<MapView[]> {
  const [map, sections, vocabulary] = await Promise.all([getMapConfig(slug), getSections(slug), getVocabulary(slug)]);
  return buildViews(map, vocabulary.map.overviewCaption, sections.map((s) => ({ id: s.id, heading: s.data.heading, map: s.data.map })));
}

const basemaps = new Map<string, Basemap>();

/** A story's clipped, simplified country shapes, Crimea as Ukraine's (built once per story and build). */
export async function getBasemap(slug: string): Promise<Basemap> {
  const cached = basemaps.get(slug);
  if (cached) return cached;
  const [map, vocabulary] = await Promise.all([getMapConfig(slug), getVocabulary(slug)]);
  const basemap = storyBasemap(readWorldTopology(), map, vocabulary.map);
  basemaps.set(slug, basemap);
  return basemap;
}

export interface MapContent {
  asOf: string;
  words: MapWords;
  /** Each position as readers see it (lib/map/position-view), as the live map and the table show it. */
  positions: PositionView[];
  movements: PlottedMovement<PositionView>[];
  views: MapView[];
  describe(view: MapView): ViewDescription;
}

/** What the static maps and the map's text need. */
export async function getMapContent(slug: string): Promise<MapContent> {
  const [map, entries, movements, sources, views, words] = await Promise.all([
    getMapConfig(slug),
    getPositions(slug),
    getMovements(slug),
    getSourceIndex(slug),
    getMapViews(slug),
    getMapWords(slug),
  ]);
  const positions = entries.map((p) => positionView(p, { words, sources }));
  const plotted = plottedMovements(movements, positions);
  return { asOf: map.asOf, words, positions, movements: plotted, views, describe: (view) => describeView(view, positions, plotted, map.asOf, words) };
}

/** The island's data file. */
export async function getMapData(slug: string): Promise<MapData> {
  const [map, positions, movements, sources, views, corrections, words] = await Promise.all([
    getMapConfig(slug),
    getPositions(slug),
    getMovements(slug),
    getSourceIndex(slug),
    getMapViews(slug),
    getCorrections(slug),
    getMapWords(slug),
  ]);
  return mapData({ asOf: map.asOf, bounds: map.bounds, positions, movements, sources, views, corrections, words });
}

// Queries for the troop map: its views (from the sections' frontmatter), the basemap built from
// world-atlas at build time, and the data file the island fetches. Pure logic lives in src/lib/map.
import { storyBasemap, type Basemap } from '../lib/map/basemap';
import { readWorldTopology } from '../lib/map/world-atlas';
import { describeView, plottedMovements, type PlottedMovement, type ViewDescription } from '../lib/map/describe';
import { mapData, type MapData } from '../lib/map/map-data';
import { buildViews, type MapView } from '../lib/map/views';
import { getSections } from './story';
import { getCorrections } from './corrections';
import { getMapConfig, getMovements, getPositions, getSourceIndex, type Position } from './story-data';

/** The overview and one view per section, in reading order. */
export async function getMapViews(slug: string): Promise<MapView[]> {
  const [map, sections] = await Promise.all([getMapConfig(slug), getSections(slug)]);
  return buildViews(map, sections.map((s) => ({ id: s.id, heading: s.data.heading, map: s.data.map })));
}

const basemaps = new Map<string, Basemap>();

/** A story's clipped, simplified country shapes, Crimea as Ukraine's (built once per story and build). */
export async function getBasemap(slug: string): Promise<Basemap> {
  const cached = basemaps.get(slug);
  if (cached) return cached;
  const basemap = storyBasemap(readWorldTopology(), await getMapConfig(slug));
  basemaps.set(slug, basemap);
  return basemap;
}

export interface MapContent {
  asOf: string;
  positions: Position[];
  movements: PlottedMovement[];
  views: MapView[];
  describe(view: MapView): ViewDescription;
}

/** What the static maps and the map's text need. */
export async function getMapContent(slug: string): Promise<MapContent> {
  const [map, positions, movements, views] = await Promise.all([getMapConfig(slug), getPositions(slug), getMovements(slug), getMapViews(slug)]);
  const plotted = plottedMovements(movements, positions);
  return { asOf: map.asOf, positions, movements: plotted, views, describe: (view) => describeView(view, positions, plotted, map.asOf) };
}

/** The island's data file. */
export async function getMapData(slug: string): Promise<MapData> {
  const [map, positions, movements, sources, views, corrections] = await Promise.all([
    getMapConfig(slug),
    getPositions(slug),
    getMovements(slug),
    getSourceIndex(slug),
    getMapViews(slug),
    getCorrections(slug),
  ]);
  return mapData({ asOf: map.asOf, bounds: map.bounds, positions, movements, sources, views, corrections });
}

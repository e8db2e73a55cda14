// Queries for the troop map: its views (from the sections' frontmatter), the basemap built from
// world-atlas at build time, and the data file the island fetches. Pure logic lives in src/lib/map.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type Basemap } from '../lib/map/basemap';
import { describeView, plottedMovements, type PlottedMovement, type ViewDescription } from '../lib/map/describe';
import { mapData, type MapData } from '../lib/map/map-data';
import { buildViews, type MapView } from '../lib/map/views';
import { getSections } from './story';
import { getCorrections } from './corrections';
import { getMapConfig, getMovements, getPositions, getSourceIndex, type Position } from './story-data';

/**
 * Degrees of basemap kept around the story map's frame on each side. The live map frames each view
 * whole ("contain"), so a box of another shape than the static map's shows land around the frame: the
 * embed in a wide iframe, or the story beside the text at 1280 px, about twice as wide as tall, shows
 * more east and west, and a tall box more north and south. East, west and south, these margins cover
 * boxes about twice as wide or as tall as the static map (e2e: map-resize.test.ts). North stays at 66.5°N:
 * further north, Russia's outline crosses the antimeridian and clipping it draws bands of land across
 * the map, so the story's tall column at 1680×1050 still shows the basemap's northern edge.
 */
export const BASEMAP_MARGINS = { south: 25, west: 14, north: 6, east: 14 } as const;

/** The overview and one view per section, in reading order. */
export async function getMapViews(): Promise<MapView[]> {
  const [map, sections] = await Promise.all([getMapConfig(), getSections()]);
  return buildViews(map, sections.map((s) => ({ id: s.id, heading: s.data.heading, map: s.data.map })));
}

let basemap: Basemap | undefined;

/** The clipped, simplified country shapes (built once per build). */
export async function getBasemap(): Promise<Basemap> {
  if (basemap) return basemap;
  const map = await getMapConfig();
  // Resolved from the project root: this module runs from a bundled chunk at build time.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const b = map.bounds;
  const m = BASEMAP_MARGINS;
  const clip = { south: Math.max(-85, b.south - m.south), west: b.west - m.west, north: Math.min(85, b.north + m.north), east: b.east + m.east };
  basemap = buildBasemap(topology, clip, map.bounds);
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
export async function getMapContent(): Promise<MapContent> {
  const [map, positions, movements, views] = await Promise.all([getMapConfig(), getPositions(), getMovements(), getMapViews()]);
  const plotted = plottedMovements(movements, positions);
  return { asOf: map.asOf, positions, movements: plotted, views, describe: (view) => describeView(view, positions, plotted, map.asOf) };
}

/** The island's data file. */
export async function getMapData(): Promise<MapData> {
  const [map, positions, movements, sources, views, corrections] = await Promise.all([
    getMapConfig(),
    getPositions(),
    getMovements(),
    getSourceIndex(),
    getMapViews(),
    getCorrections(),
  ]);
  return mapData({ asOf: map.asOf, bounds: map.bounds, positions, movements, sources, views, corrections });
}

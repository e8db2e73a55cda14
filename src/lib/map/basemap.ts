// The self-hosted basemap: Natural Earth country shapes (world-atlas, 1:50m) clipped to the story
// map's frame, simplified and rounded at build time, so the island fetches one small GeoJSON file
// from our own origin. Pure: the topology comes in as data, a FeatureCollection goes out.
import bboxClip from '@turf/bbox-clip';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point as GeoPoint, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapConfig } from '../../schemas/map';
import type { MapBounds } from './geo';
import { applyRecognised } from './recognised';
import { simplifyRing, type Point } from './simplify';

/** Which countries a story's map names and tints (vocabulary.yaml's `map`): names as in world-atlas. */
export interface BasemapCountries {
  /** Countries whose names the map shows. */
  labelledCountries?: string[];
  /** The country the story is about, drawn with its own tint. */
  focusCountry?: string | undefined;
}

export interface CountryProperties {
  kind: 'country';
  name: string;
  /** True for the story's focus country. */
  focus: boolean;
}

export interface LabelProperties {
  kind: 'label';
  name: string;
}

export type Basemap = FeatureCollection<Polygon | MultiPolygon | GeoPoint, CountryProperties | LabelProperties>;

export interface BasemapOptions {
  /** Douglas–Peucker tolerance in degrees (0.02° is about 1.5–2 km here). */
  tolerance?: number;
  /** Decimals kept in each coordinate (2 is about 1 km). */
  digits?: number;
  /** The tolerance for land wholly outside the story map's frame (islands of the margins), seen only when a reader pans there. */
  marginTolerance?: number;
}

const simplifyPolygon = (rings: Position[][], tolerance: number, digits: number): Point[][] | null => {
  const out: Point[][] = [];
  for (const [i, ring] of rings.entries()) {
    const simple = simplifyRing(ring as Point[], tolerance, digits);
    if (simple) out.push(simple);
    else if (i === 0) return null; // the outer ring vanished: drop the island with its holes
  }
  return out.length ? out : null;
};

/**
 * A (Multi)Polygon whose rings cross the antimeridian (a step of more than 180° of longitude, as
 * Russia's do at Chukotka), made continuous: each ring's longitudes carry on past ±180 instead of
 * jumping to the other side, so a planar clip sees the shape it is (clipped as it was, the jump draws
 * bands of land across the map). Rings that do not cross are kept as they are.
 */
export function unwrapAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: Position[]): Position[] => {
    let shift = 0;
    return r.map(([lng, lat], i) => {
      const prev = i > 0 ? r[i - 1]![0]! : lng!;
      if (lng! - prev > 180) shift -= 360;
      else if (prev - lng! > 180) shift += 360;
      return [lng! + shift, lat!];
    });
  };
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}

/** Largest polygon of a (Multi)Polygon, for placing its name. */
const largestPolygon = (geometry: Polygon | MultiPolygon): Polygon => {
  if (geometry.type === 'Polygon') return geometry;
  const polys = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
};

/** Country shapes inside `bounds`, simplified, plus a label point for each labelled country whose label falls inside `labelBounds`. */
export function buildBasemap(topology: Topology, bounds: MapBounds, labelBounds: MapBounds, countries: BasemapCountries = {}, options: BasemapOptions = {}): Basemap {
  const { tolerance = 0.02, digits = 2, marginTolerance = 3 * tolerance } = options;
  // A polygon whose outer ring lies wholly outside the story map's frame.
  const outside = (rings: Position[][]) => {
    if (!rings[0]?.length) return false;
    const lngs = rings[0]!.map((p) => p[0]!);
    const lats = rings[0]!.map((p) => p[1]!);
    return Math.min(...lngs) > labelBounds.east || Math.max(...lngs) < labelBounds.west || Math.min(...lats) > labelBounds.north || Math.max(...lats) < labelBounds.south;
  };
  const labelled = new Set(countries.labelledCountries ?? []);
  const world = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const bbox: [number, number, number, number] = [bounds.west, bounds.south, bounds.east, bounds.north];
  const shapes: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  const labels: Feature<GeoPoint, LabelProperties>[] = [];
  for (const country of world.features) {
    const geometry = country.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const clipped = bboxClip(unwrapAntimeridian(geometry), bbox).geometry as Polygon | MultiPolygon;
    const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const polygons = parts
      .map((rings) => simplifyPolygon(rings, outside(rings) ? marginTolerance : tolerance, digits))
      .filter((p): p is Point[][] => p !== null);
    if (polygons.length === 0) continue;
    const name = country.properties?.name ?? '';
    const shape: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    shapes.push({ type: 'Feature', properties: { kind: 'country', name, focus: name === countries.focusCountry }, geometry: shape });
    if (labelled.has(name)) {
      const [lng, lat] = geoCentroid(largestPolygon(shape));
      if (lat >= labelBounds.south && lat <= labelBounds.north && lng >= labelBounds.west && lng <= labelBounds.east) {
        labels.push({ type: 'Feature', properties: { kind: 'label', name }, geometry: { type: 'Point', coordinates: [Number(lng.toFixed(2)), Number(lat.toFixed(2))] } });
      }
    }
  }
  shapes.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
  labels.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
  return { type: 'FeatureCollection', features: [...shapes, ...labels] };
}

/**
 * Degrees of basemap kept around the story map's frame on each side, so panning a little never shows
 * an edge. The live map frames each view whole ("contain"), so a box of another shape than the static
 * map's shows land around the frame: the embed in a wide iframe, or the story beside the text at
 * 1280 px, about twice as wide as tall, shows more east and west, and a tall box more north and south.
 * East, west and south, these margins cover boxes about twice as wide or as tall as the static map
 * (e2e: map-resize.test.ts). North reaches 14° further, into the Barents Sea: the story's tall
 * column beside the text at 1680×1050 shows about 9° of latitude above the frame. (Russia crosses
 * the antimeridian: its rings are unwrapped before the clip.) Land wholly outside the frame is
 * simplified more (marginTolerance), which keeps the file under its 40 KB.
 */
export const BASEMAP_MARGINS = { south: 25, west: 14, north: 14, east: 14 } as const;

/** The box the story's basemap is cut to: the story map's frame and BASEMAP_MARGINS around it. */
export const basemapClip = (b: MapBounds): MapBounds => ({
  south: Math.max(-85, b.south - BASEMAP_MARGINS.south),
  west: Math.max(-180, b.west - BASEMAP_MARGINS.west),
  north: Math.min(85, b.north + BASEMAP_MARGINS.north),
  east: Math.min(180, b.east + BASEMAP_MARGINS.east),
});

/**
 * The story's basemap: the world's shapes with map.yaml's `recognised` rules applied (Crimea drawn
 * as Ukraine's), clipped around the story map's frame, with the countries the story names and
 * tints (vocabulary.yaml). The build and its data check both use this.
 */
export const storyBasemap = (topology: Topology, map: Pick<MapConfig, 'bounds' | 'recognised'>, countries: BasemapCountries = {}): Basemap =>
  buildBasemap(applyRecognised(topology, map.recognised), basemapClip(map.bounds), map.bounds, countries);

/** The country shapes of a basemap. */
export const countryShapes = (b: Basemap) =>
  b.features.filter((f): f is Feature<Polygon | MultiPolygon, CountryProperties> => f.properties?.kind === 'country');

/** The country labels of a basemap. */
export const countryLabels = (b: Basemap) =>
  b.features.filter((f): f is Feature<GeoPoint, LabelProperties> => f.properties?.kind === 'label');

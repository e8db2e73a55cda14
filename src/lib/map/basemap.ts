// The self-hosted basemap: Natural Earth country shapes (world-atlas, 1:50m) clipped to the story
// map's frame, simplified and rounded at build time, so the island fetches one small GeoJSON file
// from our own origin. Pure: the topology comes in as data, a FeatureCollection goes out.
import bboxClip from '@turf/bbox-clip';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Point as GeoPoint, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapConfig } from '../../schemas/map';
import { padBounds, type MapBounds } from './geo';
import { applyRecognised } from './recognised';
import { simplifyRing, type Point } from './simplify';

/** Countries named on the map: the story's own (where the forces are, or are going). */
export const LABELLED_COUNTRIES = ['Russia', 'Ukraine', 'Belarus', 'Poland', 'Germany', 'Romania', 'Lithuania', 'Latvia', 'Estonia'];

/** The country the story is about; drawn with its own tint. */
export const FOCUS_COUNTRY = 'Ukraine';

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

export type BasemapFeature = Feature<Polygon | MultiPolygon, CountryProperties> | Feature<GeoPoint, LabelProperties>;
export type Basemap = FeatureCollection<Polygon | MultiPolygon | GeoPoint, CountryProperties | LabelProperties>;

export interface BasemapOptions {
  /** Douglas–Peucker tolerance in degrees (0.02° is about 1.5–2 km here). */
  tolerance?: number;
  /** Decimals kept in each coordinate (2 is about 1 km). */
  digits?: number;
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

/** Largest polygon of a (Multi)Polygon, for placing its name. */
const largestPolygon = (geometry: Polygon | MultiPolygon): Polygon => {
  if (geometry.type === 'Polygon') return geometry;
  const polys = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
};

/** Country shapes inside `bounds`, simplified, plus a label point for each labelled country whose label falls inside `labelBounds`. */
export function buildBasemap(topology: Topology, bounds: MapBounds, labelBounds: MapBounds, options: BasemapOptions = {}): Basemap {
  const { tolerance = 0.02, digits = 2 } = options;
  const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const bbox: [number, number, number, number] = [bounds.west, bounds.south, bounds.east, bounds.north];
  const shapes: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  const labels: Feature<GeoPoint, LabelProperties>[] = [];
  for (const country of countries.features) {
    const geometry = country.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const clipped = bboxClip(geometry, bbox).geometry as Polygon | MultiPolygon;
    const parts: Position[][][] = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
    const polygons = parts
      .map((rings) => simplifyPolygon(rings, tolerance, digits))
      .filter((p): p is Point[][] => p !== null);
    if (polygons.length === 0) continue;
    const name = country.properties?.name ?? '';
    const shape: Polygon | MultiPolygon =
      polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    shapes.push({ type: 'Feature', properties: { kind: 'country', name, focus: name === FOCUS_COUNTRY }, geometry: shape });
    if (LABELLED_COUNTRIES.includes(name)) {
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

/** Degrees of basemap kept around the story map's frame, so panning a little never shows an edge. */
export const BASEMAP_MARGIN = 6;

/**
 * The story's basemap: the world's shapes with map.yaml's `recognised` rules applied (Crimea drawn
 * as Ukraine's), clipped around the story map's frame. The build and its data check both use this.
 */
export const storyBasemap = (topology: Topology, map: Pick<MapConfig, 'bounds' | 'recognised'>): Basemap =>
  buildBasemap(applyRecognised(topology, map.recognised), padBounds(map.bounds, BASEMAP_MARGIN), map.bounds);

/** The country shapes of a basemap. */
export const countryShapes = (b: Basemap) =>
  b.features.filter((f): f is Feature<Polygon | MultiPolygon, CountryProperties> => f.properties?.kind === 'country');

/** The country labels of a basemap. */
export const countryLabels = (b: Basemap) =>
  b.features.filter((f): f is Feature<GeoPoint, LabelProperties> => f.properties?.kind === 'label');

// /data/positions.geojson and /data/positions.csv: one feature (and one CSV row) per position, in
// the order given, with every field of the entry and its sources in full.
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import { citationLine, citeSources } from '../format/citations';
import { toCsv } from './csv';

export interface PositionFeature {
  type: 'Feature';
  id: string;
  /** GeoJSON order: [longitude, latitude]. */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Omit<Position, 'sources'> & { sources: Source[] };
}

export interface PositionsCollection {
  type: 'FeatureCollection';
  features: PositionFeature[];
}

/** A GeoJSON FeatureCollection (RFC 7946) of the positions. */
export function positionsGeoJson(positions: Position[], sources: Map<string, Source>): PositionsCollection {
  return {
    type: 'FeatureCollection',
    features: positions.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lng, p.lat] },
      properties: { ...p, sources: citeSources(p.sources, sources) },
    })),
  };
}

/**
 * The CSV columns, in order. Nested fields are flattened: strength → strength, strengthMin, strengthMax.
 * `area` sits beside `side`: a Crimean row reads "russia, crimea" (whose forces, where), never only "russia".
 */
export const POSITIONS_CSV_HEADER = [
  'id', 'label', 'side', 'area', 'status', 'what', 'lat', 'lng', 'marks', 'coordinateSource',
  'strength', 'strengthMin', 'strengthMax', 'asOf', 'asOfNote', 'confidence', 'confidenceNote',
  'sources', 'sourceCitations', 'note',
];

/** The positions as CSV, one row per GeoJSON feature; sources as "s40; s41" plus their citations. */
export function positionsCsv(positions: Position[], sources: Map<string, Source>): string {
  const rows = positions.map((p) => [
    p.id, p.label, p.side, p.area, p.status, p.what, p.lat, p.lng, p.marks, p.coordinateSource,
    p.strength.text, p.strength.min, p.strength.max, p.asOf, p.asOfNote, p.confidence, p.confidenceNote,
    p.sources.join('; '), citeSources(p.sources, sources).map(citationLine).join(' | '), p.note,
  ]);
  return toCsv(POSITIONS_CSV_HEADER, rows);
}

// Bounds in the two shapes the map code meets: the data's {south, west, north, east} and Leaflet's
// [[south, west], [north, east]]. Normalised here once, so the rest of the code uses one shape.
import type { MapBounds } from '../../schemas/map';

export type { MapBounds };

/** [[south, west], [north, east]], the shape section frontmatter and Leaflet use. */
export type BoundsPair = [[number, number], [number, number]];

export const fromPair = ([[south, west], [north, east]]: BoundsPair): MapBounds => ({ south, west, north, east });

/** The bounds grown by `degrees` on every side (latitudes kept inside ±85, Mercator's limit). */
export const padBounds = (b: MapBounds, degrees: number): MapBounds => ({
  south: Math.max(-85, b.south - degrees),
  west: Math.max(-180, b.west - degrees),
  north: Math.min(85, b.north + degrees),
  east: Math.min(180, b.east + degrees),
});

/** True when `inner` lies inside `outer` (edges included). */
export const boundsWithin = (inner: MapBounds, outer: MapBounds): boolean =>
  inner.south >= outer.south && inner.north <= outer.north && inner.west >= outer.west && inner.east <= outer.east;

/** True when the point lies inside the bounds (edges included). */
export const containsPoint = (b: MapBounds, lat: number, lng: number): boolean =>
  lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;

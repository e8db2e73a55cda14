// The static maps' frame, and how the live map reproduces it, so the handover from the static SVG
// to Leaflet does not move the map. Plain Web Mercator arithmetic (no d3): the live map's bundle
// uses it too. fitMercator (projection.ts) draws the static maps with the same frame.
import type { MapBounds } from './geo';

/** The static maps' frame: about the live map's size and shape beside the text, so labels stay legible. */
export const STATIC_WIDTH = 640;
/** The frame's height ÷ width (positions-map.css gives the map this shape on very wide screens). */
export const STATIC_ASPECT = 0.7;

const RAD = Math.PI / 180;
/** Web Mercator y (radians-scaled, north up) of a latitude, and back. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const latitude = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

export interface StaticFrame {
  /** The frame's centre. */
  center: { lat: number; lng: number };
  /** Its width in Mercator units (radians of longitude); its height is `aspect` times that. */
  width: number;
}

/** The frame a static map shows for `bounds`: the bounds centred and widened (or heightened) to the frame's shape. */
export function staticFrame(bounds: MapBounds, aspect = STATIC_ASPECT): StaticFrame {
  const [north, south] = [mercatorY(bounds.north), mercatorY(bounds.south)];
  const width = Math.max((bounds.east - bounds.west) * RAD, (north - south) / aspect);
  return { center: { lat: latitude((north + south) / 2), lng: (bounds.west + bounds.east) / 2 }, width };
}

export interface LiveFraming {
  center: { lat: number; lng: number };
  /** A fractional Leaflet zoom (the map must allow it: zoomSnap 0). */
  zoom: number;
}

/**
 * Where Leaflet must look, in a map `size` pixels big, to draw the static frame exactly where that
 * box shows the static image (object-fit: contain, centred): same centre, same scale.
 */
export function liveFraming(bounds: MapBounds, size: { x: number; y: number }, aspect = STATIC_ASPECT): LiveFraming {
  const frame = staticFrame(bounds, aspect);
  const shownWidth = Math.min(size.x, size.y / aspect);
  // At zoom z Leaflet's world is 256 · 2^z pixels wide, for 2π radians.
  const zoom = Math.log2(((shownWidth / frame.width) * 2 * Math.PI) / 256);
  return { center: frame.center, zoom };
}

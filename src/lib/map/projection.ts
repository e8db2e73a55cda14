// The static maps' projection: Web Mercator, like the live Leaflet map, fitted to a view's bounds.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { MapBounds } from './geo';

export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/**
 * A Mercator projection that shows `bounds` in a `width`-pixel-wide frame. Without `aspect` the frame
 * is exactly the bounds (the height follows from their shape); with it (height ÷ width) the frame has
 * that shape and the bounds are centred in it, widened or heightened as Leaflet's fitBounds would.
 * Fitted to the four corners, not to a polygon: in d3 a polygon's edges are great circles, which
 * would bulge north of the bounds' straight Mercator edges.
 */
export function fitMercator(bounds: MapBounds, width: number, aspect?: number): FittedProjection {
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [
      [bounds.west, bounds.south],
      [bounds.east, bounds.south],
      [bounds.east, bounds.north],
      [bounds.west, bounds.north],
    ],
  };
  const unit = geoMercator().fitWidth(1000, corners);
  const [[x0, y0], [x1, y1]] = [unit([bounds.west, bounds.north])!, unit([bounds.east, bounds.south])!];
  if (aspect === undefined) {
    const height = Math.round((width * (y1 - y0)) / (x1 - x0));
    return { projection: geoMercator().fitSize([width, height], corners), width, height };
  }
  const height = Math.round(width * aspect);
  // Grow the unit-scale box around its centre to the frame's shape, then scale it to the frame.
  let [w, h] = [x1 - x0, y1 - y0];
  if (h / w < aspect) h = w * aspect;
  else w = h / aspect;
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const k = width / w;
  const [tx, ty] = unit.translate();
  const projection = geoMercator()
    .scale(unit.scale() * k)
    .translate([(tx - (cx - w / 2)) * k, (ty - (cy - h / 2)) * k]);
  return { projection, width, height };
}

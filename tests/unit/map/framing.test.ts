// The live map's framing matches the static maps': same centre and scale as fitMercator's frame.
import { describe, expect, it } from 'vitest';
import { liveFraming, staticFrame, STATIC_ASPECT, STATIC_WIDTH } from '../../../src/lib/map/framing';
import { fitMercator } from '../../../src/lib/map/projection';

const views = {
  wide: { south: 43, west: 7, north: 60.5, east: 42 },
  tall: { south: 43.5, west: 13, north: 60.5, east: 32 },
  small: { south: 49.5, west: 26.5, north: 54.5, east: 37.5 },
};

/** Leaflet's pixel position of a point at zoom z (EPSG:3857, 256-pixel tiles). */
const leafletPoint = (lat: number, lng: number, zoom: number) => {
  const scale = 256 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return { x: (scale * (lng + 180)) / 360, y: (scale * (Math.PI - y)) / (2 * Math.PI) };
};

describe('staticFrame', () => {
  it.each(Object.entries(views))('%s: its centre is the static map’s centre, its width the static map’s scale', (_, bounds) => {
    const { projection, width, height } = fitMercator(bounds, STATIC_WIDTH, STATIC_ASPECT);
    const frame = staticFrame(bounds);
    const [cx, cy] = projection([frame.center.lng, frame.center.lat])!;
    expect(cx).toBeCloseTo(width / 2, 6);
    expect(cy).toBeCloseTo(height / 2, 6);
    // d3's Mercator scale is pixels per radian.
    expect(STATIC_WIDTH / frame.width).toBeCloseTo(projection.scale(), 6);
  });
});

describe('liveFraming', () => {
  it.each([
    { name: 'a wide box (letterboxed left and right)', size: { x: 900, y: 420 } },
    { name: 'a tall box (letterboxed top and bottom)', size: { x: 390, y: 420 } },
    { name: 'exactly the static shape', size: { x: 640, y: 448 } },
  ])('puts every point where the static image shows it, in $name', ({ size }) => {
    for (const bounds of Object.values(views)) {
      const { projection, width } = fitMercator(bounds, STATIC_WIDTH, STATIC_ASPECT);
      // The image as object-fit: contain shows it, centred in the box.
      const shown = Math.min(size.x, size.y / STATIC_ASPECT) / width;
      const offset = { x: (size.x - width * shown) / 2, y: (size.y - STATIC_WIDTH * STATIC_ASPECT * shown) / 2 };
      const { center, zoom } = liveFraming(bounds, size);
      const c = leafletPoint(center.lat, center.lng, zoom);
      for (const [lat, lng] of [
        [bounds.south, bounds.west],
        [bounds.north, bounds.east],
        [50.45, 30.52],
      ] as const) {
        const [sx, sy] = projection([lng, lat])!;
        const p = leafletPoint(lat, lng, zoom);
        expect(p.x - c.x + size.x / 2).toBeCloseTo(offset.x + sx * shown, 4);
        expect(p.y - c.y + size.y / 2).toBeCloseTo(offset.y + sy * shown, 4);
      }
    }
  });
});

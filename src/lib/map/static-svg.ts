// One static SVG map per view, projected at build time: the map for readers without JavaScript, in
// print, and before the live map has loaded. Same symbols, same basemap, same data as the live map.
import { geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position as GeoPosition } from 'geojson';
import type { PositionView } from './position-view';
import { escapeXml } from '../format/escape-xml';
import { countryLabels, countryShapes, type Basemap } from './basemap';
import type { PlottedMovement } from './describe';
import { labelBox, labelWidth, overlaps, placeLabels, type Box } from './labels';
import { STATIC_ASPECT, STATIC_WIDTH } from './framing';
import { fitMercator } from './projection';
import { simplifyRing, type Point } from './simplify';
import { coincidentOffsets } from './spread';
import { MAP_PALETTE } from './palette';
import { movementDash, symbolShapes } from './symbols';
import type { MapView } from './views';
import type { MapWords } from './words';

/** What the static map draws of a position. */
export type StaticPosition = Pick<PositionView, 'id' | 'label' | 'lat' | 'lng' | 'short' | 'symbol'>;

export interface StaticMapInput {
  view: MapView;
  basemap: Basemap;
  /** The positions as readers see them (position-view): where, the short label, the symbol. */
  positions: StaticPosition[];
  movements: PlottedMovement<StaticPosition>[];
  /** Short text for the SVG's <title>, and the longer description for its <desc>. */
  title: string;
  description: string;
  width?: number;
  /** The frame's height ÷ width; the view is centred in it. */
  aspect?: number;
  /** The story's map vocabulary: each side's shape and colour, each status's mark. */
  words: MapWords;
}

// Colours for light and dark readers (an SVG shown with <img> follows the page's colour scheme),
// from the same palette as the live map's.
const { light: L, dark: D } = MAP_PALETTE;
const STYLE = `
.sea{fill:${L.sea}}.land{fill:${L.land};stroke:${L.border};stroke-width:.7}.focus{fill:${L.focusLand}}
.country{font:600 14px system-ui,sans-serif;fill:${L.country};letter-spacing:.08em;text-transform:uppercase}
.label{font:600 14px system-ui,sans-serif;fill:${L.label};stroke:${L.halo};stroke-width:3.5px;paint-order:stroke;stroke-linejoin:round}
.dim{opacity:.4}
@media (prefers-color-scheme:dark){.sea{fill:${D.sea}}.land{fill:${D.land};stroke:${D.border}}.focus{fill:${D.focusLand}}.country{fill:${D.country}}.label{fill:${D.label};stroke:${D.halo}}}
`.replace(/\n/g, '');

const SYMBOL = 20;

/**
 * The story's "Explore the map" button sits over the top right corner of the static map
 * (positions-map-stage.css, 0.5rem from the corner): about 130×32 px on a laptop, where the map is drawn
 * at least about 430 px wide, and 75×32 px ("Explore") on a phone, down to about 290 px wide, and in
 * the very wide screens' narrow column. No
 * label goes under it: this corner, in the map's 640 units, holds the button at either scale.
 */
export const exploreCorner = (width: number): Box => ({ left: width - 200, top: 0, right: width, bottom: 90 });

/** The static maps' frame (framing.ts, shared with the live map). */
export { STATIC_ASPECT, STATIC_WIDTH };

/** A country shape with every ring simplified to `tolerance` degrees (rings that vanish are dropped). */
function simplifyShape<F extends Feature<Polygon | MultiPolygon>>(f: F, tolerance: number): F {
  const polygon = (rings: GeoPosition[][]) => rings.map((r) => simplifyRing(r as Point[], tolerance, 3)).filter((r): r is Point[] => r !== null);
  const geometry: Polygon | MultiPolygon =
    f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: polygon(f.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map(polygon).filter((p) => p.length > 0) };
  return { ...f, geometry };
}

/** The SVG document of one view. */
export function staticMapSvg({ view, basemap, positions, movements, title, description, words, width = STATIC_WIDTH, aspect = STATIC_ASPECT }: StaticMapInput): string {
  const { projection, height } = fitMercator(view.bounds, width, aspect);
  projection.clipExtent([
    [-10, -10],
    [width + 10, height + 10],
  ]);
  const path = geoPath(projection).digits(1);
  const round = (n: number) => Math.round(n * 10) / 10;
  // Everything whose point falls inside the frame is drawn (the frame may show more than the view's bounds).
  const inFrame = (lng: number, lat: number) => {
    const [x, y] = projection([lng, lat])!;
    return x >= 0 && x <= width && y >= 0 && y <= height;
  };

  // Simplified again for this frame: detail finer than about half a pixel cannot show.
  const [[x0], [x1]] = [projection([view.bounds.west, 0])!, projection([view.bounds.east, 0])!];
  const tolerance = (0.5 * (view.bounds.east - view.bounds.west)) / (x1 - x0);
  const land = countryShapes(basemap)
    .map((f) => {
      const d = path(simplifyShape(f, tolerance));
      return d ? `<path class="land${f.properties.focus ? ' focus' : ''}" d="${d}"/>` : '';
    })
    .join('');

  const emphasis = view.highlight.length > 0;
  const isHighlighted = (p: StaticPosition) => view.highlight.includes(p.id);
  const arrows = movements
    .map(({ movement, from, to }) => {
      const [x1, y1] = projection([from.lng, from.lat])!;
      const [x2, y2] = projection([to.lng, to.lat])!;
      const angle = Math.atan2(y2 - y1, x2 - x1);
      // Stop short of the destination symbol, and draw the head there.
      const ex = x2 - Math.cos(angle) * 14;
      const ey = y2 - Math.sin(angle) * 14;
      const head = [
        [ex, ey],
        [ex - Math.cos(angle - 0.45) * 13, ey - Math.sin(angle - 0.45) * 13],
        [ex - Math.cos(angle + 0.45) * 13, ey - Math.sin(angle + 0.45) * 13],
      ]
        .map(([x, y]) => `${round(x!)},${round(y!)}`)
        .join(' ');
      const colour = words.side(movement.side).colour;
      const dash = movementDash(words.dashed(movement.status));
      const lx = ex - Math.cos(angle) * 8;
      const ly = ey - Math.sin(angle) * 8;
      const dim = emphasis && !isHighlighted(from) && !isHighlighted(to) ? ' class="dim"' : '';
      return `<g${dim}><line x1="${round(x1)}" y1="${round(y1)}" x2="${round(lx)}" y2="${round(ly)}" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/><polygon points="${head}" fill="${colour}"/></g>`;
    })
    .join('');

  const visible = positions.filter((p) => inFrame(p.lng, p.lat));
  const offsets = coincidentOffsets(visible);
  const at = (p: StaticPosition): [number, number] => {
    const [x, y] = projection([p.lng, p.lat])!;
    const [dx, dy] = offsets.get(p.id) ?? [0, 0];
    return [x + dx, y + dy];
  };
  // Highlighted symbols last, so they sit on top.
  const ordered = [...visible].sort((a, b) => Number(isHighlighted(a)) - Number(isHighlighted(b)));
  const symbols = ordered
    .map((p) => {
      const [x, y] = at(p);
      const dim = emphasis && !isHighlighted(p) ? ' class="dim"' : '';
      const size = emphasis && isHighlighted(p) ? SYMBOL + 4 : SYMBOL;
      return `<g${dim} transform="translate(${round(x - size / 2)} ${round(y - size / 2)}) scale(${size / 24})">${symbolShapes(p.symbol)}</g>`;
    })
    .join('');

  const labelled = emphasis ? visible.filter(isHighlighted) : visible;
  // Country names: the focus country's stays clear of position labels; the others give way to them.
  const names = countryLabels(basemap)
    .filter((f) => inFrame(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!))
    .map((f) => {
      const [x, y] = projection(f.geometry.coordinates as [number, number])!;
      const w = labelWidth(f.properties.name, 14) + 14;
      return { name: f.properties.name, x, y, box: { left: x - w / 2, top: y - 13, right: x + w / 2, bottom: y + 3 } };
    });
  const focusNames = names.filter((n) => countryShapes(basemap).some((c) => c.properties.focus && c.properties.name === n.name));
  const candidate = (p: StaticPosition) => {
    const [x, y] = at(p);
    return { id: p.id, x, y, width: labelWidth(p.short, 14), height: 18 };
  };
  const placed = placeLabels(
    labelled.map(candidate),
    { width, height },
    visible.map((p) => {
      const [x, y] = at(p);
      return { x, y };
    }),
    SYMBOL / 2,
    [...focusNames.map((n) => n.box), exploreCorner(width)],
  );
  const taken: Box[] = [
    exploreCorner(width),
    ...labelled.filter((p) => placed.has(p.id)).map((p) => labelBox(candidate(p), placed.get(p.id)!, SYMBOL / 2)),
    ...visible.map((p) => {
      const [x, y] = at(p);
      return { left: x - SYMBOL / 2, top: y - SYMBOL / 2, right: x + SYMBOL / 2, bottom: y + SYMBOL / 2 };
    }),
  ];
  const countries = names
    .filter((c) => focusNames.includes(c) || !taken.some((b) => overlaps(b, c.box)))
    .map((c) => `<text class="country" x="${round(c.x)}" y="${round(c.y)}" text-anchor="middle">${escapeXml(c.name)}</text>`)
    .join('');
  const labels = labelled
    .filter((p) => placed.has(p.id))
    .map((p) => {
      const [x, y] = at(p);
      const right = placed.get(p.id) === 'right';
      const lx = right ? x + SYMBOL / 2 + 4 : x - SYMBOL / 2 - 4;
      return `<text class="label" x="${round(lx)}" y="${round(y + 4)}" text-anchor="${right ? 'start' : 'end'}">${escapeXml(p.short)}</text>`;
    })
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(title)}</title><desc id="map-desc">${escapeXml(description)}</desc>`,
    `<style>${STYLE}</style>`,
    `<rect class="sea" width="${width}" height="${height}"/>`,
    `<g>${land}</g><g>${countries}</g><g>${arrows}</g><g>${symbols}</g><g>${labels}</g>`,
    '</svg>',
  ].join('');
}

// The island's relabelling: after every move, measures where Leaflet drew the markers, the map's
// controls and each label, lets crowded markers step aside and places the labels that fit
// (src/lib/map/marker-layout.ts), then lets the country names give way to both.
import type * as L from 'leaflet';
import { DODGE_LIMIT } from '../../lib/map/dodge';
import type { MapData, MapPosition } from '../../lib/map/map-data';
import { layoutMarkers } from '../../lib/map/marker-layout';
import type { MapView } from '../../lib/map/views';
import type { Layers } from './load-live-map';

type Size = { width: number; height: number };
/** Label sizes by text, on one line and on two, measured once in the label's own font (the estimate cut long names at the edge). */
const measured = new Map<string, { line: Size; wrapped?: Size }>();

/** How far a label's halo (text-shadow) reaches past its glyphs, counted in its box. */
const HALO = 4;
const withHalo = (r: DOMRect): Size => ({ width: Math.ceil(r.width) + HALO, height: Math.max(16, Math.ceil(r.height) + HALO) });

function labelSizes(el: HTMLElement | undefined, text: string): { line: Size; wrapped?: Size } {
  const known = measured.get(text);
  if (known) return known;
  const label = el?.querySelector<HTMLElement>('.tm-marker__label');
  if (!label) return { line: { width: text.length * 7 + 6, height: 16 } };
  // Shown for a moment, out of sight, to be measured (it is display: none unless placed).
  const before = label.style.cssText;
  Object.assign(label.style, { display: 'block', visibility: 'hidden' });
  const line = label.getBoundingClientRect();
  // On two lines: balanced, in a box of about 70% of its width (the --label-width of
  // .tm-marker--label-wrap); a word longer than that widens it.
  Object.assign(label.style, { whiteSpace: 'normal', textWrap: 'balance', width: `${Math.ceil(line.width * 0.7)}px` });
  const box = label.getBoundingClientRect();
  const two = new DOMRect(box.x, box.y, Math.max(box.width, label.scrollWidth), box.height);
  label.style.cssText = before;
  const sizes = { line: withHalo(line), ...(text.includes(' ') && two.height > line.height ? { wrapped: withHalo(two) } : {}) };
  if (line.width > 0) measured.set(text, sizes);
  return sizes;
}

/** The map's controls (zoom, scale, attribution, the embed's picker) in container pixels. */
function controlBoxes(container: HTMLElement) {
  const frame = container.getBoundingClientRect();
  return [...(container.closest('.tm-live') ?? container).querySelectorAll('.leaflet-control, .tm-picker')]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left - frame.left, top: r.top - frame.top, right: r.right - frame.left, bottom: r.bottom - frame.top }));
}

export interface RelabelState {
  map: L.Map;
  data: MapData;
  view: MapView;
  layers: Layers;
  markers: Map<string, L.Marker>;
  /** The position whose details are open, if any. */
  openId: string | null;
  /** The cluster layer, created the first time a map is too crowded to dodge. */
  clusters: { layer: L.LayerGroup | null };
}

export function relabel({ map, data, view, layers, markers, openId, clusters }: RelabelState): void {
  const { L, applyClusters, shiftMarker } = layers;
  if (data.positions.length > DODGE_LIMIT) {
    // Too many markers to dodge or label one by one: cluster those that would overlap.
    clusters.layer ??= L.layerGroup().addTo(map);
    applyClusters(map, markers, clusters.layer);
    return;
  }
  const size = map.getSize();
  const container = map.getContainer();
  const bounds = map.getBounds();
  // Where Leaflet draws each marker (whole pixels), in the map container's coordinates.
  const at = (p: MapPosition) => map.layerPointToContainerPoint(map.latLngToLayerPoint([p.lat, p.lng]).round());
  const sizes = new Map(data.positions.map((p) => [p.id, labelSizes(markers.get(p.id)?.getElement(), p.short)]));
  const { offsets, labels, spots } = layoutMarkers(
    data.positions.map((p) => ({
      id: p.id,
      ...at(p),
      inView: bounds.contains([p.lat, p.lng]),
      highlight: view.highlight.includes(p.id),
      open: p.id === openId,
      labelWidth: sizes.get(p.id)!.line.width,
      labelHeight: sizes.get(p.id)!.line.height,
      labelWrapped: sizes.get(p.id)!.wrapped,
    })),
    { width: size.x, height: size.y },
    controlBoxes(container),
  );
  for (const [id, marker] of markers) {
    shiftMarker(marker, offsets.get(id) ?? [0, 0]);
    const el = marker.getElement();
    if (!el) continue;
    // Where its label goes whenever it shows: laid out, open, focused or hovered.
    const spot = spots.get(id) ?? { side: 'right', shift: 0 };
    el.classList.toggle('tm-marker--labelled', labels.has(id));
    for (const side of ['left', 'above', 'below'] as const) el.classList.toggle(`tm-marker--label-${side}`, spot.side === side);
    el.style.setProperty('--label-shift', `${Math.round(spot.shift)}px`);
    const wrapped = spot.wrap ? sizes.get(id)?.wrapped : undefined;
    el.classList.toggle('tm-marker--label-wrap', !!wrapped);
    if (wrapped) el.style.setProperty('--label-width', `${wrapped.width - HALO}px`);
  }
  // Country names give way to markers and their labels, which matter more.
  const taken = [...container.querySelectorAll('.tm-marker__symbol, .tm-marker--labelled .tm-marker__label')].map((e) => e.getBoundingClientRect());
  for (const name of container.querySelectorAll<HTMLElement>('.tm-country')) {
    name.classList.remove('tm-country--hidden');
    const r = name.firstElementChild!.getBoundingClientRect();
    const hit = taken.some((t) => t.left < r.right && r.left < t.right && t.top < r.bottom && r.top < t.bottom);
    name.classList.toggle('tm-country--hidden', hit);
  }
}

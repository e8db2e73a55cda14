// Where the live map's markers and their labels go at the current zoom: crowded markers step aside
// (./dodge) and labels are placed where they fit (./labels), both clear of the map's controls (zoom
// buttons, scale bar, attribution) and inside its frame. Pure: the island measures the map and
// applies the result (src/components/map/relabel.ts).
import { dodge } from './dodge';
import { clearSpot, markerBox, placeLabels, spotBox, spotFor, type Box, type LabelSide, type LabelSpot } from './labels';

export interface LayoutMarker {
  id: string;
  /** Where Leaflet draws the marker (container pixels, whole numbers). */
  x: number;
  y: number;
  /** The true point is inside the map's bounds. */
  inView: boolean;
  /** One of the view's highlighted positions. */
  highlight: boolean;
  /** Its details are open: its label shows whatever the view, so it is placed first and the others give way. */
  open?: boolean;
  /** The label's measured size in pixels. */
  labelWidth: number;
  labelHeight: number;
  /** Its measured size on two lines, where it has more than one word. */
  labelWrapped?: { width: number; height: number };
}

export interface MarkerLayout {
  /** [dx, dy] for every marker moved off its point. */
  offsets: Map<string, [number, number]>;
  /** The side of each label shown. */
  labels: Map<string, LabelSide>;
  /**
   * Where every marker's label goes when it shows (laid out, or shown anyway while its marker is
   * focused or hovered): never under a control or cut at the edge where there is any room.
   */
  spots: Map<string, LabelSpot>;
}

/** Half a marker's 24 px target: a label must not cover any part of another marker's target. */
export const MARKER_RADIUS = 12;

/**
 * Lays out the markers: the open one first, then the highlighted, those in view, and the rest, so
 * the view's own positions keep their points and labels. The open marker's label always shows,
 * beside, over or under it, and the others give way to it. Where the view highlights positions,
 * only their labels show, over or under their marker where neither side has room; otherwise every
 * marker in view may have one. Labels never overlap one another, a marker, a control, or the
 * frame's edge; a label shown anyway (focus, hover) avoids the controls and the edge.
 */
export function layoutMarkers(markers: LayoutMarker[], frame: { width: number; height: number }, controls: Box[]): MarkerLayout {
  const rank = (m: LayoutMarker) => (m.open ? -1 : m.highlight ? 0 : m.inView ? 1 : 2);
  const order = [...markers].sort((a, b) => rank(a) - rank(b));
  const offsets = dodge(
    order.map(({ id, x, y }) => ({ id, x, y })),
    { obstacles: controls, frame },
  );
  const candidate = (m: LayoutMarker) => {
    const [dx, dy] = offsets.get(m.id) ?? [0, 0];
    return { id: m.id, x: m.x + dx, y: m.y + dy, width: m.labelWidth, height: m.labelHeight, wrapped: m.labelWrapped };
  };
  const visible = order.filter((m) => m.inView);
  const othersThan = (m: LayoutMarker) => visible.filter((o) => o.id !== m.id).map((o) => markerBox(candidate(o), MARKER_RADIUS));

  const spots = new Map<string, LabelSpot>();
  const keepClear = [...controls];
  const open = visible.find((m) => m.open);
  if (open) {
    const spot = spotFor(candidate(open), frame, MARKER_RADIUS, controls, othersThan(open));
    spots.set(open.id, spot);
    keepClear.push(spotBox(candidate(open), spot, MARKER_RADIUS));
  }
  const emphasis = markers.some((m) => m.highlight);
  const rest = visible.filter((m) => m !== open && (!emphasis || m.highlight));
  const placed = placeLabels(rest.map(candidate), frame, visible.map(candidate), MARKER_RADIUS, keepClear);
  const labels = new Map<string, LabelSide>(open ? [[open.id, spots.get(open.id)!.side], ...placed] : placed);
  for (const [id, side] of placed) spots.set(id, { side, shift: 0 });
  const shown = visible.filter((m) => labels.has(m.id)).map((m) => spotBox(candidate(m), spots.get(m.id)!, MARKER_RADIUS));

  // The view's own positions with no room on either side (a narrow map, a long name) are named over
  // or under their marker, on two lines if need be, where that is clear of everything.
  for (const m of rest.filter((r) => r.highlight && !placed.has(r.id))) {
    const spot = clearSpot(candidate(m), frame, MARKER_RADIUS, keepClear, [...shown, ...othersThan(m)]);
    if (!spot) continue;
    labels.set(m.id, spot.side);
    spots.set(m.id, spot);
    shown.push(spotBox(candidate(m), spot, MARKER_RADIUS));
  }

  // A label shown anyway goes clear of the controls and the edge, and if it can, of the labels shown.
  for (const m of markers) {
    if (!spots.has(m.id)) spots.set(m.id, spotFor(candidate(m), frame, MARKER_RADIUS, controls, [...shown, ...othersThan(m)]));
  }
  return { offsets, labels, spots };
}

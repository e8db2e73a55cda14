// Where the live map's markers and their labels go at the current zoom: crowded markers step aside
// (./dodge) and labels are placed where they fit (./labels), both clear of the map's controls (zoom
// buttons, scale bar, attribution) and inside its frame. Pure: the island measures the map and
// applies the result (src/components/map/relabel.ts).
import { dodge } from './dodge';
import { labelBox, placeLabels, type Box } from './labels';

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
}

export interface MarkerLayout {
  /** [dx, dy] for every marker moved off its point. */
  offsets: Map<string, [number, number]>;
  /** The side of each label shown. */
  labels: Map<string, 'right' | 'left'>;
  /**
   * Markers whose label, when it shows anyway (the marker focused, hovered or open), must go left:
   * on the right it would run off the frame.
   */
  leftWhenShown: Set<string>;
}

/** Half a marker's 24 px target: a label must not cover any part of another marker's target. */
export const MARKER_RADIUS = 12;

/**
 * Lays out the markers: the open one first, then the highlighted, those in view, and the rest, so the view's own
 * positions keep their points and labels. Where the view highlights positions, only their labels
 * show; otherwise every marker in view may have one. Labels never overlap one another, a marker,
 * a control, or the frame's edge.
 */
export function layoutMarkers(markers: LayoutMarker[], frame: { width: number; height: number }, controls: Box[]): MarkerLayout {
  const rank = (m: LayoutMarker) => (m.open ? -1 : m.highlight ? 0 : m.inView ? 1 : 2);
  const order = [...markers].sort((a, b) => rank(a) - rank(b));
  const offsets = dodge(
    order.map(({ id, x, y }) => ({ id, x, y })),
    { obstacles: controls, frame },
  );
  const at = (m: LayoutMarker) => {
    const [dx, dy] = offsets.get(m.id) ?? [0, 0];
    return { x: m.x + dx, y: m.y + dy };
  };
  const visible = order.filter((m) => m.inView);
  const emphasis = markers.some((m) => m.highlight);
  const candidates = (emphasis ? visible.filter((m) => m.highlight || m.open) : visible).map((m) => ({
    id: m.id,
    ...at(m),
    width: m.labelWidth,
    height: m.labelHeight,
  }));
  const labels = placeLabels(candidates, frame, visible.map(at), MARKER_RADIUS, controls);
  const leftWhenShown = new Set(
    markers
      .filter((m) => !labels.has(m.id))
      .filter((m) => labelBox({ id: m.id, ...at(m), width: m.labelWidth, height: m.labelHeight }, 'right', MARKER_RADIUS).right > frame.width)
      .map((m) => m.id),
  );
  return { offsets, labels, leftWhenShown };
}

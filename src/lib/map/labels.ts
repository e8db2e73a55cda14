// Marker labels: a short form of each position's label, and which labels fit without overlapping.

/** "Klintsy (Bryansk oblast)" → "Klintsy"; "Wiesbaden, Germany: …" → "Wiesbaden". Derived, never new words. */
export function shortLabel(label: string): string {
  const cut = label.split(/ \(|, |: /)[0]!.trim();
  return cut.length >= 3 ? cut : label;
}

/** A rough width in pixels of `text` in the map's label font (about 0.6 em per character). */
export const labelWidth = (text: string, fontSize = 12): number => Math.ceil(text.length * fontSize * 0.58) + 6;

export interface LabelCandidate {
  id: string;
  /** The marker's position in pixels. */
  x: number;
  y: number;
  /** The label's size in pixels; it sits to the right of the marker, vertically centred. */
  width: number;
  height: number;
  /** Its size broken over two lines, where it has more than one word: for a label that must show and fits no other way. */
  wrapped?: { width: number; height: number };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The square a marker of `radius` takes around its point. */
export const markerBox = (m: { x: number; y: number }, radius: number): Box => ({ left: m.x - radius, top: m.y - radius, right: m.x + radius, bottom: m.y + radius });

/** True when two boxes overlap. */
export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of a label placed on `side` of its marker (as placeLabels places it). */
export function labelBox(c: LabelCandidate, side: 'right' | 'left', markerRadius = 9): Box {
  const gap = markerRadius + 3;
  const top = c.y - c.height / 2;
  return side === 'right'
    ? { left: c.x + gap, top, right: c.x + gap + c.width, bottom: top + c.height }
    : { left: c.x - gap - c.width, top, right: c.x - gap, bottom: top + c.height };
}

/** Where a label goes around its marker: beside it, or centred over or under it and moved sideways by `shift` px. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';
export interface LabelSpot {
  side: LabelSide;
  /** Above and below only: how far the label moves from centred, to stay inside the frame. */
  shift: number;
  /** Broken over two lines (LabelCandidate.wrapped). */
  wrap?: boolean;
}

/** The box of a label at `spot`: beside its marker as labelBox, or over or under it, clear of an enlarged symbol. */
export function spotBox(c: LabelCandidate, spot: LabelSpot, markerRadius = 9): Box {
  const { width, height } = (spot.wrap && c.wrapped) || c;
  if (spot.side === 'right' || spot.side === 'left') return labelBox({ ...c, width, height }, spot.side, markerRadius);
  const gap = markerRadius + 4;
  const left = c.x + spot.shift - width / 2;
  const top = spot.side === 'above' ? c.y - gap - height : c.y + gap;
  return { left, top, right: left + width, bottom: top + height };
}

/** How much of `box` lies outside the frame or over one of `boxes`, in square pixels. */
function clash(box: Box, frame: { width: number; height: number }, boxes: Box[]): number {
  const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
  const within = { left: Math.max(box.left, 0), top: Math.max(box.top, 0), right: Math.min(box.right, frame.width), bottom: Math.min(box.bottom, frame.height) };
  const over = (o: Box) => area({ left: Math.max(box.left, o.left), top: Math.max(box.top, o.top), right: Math.min(box.right, o.right), bottom: Math.min(box.bottom, o.bottom) });
  return area(box) - area(within) + boxes.reduce((sum, o) => sum + over(o), 0);
}

/**
 * Where a label that shows whatever the layout (its marker open, focused or hovered) goes: right,
 * left, over or under its marker (sideways to stay in the frame), then the same on two lines; the
 * first that is inside the frame and clear of the `hard` boxes (the map's controls) and, if one is,
 * of the `soft` ones (other labels and markers). If none is clear of the controls, the spot where
 * the least of it is hidden.
 */
export function spotFor(c: LabelCandidate, frame: { width: number; height: number }, markerRadius: number, hard: Box[], soft: Box[] = []): LabelSpot {
  return rankedSpots(c, frame, markerRadius, hard, soft)[0]!.spot;
}

/** The first spot (in spotFor's order) clear of the frame's edge and of every box, hard or soft; undefined when none is. */
export function clearSpot(c: LabelCandidate, frame: { width: number; height: number }, markerRadius: number, hard: Box[], soft: Box[]): LabelSpot | undefined {
  const best = rankedSpots(c, frame, markerRadius, hard, soft)[0]!;
  return best.hidden === 0 && best.covers === 0 ? best.spot : undefined;
}

/** Every spot around the marker, the best first: least hidden by `hard` or the edge, then clear of `soft`, then in order. */
function rankedSpots(c: LabelCandidate, frame: { width: number; height: number }, markerRadius: number, hard: Box[], soft: Box[]) {
  // Centred on the marker, unless that cuts it at an edge (a label wider than the frame keeps its start).
  const shiftFor = (width: number) => {
    const centred = c.x - width / 2;
    return Math.max(-centred, Math.min(0, frame.width - (centred + width)));
  };
  const spots: LabelSpot[] = [
    { side: 'right', shift: 0 },
    { side: 'left', shift: 0 },
    { side: 'above', shift: shiftFor(c.width) },
    { side: 'below', shift: shiftFor(c.width) },
  ];
  // Two lines only where one fits nowhere clear: the wrapped spots come last.
  if (c.wrapped) {
    const shift = shiftFor(c.wrapped.width);
    spots.push(
      { side: 'right', shift: 0, wrap: true },
      { side: 'left', shift: 0, wrap: true },
      { side: 'above', shift, wrap: true },
      { side: 'below', shift, wrap: true },
    );
  }
  const scored = spots.map((spot, order) => {
    const box = spotBox(c, spot, markerRadius);
    return { spot, order, hidden: clash(box, frame, hard), covers: clash(box, frame, soft) };
  });
  return scored.sort((a, b) => a.hidden - b.hidden || Number(a.covers > 0) - Number(b.covers > 0) || a.order - b.order);
}

/**
 * Which labels to show, and on which side of their marker: greedily, in the order given (most
 * important first), a label goes right of its marker, else left; it is dropped when both overlap
 * a label already placed, a marker, a `keepClear` box, or the edge of the `width`×`height` frame.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  frame: { width: number; height: number },
  markers: { x: number; y: number }[] = [],
  markerRadius = 9,
  keepClear: Box[] = [],
): Map<string, 'right' | 'left'> {
  const placed: Box[] = [];
  const obstacles: Box[] = [
    ...markers.map((m) => markerBox(m, markerRadius)),
    ...keepClear,
  ];
  const result = new Map<string, 'right' | 'left'>();
  for (const c of candidates) {
    const options: ['right' | 'left', Box][] = [
      ['right', labelBox(c, 'right', markerRadius)],
      ['left', labelBox(c, 'left', markerRadius)],
    ];
    for (const [side, box] of options) {
      const inside = box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;
      if (inside && !placed.some((p) => overlaps(p, box)) && !obstacles.some((o) => overlaps(o, box))) {
        placed.push(box);
        result.set(c.id, side);
        break;
      }
    }
  }
  return result;
}

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
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

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
    ...markers.map((m) => ({ left: m.x - markerRadius, top: m.y - markerRadius, right: m.x + markerRadius, bottom: m.y + markerRadius })),
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

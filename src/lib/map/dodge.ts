// Screen-space de-overlap ("dodge") of the live map's markers at the current zoom. Each marker is a
// size×size target (24 px: WCAG 2.2 SC 2.5.8, axe's `target-size`); where positions crowd, their
// targets would cover one another. dodge() moves as few markers as it can, as little as it can, so
// that no two targets overlap and none sits under a map control. Nothing is merged or hidden: every
// position keeps its own marker, and the island draws a leader back to the true point when one moves.
import type { Box } from './labels';

/**
 * Above this many positions the island does not dodge: the layout costs grow steeply with the number
 * of markers, and a map that crowded needs clustering rather than nudging (see the benchmark's scale
 * story). The story's own map is far below it.
 */
export const DODGE_LIMIT = 150;

export interface DodgePoint {
  id: string;
  /** The marker's true position in pixels (container coordinates; rounded to whole pixels, as Leaflet draws). */
  x: number;
  y: number;
}

export interface DodgeOptions {
  /** The side of a marker's square target in pixels. */
  size?: number;
  /** Extra pixels kept between two targets. */
  gap?: number;
  /** Boxes (pixels) no target may overlap, e.g. the zoom buttons. */
  obstacles?: Box[];
  /** The map's size: a target is not pushed further out of it than its true point already is. */
  frame?: { width: number; height: number };
}

/**
 * Pixel offsets [dx, dy] by id, [0, 0] for a marker that stays on its point. Markers are placed one
 * by one in the order given (most important first): each goes on its true point when that is free,
 * else on the nearest free point. Free: its target overlaps no target already placed and no obstacle,
 * and it stays inside the frame. Deterministic: the same input always gives the same layout.
 */
export function dodge(points: DodgePoint[], options: DodgeOptions = {}): Map<string, [number, number]> {
  const { size = 24, gap = 1, obstacles = [], frame } = options;
  const step = size + gap; // two centres this far apart along x or y: the targets do not overlap
  const half = size / 2 + gap;
  // Obstacles as the boxes a centre may not enter (open on every side).
  const walls = obstacles.map((o) => ({ left: o.left - half, top: o.top - half, right: o.right + half, bottom: o.bottom + half }));
  const placed: { x: number; y: number }[] = [];
  const result = new Map<string, [number, number]>();

  for (const { id, ...at } of points) {
    const p = { x: Math.round(at.x), y: Math.round(at.y) };
    // The frame, widened to take in the true point when it is already outside.
    const lo = frame ? { x: Math.min(p.x, size / 2), y: Math.min(p.y, size / 2) } : { x: -Infinity, y: -Infinity };
    const hi = frame ? { x: Math.max(p.x, frame.width - size / 2), y: Math.max(p.y, frame.height - size / 2) } : { x: Infinity, y: Infinity };
    let inFrame = (x: number, y: number) => x >= lo.x && x <= hi.x && y >= lo.y && y <= hi.y;
    const free = (x: number, y: number) =>
      inFrame(x, y) &&
      placed.every((q) => Math.abs(q.x - x) >= step || Math.abs(q.y - y) >= step) &&
      walls.every((w) => x <= w.left || x >= w.right || y <= w.top || y >= w.bottom);

    let best = { x: p.x, y: p.y };
    if (!free(p.x, p.y)) {
      // The nearest free point lies on an edge of a forbidden box (straight across from p) or at a
      // corner where two edges meet: try exactly those, nearest first (ties: right, left, down, up).
      const xs: number[] = [];
      const ys: number[] = [];
      for (const q of placed) xs.push(q.x + step, q.x - step), ys.push(q.y + step, q.y - step);
      for (const w of walls) xs.push(w.right, w.left), ys.push(w.bottom, w.top);
      if (frame) xs.push(hi.x, lo.x), ys.push(hi.y, lo.y);
      let bestDistance = Infinity;
      const consider = (x: number, y: number) => {
        const d = (x - p.x) ** 2 + (y - p.y) ** 2;
        if (d < bestDistance && free(x, y)) {
          bestDistance = d;
          best = { x, y };
        }
      };
      const search = () => {
        for (const x of xs) consider(x, p.y);
        for (const y of ys) consider(p.x, y);
        for (const x of xs) for (const y of ys) consider(x, y);
      };
      search();
      // Nowhere free in the frame (it is full): look outside it too.
      if (bestDistance === Infinity) {
        inFrame = () => true;
        search();
      }
    }
    placed.push(best);
    result.set(id, [best.x - p.x, best.y - p.y]);
  }
  return result;
}

/** True when two size×size targets centred on these points overlap (what dodge() prevents). */
export const targetsOverlap = (a: { x: number; y: number }, b: { x: number; y: number }, size = 24): boolean =>
  Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;

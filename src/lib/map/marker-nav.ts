// Moving between the live map's markers with the arrow keys: the map is one stop in the page's Tab
// order, and within it the arrows go to the nearest marker in their direction, as on the screen.

export interface NavPoint {
  id: string;
  x: number;
  y: number;
}

export type NavKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const isNavKey = (key: string): key is NavKey => /^(Arrow(Right|Left|Up|Down)|Home|End)$/.test(key);

/** The points in reading order: top to bottom in rows about a marker tall, left to right within a row. */
export function readingOrder(points: NavPoint[], row = 24): NavPoint[] {
  return [...points].sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || a.x - b.x || a.y - b.y);
}

/**
 * The marker an arrow key moves to from `from`: the nearest one in that direction, counting distance
 * across the direction twice as much as along it, so a marker straight ahead wins over one off to
 * the side. Home and End go to the first and last in reading order. Null when there is none.
 */
export function nextMarker(points: NavPoint[], from: string, key: NavKey): string | null {
  const others = points.filter((p) => p.id !== from);
  if (key === 'Home' || key === 'End') {
    const order = readingOrder(points);
    const target = key === 'Home' ? order[0] : order[order.length - 1];
    return target && target.id !== from ? target.id : null;
  }
  const here = points.find((p) => p.id === from);
  if (!here) return readingOrder(points)[0]?.id ?? null;
  const [ax, ay] = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[key];
  let best: { id: string; score: number } | null = null;
  for (const p of others) {
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

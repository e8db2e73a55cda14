// Grid clustering for maps too crowded to dodge (more than DODGE_LIMIT positions): markers whose
// centres fall in the same screen cell at the current zoom become one cluster marker, which zooms in
// when activated. The story's own map never clusters; every one of its positions stays a marker.

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  ids: string[];
  /** The members' mean position, in the same pixels as the input. */
  x: number;
  y: number;
}

/** Groups points by `cell`-pixel grid squares, in input order; a group of one is a plain marker. */
export function clusterByGrid(points: ScreenPoint[], cell = 48): Cluster[] {
  const cells = new Map<string, ScreenPoint[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
    const members = cells.get(key);
    if (members) members.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((members) => ({
    ids: members.map((m) => m.id),
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
  }));
}

// Positions plotted on exactly the same point (e.g. two sites both marked at Baranovichi town centre)
// would hide each other: each gets a small pixel offset, side by side, so both stay visible and clickable.

/** Pixel offsets [dx, dy] by position id; positions alone on their point get none. */
export function coincidentOffsets(points: { id: string; lat: number; lng: number }[], spacing = 16): Map<string, [number, number]> {
  const groups = new Map<string, string[]>();
  for (const p of points) {
    const key = `${p.lat},${p.lng}`;
    groups.set(key, [...(groups.get(key) ?? []), p.id]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => offsets.set(id, [Math.round((i - (ids.length - 1) / 2) * spacing), 0]));
  }
  return offsets;
}

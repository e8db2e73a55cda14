import { describe, expect, it } from 'vitest';
import { clusterByGrid } from '../../../src/lib/map/cluster';

describe('clusterByGrid', () => {
  it('groups points in the same grid cell and keeps lone points alone', () => {
    const clusters = clusterByGrid(
      [
        { id: 'a', x: 10, y: 10 },
        { id: 'b', x: 30, y: 20 },
        { id: 'c', x: 100, y: 10 },
      ],
      48,
    );
    expect(clusters).toEqual([
      { ids: ['a', 'b'], x: 20, y: 15 },
      { ids: ['c'], x: 100, y: 10 },
    ]);
  });

  it('puts every point in exactly one cluster', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({ id: `p${i}`, x: (i * 37) % 900, y: (i * 53) % 500 }));
    const ids = clusterByGrid(points).flatMap((c) => c.ids);
    expect(ids.sort()).toEqual(points.map((p) => p.id).sort());
  });
});

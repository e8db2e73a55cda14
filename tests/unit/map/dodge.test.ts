// Screen-space de-overlap of the live map's markers: every 24×24 target whole, none merged or dropped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/checks/read-content';
import { readSectionText } from '../../../src/lib/text/section-text';
import { parseYaml } from '../../../src/lib/checks/yaml';
import { dodge, targetsOverlap, type DodgePoint } from '../../../src/lib/map/dodge';
import { fromPair } from '../../../src/lib/map/geo';
import { overlaps, type Box } from '../../../src/lib/map/labels';
import { fitMercator } from '../../../src/lib/map/projection';
import { ROOT } from '../../helpers/paths';

/** Where each point ends up. */
const placed = (points: DodgePoint[], offsets: Map<string, [number, number]>) =>
  points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)![0], y: p.y + offsets.get(p.id)![1] }));

const clashes = (points: { id: string; x: number; y: number }[]) =>
  points.flatMap((a, i) => points.slice(i + 1).filter((b) => targetsOverlap(a, b)).map((b) => `${a.id} × ${b.id}`));

const box = (p: { x: number; y: number }): Box => ({ left: p.x - 12, top: p.y - 12, right: p.x + 12, bottom: p.y + 12 });

describe('dodge', () => {
  it('leaves markers whose targets do not overlap where they are', () => {
    const points = [
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 124, y: 100 },
      { id: 'c', x: 100, y: 130 },
    ];
    const offsets = dodge(points, { gap: 0 });
    expect([...offsets.values()]).toEqual([[0, 0], [0, 0], [0, 0]]);
  });

  it('keeps the first of two coincident markers on its point and moves the next the least it can', () => {
    const offsets = dodge([
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 100, y: 100 },
      { id: 'c', x: 300, y: 300 },
    ]);
    expect(offsets.get('a')).toEqual([0, 0]);
    expect(offsets.get('b')).toEqual([25, 0]);
    expect(offsets.get('c')).toEqual([0, 0]);
  });

  it('nudges a near neighbour along the shorter way out', () => {
    const offsets = dodge([
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 104, y: 120 },
    ]);
    expect(offsets.get('b')).toEqual([0, 5]);
  });

  it('separates a dense cluster completely, deterministically, with small moves', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, x: Math.round(200 + random() * 60), y: Math.round(200 + random() * 60) }));
    const offsets = dodge(points);
    expect(clashes(placed(points, offsets))).toEqual([]);
    expect(dodge(points)).toEqual(offsets);
    // 30 targets of 25×25 fit in a square of about 140 px: nobody is sent far away.
    for (const [dx, dy] of offsets.values()) expect(Math.hypot(dx, dy)).toBeLessThan(120);
  });

  it('keeps targets off obstacles and inside the frame', () => {
    const zoom: Box = { left: 10, top: 10, right: 44, bottom: 70 };
    const points = [
      { id: 'under-zoom', x: 30, y: 30 },
      { id: 'edge', x: 395, y: 200 },
      { id: 'edge-2', x: 395, y: 200 },
      { id: 'outside', x: -40, y: 200 },
    ];
    const offsets = dodge(points, { obstacles: [zoom], frame: { width: 400, height: 300 } });
    const after = placed(points, offsets);
    for (const p of after) expect(overlaps(box(p), zoom), p.id).toBe(false);
    expect(clashes(after)).toEqual([]);
    const [, edge, edge2, outside] = after;
    expect(edge!.x).toBe(395); // already partly out: not pushed further, not pulled in
    expect(edge2!.x).toBeLessThanOrEqual(395);
    expect(outside).toEqual({ id: 'outside', x: -40, y: 200 });
  });

  it('rounds to whole pixels', () => {
    const offsets = dodge([
      { id: 'a', x: 10.4, y: 10.6 },
      { id: 'b', x: 10.2, y: 10.2 },
    ]);
    for (const [dx, dy] of offsets.values()) expect([Number.isInteger(dx), Number.isInteger(dy)]).toEqual([true, true]);
  });
});

describe('dodge on the story’s positions', () => {
  const raw = readContent('./content/stories/macron-moscow', ROOT);
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/positions.yaml'), 'utf8'));
  const positions = (parsed.ok ? (parsed.value as { id: string; lat: number; lng: number }[]) : []);
  const views = raw.sections.map((s) => ({ path: s.path, map: readSectionText(s.text).map as { bounds: [[number, number], [number, number]] } }));

  it('has positions and views to check', () => {
    expect(positions.length).toBeGreaterThan(10);
    expect(views.length).toBeGreaterThan(3);
  });

  // Phone and desktop map frames (width × height), roughly as the live map gets them.
  it.each([
    [380, 320],
    [622, 480],
    [1334, 600],
  ])('leaves no two targets overlapping in any section view at %i×%i', (width, height) => {
    for (const v of views) {
      const { projection } = fitMercator(fromPair(v.map.bounds), width, height / width);
      const points = positions.map((p) => {
        const [x, y] = projection([p.lng, p.lat])!;
        return { id: p.id, x: Math.round(x), y: Math.round(y) };
      });
      const offsets = dodge(points, { frame: { width, height } });
      expect(clashes(placed(points, offsets)), v.path).toEqual([]);
      expect(offsets.size).toBe(points.length);
    }
  });
});

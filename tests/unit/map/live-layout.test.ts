// The live map's pure layout helpers: markers and labels clear of controls and edges
// (marker-layout), arrow keys between markers (marker-nav), where details open (panel-place).
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps } from '../../../src/lib/map/labels';
import { MARKER_RADIUS, layoutMarkers, type LayoutMarker } from '../../../src/lib/map/marker-layout';
import { nextMarker, readingOrder } from '../../../src/lib/map/marker-nav';
import { blockAtReadingLine, scrollToShow } from '../../../src/lib/map/panel-place';

const marker = (id: string, x: number, y: number, extra: Partial<LayoutMarker> = {}): LayoutMarker => ({
  id,
  x,
  y,
  inView: true,
  highlight: false,
  labelWidth: 60,
  labelHeight: 16,
  ...extra,
});

describe('layoutMarkers', () => {
  const frame = { width: 300, height: 200 };

  it('puts no label under a control: it moves to the other side, or is left out', () => {
    const zoom = { left: 10, top: 10, right: 44, bottom: 70 };
    // Right of the marker is free, left is the zoom buttons.
    expect(layoutMarkers([marker('a', 60, 40)], frame, [zoom]).labels.get('a')).toBe('right');
    // A label on the right would run into the scale bar at the bottom: it goes left.
    const scale = { left: 100, top: 170, right: 210, bottom: 190 };
    expect(layoutMarkers([marker('b', 90, 180)], frame, [scale]).labels.get('b')).toBe('left');
    // Both sides blocked: no label.
    expect(layoutMarkers([marker('c', 70, 40)], frame, [zoom, { left: 80, top: 0, right: 300, bottom: 100 }]).labels.has('c')).toBe(false);
  });

  it('never cuts a label at the frame’s edge, with its measured width', () => {
    const wide = layoutMarkers([marker('a', 250, 100, { labelWidth: 80 })], frame, []);
    expect(wide.labels.get('a')).toBe('left');
    const box = labelBox({ id: 'a', x: 250, y: 100, width: 80, height: 16 }, 'left', MARKER_RADIUS);
    expect(box.left).toBeGreaterThanOrEqual(0);
    // A label left out, shown anyway when its marker has the focus, goes where it is not cut.
    const crowded = layoutMarkers([marker('x', 290, 100, { highlight: true }), marker('y', 280, 120)], frame, []);
    expect(crowded.labels.has('y')).toBe(false);
    expect(crowded.leftWhenShown.has('y')).toBe(true);
  });

  it('never lets two labels, or a label and a marker, overlap', () => {
    const ms = [marker('a', 100, 100), marker('b', 130, 104), marker('c', 160, 98), marker('d', 115, 112)];
    const { labels, offsets } = layoutMarkers(ms, frame, []);
    const at = (m: LayoutMarker) => {
      const [dx, dy] = offsets.get(m.id) ?? [0, 0];
      return { id: m.id, x: m.x + dx, y: m.y + dy, width: m.labelWidth, height: m.labelHeight };
    };
    const boxes = [...labels].map(([id, side]) => labelBox(at(ms.find((m) => m.id === id)!), side, MARKER_RADIUS));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    for (const b of boxes) {
      for (const m of ms.map(at)) {
        const target = { left: m.x - MARKER_RADIUS, top: m.y - MARKER_RADIUS, right: m.x + MARKER_RADIUS, bottom: m.y + MARKER_RADIUS };
        const own = labels.has(m.id) && labelBox(m, labels.get(m.id)!, MARKER_RADIUS) === b;
        if (!own) expect(overlaps(b, target)).toBe(false);
      }
    }
  });

  it('labels only the highlighted positions when the view has some, and keeps them on their points', () => {
    const ms = [marker('a', 100, 100), marker('b', 104, 100, { highlight: true })];
    const { labels, offsets } = layoutMarkers(ms, frame, []);
    expect([...labels.keys()]).toEqual(['b']);
    expect(offsets.get('b') ?? [0, 0]).toEqual([0, 0]);
    expect(offsets.get('a')).not.toEqual([0, 0]);
  });

  it('places the open marker’s label first, even where the view highlights others', () => {
    const ms = [marker('a', 100, 100, { highlight: true }), marker('b', 130, 100, { open: true })];
    const { labels } = layoutMarkers(ms, frame, []);
    expect(labels.get('b')).toBe('right');
    expect(labels.get('a')).toBe('left'); // on the right it would run into the open one's marker
  });
});

describe('nextMarker', () => {
  const points = [
    { id: 'w', x: 0, y: 50 },
    { id: 'c', x: 50, y: 50 },
    { id: 'e', x: 100, y: 52 },
    { id: 'ne', x: 80, y: 10 },
    { id: 's', x: 48, y: 100 },
  ];

  it('goes to the nearest marker in the arrow’s direction, straight ahead first', () => {
    expect(nextMarker(points, 'c', 'ArrowRight')).toBe('e');
    expect(nextMarker(points, 'c', 'ArrowLeft')).toBe('w');
    expect(nextMarker(points, 'c', 'ArrowDown')).toBe('s');
    expect(nextMarker(points, 'c', 'ArrowUp')).toBe('ne');
    expect(nextMarker(points, 'w', 'ArrowLeft')).toBeNull();
  });

  it('Home and End go to the first and last in reading order', () => {
    expect(readingOrder(points).map((p) => p.id)).toEqual(['ne', 'w', 'c', 'e', 's']);
    expect(nextMarker(points, 'c', 'Home')).toBe('ne');
    expect(nextMarker(points, 'c', 'End')).toBe('s');
    expect(nextMarker(points, 's', 'End')).toBeNull();
  });
});

describe('where details open in the text', () => {
  it('before the first block at or below the reading line, or after the last', () => {
    expect(blockAtReadingLine([-300, 120, 400, 900], 380)).toBe(2);
    expect(blockAtReadingLine([-300, 379.5, 900], 380)).toBe(1);
    expect(blockAtReadingLine([-900, -300], 380)).toBe(2);
  });

  it('scrolls only when the details would open out of sight', () => {
    expect(scrollToShow(500, 380, 844)).toBe(0);
    expect(scrollToShow(800, 380, 844)).toBe(800 - (844 - 160));
    expect(scrollToShow(200, 380, 844)).toBe(200 - 380 - 8);
    // A short window: half of what is left below the reading line.
    expect(scrollToShow(300, 200, 390)).toBe(300 - (390 - 95));
  });
});

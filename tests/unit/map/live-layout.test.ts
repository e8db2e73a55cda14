// The live map's pure layout helpers: markers and labels clear of controls and edges
// (marker-layout), arrow keys between markers (marker-nav), where details open (panel-place).
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, spotBox } from '../../../src/lib/map/labels';
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
    expect(crowded.spots.get('y')).toEqual({ side: 'left', shift: 0 });
  });

  it('shows the open marker’s label over or under it, moved sideways, when neither side has room', () => {
    // A long label near the bottom left, the scale bar to its left, the frame's edge to its right.
    const scale = { left: 0, top: 176, right: 90, bottom: 196 };
    const open = marker('a', 120, 150, { open: true, labelWidth: 250 });
    const { labels, spots } = layoutMarkers([open], frame, [scale]);
    const spot = spots.get('a')!;
    expect(labels.get('a')).toBe('above');
    const box = spotBox({ id: 'a', x: 120, y: 150, width: 250, height: 16 }, spot, MARKER_RADIUS);
    expect(overlaps(box, scale)).toBe(false);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(frame.width);
    expect(box.bottom).toBeLessThanOrEqual(150 - MARKER_RADIUS);
  });

  it('breaks the open marker’s label over two lines when one line fits nowhere clear', () => {
    // The Angarsky case on a phone: a long label low in the map, the scale bar and attribution below.
    const phone = { width: 356, height: 234 };
    const controls = [{ left: 10, top: 10, right: 44, bottom: 74 }, { left: 5, top: 197, right: 95, bottom: 229 }, { left: 214, top: 219, right: 356, bottom: 234 }];
    const open = marker('a', 201, 216, { open: true, labelWidth: 266, labelWrapped: { width: 150, height: 30 } });
    const spot = layoutMarkers([open], phone, controls).spots.get('a')!;
    expect(spot).toMatchObject({ side: 'above', wrap: true });
    const box = spotBox({ id: 'a', x: 201, y: 216, width: 266, height: 16, wrapped: { width: 150, height: 30 } }, spot, MARKER_RADIUS);
    for (const c of controls) expect(overlaps(box, c)).toBe(false);
    // Without a second line there is no clear spot: the least hidden one.
    expect(layoutMarkers([{ ...open, labelWrapped: undefined }], phone, controls).spots.get('a')!.wrap).toBeUndefined();
  });

  it('keeps a label shown on focus or hover clear of the controls and the edge wherever there is room', () => {
    const zoom = { left: 10, top: 10, right: 44, bottom: 70 };
    const scale = { left: 10, top: 176, right: 110, bottom: 196 };
    const ms = [
      marker('top-left', 60, 20, { labelWidth: 120 }),
      marker('bottom', 40, 160, { labelWidth: 200 }),
      marker('right', 280, 100, { labelWidth: 150 }),
      marker('wide', 150, 100, { labelWidth: 290, highlight: true }),
    ];
    const { spots, offsets } = layoutMarkers(ms, frame, [zoom, scale]);
    for (const m of ms) {
      const [dx, dy] = offsets.get(m.id) ?? [0, 0];
      const box = spotBox({ id: m.id, x: m.x + dx, y: m.y + dy, width: m.labelWidth, height: 16 }, spots.get(m.id)!, MARKER_RADIUS);
      expect(overlaps(box, zoom) || overlaps(box, scale), m.id).toBe(false);
      expect(box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height, m.id).toBe(true);
    }
  });

  it('names a highlighted position over or under its marker when neither side has room, never over anything', () => {
    // A phone's map: a long name beside the zoom buttons on the left and the edge on the right.
    const phone = { width: 356, height: 234 };
    const zoom = { left: 10, top: 10, right: 44, bottom: 74 };
    const ms = [marker('estonia', 207, 40, { highlight: true, labelWidth: 165 }), marker('latvia', 193, 100, { highlight: true, labelWidth: 150 })];
    const { labels, spots } = layoutMarkers(ms, phone, [zoom]);
    expect(labels.get('estonia')).toMatch(/above|below/);
    const boxes = ms.filter((m) => labels.has(m.id)).map((m) => spotBox({ id: m.id, x: m.x, y: m.y, width: m.labelWidth, height: 16 }, spots.get(m.id)!, MARKER_RADIUS));
    for (const b of boxes) {
      expect(overlaps(b, zoom)).toBe(false);
      expect(b.left >= 0 && b.top >= 0 && b.right <= phone.width && b.bottom <= phone.height).toBe(true);
      for (const m of ms) expect(overlaps(b, { left: m.x - MARKER_RADIUS, top: m.y - MARKER_RADIUS, right: m.x + MARKER_RADIUS, bottom: m.y + MARKER_RADIUS })).toBe(false);
    }
    if (boxes.length === 2) expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    // An unhighlighted marker in a view with highlights gets no such label.
    expect(layoutMarkers([marker('x', 207, 40, { labelWidth: 165 }), marker('h', 60, 200, { highlight: true })], phone, [zoom]).labels.has('x')).toBe(false);
  });

  it('lets other labels give way to the open one', () => {
    const ms = [marker('a', 100, 100, { highlight: true }), marker('b', 150, 60, { open: true, labelWidth: 200 })];
    const { labels, spots } = layoutMarkers(ms, frame, [{ left: 0, top: 0, right: 300, bottom: 40 }, { left: 150 + MARKER_RADIUS, top: 40, right: 300, bottom: 80 }]);
    expect(spots.get('b')!.side).not.toBe('right');
    const openBox = spotBox({ id: 'b', x: 150, y: 60, width: 200, height: 16 }, spots.get('b')!, MARKER_RADIUS);
    if (labels.has('a')) expect(overlaps(spotBox({ id: 'a', x: 100, y: 100, width: 60, height: 16 }, spots.get('a')!, MARKER_RADIUS), openBox)).toBe(false);
  });

  it('never lets two labels, or a label and a marker, overlap', () => {
    const ms = [marker('a', 100, 100), marker('b', 130, 104), marker('c', 160, 98), marker('d', 115, 112)];
    const { labels, spots, offsets } = layoutMarkers(ms, frame, []);
    const at = (m: LayoutMarker) => {
      const [dx, dy] = offsets.get(m.id) ?? [0, 0];
      return { id: m.id, x: m.x + dx, y: m.y + dy, width: m.labelWidth, height: m.labelHeight };
    };
    const boxes = [...labels.keys()].map((id) => spotBox(at(ms.find((m) => m.id === id)!), spots.get(id)!, MARKER_RADIUS));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    for (const b of boxes) {
      for (const m of ms.map(at)) {
        const target = { left: m.x - MARKER_RADIUS, top: m.y - MARKER_RADIUS, right: m.x + MARKER_RADIUS, bottom: m.y + MARKER_RADIUS };
        const own = labels.has(m.id) && boxes.indexOf(b) === [...labels.keys()].indexOf(m.id);
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

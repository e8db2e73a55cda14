// Symbol rules (colour + shape + name per side, style per status and confidence) and label placement.
import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, shortLabel } from '../../../src/lib/map/labels';
import { CONFIDENCE, SIDES, STATUSES, legendRows, symbolShapes, symbolSvg } from '../../../src/lib/map/symbols';
import { forceSide, positionStatus } from '../../../src/schemas/position';

describe('symbols', () => {
  it('gives every side its own colour, shape and name, so colour is never the only cue', () => {
    const sides = forceSide.options.map((s) => SIDES[s]);
    expect(new Set(sides.map((s) => s.colour)).size).toBe(sides.length);
    expect(new Set(sides.map((s) => s.shape)).size).toBe(sides.length);
    expect(new Set(sides.map((s) => s.name)).size).toBe(sides.length);
  });

  it('draws every status differently, and has a legend row for each', () => {
    const drawn = positionStatus.options.map((status) => symbolShapes({ side: 'us', status, confidence: 'high' }));
    expect(new Set(drawn).size).toBe(positionStatus.options.length);
    expect(legendRows().statuses.map((r) => r.key).sort()).toEqual([...positionStatus.options].sort());
    expect(Object.keys(STATUSES).sort()).toEqual([...positionStatus.options].sort());
  });

  it('fades lower confidence', () => {
    expect(CONFIDENCE.high.opacity).toBeGreaterThan(CONFIDENCE.medium.opacity);
    expect(CONFIDENCE.medium.opacity).toBeGreaterThan(CONFIDENCE.low.opacity);
    expect(symbolShapes({ side: 'nato', status: 'present', confidence: 'low' })).toContain(`opacity="${CONFIDENCE.low.opacity}"`);
  });

  it('hides the inline SVG from assistive technology and uses no style attributes (CSP)', () => {
    const svg = symbolSvg({ side: 'russia-in-belarus', status: 'unconfirmed', confidence: 'low' });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('style=');
  });
});

describe('labels', () => {
  it('shortens labels to the words before a bracket, comma or colon', () => {
    expect(shortLabel('Klintsy (Bryansk oblast)')).toBe('Klintsy');
    expect(shortLabel('Wiesbaden, Germany: Combined Joint Task Force "Dragon"')).toBe('Wiesbaden');
    expect(shortLabel('Rzeszów–Jasionka airport, Poland')).toBe('Rzeszów–Jasionka airport');
    expect(shortLabel('near Bakhchysarai (Crimea)')).toBe('near Bakhchysarai');
  });

  it('places labels right of their marker, else left, and drops those that would overlap', () => {
    const frame = { width: 400, height: 300 };
    const w = labelWidth('Klintsy');
    const placed = placeLabels(
      [
        { id: 'a', x: 100, y: 100, width: w, height: 16 },
        { id: 'b', x: 100, y: 105, width: w, height: 16 }, // right hits a's label: goes left
        { id: 'e', x: 100, y: 110, width: w, height: 16 }, // right and left both taken: dropped
        { id: 'c', x: 395, y: 200, width: w, height: 16 }, // no room on the right: goes left
        { id: 'd', x: 200, y: 296, width: w, height: 16 }, // would cross the bottom edge
      ],
      frame,
      [{ x: 100, y: 100 }, { x: 100, y: 105 }, { x: 100, y: 110 }, { x: 395, y: 200 }],
    );
    expect(placed.get('a')).toBe('right');
    expect(placed.get('b')).toBe('left');
    expect(placed.has('e')).toBe(false);
    expect(placed.get('c')).toBe('left');
    expect(placed.has('d')).toBe(false);
  });
});

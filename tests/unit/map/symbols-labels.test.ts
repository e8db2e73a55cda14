// Symbol rules (colour + shape + name per side, style per status and confidence) and label placement.
import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels, shortLabel } from '../../../src/lib/map/labels';
import { CONFIDENCE, symbolShapes, symbolSvg } from '../../../src/lib/map/symbols';
import { legendRows, mapWords } from '../../../src/lib/map/words';
import { MARKS, SHAPES } from '../../../src/schemas/vocabulary';
import { MAIN_WORDS } from '../../helpers/vocabulary';
import { readVocabulary } from '../../helpers/vocabulary';

describe('symbols', () => {
  it.each([['the main story', 'content/stories/macron-moscow'], ['the fictional story', 'tests/fixtures/fictional-story/stories/harbour-strike']])(
    '%s gives every side its own colour, shape and name, so colour is never the only cue',
    (_name, dir) => {
      const words = mapWords(readVocabulary(dir));
      const sides = words.sideIds.map((s) => words.side(s));
      expect(sides.length).toBeGreaterThan(1);
      expect(new Set(sides.map((s) => s.colour)).size).toBe(sides.length);
      expect(new Set(sides.map((s) => s.shape)).size).toBe(sides.length);
      expect(new Set(sides.map((s) => s.name)).size).toBe(sides.length);
    },
  );

  it('draws every mark differently, and the key has a row for each of the story’s statuses', () => {
    const drawn = MARKS.map((mark) => symbolShapes({ shape: 'triangle', colour: '#1f5fbf', mark, confidence: 'high' }));
    expect(new Set(drawn).size).toBe(MARKS.length);
    expect(new Set(SHAPES.map((shape) => symbolShapes({ shape, colour: '#1f5fbf', mark: 'solid', confidence: 'high' }))).size).toBe(SHAPES.length);
    expect(legendRows(MAIN_WORDS).statuses.map((r) => r.key)).toEqual(MAIN_WORDS.statusIds);
    expect(legendRows(MAIN_WORDS).sides.map((r) => r.key)).toEqual(MAIN_WORDS.sideIds);
  });

  it('fades lower confidence', () => {
    expect(CONFIDENCE.high.opacity).toBeGreaterThan(CONFIDENCE.medium.opacity);
    expect(CONFIDENCE.medium.opacity).toBeGreaterThan(CONFIDENCE.low.opacity);
    expect(symbolShapes({ shape: 'circle', colour: '#12805c', mark: 'solid', confidence: 'low' })).toContain(`opacity="${CONFIDENCE.low.opacity}"`);
  });

  it('hides the inline SVG from assistive technology and uses no style attributes (CSP)', () => {
    const svg = symbolSvg(MAIN_WORDS.symbol({ side: 'russia-in-belarus', status: 'unconfirmed', confidence: 'low' }));
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

import { describe, expect, it } from 'vitest';
import { currentSectionId, urlForSection } from '../../src/lib/current-section';

// Three sections stacked down the page; viewport 1000 px high, reading line at 300 px.
const at = (scroll: number) => [
  { id: 'one', top: 500 - scroll, bottom: 1500 - scroll },
  { id: 'two', top: 1500 - scroll, bottom: 2500 - scroll },
  { id: 'three', top: 2500 - scroll, bottom: 3000 - scroll },
];

describe('currentSectionId', () => {
  it('is null above the first section', () => {
    expect(currentSectionId(at(0), 1000)).toBeNull();
  });
  it('switches once a section top passes the reading line (30% of the viewport)', () => {
    expect(currentSectionId(at(199), 1000)).toBeNull();
    expect(currentSectionId(at(200), 1000)).toBe('one');
    expect(currentSectionId(at(1199), 1000)).toBe('one');
    expect(currentSectionId(at(1200), 1000)).toBe('two');
    expect(currentSectionId(at(2200), 1000)).toBe('three');
  });
  it('is null once the reader is past the end of the last section', () => {
    expect(currentSectionId(at(2700), 1000)).toBe('three');
    expect(currentSectionId(at(2701), 1000)).toBeNull();
  });
  it('honours a custom reading line', () => {
    expect(currentSectionId(at(0), 1000, 0.5)).toBe('one');
  });
  it('is null with no sections', () => {
    expect(currentSectionId([], 800)).toBeNull();
  });
});

describe('urlForSection', () => {
  it('adds the fragment, keeping path and query', () => {
    expect(urlForSection('/deep/sub/path/?a=1', 'two')).toBe('/deep/sub/path/?a=1#two');
  });
  it('drops the fragment when no section is current', () => {
    expect(urlForSection('/', null)).toBe('/');
  });
});

describe('currentSectionId under a sticky map', () => {
  it('puts the reading line in the part of the window left for the text', () => {
    const boxes = [
      { id: 'a', top: -500, bottom: 500 },
      { id: 'b', top: 500, bottom: 1200 },
    ];
    // 1000 px window: the line is at 300 px with nothing on top, at 400 + 600 × 0.3 = 580 px under a 400 px map.
    expect(currentSectionId(boxes, 1000)).toBe('a');
    expect(currentSectionId(boxes, 1000, 0.3, 400)).toBe('b');
  });
});

import { describe, expect, it } from 'vitest';
import { arrivalInView, beforeSections, currentSectionId, urlForSection } from '../../src/lib/current-section';

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

describe('beforeSections', () => {
  it('tells the top of the page from the end of it, where both have no current section', () => {
    expect(beforeSections(at(0), 1000)).toBe(true);
    expect(beforeSections(at(199), 1000)).toBe(true);
    expect(beforeSections(at(200), 1000)).toBe(false);
    expect(beforeSections(at(2701), 1000)).toBe(false);
    expect(currentSectionId(at(2701), 1000)).toBeNull();
    expect(beforeSections([], 1000)).toBe(false);
  });

  it('takes the map stuck over the window into account', () => {
    // Line at 400 + 600 × 0.3 = 580 px under a 400 px map.
    expect(beforeSections([{ id: 'a', top: 500, bottom: 900 }], 1000)).toBe(true);
    expect(beforeSections([{ id: 'a', top: 500, bottom: 900 }], 1000, 0.3, 400)).toBe(false);
  });
});

describe('arrivalInView', () => {
  it('holds while any part of the element is between the covered top and the bottom of the window', () => {
    expect(arrivalInView({ top: 24, bottom: 200 }, 844)).toBe(true);
    expect(arrivalInView({ top: -150, bottom: 1 }, 844)).toBe(true);
    expect(arrivalInView({ top: -150, bottom: 0 }, 844)).toBe(false);
    expect(arrivalInView({ top: 843, bottom: 900 }, 844)).toBe(true);
    expect(arrivalInView({ top: 844, bottom: 900 }, 844)).toBe(false);
    // Under a 340 px map is out of view.
    expect(arrivalInView({ top: 100, bottom: 300 }, 844, 340)).toBe(false);
  });
});

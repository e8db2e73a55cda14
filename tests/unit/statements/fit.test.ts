import { describe, expect, it } from 'vitest';
import { showsFilters } from '../../../src/lib/statements/arrange';
import { cardsThatFit } from '../../../src/lib/statements/fit';

describe('cardsThatFit', () => {
  it('keeps every card when all of them fit', () => {
    expect(cardsThatFit([100, 100, 100], 300)).toBe(3);
    expect(cardsThatFit([100, 100], 210, 10)).toBe(2);
    expect(cardsThatFit([], 100)).toBe(0);
  });

  it('drops cards from the end, keeping room for the "more" line', () => {
    expect(cardsThatFit([100, 100, 100], 299)).toBe(2);
    expect(cardsThatFit([100, 100, 100], 260, 10, 40)).toBe(2);
    expect(cardsThatFit([100, 100, 100], 259, 10, 40)).toBe(1);
  });

  it('always shows the first card, even when nothing fits', () => {
    expect(cardsThatFit([500, 100], 120, 10, 40)).toBe(1);
    expect(cardsThatFit([500], 0)).toBe(1);
  });
});

describe('showsFilters', () => {
  it('shows the filters only above three statements', () => {
    expect([0, 1, 2, 3, 4, 16].map(showsFilters)).toEqual([false, false, false, false, true, true]);
  });
});

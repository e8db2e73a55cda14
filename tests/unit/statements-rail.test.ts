import { describe, expect, it } from 'vitest';
import { railFits, railShift } from '../../src/lib/statements/rail';

describe('railFits', () => {
  it('fits when the content and a gap above and below take no more than the window', () => {
    expect(railFits(688, 720, 16)).toBe(true);
    expect(railFits(689, 720, 16)).toBe(false);
  });
});

describe('railShift', () => {
  // A 1400 px rail in a 720 px window, 16 px gaps, 5000 px of text beside it.
  const at = (shift: number, top: number) => railShift({ shift, top, height: 1400 }, 720, 16, 3600);

  it('moves with the page while some of it is above and some below the window', () => {
    expect(at(500, -300)).toBe(500);
    expect(at(500, 16)).toBe(500);
    expect(at(500, 720 - 16 - 1400)).toBe(500);
  });

  it('holds its top at the top edge when the reader scrolls back above it', () => {
    expect(at(500, 100)).toBe(416);
  });

  it('holds its bottom at the bottom edge when the reader scrolls past its end', () => {
    // Its bottom at 600 px: 104 px above where it may rest.
    expect(at(500, 600 - 1400)).toBe(604);
  });

  it('never leaves its column: not above its place, not past the end of the text', () => {
    expect(at(10, 400)).toBe(0);
    expect(at(3590, -2000)).toBe(3600);
  });
});

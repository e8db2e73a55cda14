// How many of a section's cards fit beside the text without a box that scrolls: pure, so the
// browser script only measures and hides.

/**
 * The number of cards, taken in order, whose stacked heights (with `gap` between them) fit in
 * `available` pixels. When not all fit, `reserve` pixels are kept free for the "N more" line.
 * At least one card is always shown, so a section never looks empty beside the text.
 */
export function cardsThatFit(heights: number[], available: number, gap = 0, reserve = 0): number {
  const total = (n: number) => heights.slice(0, n).reduce((sum, h) => sum + h, 0) + gap * Math.max(0, n - 1);
  if (total(heights.length) <= available) return heights.length;
  let n = heights.length - 1;
  while (n > 1 && total(n) + gap + reserve > available) n--;
  return Math.min(heights.length, Math.max(1, n));
}

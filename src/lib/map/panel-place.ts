// Where a position's details open on the story's pages: in the text column, so they are read whole
// with the page's own scrolling and never cover the map. Pure: the island measures the text's blocks.

/**
 * The index of the block to open the details before, given the blocks' tops (viewport px, in page
 * order) and the reading line (the top of the window below whatever sticks there, the map on
 * phones): the first block that starts at or below it, so the details open where the reader's eyes
 * are. Past the last block, `tops.length` (after it).
 */
export function blockAtReadingLine(tops: number[], readingLine: number): number {
  const i = tops.findIndex((t) => t >= readingLine - 1);
  return i === -1 ? tops.length : i;
}

/**
 * How far to scroll (px, positive = down) so the opened details show: none when their top is
 * already between the reading line and `room` px above the window's bottom; else their top goes
 * `room` px above the bottom (they opened below the fold) or just under the reading line (above it).
 */
export function scrollToShow(top: number, readingLine: number, viewportHeight: number, room = 160): number {
  const lowest = viewportHeight - Math.min(room, (viewportHeight - readingLine) / 2);
  if (top < readingLine) return top - readingLine - 8;
  if (top > lowest) return top - lowest;
  return 0;
}

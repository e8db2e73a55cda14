// The rail beside the text (the map, its panels, the section's cards) sticks in the window. With a
// panel open on a short window it can be taller than the window: it then scrolls with the page,
// but never leaves the window while there is more of it to see. Pure, so the browser script only
// measures and moves (src/components/statements/rail-fit.ts).

/** Whether the rail's content (map, panels, the cards' heading and first card) fits in the window. */
export function railFits(contentHeight: number, viewportHeight: number, gap: number): boolean {
  return contentHeight <= viewportHeight - 2 * gap;
}

export interface RailBox {
  /** How far the rail is moved down from its place at the top of the grid, in px. */
  shift: number;
  /** Its top and height now, in viewport px. */
  top: number;
  height: number;
}

/**
 * The rail's next shift while it is taller than the window: it moves with the page, its top held at
 * the window's top edge (plus `gap`) once the reader scrolls back above it, its bottom held at the
 * bottom edge once they scroll past its end; never above its place nor past `maxShift` (the end of
 * the text beside it).
 */
export function railShift({ shift, top, height }: RailBox, viewportHeight: number, gap: number, maxShift: number): number {
  let next = shift;
  if (top > gap) next = shift - (top - gap);
  else if (top + height < viewportHeight - gap) next = shift + (viewportHeight - gap - (top + height));
  return Math.round(Math.min(Math.max(next, 0), Math.max(maxShift, 0)));
}

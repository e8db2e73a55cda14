export interface SectionBox {
  id: string;
  /** Distance from the viewport top to the section's top edge, in CSS pixels. */
  top: number;
  /** Distance from the viewport top to the section's bottom edge. */
  bottom: number;
}

/**
 * The section the reader is in: the last one whose top has passed the reading line (a fixed share of
 * the viewport height), provided the reader has not scrolled past its end. Null above the first
 * section or below the last. `coveredTop` is the height of anything stuck over the top of the window (the
 * map on phones): the reading line is then that share of the part left for the text.
 */
export function currentSectionId(boxes: SectionBox[], viewportHeight: number, lineShare = 0.3, coveredTop = 0): string | null {
  const line = coveredTop + (viewportHeight - coveredTop) * lineShare;
  let current: SectionBox | null = null;
  for (const box of boxes) {
    if (box.top <= line) current = box;
  }
  if (!current || current.bottom < line) return null;
  return current.id;
}

/** The URL to show for a section: the page's own path plus "#id", or no fragment at all. */
export function urlForSection(pathWithSearch: string, id: string | null): string {
  return id ? `${pathWithSearch}#${id}` : pathWithSearch;
}

/**
 * Whether the reader has not yet reached the first section (the reading line is above its top), as
 * opposed to having read past the last one: both give no current section.
 */
export function beforeSections(boxes: SectionBox[], viewportHeight: number, lineShare = 0.3, coveredTop = 0): boolean {
  const line = coveredTop + (viewportHeight - coveredTop) * lineShare;
  return boxes.length > 0 && boxes[0]!.top > line;
}

/**
 * Whether the element a reader arrived at through the address (/#id) is still in view: any part of
 * it between whatever covers the top of the window (`coveredTop`) and the window's bottom. While it
 * is, the address keeps that fragment, so a copied URL still leads there.
 */
export function arrivalInView(box: Pick<SectionBox, 'top' | 'bottom'>, viewportHeight: number, coveredTop = 0): boolean {
  return box.bottom > coveredTop && box.top < viewportHeight;
}

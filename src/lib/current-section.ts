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
